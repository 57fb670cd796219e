/** People an article names: names in capitalized runs, the offices given with them, and later mentions. */
import { matchesIn } from '../text/matches.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { alternation, type Family, LETTERS } from './lexicon/family.js';
import {
  ABBREVIATED_OFFICES,
  APPOSITION_OPENERS,
  BODIES,
  ENTOURAGE,
  FEMININE_WORDS,
  GENERIC_BODY_NOUNS,
  GROUP_VOICES,
  GROUP_VOICE_LINKS,
  HONORIFICS,
  MASCULINE_WORDS,
  NAME_ABBREVIATIONS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OFFICES,
  OFFICE_SURNAMES,
  PLACE_WORDS,
  POST_NOMINALS,
  REPRESENTATIVES,
} from './lexicon/people.js';
import { ATTRIBUTION_PHRASES, SPEECH_VERBS } from './lexicon/speech.js';
import { MONTHS, WEEKDAYS } from './lexicon/time.js';
import { TREATY_NOUNS } from './lexicon/treaty.js';
import { rangeAt, tokenize, type Range, type Token } from './text.js';

/** The families that decide who is a person and what is an office, a body or a place. */
export const PEOPLE_FAMILIES: readonly Family[] = [
  HONORIFICS,
  ...Object.values(ABBREVIATED_OFFICES),
  OFFICE_SURNAMES,
  POST_NOMINALS,
  REPRESENTATIVES,
  OFFICES,
  BODIES,
  GENERIC_BODY_NOUNS,
  GROUP_VOICES,
  GROUP_VOICE_LINKS,
  PLACE_WORDS,
  NOT_NAME_WORDS,
  NAME_PARTICLES,
  NAME_ABBREVIATIONS,
  APPOSITION_OPENERS,
  ENTOURAGE,
  MASCULINE_WORDS,
  FEMININE_WORDS,
  MONTHS,
  WEEKDAYS,
  TREATY_NOUNS,
  SPEECH_VERBS,
  ATTRIBUTION_PHRASES,
];

const lowerWords = (...families: readonly Family[]) =>
  new Set(families.flatMap((f) => f.words.map((w) => w.toLowerCase())));
/** Offices and honorifics that precede a name ("UN Secretary-General António Guterres", "Dr. Abdulla Khaleel"). */
const TITLES = lowerWords(HONORIFICS, OFFICES);
/** Capitalized words that start sentences ("Said Ortiz: …") or name bodies, places, instruments, days; never people. */
const NOT_NAMES = lowerWords(BODIES, PLACE_WORDS, NOT_NAME_WORDS, MONTHS, WEEKDAYS, TREATY_NOUNS, SPEECH_VERBS);
const BODY_WORDS = lowerWords(BODIES);
const HONORIFIC_WORDS = lowerWords(HONORIFICS);
/** Words whose period goes on into the name: honorifics and abbreviated given names ("Dr.", "Ma."). */
const ABBREVIATED = lowerWords(HONORIFICS, NAME_ABBREVIATIONS);
const PARTICLES = new Set(NAME_PARTICLES.words);
/** Lookup form of a word: lower case, a final period dropped ("Dr." and "Dr" are one honorific). */
const key = (word: string) => word.toLowerCase().replace(/\.$/, '');

/**
 * Letter boundaries for case-insensitive patterns over word families, by the lexicon's LETTERS. They are written
 * without the `u` flag: with `iu`, a pattern of a few hundred alternatives takes tens of milliseconds to compile.
 */
export const NOT_LETTER_BEFORE = `(?<![${LETTERS}])`;
export const NOT_LETTER_AFTER = `(?![${LETTERS}])`;

/**
 * After a name: a speech verb right after it, or an apposition (", the envoy", ", head of…", ", political science
 * professor"). Not a speech verb after a comma: "… at a university in New Jersey, described it" has its subject
 * further back.
 */
