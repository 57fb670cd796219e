/** Treaty names and references in an article, their keys, the article's main treaty and passages about others. */
import { LETTERS } from './lexicon/family.js';
import { onFirstUse } from './rules/onFirstUse.js';
import {
  ACCEDING,
  ACT_FORMALITY,
  ADOPTING,
  APPROVING,
  alternation,
  DEPOSITING,
  DISTINCT_INSTRUMENTS,
  INTERCHANGEABLE_INSTRUMENTS,
  isMember,
  JOINING,
  LEAVING,
  MONTHS,
  NAME_BREAKERS,
  NEXT_STEP,
  NUMBER_DESIGNATIONS,
  ORDINAL_UNITS,
  PARENT_BOUND_INSTRUMENTS,
  PARENT_INSTRUMENTS,
  PAST_MARKERS,
  PAST_STEP,
  RATIFYING,
  REGIONS,
  REJOINING,
  SIGNING,
  STATE_STYLES,
  TITLE_ONLY_INSTRUMENTS,
  TREATY_ALIAS_LINKS,
  TREATY_DESCRIPTORS,
  TREATY_NOUNS,
  TREATY_RANKS,
  TREATY_TITLE_LINKS,
  TREATY_TOPIC_LEADS,
  VENUE_PREPOSITIONS,
  WEEKDAYS,
  WITHDRAWING,
  type Family,
} from './lexicon/index.js';
import {
  EXTRA_NAMES,
  NAME_FAMILIES,
  NOT_THE_COUNTRY_AFTER,
  PLACE_PREFIXES,
  SEATS_OF_GOVERNMENT,
} from './countryNames.js';
import { paragraphs, startingIn, tokenize, wordIndex, type Token } from './text.js';
import { PARENT_PART, withAcronyms, withHeadlinePlaceNames, type TreatyRegistry } from './treatyRegistry.js';
import type { TreatyMention } from './types.js';
import type { ExtractorSpec } from './rules/version.js';

/** What the treaties extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const TREATIES_SPEC: ExtractorSpec = {
  name: 'treaties',
  families: [
    INTERCHANGEABLE_INSTRUMENTS,
    DISTINCT_INSTRUMENTS,
    TITLE_ONLY_INSTRUMENTS,
    TREATY_NOUNS,
    TREATY_DESCRIPTORS,
    NAME_BREAKERS,
    TREATY_TOPIC_LEADS,
    TREATY_TITLE_LINKS,
    TREATY_RANKS,
    NUMBER_DESIGNATIONS,
    ORDINAL_UNITS,
    ACT_FORMALITY,
    MONTHS,
    WEEKDAYS,
    PAST_STEP,
    NEXT_STEP,
    SIGNING,
    RATIFYING,
    ACCEDING,
    JOINING,
    ADOPTING,
    APPROVING,
    WITHDRAWING,
    LEAVING,
    REJOINING,
    DEPOSITING,
    TREATY_ALIAS_LINKS,
    VENUE_PREPOSITIONS,
    REGIONS,
    PARENT_BOUND_INSTRUMENTS,
    PARENT_INSTRUMENTS,
    PAST_MARKERS,
    STATE_STYLES,
    ...NAME_FAMILIES,
  ],
  tables: [],
  data: {
    PLACE_PREFIXES: [...PLACE_PREFIXES],
    NOT_THE_COUNTRY_AFTER: [...NOT_THE_COUNTRY_AFTER],
    SEATS_OF_GOVERNMENT,
    EXTRA_NAMES,
  },
};

/**
 * A membership test over families, built once: a set of the plain members (lower case) and the stems. Names are read
 * token by token, so a scan of each list per token would dominate the extractor's time.
 */
function memberOf(...families: readonly Family[]): (lower: string) => boolean {
  const words = new Set<string>();
  const stems: string[] = [];
  for (const f of families)
    for (const w of f.words) {
      if (w.endsWith('*')) stems.push(w.slice(0, -1).toLowerCase());
      else words.add(w.toLowerCase());
    }
  return (lower) => words.has(lower) || stems.some((stem) => lower.startsWith(stem));
}

const isSynonymInstrument = memberOf(INTERCHANGEABLE_INSTRUMENTS);
const isDistinctInstrument = memberOf(DISTINCT_INSTRUMENTS);
const isTitleOnly = memberOf(TITLE_ONLY_INSTRUMENTS);
const isDescriptor = memberOf(TREATY_DESCRIPTORS);

function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

