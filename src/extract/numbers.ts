import { CARDINAL_WORDS, ORDINAL, numberValue } from './numberWords.js';
import { aboutAnotherTreaty } from './treaties.js';
import { foldQuotes, rangeAt, type Range } from './text.js';
import type { Instrument, NumberKind, NumberMention, Qualifier, TreatyMention } from './types.js';
import type { ExtractorSpec } from './rules/version.js';

/** What the numbers extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const NUMBERS_SPEC: ExtractorSpec = { name: 'numbers', families: [], tables: [] };

/** Digits not glued to letters, slashes, colons or other digits: not "G20", "75/282", "24/7", "18:00", "COVID-19". */
const DIGITS = /(?<![\p{L}\p{N}/:.,$€£¥-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}/:]|[.,]\d|%)/gu;

const QUALIFIERS: [Qualifier, RegExp][] = [
  ['more_than', /\b(?:more than|over|upwards of|in excess of|above|exceeding)\s+$/i],
  ['at_least', /\b(?:at least|no fewer than|no less than|not less than|a minimum of|minimum of)\s+$/i],
  ['fewer_than', /\b(?:fewer than|less than|under|below)\s+$/i],
  ['at_most', /\b(?:up to|at most|no more than|not more than|a maximum of|maximum of|as many as)\s+$/i],
  ['about', /\b(?:about|around|nearly|almost|some|roughly|approximately|close to|an estimated|estimated)\s+$/i],
];

