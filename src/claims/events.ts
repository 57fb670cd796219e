import type { CountryMention, DateMention, TreatyMention } from '../extract/types.js';
import { paragraphSpan, sentenceSpan } from '../text/sentence.js';
import { SpanIndex } from '../text/spanIndex.js';

/** Treaty milestones a dated sentence can report. */
export type MilestoneProperty = 'adoption_date' | 'signing_opened' | 'entry_into_force_date';

const GATHERING = /\b(?:ceremony|conference|summit|convened)\b/iu;

type Trigger = { kind: MilestoneProperty | 'signature' | 'gathering' | 'other'; pattern: RegExp };

/**
 * Words that say what a date in the same sentence is the date of. A date belongs to the nearest one, so
 * "proposed in 2017, the treaty was adopted" does not make 2017 an adoption date: any other lower-case
 * past-tense verb is an 'other' event that claims its dates. A signature or a gathering (ceremony,
 * conference) marks the signing only in a sentence or paragraph about signing at an event.
 */
const TRIGGERS: Trigger[] = [
  { kind: 'adoption_date', pattern: /\badopt(?:ed|ion|s|ing)?\b/giu },
  { kind: 'signing_opened', pattern: /\bopen(?:ed|s|ing)? for signature\b|\bsigning (?:ceremony|conference)\b|\b(?:launch|open)\w* (?:the )?signing\b/giu },
  { kind: 'entry_into_force_date', pattern: /\b(?:enter(?:ed|s)?|entry|came|comes) into (?:force|effect)\b|\btook effect\b/giu },
  { kind: 'signature', pattern: /\bsign(?:ed|s|ing)?\b/giu },
  { kind: 'gathering', pattern: new RegExp(GATHERING.source, 'giu') },
  { kind: 'other', pattern: /\b(?:\p{Ll}[\p{L}]{2,}ed|propos\w*|negotiat\w*|establish\w*|enact\w*|approv\w*|ratif\w*|announc\w*)\b/gu },
];

const SIGNED = /\bsign(?:ed|s|ing|atures?)?\b/iu;

/**
 * A comma or dash between a date and an event word puts them in different clauses more often than not
 * ("Adopted in December 2024, the treaty will enter into force…"), so it counts as that many characters more.
 */
const CLAUSE_BREAK = /[,;:—–]/g;
const CLAUSE_BREAK_COST = 30;

type TriggerMatch = { kind: Trigger['kind']; start: number; end: number };

/** The event words of the sentence last asked about: the dates of one sentence are asked about in a row. */
let lastSentence: { text: string; matches: TriggerMatch[] } = { text: '', matches: [] };

function triggerMatches(sentence: string): TriggerMatch[] {
  if (lastSentence.text !== sentence) {
    const matches = TRIGGERS.flatMap(({ kind, pattern }) =>
      [...sentence.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length })),
    );
    lastSentence = { text: sentence, matches };
  }
  return lastSentence.matches;
}

function nearestTrigger(sentence: string, at: { start: number; end: number }): Trigger['kind'] | null {
  let best: { kind: Trigger['kind']; distance: number } | null = null;
  for (const { kind, start, end } of triggerMatches(sentence)) {
    const between =
      end <= at.start ? sentence.slice(end, at.start) : start >= at.end ? sentence.slice(at.end, start) : '';
    const distance = between.length + CLAUSE_BREAK_COST * (between.match(CLAUSE_BREAK)?.length ?? 0);
    if (!best || distance < best.distance) best = { kind, distance };
  }
  return best?.kind ?? null;
}

/**
 * Which milestone of the subject's treaty a date marks, if any: by the nearest event word in its sentence,
 * and never when the sentence names only other treaties.
 */
export function milestoneOf(
  text: string,
  date: DateMention,
  treaties: readonly TreatyMention[] | SpanIndex<TreatyMention>,
  isSubject: (t: TreatyMention) => boolean,
): { property: MilestoneProperty; sentence: { start: number; end: number } } | null {
  const sentence = sentenceSpan(text, date.start, date.end);
  const named = (treaties instanceof SpanIndex ? treaties : new SpanIndex(treaties)).within(sentence);
  if (named.length && !named.some(isSubject)) return null;
  const local = { start: date.start - sentence.start, end: date.end - sentence.start };
  const sentenceText = text.slice(sentence.start, sentence.end);
  const kind = nearestTrigger(sentenceText, local);
  if (kind === 'adoption_date' || kind === 'signing_opened' || kind === 'entry_into_force_date') return { property: kind, sentence };
  if (kind === 'signature' && GATHERING.test(sentenceText)) return { property: 'signing_opened', sentence };
  if (kind !== 'gathering') return null;
  const paragraph = paragraphSpan(text, date.start);
  return SIGNED.test(text.slice(paragraph.start, paragraph.end)) ? { property: 'signing_opened', sentence } : null;
}

const WEEKDAYS_AND_MONTHS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** "in Hanoi", "at the Vietnamese capital Hanoi": a capitalized place name after a locative preposition. */
const PLACE = /\b(?:in|at)\s+(?:the\s+(?:\p{Lu}\p{L}+\s+)?capital(?:\s+city)?(?:\s+of)?\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)*)/gu;

/**
 * Where the event of a sentence took place: "City, CC" when the sentence names the city's country next to
 * it (", Vietnam" after or "Vietnamese capital" before), else the city alone.
 */
export function placeIn(text: string, sentence: { start: number; end: number }, countries: readonly CountryMention[]): string | null {
  const inSentence = countries.filter((c) => c.start >= sentence.start && c.end <= sentence.end);
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PLACE)) {
    const name = m[1];
    const start = sentence.start + m.index + m[0].length - name.length;
    const end = start + name.length;
    if (WEEKDAYS_AND_MONTHS.test(name) || inSentence.some((c) => c.start <= start && c.end >= end)) continue;
    const country = inSentence.find((c) => (c.start >= end && c.start - end <= 3) || (c.end <= start && start - c.end <= 20));
    return country ? `${name}, ${country.code}` : name;
  }
  return null;
}