const FORMAL_LINKS = new Set(['on', 'against', 'for']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The form of a formal title ("Convention against Cybercrime", "Treaty on the Prohibition of …"): a capitalized
 * instrument word, a linking preposition, a capitalized topic. Formal titles are exact, so the instrument and
 * the preposition tell two treaties on one topic apart; what stands before the instrument is its owner
 * ("Council of Europe", "United Nations"), not its topic.
 */
function formalForm(words: readonly string[]): { form: string; topicFrom: number } | null {
  for (let i = 0; i + 2 < words.length; i++) {
    const instrument = words[i].toLowerCase();
    if (!/^\p{Lu}/u.test(words[i]) || !(isSynonymInstrument(instrument) || isDistinctInstrument(instrument))) continue;
    const link = words[i + 1];
    // "Protocol to Eliminate …", "Agreement to Prevent …": a title whose topic opens on its purpose.
    if (link === 'to' && /^\p{Lu}/u.test(words[i + 2])) return { form: `${instrument} ${link}`, topicFrom: i + 2 };
    if (!FORMAL_LINKS.has(link)) continue;
    const next = words.slice(i + 2).find((w) => !ARTICLES.has(w));
    if (next && /^\p{Lu}/u.test(next)) return { form: `${instrument} ${link}`, topicFrom: i + 2 };
  }
  return null;
}

/**
 * Normalized identity of a treaty name: its topic words (singular, sorted), plus the instrument kind when it is
 * not one of the interchangeable convention/treaty/agreement/pact/accord, plus the form of a formal title after
 * a bar ("cybercrime | convention against"). Empty for a generic reference ("the treaty"). An informal name
 * ("UN cybercrime treaty") has no form; `sameTreaty` relates it to the formal titles on its topic.
 */
export function treatyKey(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s\b/g, '')
    .split(/[^A-Za-z0-9.-]+/)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
  // "Kigali Amendment to the Montreal Protocol" is the Kigali Amendment: the parent it is made under is another treaty.
  const parentAt = words.findIndex(
    (w, i) => i > 0 && w === 'to' && isMember(PARENT_BOUND_INSTRUMENTS, words[i - 1]) && ARTICLES.has(words[i + 1]),
  );
  return keyOfWords(parentAt > 0 ? words.slice(0, parentAt) : words);
}

function keyOfWords(original: readonly string[]): string {
  const formal = formalForm(original);
  const words = original
    .slice(formal?.topicFrom ?? 0)
    .map((w) => w.toLowerCase())
    // "the Kampala amendments" is the Kampala Amendment: a distinct instrument is one kind in either number.
    .map((w) => (isDistinctInstrument(singular(w)) ? singular(w) : w))
    .filter((w) => !isDescriptor(w) && !isSynonymInstrument(w));
  const topic = words.filter((w) => !isDistinctInstrument(w)).map(singular);
  if (!topic.length) return '';
  const kinds = words.filter(isDistinctInstrument);
  const key = [...new Set(topic)]
    .sort()
    .concat([...new Set(kinds)])
    .join(' ');
  return formal ? `${key} | ${formal.form}` : key;
}

const topicOf = (key: string): string => key.split(' | ')[0];

/** Two keys name the same treaty: equal, or one is an informal name on the topic of the other. */
export function sameTreaty(a: string, b: string): boolean {
  return a === b || ((!a.includes(' | ') || !b.includes(' | ')) && topicOf(a) === topicOf(b));
}

/**
 * Informal names ("the UN cybercrime treaty") take the key of the one formal title on their topic the text
 * gives, so an article's mentions of one treaty count together; with two formal titles on one topic
 * ("Convention on Cybercrime", "Convention against Cybercrime") an informal name stays undecided.
 */
function resolveInformal(references: TreatyMention[]): TreatyMention[] {
  const formal = new Map<string, Set<string>>();
  for (const r of references)
    if (r.key.includes(' | ')) formal.set(topicOf(r.key), (formal.get(topicOf(r.key)) ?? new Set()).add(r.key));
  const titles = references.filter((r) => r.key.includes(' | '));
  return references.map((r) => {
    if (!r.key || r.key.includes(' | ')) return r;
    const forms = formal.get(r.key) ?? shortNameOf(r.key, titles);
    return forms?.size === 1 ? { ...r, key: [...forms][0] } : r;
  });
}

/**
 * "the Ban Amendment" after "the Basel Ban Amendment": an informal name whose words, instrument kind included, all stand
 * in one longer informal name of the text is that name's short form ("Basel Convention" is not: its kind differs).
 */
function resolveShortInformal(references: TreatyMention[]): TreatyMention[] {
  // A longer name counts only when capitalized throughout, as a name is ("Basel Ban Amendment", not "treaty on
  // plastics caps production", a name read on into its sentence).
  const capitalized = (name: string) => name.split(/\s+/).every((w) => w.length < 4 || isCapitalized(w));
  const named = new Set(references.filter((r) => capitalized(r.name)).map((r) => r.key));
  const informal = [...new Set(references.map((r) => r.key).filter((k) => k && !k.includes(' | ')))];
  const kindsOf = (words: readonly string[]) => words.filter(isDistinctInstrument).sort().join(' ');
  const shortFor = new Map<string, string>();
  for (const key of informal) {
    const words = key.split(' ');
    const wider = informal.filter((other) => {
      const its = other.split(' ');
      const longer = its.length > words.length && named.has(other);
      return longer && kindsOf(its) === kindsOf(words) && words.every((w) => standsIn(w, new Set(its)));
    });
    if (wider.length === 1) shortFor.set(key, wider[0]);
  }
  return shortFor.size
    ? references.map((r) => (shortFor.has(r.key) ? { ...r, key: shortFor.get(r.key)! } : r))
    : references;
}