const STATES = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:countries|states|nations|governments|parties|signatories|delegations)\b`;
const COUNT_NOUN = new RegExp(String.raw`^\s+${STATES}`, 'iu');
const VOTE_SENTENCE = /\bvot(?:e|es|ed|ing)\b|in favou?r|abstention|abstain/;
/** "124 votes", "124 countries voting", "3 states voted": who cast the votes, before what they voted. */
const VOTERS = String.raw`(?:(?:countr(?:y|ies)|states?|nations?|members?|member states?|delegations?)\s+)?(?:votes?\s+|voting\s+|voted\s+)?`;
const FOR = new RegExp(String.raw`^\s+${VOTERS}(?:in favou?r|for\b|yes\b|(?=to\s+\d))`);
/** "143 votes to 5", "by 120 to 10": the number after "to" is the votes against. */
const AGAINST_AFTER_TO = /(?:\bvotes?|\d)\s+to\s+$/;

/** "61 have ratified", "40 had signed": a count whose noun the sentence gave before. */
const BARE_SUBJECT = /^\s+(?:have|has|had)\s+(?:now\s+|already\s+|so far\s+|since\s+)?(signed|ratified|acceded|joined)\b/i;
/** A count is the condition of entry into force after these ("after 40 states ratify", "ratification by 40 states"), not "it has 116 parties". */
const THRESHOLD_BEFORE = /\b(?:after|once|when|upon|following|until|unless|if|requires?|required|needs?|needed|by|of|least|than|reach(?:es|ed)?)\b[^.;]*$/;
/** "The 11 founding members signed": members counted by what they did. */
const MEMBERS_ACTING = /^\s+(?:[\p{L}-]+\s+)?members\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|already\s+)?(signed|ratified|acceded|joined)\b/iu;
/** "73 states parties", "has 76 parties": the states bound by the treaty, when the sentence is about one (not "the two parties"). */
const TREATY_WORD = /\b(?:treaty|convention|agreement|pact|accord|protocol|charter|covenant|ratif\w*|acce(?:ded|ssion))\b/;
const PARTIES = /^\s+(?:states?\s+parties|parties)\b/i;
const AGAINST = new RegExp(String.raw`^\s+${VOTERS}(?:against|opposed|no\b)`);
const ABSTAIN = new RegExp(String.raw`^\s+${VOTERS}(?:abstentions?|abstaining|abstained|abstain)\b`);
const ENTRY_INTO_FORCE = /\b(?:ent(?:er|ers|ered|ering|ry) into (?:formal )?(?:force|effect)|come into (?:force|effect)|comes into (?:force|effect)|takes? effect|becomes? effective|go(?:es)? into effect)\b/;
const DAYS_AFTER = /^(?:\s+|-)days?\s+(?:after|following|from|of)\b/;
const ASSEMBLY = /^-member\s+(?:UN\s+|U\.N\.\s+)?(?:General Assembly|assembly|body|organi[sz]ation|United Nations|world body)/i;
const ALL_MEMBERS = /^\s+(?:UN\s+|U\.N\.\s+)?members?(?:\s+states)?\b/i;
/** "all 193 member states", "the General Assembly's 193 members": the whole membership, not a count of actors. */
const MEMBERSHIP_BEFORE = /(?:\ball|General Assembly's|United Nations'|UN's|U\.N\.'s)\s+$/i;
const UN_CONTEXT = /\b(?:General Assembly|United Nations|UN|U\.N\.)\b/;
const PART_OF_WHOLE = new RegExp(String.raw`^\s+of\s+(?:the|its|all)\s+(?:\d[\d,]*|[a-z-]+)\s+${STATES}`, 'iu');
const PART_OF_WHOLE_BEFORE = /\b(?:\d[\d,]*|[a-z-]+)\s+of\s+(?:the|its|all)\s+$/i;
const EU_MEMBERS = /^\s+(?:of (?:its|the EU's|the European Union's|the bloc's) (?:\d+ )?member (?:states|countries)|(?:EU|European Union) member (?:states|countries)|member states of the (?:EU|European Union))/i;
const SIGN_WORD = /\bsign(?:ed|ing|s|atory|atories|atures?)?\b|\binked\b/g;
const RATIFY_WORD = /\bratif\w*|\bacce(?:ded|ssion|de)\b|\bdeposit\b/g;
/** Other things states do with a treaty; a count next to them is not one of signatories or attendees. */
const OTHER_ACTION_WORD = /\bnegotiat\w*|\badopt\w*|\bco-?sponsor\w*|\bendors\w*|\bback(?:ed|ing)\b|\bsupport\w*|\bvoted\b|\bopposed\b|\bobject\w*/g;
const ATTEND_WORD = /\battend\w*|\bparticipa\w*|\btook part\b|\brepresent(?:ed|atives|ing)\b|\bdelegates\b|\bgathered\b|\bpresent at\b/g;
const NOT_A_COUNT_AFTER = /^(?:\s*%|\s+(?:per ?cent|percent|million|billion|trillion)\b|-year|\s+(?:years?|decades?|centuries|months?|weeks?|hours?|minutes?)\b)/i;
const MONEY_BEFORE = /(?:[$€£¥]|\b(?:USD|EUR|GBP|US\$))\s*$/;
const ORDINAL_CONTEXT = new RegExp(`${ENTRY_INTO_FORCE.source}|\\bto (?:sign|ratify|join)\\b`, 'i');
const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
/** "bringing the number of signatories to 80", "the total of ratifications stands at 12". */
const TOTAL_OF = /\b(?:number|total|tally|count) of (signatories|signatures|signatory states|ratifications|states parties|parties)\b[^.;]{0,30}?\b(?:to|at|is|was|reached|hit|of)\s+(?:\w+\s+){0,2}$/i;

interface Found {
  start: number;
  end: number;
  written: string;
  ordinal: boolean;
  /** The place of a number after the first in a tally ("120-10-3": 2 for the 10, 3 for the 3). */
  tally?: number;
  /** A value the words do not spell: "none against" is 0. */
  value?: number;
}

/** "120-10", "120–10–3": a tally, the votes for, against and abstaining, when the sentence is about a decision. */
const NOT_A_TALLY_AFTER = String.raw`(?![\p{L}\p{N}/:%]|[-–—.,]\d|\s*(?:per ?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|decades?|million|billion|trillion)\b)`;
const TALLY = new RegExp(
  String.raw`(?<![\p{L}\p{N}/:.,$-])(\d{1,3})[^\S\n]?[-–—][^\S\n]?(\d{1,3})(?:[^\S\n]?[-–—][^\S\n]?(\d{1,3}))?${NOT_A_TALLY_AFTER}`,
  'gu',
);
const TALLY_START = new RegExp(String.raw`^[^\S\n]?[-–—][^\S\n]?\d{1,3}(?:[^\S\n]?[-–—][^\S\n]?\d{1,3})?${NOT_A_TALLY_AFTER}`, 'u');
const DECISION = /\bvot\w*|\badopt\w*|\bapprov\w*|\bpass(?:ed|es)?\b|\breject\w*|\bendors\w*|\bback(?:ed|s)?\b|\babstention/;
/** "none against", "no abstentions", "no votes against": a zero in a vote. */
const NO_VOTES = /\b(?:none|nobody|no one|no|zero)(?=\s+(?:(?:country|state|nation|member|delegation)\s+)?(?:votes?\s+|voted\s+)?(?:against|opposed|abstentions?|abstaining|abstained)\b)/g;

function numbersIn(sentence: string): Found[] {
  let found: Found[] = [];
  for (const m of sentence.matchAll(DIGITS)) found.push({ start: m.index, end: m.index + m[0].length, written: m[0], ordinal: false });
  for (const m of sentence.matchAll(CARDINAL_WORDS)) found.push({ start: m.index, end: m.index + m[0].length, written: m[0], ordinal: false });
  if (DECISION.test(sentence.toLowerCase())) {
    for (const m of sentence.matchAll(TALLY)) {
      let at = m.index + m[1].length;
      for (const [place, digits] of [[2, m[2]], [3, m[3]]] as const) {
        if (!digits) continue;
        at = m.index + m[0].indexOf(digits, at - m.index);
        found.push({ start: at, end: at + digits.length, written: digits, ordinal: false, tally: place });
        at += digits.length;
      }
    }
    // A tally's later numbers are also plain digits after an en dash: keep them once, as tally places.
    const tallied = new Set(found.filter((f) => f.tally).map((f) => f.start));
    found = found.filter((f) => f.tally || !tallied.has(f.start));
    for (const m of sentence.toLowerCase().matchAll(NO_VOTES)) found.push({ start: m.index, end: m.index + m[0].length, written: m[0], ordinal: false, value: 0 });
  }
  // Ordinals only count in entry-into-force rules and signing ranks; elsewhere they are dates, sessions, places.
  if (!ORDINAL_CONTEXT.test(sentence)) return found.sort((a, b) => a.start - b.start);
  for (const m of sentence.matchAll(ORDINAL)) found.push({ start: m.index, end: m.index + m[0].length, written: m[0], ordinal: true });
  // Cardinals first: "no fewer than 40 states" names a threshold better than "the fortieth instrument".
  return found.sort((a, b) => Number(a.ordinal) - Number(b.ordinal) || a.start - b.start);
}

function nearest(sentence: string, at: number, families: [string, RegExp][]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [name, re] of families) {
    for (const m of sentence.matchAll(re)) {
      const d = m.index < at ? at - (m.index + m[0].length) : m.index - at;
      if (d < bestDistance) {
        bestDistance = d;
        best = name;
      }
    }
  }
  return best;
}

const INSTRUMENT_WORDS: [Instrument, RegExp][] = [
  ['signature', SIGN_WORD],
  ['ratification', RATIFY_WORD],
];

function instrumentNear(sentence: string, at: number): Instrument {
  return nearest(sentence, at, INSTRUMENT_WORDS) === 'signature' ? 'signature' : 'ratification';
}

/** "90 days after ratification by Member States": the instrument a delay counts from, when its words name one. */
function instrumentAfterDelay(after: string): { instrument?: Instrument } {
  const named = nearest(after, 0, INSTRUMENT_WORDS) as Instrument | null;
  return named ? { instrument: named } : {};
}

interface Classified {
  kind: NumberKind;
  /** Length of the words after the number that belong to the phrase ("votes in favour", "countries"). */
  tail: number;
  instrument?: Instrument;
}

function classify(sentence: string, n: Found): Classified | null {
  const lower = sentence.toLowerCase();
  const after = sentence.slice(n.end);
  const lowerAfter = after.toLowerCase();
  const count = COUNT_NOUN.exec(after);
  if (n.ordinal) {
    // "became the 73rd country to sign": the count the signing reached.
    const nth = /^\s+(?:country|countries|states?|nations?|member states?)\s+to\s+(sign|ratify|join)\b/i.exec(after);
    if (nth) return { kind: nth[1].toLowerCase() === 'ratify' ? 'ratification_count' : 'signatory_count', tail: nth[0].length };
    const day = /^\s+day\s+(?:after|following)\b/i.exec(after);
    if (day && ENTRY_INTO_FORCE.test(lower)) return { kind: 'entry_into_force_delay_days', tail: day[0].length };
    if (!ENTRY_INTO_FORCE.test(lower) || !/^\s+(?:instrument|ratification|state|country|signat)/i.test(after)) return null;
    return { kind: 'entry_into_force_threshold', tail: 0, instrument: instrumentNear(lower, n.start) };
  }
  if (n.tally) return { kind: n.tally === 2 ? 'vote_against' : 'vote_abstention', tail: 0 };
  if (TALLY_START.test(after) && DECISION.test(lower)) return { kind: 'vote_in_favour', tail: 0 };
  if (VOTE_SENTENCE.test(lower)) {
    if (AGAINST_AFTER_TO.test(lower.slice(0, n.start))) return { kind: 'vote_against', tail: 0 };
    for (const [kind, re] of [['vote_in_favour', FOR], ['vote_against', AGAINST], ['vote_abstention', ABSTAIN]] as const) {
      const m = re.exec(lowerAfter);
      if (m) return { kind, tail: m[0].length };
    }
  }
  const assembly = ASSEMBLY.exec(after);
  if (assembly) return { kind: 'general_assembly_members', tail: assembly[0].length };
  if (MEMBERSHIP_BEFORE.test(sentence.slice(0, n.start)) && ALL_MEMBERS.test(after) && UN_CONTEXT.test(sentence)) {
    return { kind: 'general_assembly_members', tail: ALL_MEMBERS.exec(after)![0].length };
  }
  if (ENTRY_INTO_FORCE.test(lower)) {
    const days = DAYS_AFTER.exec(lowerAfter);
    if (days) return { kind: 'entry_into_force_delay_days', tail: days[0].length, ...instrumentAfterDelay(lowerAfter) };
    const needed = count ?? PART_OF_WHOLE.exec(after) ?? /^\s+(?:ratifications|signatures|instruments)\b/i.exec(after);
    if (needed && THRESHOLD_BEFORE.test(lower.slice(Math.max(0, n.start - 40), n.start))) return { kind: 'entry_into_force_threshold', tail: needed[0].length, instrument: instrumentNear(lower, n.start) };
  }
  // "72 of the 193 UN member states signed": the first counts, the second is the whole they are part of.
  if (PART_OF_WHOLE_BEFORE.test(sentence.slice(Math.max(0, n.start - 30), n.start)) && count) {
    const un = /\b(?:UN|U\.N\.|United Nations)\b/.test(count[0]) || /general assembly/i.test(sentence);
    return { kind: un ? 'general_assembly_members' : 'other', tail: count[0].length };
  }
  const part = PART_OF_WHOLE.exec(after);
  const eu = EU_MEMBERS.exec(after);
  if (eu && lower.search(SIGN_WORD) >= 0) return { kind: 'eu_member_signatories', tail: eu[0].length };
  if (/^\s+signatories\b/i.test(after)) return { kind: 'signatory_count', tail: 12 };
  if (/^\s+ratifications\b/i.test(after)) return { kind: 'ratification_count', tail: 14 };
  const parties = PARTIES.exec(after);
  if (parties && (/states/i.test(parties[0]) || TREATY_WORD.test(lower))) return { kind: 'ratification_count', tail: parties[0].length };
  const bare = BARE_SUBJECT.exec(after) ?? MEMBERS_ACTING.exec(after);
  if (bare) return { kind: /^sign/i.test(bare[1]) ? 'signatory_count' : 'ratification_count', tail: bare[0].length };
  const total = TOTAL_OF.exec(sentence.slice(Math.max(0, n.start - 60), n.start));
  if (total) return { kind: /ratif|part/i.test(total[1]) ? 'ratification_count' : 'signatory_count', tail: 0 };
  const counted = count ?? (eu ? null : part);
  if (counted) {
    const family = nearest(lower, n.start, [
      ['signatory_count', SIGN_WORD],
      ['ratification_count', RATIFY_WORD],
      ['attending_countries', ATTEND_WORD],
      ['other', OTHER_ACTION_WORD],
    ]);
    // With no signing, ratifying or attending near, "adopted by the 193 UN member states" is the membership itself.
    if ((!family || family === 'other') && /\bmember\b/i.test(counted[0]) && UN_CONTEXT.test(sentence)) return { kind: 'general_assembly_members', tail: counted[0].length };
    return { kind: (family ?? 'other') as NumberKind, tail: counted[0].length };
  }
  return { kind: 'other', tail: 0 };
}

function qualifierOf(before: string, after: string): { qualifier: Qualifier; reach: number } {
  for (const [qualifier, re] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { qualifier, reach: m[0].length };
  }
  return { qualifier: /^(?:\s+or more|-plus|\+)/.test(after) ? 'at_least' : 'exact', reach: 0 };
}

function excluded(sentence: string, n: Found, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  const after = sentence.slice(n.end);
  if (NOT_A_COUNT_AFTER.test(after) || MONEY_BEFORE.test(sentence.slice(0, n.start))) return true;
  // A bare year is a date, and "one" is more often a pronoun than a count.
  if (YEAR.test(n.written) && !COUNT_NOUN.test(after)) return true;
  if (/^one$/i.test(n.written) && !COUNT_NOUN.test(after)) return true;
  // A number word opening a name ("Five Eyes", "Group of Seven" aside) is not a count.
  return /^\p{L}/u.test(n.written) && /^\s+\p{Lu}/u.test(after) && !COUNT_NOUN.test(after);
}

/** How far either side of a number its sentence is read: far more than any sentence a reporter writes. */
const NUMBER_REACH = 400;

/** Kinds that describe the article's treaty, and so say nothing when the sentence is about another one. */
const TREATY_KINDS = new Set<NumberKind>(['signatory_count', 'ratification_count', 'entry_into_force_threshold', 'entry_into_force_delay_days', 'eu_member_signatories']);

/**
 * The counts in the text and what they count. `notHere`: sorted, disjoint spans taken by dates ("October 15");
 * `references`: treaty references in text order, with the key of the article's treaty.
 */
export function extractNumbers(
  text: string,
  sentences: readonly Range[],
  notHere: readonly Range[],
  references: readonly TreatyMention[] = [],
  mainKey: string | null = null,
): NumberMention[] {
  const folded = foldQuotes(text);
  const out: NumberMention[] = [];
  for (const s of sentences) {
    const sentence = folded.slice(s.start, s.end);
    const thresholds = new Set<number>();
    const otherTreaty = aboutAnotherTreaty(s.start, s.end, references, mainKey);
    for (const found of numbersIn(sentence)) {
      const start = s.start + found.start;
      if (rangeAt(notHere, start) >= 0 || rangeAt(notHere, s.start + found.end - 1) >= 0) continue;
      // Each number is read within its neighbourhood, so a run-on "sentence" of a megabyte stays linear.
      const from = Math.max(0, found.start - NUMBER_REACH);
      const near = sentence.slice(from, found.end + NUMBER_REACH);
      const n = { ...found, start: found.start - from, end: found.end - from };
      const value = n.value ?? numberValue(n.written);
      if (excluded(near, n, value)) continue;
      const classified = classify(near, n);
      if (!classified) continue;
      const c = otherTreaty && TREATY_KINDS.has(classified.kind) ? { kind: 'other' as const, tail: classified.tail } : classified;
      if (c.kind === 'entry_into_force_threshold') {
        if (thresholds.has(value)) continue;
        thresholds.add(value);
      }
      const { qualifier, reach } = qualifierOf(near.slice(0, n.start), near.slice(n.end));
      const phraseStart = start - reach;
      const end = start + n.end - n.start + c.tail;
      out.push({
        kind: c.kind,
        value,
        qualifier,
        text: text.slice(phraseStart, end),
        start: phraseStart,
        end,
        ...(c.instrument ? { instrument: c.instrument } : {}),
      });
    }
  }
  return out;
}
