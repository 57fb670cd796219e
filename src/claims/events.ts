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