/**
 * Whether a word of a short name stands among a longer name's words, a compound written with a hyphen in one and a
 * space in the other included ("nuclear-free zone treaty" of the "South Pacific Nuclear Free Zone Treaty").
 */
const standsIn = (word: string, words: ReadonlySet<string>): boolean =>
  words.has(word) || (word.includes('-') && word.split('-').every((part) => !part || words.has(part)));

const nameWords = (name: string): Set<string> =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .map(singular),
  );

/**
 * "the Framework Convention" after "WHO Framework Convention on Tobacco Control": an informal name whose words all
 * stand in a formal title of the text is that title's short form; of several such titles, the one the text uses most.
 */
function shortNameOf(key: string, titles: readonly TreatyMention[]): Set<string> | undefined {
  const words = key.split(' ');
  const uses = new Map<string, number>();
  for (const t of titles)
    if (words.every((w) => standsIn(w, nameWords(t.name)))) uses.set(t.key, (uses.get(t.key) ?? 0) + 1);
  const ranked = [...uses].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  return new Set([ranked[0][0]]);
}

/**
 * An instrument noun in the singular ("Convention", "treaty"); "Amendment" and "Statute" only capitalized, since in
 * lower case they are mostly domestic ("a constitutional amendment").
 */
function isInstrument(t: Token): boolean {
  const lower = t.norm.toLowerCase();
  if (!isSynonymInstrument(lower) && !isDistinctInstrument(lower)) return false;
  return !isTitleOnly(lower) || /^\p{Lu}/u.test(t.text);
}
/** Places the project knows (capitals, short country names), lower case: a city or state after "in" is a venue. */
const KNOWN_PLACES = new Set(
  [...Object.values(SEATS_OF_GOVERNMENT), ...Object.values(EXTRA_NAMES)].flat().map((n) => n.toLowerCase()),
);
/** Capitals alone, one word: a conference city names an instrument ("Kigali"); a state or "White House" may not. */
const CITIES = new Set(
  Object.values(SEATS_OF_GOVERNMENT)
    .flat()
    .filter((n) => !/\s/.test(n))
    .map((n) => n.toLowerCase()),
);

/**
 * A lower-case title-only instrument right after a capital city names it, as capitalized ("the Kampala amendments",
 * "the Kigali amendment"): a conference city names the instrument; a domestic body does not ("the Senate amendments").
 */
function isCityNamedInstrument(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (i === 0 || isCapitalized(t.text) || !isTitleOnly(singular(t.text.toLowerCase()))) return false;
  const place = tokens[i - 1];
  return (
    /^ $/.test(text.slice(place.end, t.start)) && isCapitalized(place.text) && CITIES.has(place.text.toLowerCase())
  );
}
const INSTRUMENT_ANYWHERE = onFirstUse(
  () => new RegExp(alternation(INTERCHANGEABLE_INSTRUMENTS, DISTINCT_INSTRUMENTS), 'i'),
);
/**
 * Words that end a treaty name when met while reading outward from the instrument word (months and weekdays folded;
 * "last" and "next" open a time phrase: "the Convention on Tobacco Control last November").
 */
const isNameBreaker = memberOf(
  NAME_BREAKERS,
  PAST_STEP,
  NEXT_STEP,
  SIGNING,
  RATIFYING,
  ACCEDING,
  JOINING,
  ADOPTING,
  APPROVING,
  MONTHS,
  WEEKDAYS,
);
/** Words of acting: they end a name, except as a noun inside a formal title's capitalized topic (isTitleActNoun). */
const isActWord = memberOf(SIGNING, RATIFYING, ACCEDING, JOINING, ADOPTING, APPROVING);
/**
 * A capitalized act noun right after a capitalized word of a formal title's topic, in running text: the topic's
 * ("… in Respect of Intercountry Adoption", "… on Recognition and Enforcement of Arbitral Approval"), not the
 * sentence's. Not a participle or a verb's "-s" form ("… Ocean Plastics Adopted"), nor in a headline, where every
 * word is capitalized ("Convention on Plastics Ratification Stalls").
 */
function isTitleActNoun(tokens: readonly Token[], j: number, text: string, headline: boolean): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  return (
    !headline &&
    isCapitalized(t.text) &&
    isActWord(t.text.toLowerCase()) &&
    !/(?:ed|ing|s)$/.test(t.text) &&
    isCapitalized(before.text) &&
    /^ $/.test(text.slice(before.end, t.start))
  );
}
/**
 * A capitalized word that ends names elsewhere (a headline verb, an act noun) but stands inside a title in running text:
 * right after a title's linking word and before another capitalized word ("Treaty on Open Skies", "Convention on the
 * Open Seas"), or right before the instrument word, after an article or a capitalized word ("the Hague Adoption
 * Convention"), not after a verb ("will Welcome Convention delegates"). Not in a headline, where every word is
 * capitalized ("Kenya Backs Convention", "Treaty on Mines Opens Doors").
 */
