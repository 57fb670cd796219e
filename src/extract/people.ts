import { rangeAt, tokenize, type Range, type Token } from './text.js';

/** Words of offices and honorifics that precede a name ("UN Secretary-General António Guterres", "Dr. Abdulla Khaleel"). */
const TITLES = new Set(
  ('minister ministers prime president vice vice-president secretary-general secretary general executive director director-general deputy ' +
    'chief ambassador dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame king queen prince princess sheikh emir senator sen sen. ' +
    'rep rep. gov gov. governor chancellor justice spokesperson spokesman spokeswoman head chair chairman chairwoman ceo ' +
    'commissioner high representative special rapporteur envoy mayor attorney judge lord baroness pope bishop colonel ' +
    'captain officer permanent under-secretary-general assistant interior defence defense finance foreign home trade ' +
    'economy affairs state digital information justice health environment labour labor minister-designate premier ' +
    'president-elect speaker founder leader adviser advisor analyst researcher expert lawyer supervisor councillor ' +
    'councilman councilwoman councilmember inspector detective sheriff coach manager officer president')
    .split(' '),
);

/** Capitalized words that start sentences or name bodies, never people. */
const NOT_NAMES = new Set(
  ('the a an in on at by as of for and but or if it its he she they we i you this that these those there here his her their our ' +
    'un u.n. unga unodc eu nato asean convention treaty agreement protocol pact states state nations united general assembly ' +
    'council office ministry government parliament army forces military navy embassy center centre island islands developing republic kingdom union european ' +
    'security cyber day news post comments email website legal disclaimer source image photo internet national international ' +
    'organization organisation committee commission court bank fund group alliance forum summit conference university institute ' +
    'according after before during while when where with from to into over under monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november december ' +
    'county city lake river street department agency police school hospital company party despite however meanwhile ' +
    'strip coast valley mountains region province district territory gulf sea ocean north south east west northern southern ' +
    'eastern western central which why what how who thousands hundreds')
    .split(' '),
);

/** Particles inside names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'di', 'du']);

const SPEECH_AFTER = /^(?:,?\s+(?:said|says|told|wrote|added|noted|stated|explained|stressed|emphasi[sz]ed|argued|warned|declared|insisted|recalled|remarked|described|spoke|called|hailed|announced|urged|pointed)\b|,\s+(?:who|the|a|an)\b|\s*\()/;
const SPEECH_BEFORE = /\b(?:said|says|told|wrote|added|noted|according to)\s+$/;

export interface Person {
  /** The fullest form the article gives, without titles. */
  name: string;
  /** Office words given with the name, lowercase ("foreign", "minister"), to resolve "the minister said". */
  titles: Set<string>;
  /** Every place the article names them, by full name or surname. */
  mentions: Range[];
}

/** Whether a capitalized word could be part of a person's name: not an office, body, place or function word. */
export function mayBePersonalName(word: string): boolean {
  const lower = word.toLowerCase();
  return !TITLES.has(lower) && !NOT_NAMES.has(lower);
}

export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

/** How far before a name its office words are read ("Maldivian Foreign Minister Dr. Abdulla Khaleel"). */
const TITLE_REACH = 60;

/** The office words right before a name, through capitalized words and "of" ("Minister of Justice"), not past "and". */
function titlesBefore(text: string, start: number): string[] {
  const words = text.slice(Math.max(0, start - TITLE_REACH), start).split(/[^\p{L}.-]+/u).filter(Boolean);
  const titles: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (isTitleWord(w)) titles.push(w.toLowerCase());
    else if (!/^(?:of|the|for)$/i.test(w) && !/^\p{Lu}/u.test(w)) break;
  }
  return titles;
}

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
const isTitle = (t: Token) => TITLES.has(t.text.toLowerCase());

