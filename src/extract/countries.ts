/** Countries (and the EU) named in an article: official names, short forms and demonyms, with offsets. */
// The library's core, without the 79 locales its main entry registers (~60 ms to load); only English is registered.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import {
  BARE_CONGO,
  DEMOCRATIC_CONGO_AFTER,
  DEMONYMS,
  DROPPED_NAMES,
  EXTRA_NAMES,
  NAME_FAMILIES,
  NOT_THE_COUNTRY_AFTER,
  PERSONAL_OR_PLACE_NAMES,
  PLACE_PREFIXES,
  SEATS_OF_GOVERNMENT,
  STATE_STYLE_BEFORE,
  STATE_WORDS_AFTER,
  US_STATE_CONTEXT,
} from './countryNames.js';
import type { TextAnalysis } from './analysis.js';
import { NUMBER_WORD_FAMILIES } from './numbers/value.js';
import { mayBePersonalName, PEOPLE_FAMILIES } from './people.js';
import { SEAT_FAMILIES } from './seats.js';
import { CARRIED_STANCE, CLAUSE_STANCE, MENTION_STANCE, STANCE_FAMILIES } from './stance.js';
import { LIST_STANCE } from './stanceLists.js';
import { normalizeWord, tokenize, type Token } from './text.js';
import { TREATIES_SPEC } from './treaties.js';
import type { Span } from './types.js';
import type { ExtractorSpec } from './rules/version.js';

/** What the countries extractor (names and stances) is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const COUNTRIES_SPEC: ExtractorSpec = {
  name: 'countries',
  families: [
    ...STANCE_FAMILIES,
    ...NAME_FAMILIES,
    ...SEAT_FAMILIES,
    ...PEOPLE_FAMILIES,
    ...TREATIES_SPEC.families,
    ...NUMBER_WORD_FAMILIES,
  ],
  tables: [CLAUSE_STANCE, CARRIED_STANCE, MENTION_STANCE, LIST_STANCE] as never,
  data: {
    EXTRA_NAMES,
    DEMONYMS,
    DROPPED_NAMES: [...DROPPED_NAMES],
    PERSONAL_OR_PLACE_NAMES: [...PERSONAL_OR_PLACE_NAMES],
    STATE_WORDS_AFTER: [...STATE_WORDS_AFTER],
    PLACE_PREFIXES: [...PLACE_PREFIXES],
    NOT_THE_COUNTRY_AFTER: [...NOT_THE_COUNTRY_AFTER],
    US_STATE: US_STATE_CONTEXT.source,
    BARE_CONGO,
    SEATS_OF_GOVERNMENT,
    STATE_STYLE: STATE_STYLE_BEFORE.source,
  },
};

/** A country named in the text, before its stance is known. */
export interface CountryName extends Span {
  code: string;
  name: string;
}

interface Entry {
  words: string[];
  code: string;
}

const LOWERCASE_LINKS = new Set(['of', 'the', 'and']);

function entryWords(name: string): string[] {
  return tokenize(name.replace(/^the\s+/i, '')).map((t) =>
    LOWERCASE_LINKS.has(t.norm.toLowerCase()) ? t.norm.toLowerCase() : t.norm,
  );
}

/** Names by their first word, longest first, so "Papua New Guinea" wins over "Guinea". */
function buildIndex(): Map<string, Entry[]> {
  countries.registerLocale(en);
  const index = new Map<string, Entry[]>();
  const add = (name: string, code: string) => {
    // Inverted catalogue forms ("Korea, Republic of") never occur in prose.
    if (DROPPED_NAMES.has(name) || /,/.test(name)) return;
    const words = entryWords(name);
    if (!words.length) return;
    const list = index.get(words[0]) ?? [];
    if (!list.some((e) => e.words.join(' ') === words.join(' '))) list.push({ words, code });
    index.set(words[0], list);
  };
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' })))
    for (const n of names) add(n, code);
  for (const table of [EXTRA_NAMES, DEMONYMS])
    for (const [code, names] of Object.entries(table)) for (const n of names) add(n, code);
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

let index: Map<string, Entry[]> | null = null;

function wordMatches(token: Token, word: string): boolean {
  return LOWERCASE_LINKS.has(word) ? token.norm.toLowerCase() === word : token.norm === word;
}

function longestAt(tokens: Token[], i: number, text: string): Entry | null {
  for (const e of index!.get(tokens[i].norm) ?? []) {
    if (i + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < e.words.length && ok; k++) {
      const t = tokens[i + k];
      // Words of a name are joined by spaces or hyphens, or follow an abbreviation ("St. Lucia").
      ok =
        wordMatches(t, e.words[k]) &&
        (k === 0 || /^\.?[^\S\n]*-?[^\S\n]*$/.test(text.slice(tokens[i + k - 1].end, t.start)));
    }
    if (ok) return e;
  }
  return null;
}

const isCapitalizedWord = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text) && !index!.has(t.norm);