/** A word written with a capital and then lower-case letters: a title's word, not a figure or an acronym. */
const isTitleCaseWord = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word);
/** Months and weekdays: capitalized, yet never a title's word. */
const isTimeWord = memberOf(MONTHS, WEEKDAYS);

function isTitleWordDespiteBreaking(tokens: readonly Token[], j: number, text: string, headline: boolean): boolean {
  const t = tokens[j];
  const [before, after] = [tokens[j - 1], tokens[j + 1]];
  if (headline || !before || !after || !isTitleCaseWord(t.text) || /(?:ed|ing)$/.test(t.text)) return false;
  if (isTimeWord(t.text.toLowerCase())) return false;
  const spaced = /^ $/.test(text.slice(before.end, t.start)) && /^ $/.test(text.slice(t.end, after.start));
  if (!spaced || !isTitleCaseWord(after.text)) return false;
  const linkBefore = (k: number) => isMember(TREATY_TOPIC_LEADS, tokens[k]?.text ?? '');
  const opensName = isCapitalized(before.text) || ARTICLES.has(before.text);
  return linkBefore(j - 1) || (/^the$/.test(before.text) && linkBefore(j - 2)) || (opensName && isInstrument(after));
}
/**
 * Verbs of leaving, coming back and depositing, and the irregular past forms, end a name only in lower case ("votes to
 * leave Ottawa Convention", "quit mine ban convention", "the convention on river pollution took effect"): capitalized
 * they may belong to a title ("the Withdrawal Agreement").
 */
const isLowerCaseVerb = memberOf(WITHDRAWING, LEAVING, REJOINING, DEPOSITING, PAST_MARKERS);
/** Words that may link the parts of a name: its topic leads and the grammar words of titles. */
const CONNECTORS = new Set([...TREATY_TOPIC_LEADS.words, ...TREATY_TITLE_LINKS.words, 'of', 'to', 'and', 'the']);
const LEFT_MAX = 4;
/** Formal UN titles run long ("Convention on the Law of the Non-Navigational Uses of International Watercourses"). */
const RIGHT_MAX = 14;

function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word);
}

function isNameWord(t: Token): boolean {
  const lower = t.text.toLowerCase();
  if (isNameBreaker(lower) || /^\d/.test(t.text)) return false;
  if (!isCapitalized(t.text) && isLowerCaseVerb(lower)) return false;
  // Lowercase participles and adverbs ("binding", "adopted", "formally") describe, they do not name.
  return isCapitalized(t.text) || !/(ed|ing|ly)$/.test(lower);
}

function leftEdge(tokens: Token[], i: number, text: string, headline: boolean): number {
  let first = i;
  let capitalSeen = false;
  // A capitalized instrument in running text ("takes Convention 182 to 181 parties", "remained outside Convention
  // 182") is a title or a number's; a lower-case word right before it is the sentence's, not the name's.
  const capitalInstrument = isCapitalized(tokens[i].text);
  for (let j = i - 1; j >= 0 && i - j <= LEFT_MAX; j--) {
    const t = tokens[j];
    if (!/^[\s-]*$/.test(text.slice(t.end, tokens[j + 1].start))) break;
    // A possessive owner ("Europe’s Budapest Convention") is not part of the name.
    const nameWord = isNameWord(t) || (j === i - 1 && isTitleWordDespiteBreaking(tokens, j, text, headline));
    if (CONNECTORS.has(t.text.toLowerCase()) || !nameWord || /['’]s$/.test(t.text)) break;
    // A name's lower-case words follow its capitalized ones ("UN plastics treaty"), never precede them: the verb of a
    // sentence-case headline ("… brings UN watercourses treaty into force", "to accept Basel Ban Amendment") is not.
    const capital = isCapitalized(t.text);
    if ((capitalSeen || capitalInstrument) && !capital) break;
    capitalSeen ||= capital;
    first = j;
  }
  return first;
}

/**
 * "of" names a place only after a bare instrument ("Treaty of Rome", not "Budapest Convention of the Council of Europe");
 * "to" starts a name only in title case ("Agreement to Combat…"), otherwise it is a purpose clause; in a headline,
 * where every word is capitalized, it cannot be told from one, so it does not.
 */
function startsTail(tokens: Token[], i: number, hasLeftName: boolean, headline: boolean): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!next || !after) return false;
  // After a name ("Kyoto Protocol") or a title-cased bare instrument ("signed the Convention on the day", "ratified the
  // Treaty on behalf of…"), a lower-case word is the sentence's ("… on climate change"); a title goes on capitalized.
  if (isMember(TREATY_TOPIC_LEADS, next.text))
    return (!hasLeftName && !isTitleCased(tokens, i)) || isCapitalized(firstTopicWord(tokens, i + 2));
  if (/^of$/i.test(next.text)) return !hasLeftName;
  if (!/^to$/i.test(next.text)) return false;
  // "Optional Protocol to the Convention on …", "Amendment to the Montreal Protocol": a child and the parent it is made under.
  const parentNamed = /^the$/i.test(after.text) && isCapitalized(tokens[i + 3]?.text ?? '');
  if (parentNamed && isMember(PARENT_BOUND_INSTRUMENTS, tokens[i].text)) return true;
  return !headline && isCapitalized(after.text);
}