/** Runs of capitalized words (with name particles inside) separated by single spaces. */
export function capitalizedRuns(text: string, offset = 0): Token[][] {
  const tokens = tokenize(text, offset);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !isCap(run[run.length - 1])) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end - offset, t.start - offset) : '';
    // A period joins only after an initial or a title ("Marwan H. Adwan", "Dr. Abdulla Khaleel"), not across sentences.
    const joined = !!prev && (/^[^\S\n]$/.test(gap) || (/^\.[^\S\n]$/.test(gap) && (prev.text.length === 1 || TITLES.has(prev.text.toLowerCase() + '.'))));
    if (!joined) close();
    if (isCap(t) || (run.length && PARTICLES.has(t.text))) run.push(t);
    else close();
  }
  close();
  return runs;
}

/** The personal name at the end of a run, titles and country words before it dropped; null when it has none. */
export function nameAtEnd(run: Token[], countryWords: ReadonlySet<string>): { words: Token[]; titled: boolean } | null {
  let i = run.length;
  while (i > 0) {
    const t = run[i - 1];
    // An owner before the name ("NYU's Scott Galloway") is not part of it.
    const owner = i < run.length && /['’]s$/.test(t.text);
    if (owner || isTitle(t) || NOT_NAMES.has(t.text.toLowerCase()) || countryWords.has(t.norm) || /^\p{Lu}{2,}$/u.test(t.text)) break;
    i--;
  }
  const words = run.slice(i);
  if (!words.length || words.length > 4) return null;
  return { words, titled: i > 0 && isTitle(run[i - 1]) };
}

/** People the article names: a name after a title, next to a speech verb, or followed by an apposition. `notIn`: sorted, disjoint. */
export function peopleIn(text: string, notIn: readonly Range[], countryWords: ReadonlySet<string>): Person[] {
  const excluded = (offset: number) => rangeAt(notIn, offset) >= 0;
  const byName = new Map<string, Person>();
  const runs = capitalizedRuns(text);
  for (const run of runs) {
    const found = nameAtEnd(run, countryWords);
    if (!found || found.words.length < 2) continue;
    const start = found.words[0].start;
    const end = found.words[found.words.length - 1].end;
    const titledBefore = TITLES.has(/([\p{L}.-]+),?\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase() ?? '');
    const evidence = found.titled || titledBefore || SPEECH_AFTER.test(text.slice(end, end + 12)) || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    if (!evidence || excluded(start)) continue;
    const name = text.slice(start, end);
    const person = byName.get(name) ?? { name, titles: new Set<string>(), mentions: [] };
    for (const t of titlesBefore(text, start)) person.titles.add(t);
    byName.set(name, person);
  }
  const people = [...byName.values()];
  const bySurname = new Map<string, Person>();
  for (const p of people) if (!bySurname.has(surname(p.name))) bySurname.set(surname(p.name), p);
  // A later surname-only mention ("Khaleel said") belongs to the person first named in full.
  for (const run of runs) {
    for (const t of run) {
      const p = bySurname.get(t.norm);
      if (p && !excluded(t.start)) p.mentions.push({ start: t.start, end: t.end });
    }
  }
  return people;
}

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

/** Every mention of every person, in text order, to find who was named last before a pronoun. */
export interface Mentions {
  starts: number[];
  people: Person[];
}

export function mentionIndex(people: readonly Person[]): Mentions {
  const all = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, p }))).sort((a, b) => a.start - b.start);
  return { starts: all.map((x) => x.start), people: all.map((x) => x.p) };
}

/** The person last named before offset; with a title, the last one holding it ("the minister"). */
export function lastPersonBefore(index: Mentions, offset: number, title?: string): Person | null {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) if (!title || index.people[i].titles.has(title)) return index.people[i];
  return null;
}

/** The fullest name the article gives for a name or surname ("Khaleel" → "Abdulla Khaleel"). */
export function fullName(people: readonly Person[], name: string): string {
  const last = surname(name);
  return people.find((p) => surname(p.name) === last)?.name ?? name;
}