/** "Jordan Peterson", "Michael Jordan", "Georgia Meloni": a capitalized neighbour makes the name a person's. */
function partOfAnotherName(tokens: Token[], i: number, last: number, text: string): boolean {
  const before = tokens[i - 1];
  const after = tokens[last + 1];
  const sentenceStart =
    !before || /[.!?:"“]\s*$/.test(text.slice(before.end, tokens[i].start) + ' ') || /[.!?]$/.test(before.text);
  const adjacent = (a: Token, b: Token) => /^[^\S\n]$/.test(text.slice(a.end, b.start));
  if (after && isCapitalizedWord(after) && !STATE_WORDS_AFTER.has(after.norm) && adjacent(tokens[last], after))
    return true;
  return !sentenceStart && isCapitalizedWord(before) && mayBePersonalName(before.norm) && adjacent(before, tokens[i]);
}

function rejected(tokens: Token[], i: number, last: number, text: string, name: string): boolean {
  const before = tokens[i - 1];
  const after = tokens[last + 1];
  if (before && PLACE_PREFIXES.has(before.text) && /^[^\S\n]$/.test(text.slice(before.end, tokens[i].start)))
    return true;
  if (after && NOT_THE_COUNTRY_AFTER.has(after.text)) return true;
  if (name === 'US' && text[tokens[i].end] === '$') return true;
  if (PERSONAL_OR_PLACE_NAMES.has(name) && partOfAnotherName(tokens, i, last, text)) return true;
  if (name === 'Georgia') {
    const around = text.slice(Math.max(0, tokens[i].start - 80), Math.min(text.length, tokens[last].end + 80));
    if (US_STATE_CONTEXT.test(around)) return true;
  }
  return false;
}

/** "US-led", "Russia-Ukraine", "Saudi-backed": the parts of a compound that is not itself a name ("Guinea-Bissau"). */
function splitCompounds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.text.includes('-') || index!.has(t.norm)) {
      out.push(t);
      continue;
    }
    let at = t.start;
    for (const part of t.text.split('-')) {
      out.push({ start: at, end: at + part.length, text: part, norm: normalizeWord(part) });
      at += part.length + 1;
    }
  }
  return out;
}

/** "Congo, Democratic Republic of Congo, Eswatini": a bare Congo listed beside the Democratic Republic is the other one. */
const LISTED_BESIDE = /^[\s,;()]*(?:and\s+)?(?:the\s+)?$/;

function bareCongoCode(out: readonly CountryName[], at: Span, text: string, democratic: boolean): string {
  if (!democratic) return BARE_CONGO.default;
  const previous = out[out.length - 1];
  const besideBefore =
    previous?.code === BARE_CONGO.whenDemocratic && LISTED_BESIDE.test(text.slice(previous.end, at.start));
  const next = DEMOCRATIC_CONGO_AFTER.test(text.slice(at.end, at.end + 40));
  return besideBefore || next ? BARE_CONGO.default : BARE_CONGO.whenDemocratic;
}

/** Every mention of a country (or the EU) by name, short form or demonym, in text order. */
export function countryNames(a: TextAnalysis): CountryName[] {
  index ??= buildIndex();
  const text = a.text;
  const found: { entry: Entry | null; start: number; end: number; name: string }[] = [];
  let t = 0;
  const all = a.tokens;
  for (const p of a.paragraphs) {
    while (t < all.length && all[t].start < p.start) t++;
    const from = t;
    while (t < all.length && all[t].end <= p.end) t++;
    const tokens = splitCompounds(all.slice(from, t));
    for (let i = 0; i < tokens.length; i++) {
      const entry = longestAt(tokens, i, text);
      const bareCongo = !entry && tokens[i].norm === BARE_CONGO.name;
      if (!entry && !bareCongo) continue;
      const last = entry ? i + entry.words.length - 1 : i;
      // The possessive ending is not part of the name ("Morocco’s readiness").
      const end = tokens[last].end - (/['’]s$/.test(tokens[last].text) ? 2 : 0);
      const name = text.slice(tokens[i].start, end);
      // "the Republic of Nauru": the official style is part of the name.
      const style = STATE_STYLE_BEFORE.exec(text.slice(Math.max(0, tokens[i].start - 60), tokens[i].start));
      const start = tokens[i].start - (style ? style[0].length : 0);
      if (!rejected(tokens, i, last, text, name)) found.push({ entry, start, end, name: text.slice(start, end) });
      i = last;
    }
  }
  const democratic = found.some((f) => f.entry?.code === BARE_CONGO.whenDemocratic);
  const out: CountryName[] = [];
  for (const f of found) {
    const code = f.entry?.code ?? bareCongoCode(out, f, text, democratic);
    out.push({ code, name: f.name, start: f.start, end: f.end });
  }
  return out;
}