/** A capitalized instrument after a lower-case "the": capitalized in mid-sentence, so written as a title is. */
function isTitleCased(tokens: readonly Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].text === 'the' && isCapitalized(tokens[i].text);
}

/** The article's first line when it is short and ends without a sentence stop: its title, in any case style. */
function isTitleLine(body: string, tokens: readonly Token[]): boolean {
  return tokens.length <= 30 && !/[.!?]["”’]?$/.test(body.trim());
}

/** A headline or standfirst: a short line with no sentence stop whose longer words are nearly all capitalized. */
function isHeadline(body: string, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
  if (tokens.length > 30 || words.length < 3 || /[.!?]\s/.test(body.trim())) return false;
  return words.filter((t) => isCapitalized(t.text)).length >= 0.8 * words.length;
}

function firstTopicWord(tokens: readonly Token[], from: number): string {
  return tokens.slice(from).find((t) => !/^(?:the|a|an)$/i.test(t.text))?.text ?? '';
}

/**
 * A title's plural possessive ("… of Ships' Ballast Water", "… Human and Peoples’ Rights", "… Migrant Workers' Rights"):
 * a capitalized plural, its apostrophe and a capitalized word go on the title; before a lower-case word it is the
 * sentence's ("the Convention on Refugees' rights").
 */
function isPluralPossessive(owner: Token, gap: string, next: Token): boolean {
  return /^['’] $/.test(gap) && /s$/.test(owner.text) && isCapitalized(owner.text) && isCapitalized(next.text);
}

function rightEdge(tokens: Token[], i: number, text: string, hasLeftName: boolean, headline: boolean): number {
  if (!startsTail(tokens, i, hasLeftName, headline)) return i;
  if (!/^\s+$/.test(text.slice(tokens[i].end, tokens[i + 1].start))) return i;
  let last = i;
  let capitalSeen = false;
  for (let j = i + 1; j < tokens.length && j - i <= RIGHT_MAX; j++) {
    const t = tokens[j];
    const gap = text.slice(tokens[j - 1].end, t.start);
    if (!/^[\s-]*$/.test(gap) && !isPluralPossessive(tokens[j - 1], gap, t)) break;
    if (CONNECTORS.has(t.text.toLowerCase())) continue;
    if (last === j - 1 && topicGoesOnIn(tokens, i, j, text)) continue;
    // A capitalized topic is a title's, and a title's words are capitalized: a lower-case word after it is the
    // sentence going on ("the Convention on Cluster Munitions laid the foundation…").
    if (capitalSeen && last === j - 1 && isTitleActNoun(tokens, j, text, headline)) {
      last = j;
      continue;
    }
    const nameWord = isNameWord(t) || isTitleWordDespiteBreaking(tokens, j, text, headline);
    if (!nameWord || (capitalSeen && !isCapitalized(t.text))) break;
    capitalSeen ||= isCapitalized(t.text);
    last = j;
  }
  return last;
}

/** The capitalized words from `from` on, linked by connectors and spaces only: what follows "in" in a title. */
function capitalizedRun(tokens: readonly Token[], from: number, text: string): Token[] {
  const run: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > from && !/^\s+$/.test(text.slice(tokens[k - 1].end, t.start))) break;
    if (!isCapitalized(t.text) && !CONNECTORS.has(t.text)) break;
    if (isCapitalized(t.text)) run.push(t);
  }
  return run;
}

/**
 * "in" goes on a formal title's topic ("Protocol to Eliminate Illicit Trade in Tobacco Products") when the capitalized
 * words after it are a world region, or are no known place and end on a plural or hold a common noun the text also
 * writes in lower case ("tobacco"): a venue ("in Budapest", "in Geneva", "in New York") is a proper name, never written so.
 */