const EVIDENCE_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^(?:\\s+${alternation(SPEECH_VERBS)}|,\\s+(?:${alternation(APPOSITION_OPENERS)}|(?:[A-Za-z-]+\\s+){0,2}` +
        `${alternation(OFFICES)}))${NOT_LETTER_AFTER}`,
      'i',
    ),
);
/** After a name: an age set off by commas ("Ana Ruiz, 45, a fisher"), said of people only. */
const AGE_AFTER = onFirstUse(() => /^,\s*\d{1,3},/);
/** After a name: a party label ("(D-Del.)"). */
const PARTY_LABEL_AFTER = onFirstUse(() => /^\s*\(\p{Lu}\p{Ll}{0,3}\.?-/u);
const EVIDENCE_BEFORE = onFirstUse(
  () => new RegExp(`${NOT_LETTER_BEFORE}${alternation(SPEECH_VERBS, ATTRIBUTION_PHRASES)}\\s+$`, 'i'),
);

export interface Person {
  /** The fullest form the article gives, without titles. */
  name: string;
  /** Office words given with the name, lowercase ("foreign", "minister"), to resolve "the minister said". */
  titles: Set<string>;
  /** Every place the article names them, by full name or surname. */
  mentions: Range[];
}

/** The pronoun a person is referred to by, where an honorific or office says it ("Ms", "spokesman"). */
export type Gender = 'he' | 'she';

const MASCULINE = lowerWords(MASCULINE_WORDS);
const FEMININE = lowerWords(FEMININE_WORDS);

/** A person's pronoun from the offices and honorifics given with the name; undefined when none says. */
export function genderOf(person: Person): Gender | undefined {
  const titles = [...person.titles];
  if (titles.some((t) => FEMININE.has(t))) return 'she';
  return titles.some((t) => MASCULINE.has(t)) ? 'he' : undefined;
}

/** Whether a capitalized word could be part of a person's name: not an office, body, place or function word. */
export function mayBePersonalName(word: string): boolean {
  return !isTitleWord(word) && !NOT_NAMES.has(key(word));
}

/** An office word, or a compound of office words by hyphens ("vice-minister", "deputy-director"). */
export function isTitleWord(word: string): boolean {
  const k = key(word);
  return TITLES.has(k) || (k.includes('-') && k.split('-').every((part) => TITLES.has(part)));
}

/** Whether a word names an organisation or collective ("Ministry", "International", "Committee"). */
export function isBodyWord(word: string): boolean {
  return BODY_WORDS.has(key(word));
}

/** Whether a word's period stays inside a name: an honorific or an abbreviated given name ("Dr.", "Ma."). */
export function isNameAbbreviation(word: string): boolean {
  return ABBREVIATED.has(key(word));
}

/**
 * How far before a name its office words are read: far enough for a portfolio set apart by a comma ("the Minister
 * of Economic Development and Digitalization, Mrs. Ana Rusu").
 */
const TITLE_REACH = 120;

/**
 * The office words right before a name, through capitalized words, "of", "for", "to" and "on" ("Minister of Justice",
 * "envoy to the Third Committee, Ana Ruiz", "Special Rapporteur on the Rights of Women, Ana Ruiz"). Not past "and"
 * ("President Ruiz and Ms Lee": Lee holds no presidency), unless the "and" joins a portfolio that a comma sets
 * apart from the name ("the Minister of Trade and Industry, Mr. Tan"): no office read yet and an "of" or "for"
 * before it, among capitalized words (portfolio words such as "Trade" are office words too).
 */
function titlesBefore(text: string, start: number): string[] {
  const lead = text.slice(Math.max(0, start - TITLE_REACH), start);
  const words = matchesIn(lead, /[\p{L}.-]+/gu);
  const titles: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i][0];
    // Offices stay in the name's sentence: not those of a person named at the end of the one before ("… said the
    // director, Mr Tan.\n\nDr Ana Ruiz …" gives Ruiz no "Mr").
    if (/\n/.test(lead.slice(words[i].index + w.length, words[i + 1]?.index))) break;
    if (isTitleWord(w)) titles.push(key(w), ...(ABBREVIATED_OFFICES[key(w)]?.words ?? []));
    else if (endsSentence(w)) break;
    else if (/^and$/i.test(w) && joinsPortfolio(words, i, titles, lead)) continue;
    else if (!/^(?:of|the|for|to|on)$/i.test(w) && !/^\p{Lu}/u.test(w)) break;
  }
  return titles;
}

/** A word with the full stop of a sentence: a word in lower case after its capital, not an abbreviation ("Dr.", "Gov."). */
const endsSentence = (word: string) => /\p{Ll}{2}\.$/u.test(word) && !isNameAbbreviation(word.slice(0, -1));

function joinsPortfolio(words: RegExpMatchArray[], at: number, titles: string[], lead: string): boolean {
  if (titles.some((t) => !HONORIFIC_WORDS.has(t)) || !lead.slice(words[at].index).includes(',')) return false;
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i][0];
    if (/^(?:of|for)$/i.test(w)) return true;
    if (!/^\p{Lu}/u.test(w)) return false;
  }
  return false;
}

/** A particle joined to a capitalized name by a hyphen is a capitalized name word: "al-Amin", "el-Baz", "bin-Laden". */
const PARTICLE_JOINED = onFirstUse(() => new RegExp(`^${alternation(NAME_PARTICLES)}-\\p{Lu}`, 'u'));
const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) || PARTICLE_JOINED().test(t.text);
const isTitle = (t: Token) => isTitleWord(t.text);

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
    // A period joins only after an initial or an honorific ("Marwan H. Adwan", "Dr. Abdulla Khaleel"), not across sentences.
    const abbreviated = !!prev && (prev.text.length === 1 || ABBREVIATED.has(key(prev.text)));
    const joined = !!prev && (/^[^\S\n]$/.test(gap) || (/^\.[^\S\n]$/.test(gap) && abbreviated));
    if (!joined) close();
    if (isCap(t) || (run.length && PARTICLES.has(t.text))) run.push(t);
    else close();
  }
  close();
  return runs;
}

/** "KIM Soo-ah": a short word in capitals, not a body, before the last word, which is a name in mixed case. */
const FAMILY_NAME_FIRST = (family: Token, given: Token) =>
  family.text.length <= 5 && !isBodyWord(family.text) && /^\p{Lu}\p{Ll}/u.test(given.text) && !isTitle(given);

/** A country word that ends a run after a given name is a surname ("Jim Jordan"), not the country. */
function surnameAfterGivenName(run: Token[], at: number, countryWords: ReadonlySet<string>): boolean {
  const given = run[at - 1];
  return (
    at === run.length - 1 &&
    !!given &&
    /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
    mayBePersonalName(given.text) &&
    !countryWords.has(given.norm)
  );
}

const OFFICE_SURNAME_WORDS = lowerWords(OFFICE_SURNAMES);

/** An office word ending a run after an honorific or a given name is a family name: "Mr. King", "Angus King". */
function surnameAfter(run: Token[], at: number): boolean {
  const before = run[at - 1];
  if (!before || !OFFICE_SURNAME_WORDS.has(key(run[at].text))) return false;
  return (
    HONORIFIC_WORDS.has(key(before.text)) || (/^\p{Lu}\p{Ll}+$/u.test(before.text) && mayBePersonalName(before.text))
  );
}

const POST_NOMINAL_WORDS = lowerWords(POST_NOMINALS);

/** The personal name at the end of a run, titles and country words before it dropped; null when it has none. */
export function nameAtEnd(run: Token[], countryWords: ReadonlySet<string>): { words: Token[]; titled: boolean } | null {
  // Letters after the name ("Helen Carswell MP") are not part of it.
  let last = run.length;
  while (last > 1 && POST_NOMINAL_WORDS.has(key(run[last - 1].text)) && /^\p{Lu}/u.test(run[last - 2].text)) last--;
  return nameEndingAt(run.slice(0, last), countryWords);
}

function nameEndingAt(run: Token[], countryWords: ReadonlySet<string>): { words: Token[]; titled: boolean } | null {
  let i = run.length;
  while (i > 0) {
    const t = run[i - 1];
    // An owner before the name ("NYU's Scott Galloway") is not part of it.
    const owner = i < run.length && /['’]s$/.test(t.text);
    // A family name in capitals before the given name ("LEE Jong-wook") is part of it; other capitals are acronyms.
    const familyNameFirst = i < run.length && i === run.length - 1 && FAMILY_NAME_FIRST(t, run[i]);
    const capitals = /^\p{Lu}{2,}$/u.test(t.text) && !familyNameFirst;
    const country = countryWords.has(t.norm) && !surnameAfterGivenName(run, i - 1, countryWords);
    const title = isTitle(t) && !(i === run.length && surnameAfter(run, i - 1));
    if (owner || title || NOT_NAMES.has(key(t.text)) || country || capitals) break;
    i--;
  }
  const words = run.slice(i);
  if (!words.length || words.length > 4) return null;
  // One word right after a body's word goes on with the body's name ("International Trade Union Confederation"); a
  // full name there is a person's ("the High Representative of the European Union Josep Borrell").
  if (words.length === 1 && i > 0 && isBodyWord(run[i - 1].text) && !/^\p{Lu}{2,}$/u.test(run[i - 1].text)) {
    return null;
  }
  return { words, titled: i > 0 && isTitle(run[i - 1]) };
}

/** People the article names: a name after a title, next to a speech verb, or followed by an apposition. `notIn`: sorted, disjoint. */
export function peopleIn(text: string, notIn: readonly Range[], countryWords: ReadonlySet<string>): Person[] {
  const excluded = (offset: number) => rangeAt(notIn, offset) >= 0;
  const byName = new Map<string, Person>();
  const runs = capitalizedRuns(text);
  const speakingAlone = surnamesSpeakingAlone(text, runs);
  // Per name: a page that opens many sentences with one name reads the text for its surname once.
  const standsAlone = new Map<string, boolean>();
  for (const run of runs) {
    const found = nameAtEnd(run, countryWords);
    // One word is a name only right after an office ("Secretary Clinton", "President Kaba").
    const titledSurname = !!found && found.titled && /^\p{Lu}\p{Ll}{2,}/u.test(found.words[0].text);
    if (!found || (found.words.length < 2 && !titledSurname)) continue;
    const start = found.words[0].start;
    const end = found.words[found.words.length - 1].end;
    const titledBefore = isTitleWord(/([\p{L}.-]+),?\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '');
    const titles = titlesBefore(text, start);
    const evidence =
      found.titled ||
      titledBefore ||
      officeInApposition(text, start, titles) ||
      EVIDENCE_AFTER().test(text.slice(end, end + 40)) ||
      PARTY_LABEL_AFTER().test(text.slice(end, end + 12)) ||
      AGE_AFTER().test(text.slice(end, end + 8)) ||
      subjectCalledHeOrShe(text, run, found.words, standsAlone) ||
      (found.words.length > 1 && speakingAlone.has(found.words[found.words.length - 1].text)) ||
      EVIDENCE_BEFORE().test(text.slice(Math.max(0, start - 30), start));
    if (!evidence || excluded(start) || endsLongerName(text, run, found.words)) continue;
    const name = text.slice(start, end);
    const person = byName.get(name) ?? { name, titles: new Set<string>(), mentions: [] };
    for (const t of titles) person.titles.add(t);
    byName.set(name, person);
  }
  const people = withDescribedFormsMerged(withShortFormsMerged([...byName.values()]));
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

/**
 * Single capitalized words that speak alone, a speech verb right after or before them ("Pedemonte said", "said
 * Pedemonte", "according to Pedemonte"): the surname of a person the text names in full elsewhere, maybe with an
 * occupation no office word spells ("certified trainer Sergio Pedemonte"). Not office words nor sentence openers.
 */
function surnamesSpeakingAlone(text: string, runs: readonly Token[][]): Set<string> {
  const alone = new Set<string>();
  for (const run of runs) {
    const [word] = run;
    if (run.length !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || !mayBePersonalName(word.text)) continue;
    const verbAfter = SPEECH_VERB_AFTER().test(text.slice(word.end, word.end + 30));
    if (verbAfter || EVIDENCE_BEFORE().test(text.slice(Math.max(0, word.start - 30), word.start))) alone.add(word.text);
  }
  return alone;
}
/** A speech verb right after a word: "Pedemonte said", "Ruiz told". */
const SPEECH_VERB_AFTER = onFirstUse(() => new RegExp(`^\\s+${alternation(SPEECH_VERBS)}${NOT_LETTER_AFTER}`, 'i'));

/** A sentence's start right before a name: the text's start, a line break, or a full stop and a space. */
const SENTENCE_START_BEFORE = onFirstUse(() => /(?:^|\n|[.!?][”"’)]?[^\S\n])[^\S\n]*$/);
/** A verb right after a name, an age between at most: "Lars Berg runs", "Ana Ruiz, 45, has fished". */
const VERB_AFTER = onFirstUse(() => /^(?:,\s*\d{1,3},)?\s+\p{Ll}/u);
/**
 * A sentence's first word that is a verb, not a given name: an auxiliary ("Had Klein stayed …") or a participle
 * ("Taking Archie out is …").
 */
const VERB_FIRST = onFirstUse(
  () => /^(?:had|has|have|was|were|is|are|did|does|do|would|could|should|might|must)$|\p{Ll}{2}ing$/iu,
);
/** How far after a name opening a sentence "he" or "she" may stand for the name to be a person's. */
const PRONOUN_REACH = 300;
/** "he" or "she" as a word: how a text goes on about a person, never about a city or a firm ("it"). */
const SUBJECT_PRONOUN = onFirstUse(() => /(?<![\p{L}])(?:he|she)(?![\p{L}])/iu);

/**
 * Whether a name that is a whole capitalized run opening a sentence, a verb after it, is a person's: the next
 * sentences call someone "he" or "she", and the text names them by the surname alone elsewhere ("Lars Berg runs the
 * cooperative. “…,” he said. … Berg added"). With no office nor speech verb beside the name it would be left out, and
 * the pronoun would go to someone named before. A city or a firm opening a sentence ("Buenos Aires hosted the talks",
 * "Goldman Sachs advised the buyers") goes on as "it", and its last word never stands alone.
 */
function subjectCalledHeOrShe(
  text: string,
  run: readonly Token[],
  words: readonly Token[],
  standsAlone: Map<string, boolean>,
): boolean {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  return (
    words[0] === run[0] &&
    words.length >= 2 &&
    words.length <= 3 &&
    !VERB_FIRST().test(words[0].text) &&
    SENTENCE_START_BEFORE().test(text.slice(Math.max(0, start - 4), start)) &&
    VERB_AFTER().test(text.slice(end, end + 10)) &&
    SUBJECT_PRONOUN().test(text.slice(end, end + PRONOUN_REACH)) &&
    surnameStandsAloneOnce(text, words, standsAlone)
  );
}

/** surnameStandsAlone, each name's answer kept in `known`. */
function surnameStandsAloneOnce(text: string, words: readonly Token[], known: Map<string, boolean>): boolean {
  const name = words.map((w) => w.text).join(' ');
  let alone = known.get(name);
  if (alone === undefined) known.set(name, (alone = surnameStandsAlone(text, words)));
  return alone;
}

/** Whether a name's last word stands somewhere in the text as a word, without the word before it in the name. */
function surnameStandsAlone(text: string, words: readonly Token[]): boolean {
  const last = words[words.length - 1].text;
  const before = words[words.length - 2].text;
  const letter = (at: number) => /\p{L}/u.test(text[at] ?? '');
  for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
    const word = !letter(at - 1) && !letter(at + last.length);
    if (word && !text.slice(Math.max(0, at - before.length - 1), at).startsWith(before)) return true;
  }
  return false;
}

/**
 * A full name with capitalized words before it that no office word spells, merged into the full name: "Republican
 * Ana Ruiz" (a party, a headline's word) is Ana Ruiz, offices joined. Only when the article names Ana Ruiz alone too.
 */
function withDescribedFormsMerged(people: Person[]): Person[] {
  const byName = new Map(people.map((p) => [p.name, p]));
  return people.filter((p) => {
    const words = p.name.split(/\s+/);
    const suffixes = words.slice(1, -1).map((_, i) => words.slice(i + 1).join(' '));
    const shorter = suffixes.map((n) => byName.get(n)).find((q) => q !== undefined);
    if (!shorter) return true;
    for (const t of p.titles) shorter.titles.add(t);
    return false;
  });
}

/**
 * The people named by a surname with its particle capitalized, as a sentence or a headline opens with it, merged into
 * the full name that ends with it, their offices joined: a headline's "De Blasio says" and the text's "Mayor Bill de
 * Blasio" are one person, so "the mayor" finds the mentions of either.
 */
function withShortFormsMerged(people: Person[]): Person[] {
  const lower = (p: Person) => p.name.toLowerCase();
  return people.filter((p) => {
    const first = p.name.split(/\s+/)[0];
    if (!p.name.includes(' ') || !PARTICLES.has(first.toLowerCase())) return true;
    const longer = people.find((q) => q !== p && lower(q).endsWith(` ${lower(p)}`));
    if (!longer) return true;
    for (const t of p.titles) longer.titles.add(t);
    return false;
  });
}

/**
 * Whether a name follows its office set apart by a comma: "The High Commissioner for Human Rights, Ana Ruiz, said".
 * Not a name after a comma with no office before it ("In Geneva, Ana Ruiz").
 */
function officeInApposition(text: string, start: number, titles: readonly string[]): boolean {
  return /,\s+$/.test(text.slice(Math.max(0, start - 3), start)) && titles.length > 0;
}

const surname = (name: string) => name.split(/\s+/).pop() ?? name;

/** A capitalized word and "of" or "for" right before a run: the run may end a longer name ("Forum for Human Rights"). */
const NAME_GOES_ON_BEFORE = onFirstUse(() => new RegExp(String.raw`(\p{Lu}[${LETTERS}'’-]*)\s+(?:of|for|on)\s+$`, 'u'));

/**
 * Whether a name that is a whole capitalized run, no title dropped before it, or one word after a portfolio word, is
 * the end of a body's name split at "of", "for" or "on": "Dr. Ana Ruiz of the Forum for Biodiversity Rights said"
 * names Ruiz, not "Biodiversity Rights"; "the Council on Foreign Relations" names no "Relations". Not after an
 * office: "Minister of Transport Ana Ruiz" names Ruiz.
 */
function endsLongerName(text: string, run: readonly Token[], words: readonly Token[]): boolean {
  const before = NAME_GOES_ON_BEFORE().exec(text.slice(Math.max(0, run[0].start - 40), run[0].start));
  return (words[0] === run[0] || words.length === 1) && !!before && !isTitleWord(before[1]);
}

/** Every mention of every person, in text order, to find who was named last before a pronoun. */
export interface Mentions {
  starts: number[];
  people: Person[];
}

export function mentionIndex(people: readonly Person[]): Mentions {
  const all = people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, p }))).sort((a, b) => a.start - b.start);
  return { starts: all.map((x) => x.start), people: all.map((x) => x.p) };
}

/** The person last named before offset; with a title, the last one holding it ("the minister"); `fits` filters. */
export function lastPersonBefore(
  index: Mentions,
  offset: number,
  title?: string,
  fits: (p: Person) => boolean = () => true,
): Person | null {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const p = index.people[i];
    if ((!title || p.titles.has(title)) && fits(p)) return p;
  }
  return null;
}

/**
 * The fullest name the article gives for a name or surname ("Khaleel" → "Abdulla Khaleel"). A name of several words
 * is only lengthened by a person whose name ends with it: "Gary Lee" is not "Tom Lee".
 */
export function fullName(people: readonly Person[], name: string): string {
  if (name.includes(' ')) return people.find((p) => p.name === name || p.name.endsWith(` ${name}`))?.name ?? name;
  return people.find((p) => surname(p.name) === name)?.name ?? name;
}
