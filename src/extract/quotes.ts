/** Quotations in an article with the person or body each is attributed to, read by named rule tables. */
import { matchesIn } from '../text/matches.js';
import type { TextAnalysis } from './analysis.js';
import type { CountryName } from './countries.js';
import { NAME_FAMILIES, SEATS_OF_GOVERNMENT } from './countryNames.js';
import { STATE_ANAPHORS } from './lexicon/clauses.js';
import { PEOPLE_FAMILIES, peopleIn, mentionIndex, type Mentions, type Person } from './people.js';
import {
  ATTRIBUTION_REACH,
  ATTRIBUTION_RULES,
  CARRIED_RULES,
  QUOTATION_RULES,
  SPEECH_FAMILIES,
  namesOwnSpeaker,
  type Attributed,
  type Quoted,
  wordsKey,
} from './quoteRules.js';
import { firstMatch } from './rules/rule.js';
import type { ExtractorSpec } from './rules/version.js';
import { isPerson, type Scene } from './speakers.js';
import { rangeAt, tokenize, type Range } from './text.js';
import type { QuoteMention } from './types.js';

/** What the quotes extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const QUOTES_SPEC: ExtractorSpec = {
  name: 'quotes',
  // The country-name families come with the seats of government a representative may be named by ("Cairo’s envoy"),
  // and "the country" an office's owner may stand for ("The country’s environment minister").
  families: [...SPEECH_FAMILIES, ...PEOPLE_FAMILIES, ...NAME_FAMILIES, STATE_ANAPHORS],
  tables: [QUOTATION_RULES, ATTRIBUTION_RULES, CARRIED_RULES],
  data: { SEATS_OF_GOVERNMENT },
};

/** Quoted passages never span a line; the length bound keeps unbalanced marks cheap. */
const QUOTED = [
  /“([^“”\n]{1,3000})”/g,
  // Every straight mark may open one (a lookahead, not a match), so a mixed pair before it does not swallow it; but
  // not a mark right after a word or its stop and before a space, which closes one ("review of "his systems" and").
  /(?:(?<![\p{L}\p{N}.,!?;:])"|"(?!\s))(?=([^"\n]{1,3000})")/gu,
  // Mixed marks, as copy-edited text often has them ("…” said Dr Lee. "…").
  /"([^"“”\n]{1,3000})”/g,
  /“([^"“”\n]{1,3000})"/g,
  // Two apostrophes for the closing mark, as typewritten and converted copy has it ("…'').
  /"([^"“”\n]{1,3000}?)''/g,
  // German marks: low opening, high closing.
  /„([^„“”\n]{1,3000})[“”]/g,
  // Guillemets, pointing out (French, Spanish, Russian) or in (German, Danish).
  /«([^«»\n]{1,3000})»/g,
  /»([^«»\n]{1,3000})«/g,
  // Curly single marks, apostrophes inside words ("convention’s", "don’t") not closing them.
  /(?<=^|[\s([—–-])‘([^‘’\n]{1,1000}?(?:’\p{L}[^‘’\n]{0,1000}?){0,20})’(?=[\s.,;:!?)\]—–-]|$)/gmu,
  // British style with plain marks: an opening mark after a space before a letter, a closing one after punctuation
  // or a letter and before a space or punctuation, so apostrophes ("haven't", "countries' ") do not end it.
  /(?<=^|[\s([—–-])'(?=\p{L})([^'\n]{1,1000}?(?:'[\p{L}][^'\n]{0,1000}?){0,20})'(?=[\s.,;:!?)\]—–-]|$)/gmu,
];
/** A quote left open at the end of a paragraph that a later paragraph reopens: the news style for long quotes. */
const CONTINUED = [
  /“([^“”\n]{1,3000})(?=\n\s*“)/g,
  /"([^"\n]{1,3000})(?=\n\s*")/g,
  /„([^„“”\n]{1,3000})(?=\n\s*„)/g,
  /«([^«»\n]{1,3000})(?=\n\s*«)/g,
  /»([^«»\n]{1,3000})(?=\n\s*»)/g,
  // Curly single marks as above: an apostrophe inside a word ("don’t") does not close the passage.
  /(?<=^|[\s([—–-])‘([^‘’\n]{1,1000}?(?:’\p{L}[^‘’\n]{0,1000}?){0,20})(?=\n\s*‘)/gmu,
];

function quotedSpans(text: string): Quoted[] {
  const all: Quoted[] = [];
  for (const re of QUOTED) {
    for (const m of matchesIn(text, re)) {
      const open = m.index;
      const end = open + 1 + m[1].length;
      // The match holds the closing mark, one character or two, except where a lookahead found it (one).
      const close = m[0].length > 1 ? open + m[0].length : end + 1;
      all.push({ open, close, start: open + 1, end, continued: false });
    }
  }
  for (const re of CONTINUED) {
    for (const m of matchesIn(text, re)) {
      const open = m.index;
      all.push({ open, close: open + m[0].length, start: open + 1, end: open + m[0].length, continued: true });
    }
  }
  // At one opening mark the shortest passage wins: the nearest closing mark ends it.
  all.sort((a, b) => a.open - b.open || a.close - b.close);
  const out: Quoted[] = [];
  for (const q of all) if (!out.length || q.open >= out[out.length - 1].close) out.push(q);
  return closedChains(out);
}

/**
 * Paragraphs left open count as quotation only when the quote they continue closes in a later paragraph: a run of
 * paragraphs that each open a mark and none closes is a transcript's layout, not a quotation.
 */
function closedChains(spans: Quoted[]): Quoted[] {
  const keep = spans.map((q) => !q.continued);
  for (let i = spans.length - 2; i >= 0; i--) if (spans[i].continued) keep[i] = keep[i + 1];
  return spans.filter((_, i) => keep[i]);
}

/** The text with every quotation blanked, so attribution never reads a speaker out of quoted words. */
function masked(text: string, quotes: readonly Quoted[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.open) + ' '.repeat(q.close - q.open);
    at = q.close;
  }
  return out + text.slice(at);
}

/** Seats of government by name, lower case: "Cairo’s envoy" speaks for Egypt wherever the article names it. */
const SEAT_CODES = new Map(
  Object.entries(SEATS_OF_GOVERNMENT).flatMap(([code, seats]) => seats.map((seat) => [seat.toLowerCase(), code])),
);

/** The article's country names and demonyms as written, and every seat of government, by lower-case name. */
function countryCodesOf(countries: readonly CountryName[]): Map<string, string> {
  const codes = new Map(SEAT_CODES);
  for (const c of countries) codes.set(c.name.toLowerCase(), c.code);
  return codes;
}

/** The people an article names, by full name and surname, and the country words a speaker's name must not be read from. */
interface Cast {
  people: Person[];
  known: Set<string>;
  mentions: Mentions;
  countryWords: Set<string>;
}

function castOf(plain: string, spans: readonly Quoted[], countries: readonly CountryName[]): Cast {
  const countryWords = new Set(countries.flatMap((c) => tokenize(c.name).map((t) => t.norm)));
  const people = peopleIn(
    plain,
    spans.map((q) => ({ start: q.open, end: q.close })),
    countryWords,
  );
  const known = new Set(people.flatMap((p) => [p.name, p.name.split(/\s+/).pop()!]));
  // A person's surname that is also a country's name ("Jim Jordan") names the person when it speaks alone.
  const surnames = new Set([...known].flatMap((n) => tokenize(n).map((t) => t.norm)));
  const countryNames = new Set([...countryWords].filter((w) => !surnames.has(w)));
  return { people, known, mentions: mentionIndex(people), countryWords: countryNames };
}

/**
 * What attribution reads an article's quotations against. The people and country codes are found on the first
 * question: of the web-dev pages that quote anything, three in ten quote nothing a speaker is looked for.
 */
function sceneOf(
  text: string,
  spans: readonly Quoted[],
  countries: readonly CountryName[],
  sentences: readonly Range[],
): Scene {
  const plain = masked(text, spans);
  let cast: Cast | null = null;
  let codes: ReadonlyMap<string, string> | null = null;
  const theCast = (): Cast => (cast ??= castOf(plain, spans, countries));
  return {
    plain,
    get people() {
      return theCast().people;
    },
    get known() {
      return theCast().known;
    },
    get mentions() {
      return theCast().mentions;
    },
    get countryWords() {
      return theCast().countryWords;
    },
    get countryCodes() {
      return (codes ??= countryCodesOf(countries));
    },
    spoken: [],
    genders: new Map(),
    sentences,
  };
}

/** Quotations with the person or body the article attributes them to. */
export function extractQuotes(analysis: TextAnalysis, countries: readonly CountryName[]): QuoteMention[] {
  const { text, sentences } = analysis;
  const spans = quotedSpans(text);
  if (!spans.length) return [];
  const scene = sceneOf(text, spans, countries, sentences);
  const read: Attributed[] = [];
  for (const [i, q] of spans.entries()) {
    const first = analysis.sentenceAt(q.open) ?? { start: q.open, end: q.close };
    const paragraphIndex = rangeAt(analysis.paragraphs, q.open);
    const paragraph = analysis.paragraphs[paragraphIndex] ?? first;
    const preStart = Math.max(first.start, q.open - ATTRIBUTION_REACH);
    const pre = scene.plain.slice(preStart, q.open);
    // After the marks the rules find the clause's end themselves: the sentence splitter ends sentences at initials
    // ("Rep. G.K. Butterfield") that an attribution runs across.
    // A sentence that ends before the next quotation leaves that one's attribution to it.
    const next = spans[i + 1];
    const endsBefore = next && next.open < paragraph.end && /[.!?]/.test(text.slice(q.close, next.open));
    const until = endsBefore ? next.open : paragraph.end;
    const post = scene.plain.slice(q.close, Math.min(Math.max(until, q.close), q.close + ATTRIBUTION_REACH));
    const words = text.slice(q.start, q.end);
    const quotation = firstMatch(QUOTATION_RULES, { words, continued: q.continued, pre, post });
    if (!quotation?.reading) continue;
    const context = { q, words, pre, preStart, post, scene, sentences };
    const found = firstMatch(ATTRIBUTION_RULES, context);
    const opensParagraph = paragraphIndex >= 0 && !text.slice(paragraph.start, q.open).trim();
    const speaker = found?.reading ?? null;
    const rule = found?.rule ?? null;
    const namesOwn = namesOwnSpeaker(words, post);
    read.push({
      q,
      words,
      opensParagraph,
      paragraphIndex,
      speaker,
      rule,
      quotation: quotation.rule,
      namesOwnSpeaker: namesOwn,
    });
    if (found) scene.spoken.push({ at: q.open, name: found.reading, person: isPerson(scene, found.reading) });
  }
  const saidBy = new Map<string, string>();
  for (const x of read) if (x.speaker && !saidBy.has(wordsKey(x.words))) saidBy.set(wordsKey(x.words), x.speaker);
  const listed = new Set<string>();
  return read.flatMap((x, index) => {
    const carried = x.rule ? null : firstMatch(CARRIED_RULES, { index, read, saidBy });
    if (carried) {
      x.speaker = carried.reading.speaker;
      x.rule = carried.rule;
    }
    // The same words by the same speaker are one quotation, listed where the article first gives them: a live
    // report or a headline repeats a line it quotes again further down.
    const once = `${wordsKey(x.words)}\u0000${x.speaker ?? ''}`;
    if (listed.has(once)) return [];
    listed.add(once);
    return {
      text: x.words,
      speaker: x.speaker,
      start: x.q.start,
      end: x.q.end,
      rule: x.rule ?? 'unattributed',
      why: { quotation: x.quotation },
    };
  });
}