function topicGoesOnIn(tokens: readonly Token[], i: number, j: number, text: string): boolean {
  if (tokens[j].text !== 'in' || !isCapitalized(tokens[i].text) || !isCapitalized(tokens[j - 1].text)) return false;
  const run = capitalizedRun(tokens, j + 1, text);
  // A region is the topic's scope ("… Nuclear Weapons in Latin America", "… Displaced Persons in Africa"): a
  // conference meets in a city or a country, not a continent.
  if (
    run.length &&
    [1, 2, 3].some((n) =>
      isMember(
        REGIONS,
        run
          .slice(0, n)
          .map((w) => w.text)
          .join(' '),
      ),
    )
  )
    return true;
  const pairs = run.map((w, k) => `${w.text} ${run[k + 1]?.text ?? ''}`.trim());
  if (!run.length || [...run.map((w) => w.text), ...pairs].some((n) => KNOWN_PLACES.has(n.toLowerCase()))) return false;
  // A noun with its "of" ("… in Respect of Intercountry Adoption", "… in Matters of Taxation") is a title's phrase,
  // unless the noun is a state's style or a kind of place ("in Republic of Korea", "in Gulf of Guinea").
  const nounOf = tokens[j + 1] === run[0] && tokens[j + 2]?.text === 'of' && run[1] === tokens[j + 3];
  if (nounOf && !isMember(STATE_STYLES, run[0].text) && !NOT_THE_COUNTRY_AFTER.has(run[0].text)) return true;
  // A plural common noun ends the topic ("… Trade in Tobacco Products", "… Logging in Tropical Forests"); a city's
  // name is singular ("in Nagoya", "in Montego Bay").
  const words = run.filter((w, k) => k === 0 || /^ $/.test(text.slice(run[k - 1].end, w.start)));
  const lastWord = words[words.length - 1].text;
  if (words.length > 1 && singular(lastWord) !== lastWord) return true;
  return run.some(
    (w) =>
      !PLACE_PREFIXES.has(w.text) && !isNameBreaker(w.text.toLowerCase()) && wordIndex(text, w.text.toLowerCase()) >= 0,
  );
}

/** Ordinals and superlatives rank a treaty among others ("the first international treaty on criminal justice"). */
const isRanking = (word: string): boolean => isMember(ORDINAL_UNITS, word) || isMember(TREATY_RANKS, word);

/**
 * A lower-case phrase that ranks the treaty describes it rather than names it; a name keeps a capital
 * somewhere ("UN cybercrime treaty") or is a plain lower-case label ("the separate cybercrime convention").
 */
function isDescription(words: readonly Token[], lead: readonly Token[]): boolean {
  return !words.some((w) => isCapitalized(w.text)) && [...lead, ...words].some((w) => isRanking(w.text));
}

const DETERMINER = onFirstUse(() => /^(?:the|a|an|its|their|this|that)$/i);
const LEAD_REACH = 4;
/**
 * "the first legally binding regional treaty": the lower-case words between the determiner and the name, which the
 * name's edge leaves out ("legally binding") but which may still rank the treaty.
 */
function leadWords(tokens: readonly Token[], first: number): Token[] {
  const lead: Token[] = [];
  for (let j = first - 1; j >= Math.max(0, first - LEAD_REACH); j--) {
    const w = tokens[j].text;
    if (DETERMINER().test(w) || !/^\p{Ll}[\p{L}-]*$/u.test(w)) break;
    lead.unshift(tokens[j]);
  }
  return lead;
}

const topicWords = (key: string): string[] => topicOf(key).split(/[\s-]+/);

/**
 * The topic words a headline's name may share with a body title: of a formal title, its key's; of a protocol or an
 * amendment named with its parent ("Optional Protocol to the Convention against Torture"), every word of the name but
 * its instrument nouns and descriptors, since headlines name a child by its parent's topic ("torture protocol").
 */
function titleWords(r: TreatyMention): string[] | null {
  if (r.key.includes(' | ')) return topicWords(r.key);
  if (!PARENT_PART().test(r.name)) return null;
  return [...nameWords(r.name)].filter(
    (w) => w && !isDescriptor(w) && !isSynonymInstrument(w) && !isDistinctInstrument(w),
  );
}

/**
 * A headline's informal name ("Pacific trade pact") is the short name of a treaty the body gives its formal title
 * ("Agreement for Trans-Pacific Partnership"): that name, wherever used, takes the key of the first title in the body
 * sharing a topic word with it, of the same distinct instrument kind (a protocol's informal name is no convention's).
 * A headline's description the body never uses again ("Ozone pact now binding") names the one treaty the body names
 * ("the Montreal Protocol"), when it names only one, by a proper name.
 */
