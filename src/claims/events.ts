/** Treaty milestones from dates: the property a date's event makes it, for the article's own treaty only. */
import type { DateEventKind, DateMention } from '../extract/types.js';

/** Treaty milestones a dated sentence can report. */
export type MilestoneProperty = 'adoption_date' | 'signing_opened' | 'entry_into_force_date';

/** The claim property of each event kind that is a milestone of a treaty. */
export const MILESTONE_PROPERTIES: Readonly<Partial<Record<DateEventKind, MilestoneProperty>>> = Object.freeze({
  adoption: 'adoption_date',
  signing_opened: 'signing_opened',
  entry_into_force: 'entry_into_force_date',
});

/**
 * Which milestone of the subject's treaty a date marks, if any: the one its event is (the date extractor decided
 * it), never when its sentence names only other treaties. `subjectKeys` are the keys of the treaties the text
 * names that are the article's subject.
 */
export function milestoneOf(date: DateMention, subjectKeys: ReadonlySet<string>): MilestoneProperty | null {
  const property = date.event ? MILESTONE_PROPERTIES[date.event.kind] : undefined;
  if (!property) return null;
  const named = date.event?.treaties ?? [];
  return named.length && !named.some((key) => subjectKeys.has(key)) ? null : property;
}

/**
 * Every milestone of the subject's treaty a date marks: its event's, and those joined to it that share its date
 * ("adopted and opened for signature on 10 December 1982" marks the adoption and the opening).
 */
export function milestonesOf(date: DateMention, subjectKeys: ReadonlySet<string>): MilestoneProperty[] {
  const own = milestoneOf(date, subjectKeys);
  if (!own) return [];
  const joined = (date.event?.also ?? []).map((kind) => MILESTONE_PROPERTIES[kind]).filter((p) => !!p);
  return [own, ...joined];
}
