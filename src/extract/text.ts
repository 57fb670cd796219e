/** A character range of the article text, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** Words before a period that do not end a sentence ("Dr. Khaleel", "U.S. officials", "Oct. 25"). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sr jr st gen col lt capt sgt gov sen rep pres amb rev hon mt ft no nos vs etc al inc ltd co corp dept ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est fig art para sec e.g i.e u.s u.k u.n u.s.a e.u')
    .split(' '),
);

/** Paragraphs are the text's lines; blank lines are skipped. */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(start, end).trim()) out.push({ start, end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

// A sentence ends at . ! ? (plus closing quotes or brackets) when whitespace and a capital, digit or opening quote follow.
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** Sentences, never crossing a paragraph break. */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  for (const p of paragraphs(text)) {
    const body = text.slice(p.start, p.end);
    let start = 0;
    for (const m of body.matchAll(BOUNDARY)) {
      const end = m.index + m[0].length;
      if (endsWithAbbreviation(body, m.index)) continue;
      out.push({ start: p.start + start, end: p.start + end });
      start = end;
      while (start < body.length && /\s/.test(body[start])) start++;
    }
    if (body.slice(start).trim()) out.push({ start: p.start + start, end: p.end });
  }
  return out;
}

/** Index of the range containing offset, by binary search over sorted, disjoint ranges; -1 when none. */
export function rangeAt(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ranges[mid].start) hi = mid - 1;
    else if (offset >= ranges[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface Token extends Range {
  /** The word as written. */
  text: string;
  /** NFC, typographic apostrophes made straight, possessive "'s" dropped: the form names are looked up by. */
  norm: string;
}

// Acronyms with dots ("U.S.") first, then words with inner hyphens or apostrophes ("Guinea-Bissau", "d’Ivoire").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

export function normalizeWord(word: string): string {
  // Most words are ASCII: skip Unicode normalization for them, it dominates tokenizing time.
  const w = isAscii(word) ? word : word.normalize('NFC').replace(/’/g, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], norm: normalizeWord(m[0]) });
  }
  return out;
}

/** Straight apostrophes and quotes, so patterns need one spelling. Same length as the input: offsets stay valid. */
export function foldQuotes(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