function resolveHeadlineNames(references: TreatyMention[], headlined: ReadonlySet<number>): TreatyMention[] {
  const renamed = new Map<string, string>();
  const kinds = (k: string) => k.split(/[\s|]+/).filter(isDistinctInstrument);
  // A name in the body with no capital ("an optional protocol") may be a part or a sibling, not a name of the treaty.
  const proper = (name: string) => name.split(/\s+/).some((w) => w.length >= 4 && isCapitalized(w));
  const inBody = references.filter((r, j) => !headlined.has(j) && r.key);
  const bodyKeys = new Set(inBody.map((r) => r.key));
  const namedInBody = inBody.filter((r) => proper(r.name));
  const namedKeys = new Set(namedInBody.map((r) => r.key));
  for (const i of headlined) {
    const key = references[i].key;
    if (!key || key.includes(' | ') || renamed.has(key)) continue;
    const words = topicWords(key).filter((w) => !isDistinctInstrument(w));
    const title = references.find(
      (r, j) =>
        !headlined.has(j) &&
        (titleWords(r)?.some((w) => words.includes(w)) ?? false) &&
        kinds(key).every((k) => kinds(r.key).includes(k)),
    );
    const onlyOne = !bodyKeys.has(key) && namedKeys.size === 1 ? namedInBody[0] : undefined;
    const named = onlyOne && kinds(key).every((k) => kinds(onlyOne.key).includes(k)) ? onlyOne : undefined;
    if (title ?? named) renamed.set(key, (title ?? named)!.key);
  }
  return renamed.size
    ? references.map((r) => (renamed.has(r.key) ? { ...r, key: renamed.get(r.key)! } : r))
    : references;
}

/**
 * Every treaty name and generic reference ("the Convention": empty key) in the text. `textTokens`: the text's tokens when
 * they are at hand (no word crosses a line, so a paragraph's words are those of the whole text that start in it).
 */
export function treatyReferences(text: string, textTokens?: readonly Token[]): TreatyMention[] {
  const out: TreatyMention[] = [];
  const headlined = new Set<number>();
  const bare: TreatyMention[] = [];
  const cityNamed = new Map<string, Set<string>>();
  paragraphs(text).forEach((p, index) => {
    const body = text.slice(p.start, p.end);
    if (!INSTRUMENT_ANYWHERE().test(body)) return;
    const tokens = textTokens ? startingIn(textTokens, p.start, p.end) : tokenize(body, p.start);
    const headline = isHeadline(body, tokens);
    const titleLine = headline || (index === 0 && isTitleLine(body, tokens));
    tokens.forEach((t, i) => {
      // A word of the name just read ("Convention" in "Optional Protocol to the Convention against Torture") is no name of its own.
      if (out.length && t.start < out[out.length - 1].end) return;
      const cityNamedHere = isCityNamedInstrument(tokens, i, text);
      if (!titleLine && isAttributive(tokens, i, text)) return;
      if (!isInstrument(t) && !cityNamedHere) {
        if (isBareTitleOnly(tokens, i))
          bare.push({ start: t.start, end: t.end, name: t.text, key: singular(t.text.toLowerCase()) });
        return;
      }
      const first = leftEdge(tokens, i, text, headline);
      const last = rightEdge(tokens, i, text, first < i, headline);
      const start = tokens[first].start;
      // The possessive ending is not part of the name ("the Convention’s implementation").
      const end = tokens[last].end - (/['’]s$/.test(tokens[last].text) ? 2 : 0);
      const name = text.slice(start, end);
      const words = tokens.slice(first, last + 1);
      out.push({ start, end, name, key: isDescription(words, leadWords(tokens, first)) ? '' : treatyKey(name) });
      if (cityNamedHere) {
        const kind = singular(t.norm.toLowerCase());
        cityNamed.set(kind, (cityNamed.get(kind) ?? new Set()).add(out[out.length - 1].key));
      }
      if (titleLine) headlined.add(out.length - 1);
    });
  });
  const named = resolveHeadlineNames(resolveInformal(resolveShortInformal(out)), headlined);
  return withHeadlinePlaceNames(text, withAcronyms(text, withShortCityNamed(named, bare, cityNamed)));
}

/**
 * "the National Convention Centre", "the Treaty Room", "the Convention Secretariat": an instrument noun followed by a
 * capitalized noun in running text qualifies that noun, a building or a body, and names no instrument. Not a time word
 * ("signed the Ottawa Convention Tuesday"), a number, the number of a numbered instrument ("Convention No. 190") or a
 * title's linking word.
 */
function isAttributive(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  if (!next || !/^ $/.test(text.slice(tokens[i].end, next.start)) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  if (isNumberDesignation(tokens, i + 1, text)) return false;
  const lower = next.text.toLowerCase();
  // A participle opens a title's topic ("Convention Abolishing the Requirement…", "Agreement Establishing…").
  if (lower.endsWith('ing') || CONNECTORS.has(lower)) return false;
  return isCapitalized(tokens[i].text) && isNameWord(next) && !isInstrument(next);
}

/** "No. 190", "Number 182", "Nº 14" at `j`: the number of a numbered instrument ("ILO Convention No. 190"). */
function isNumberDesignation(tokens: readonly Token[], j: number, text: string): boolean {
  const number = tokens[j + 1];
  return (
    isMember(NUMBER_DESIGNATIONS, tokens[j].text) &&
    number !== undefined &&
    /^\d+$/.test(number.text) &&
    /^\.?\s?$/.test(text.slice(tokens[j].end, number.start))
  );
}

/** "the amendments", lower case: a bare title-only instrument after its determiner, a short name if the text has one. */
function isBareTitleOnly(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].text.toLowerCase();
  return i > 0 && !isCapitalized(tokens[i].text) && isTitleOnly(singular(lower)) && /^the$/i.test(tokens[i - 1].text);
}

/**
 * "the amendments" in a text that names "the Kampala amendments" is that instrument by its short name (as "the Ban
 * Amendment" is the Basel Ban Amendment), when the text names one instrument of that kind after a city.
 */
function withShortCityNamed(
  named: TreatyMention[],
  bare: readonly TreatyMention[],
  cityNamed: ReadonlyMap<string, ReadonlySet<string>>,
): TreatyMention[] {
  const short = bare.flatMap((b) => {
    const keys = cityNamed.get(b.key);
    return keys?.size === 1 ? [{ ...b, key: [...keys][0] }] : [];
  });
  return short.length ? [...named, ...short].sort((x, y) => x.start - y.start) : named;
}

/** How many leading paragraphs say what the article is about (headline, standfirst, lead). */
const LEAD_PARAGRAPHS = 3;
const LEAD_WEIGHT = 2;

/** A treaty right after the news verb of a lead ("72 countries signed the …", "adopted the …") is what happened. */
const ACTS_ON = alternation(SIGNING, RATIFYING, JOINING, ACCEDING, ADOPTING, APPROVING);
const ACTED_ON = onFirstUse(
  () => new RegExp(`\\b${ACTS_ON}(?:\\s+to)?\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[${LETTERS}-]+\\s+){0,3}$`, 'iu'),
);
const ACTED_ON_PASSIVE = onFirstUse(
  () =>
    new RegExp(
      `^\\s+(?:was|were|is|has been|have been|had been)\\s+(?:${alternation(ACT_FORMALITY)}\\s+)?${ACTS_ON}\\b`,
      'iu',
    ),
);
const ACTED_REACH = 60;

function actedOn(text: string, m: TreatyMention): boolean {
  return (
    ACTED_ON().test(text.slice(Math.max(0, m.start - ACTED_REACH), m.start)) ||
    ACTED_ON_PASSIVE().test(text.slice(m.end, m.end + ACTED_REACH))
  );
}

/**
 * The treaty the article is mainly about: the instrument with most mentions under any of its names, those in the lead
 * counting double, and the first the lead reports signed or adopted ("72 countries signed the …", "the … was adopted")
 * once more; an alias given in apposition ("X, better known as Y") is one mention with its name. Of that instrument,
 * the name the article uses most, written with its instrument noun; earliest on a tie.
 */
export function mainTreaty(
  text: string,
  named: readonly TreatyMention[],
  registry: Pick<TreatyRegistry, 'instrumentOf' | 'appositions'> = { instrumentOf: (k) => k, appositions: new Set() },
): TreatyMention | null {
  const leadEnd = paragraphs(text)[LEAD_PARAGRAPHS - 1]?.end ?? text.length;
  const news = named.find((m) => m.start < leadEnd && actedOn(text, m));
  const weight = (m: TreatyMention): number =>
    registry.appositions.has(m) ? 0 : m.start >= leadEnd ? 1 : LEAD_WEIGHT + (m === news ? LEAD_WEIGHT : 0);
  const byName = new Map<string, number>();
  const byInstrument = new Map<string, number>();
  for (const m of named) {
    byName.set(m.key, (byName.get(m.key) ?? 0) + weight(m));
    const instrument = registry.instrumentOf(m.key);
    byInstrument.set(instrument, (byInstrument.get(instrument) ?? 0) + weight(m));
  }
  // Of one name's mentions, one with its instrument noun ("Paris Agreement", not a headline's "Paris" or an acronym).
  const rank = (m: TreatyMention): number[] => [
    byInstrument.get(registry.instrumentOf(m.key))!,
    byName.get(m.key)!,
    INSTRUMENT_ANYWHERE().test(m.name) ? 1 : 0,
  ];
  let best: TreatyMention | null = null;
  for (const m of named) if (!best || outranks(rank(m), rank(best))) best = m;
  return best;
}

/** Whether scores `a` beat `b`, compared in order. */
function outranks(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i] > b[i];
}

/** The references starting in [start, end), by binary search over references in text order. */
export function referencesIn(references: readonly TreatyMention[], start: number, end: number): TreatyMention[] {
  return startingIn(references, start, end);
}

/** A passage that names only other treaties ("signed the Paris Agreement") says nothing about the article's treaty. */
export function aboutAnotherTreaty(
  start: number,
  end: number,
  references: readonly TreatyMention[],
  mainKey: string | null,
): boolean {
  const here = referencesIn(references, start, end).filter((t) => t.end <= end);
  const ours = (key: string): boolean => mainKey !== null && sameTreaty(key, mainKey);
  return here.some((t) => t.key && !ours(t.key)) && !here.some((t) => !t.key || ours(t.key));
}
