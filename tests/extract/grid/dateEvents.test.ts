/** A variation grid for dated events: milestone wording × date form × position, and look-alikes that must not fire. */
// Each cell gives the event and the resolved date it must give against a fixed publication date; look-alike cells
// hold a date of something else near a milestone word, which must not become that milestone.
import { describe, expect, it } from 'vitest';
import type { DateEventKind } from '../../../src/extract/types.js';
import { extract } from '../helpers.js';

// Published on Saturday 14 March 2026 (helpers.PUBLISHED).

/** A date as written, with and without its preposition, and the value it resolves to. */
interface DateForm {
  name: string;
  /** As it follows a verb: "on 2 May 2025", "last month". */
  lead: string;
  /** After "since", when the form takes one ("2 May 2025"); none for "last month". */
  bare?: string;
  value: string;
}

const PAST_DATES: readonly DateForm[] = [
  { name: 'full date', lead: 'on 2 May 2025', bare: '2 May 2025', value: '2025-05-02' },
  { name: 'US full date', lead: 'on May 2, 2025', bare: 'May 2, 2025', value: '2025-05-02' },
  { name: 'day-month', lead: 'on 12 February', bare: '12 February', value: '2026-02-12' },
  { name: 'month-year', lead: 'in May 2025', bare: 'May 2025', value: '2025-05' },
  { name: 'weekday', lead: 'on Tuesday', value: '2026-03-10' },
  { name: 'last month', lead: 'last month', value: '2026-02' },
  { name: 'year only', lead: 'in 2019', bare: '2019', value: '2019' },
];

const FUTURE_DATES: readonly DateForm[] = [
  { name: 'full date', lead: 'on 2 May 2026', value: '2026-05-02' },
  { name: 'day-month', lead: 'on 2 June', value: '2026-06-02' },
  { name: 'month-year', lead: 'in June 2026', value: '2026-06' },
  { name: 'weekday', lead: 'on Tuesday', value: '2026-03-17' },
  { name: 'next month', lead: 'next month', value: '2026-04' },
  { name: 'year only', lead: 'in 2027', value: '2027' },
];

/** A milestone as a predicate of "the accord": its words, its kind, and the dates it takes. */
interface Wording {
  predicate: string;
  kind: DateEventKind;
  dates: readonly DateForm[];
  /** Whether the date follows "since" rather than its own preposition. */
  since?: boolean;
}

const WORDINGS: readonly Wording[] = [
  { predicate: 'entered into force', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'took effect', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'became binding', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'came into effect', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'has been in force since', kind: 'entry_into_force', dates: PAST_DATES, since: true },
  { predicate: 'went into force', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'took legal effect', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'entered into vigour', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'became binding law', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'has been in vigour since', kind: 'entry_into_force', dates: PAST_DATES, since: true },
  { predicate: 'became law', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'will become law', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'will enter into force', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'will go into force', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'enters in vigour', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'enters into force', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'will take effect', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'is due to come into force', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'became operational', kind: 'entry_into_force', dates: PAST_DATES },
  { predicate: 'will turn operational', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'becomes operational', kind: 'entry_into_force', dates: FUTURE_DATES },
  { predicate: 'was opened for signature', kind: 'signing_opened', dates: PAST_DATES },
  { predicate: 'was opened to signature', kind: 'signing_opened', dates: PAST_DATES },
  { predicate: 'will open for signature', kind: 'signing_opened', dates: FUTURE_DATES },
  { predicate: 'opens to signature', kind: 'signing_opened', dates: FUTURE_DATES },
  { predicate: 'was adopted', kind: 'adoption', dates: PAST_DATES },
  { predicate: 'was adopted by consensus', kind: 'adoption', dates: PAST_DATES },
  { predicate: 'is to be adopted', kind: 'adoption', dates: FUTURE_DATES },
  { predicate: 'was concluded', kind: 'adoption', dates: PAST_DATES },
  { predicate: 'was agreed', kind: 'adoption', dates: PAST_DATES },
  { predicate: 'was formally sealed', kind: 'adoption', dates: PAST_DATES },
  { predicate: 'was approved by the General Assembly', kind: 'adoption', dates: PAST_DATES },
  { predicate: 'was endorsed by delegates', kind: 'adoption', dates: PAST_DATES },
];

/** Where the date stands against the event word. */
const POSITIONS: readonly { name: string; write: (predicate: string, date: string) => string }[] = [
  { name: 'after', write: (p, d) => `The accord ${p} ${d}.` },
  { name: 'before', write: (p, d) => `${d[0].toUpperCase()}${d.slice(1)}, the accord ${p}.` },
  { name: 'in an aside', write: (p, d) => `The accord, which ${p} ${d}, counts 40 parties.` },
  { name: 'before another event', write: (p, d) => `The accord ${p} ${d}, and Chile said it would join.` },
];

const cells = WORDINGS.flatMap((w) =>
  w.dates.flatMap((d) => {
    const date = w.since ? d.bare : d.lead;
    if (!date) return [];
    return POSITIONS.filter((p) => !w.since || p.name !== 'before').map((p) => ({
      text: p.write(w.predicate, date),
      kind: w.kind,
      value: d.value,
      cell: `${w.predicate} × ${d.name} × ${p.name}`,
    }));
  }),
);

/** The event given to the date of a value, or null when none is. */
function eventOf(text: string, value: string): DateEventKind | null | undefined {
  const date = extract(text).dates.find((d) => d.value === value);
  return date && (date.event?.kind ?? null);
}

describe('grid: a milestone and its date', () => {
  it.each(cells)('$cell: "$text"', ({ text, kind, value }) => {
    expect(eventOf(text, value)).toBe(kind);
  });
});

/** Two milestones in one sentence, each with its own date. */
const PAIRS: readonly { text: string; gives: Record<string, DateEventKind> }[] = [
  {
    text: 'Adopted in May 2024, the accord entered into force on 2 May 2025.',
    gives: { '2024-05': 'adoption', '2025-05-02': 'entry_into_force' },
  },
  {
    text: 'The accord, opened to signature in Lima on 3 June 2019 and in force since 1 July 2021, counts 40 parties.',
    gives: { '2019-06-03': 'signing_opened', '2021-07-01': 'entry_into_force' },
  },
  {
    text: 'The pact was adopted on 2 April 2024 and opened for signature on 3 June 2024.',
    gives: { '2024-04-02': 'adoption', '2024-06-03': 'signing_opened' },
  },
  {
    text: 'Concluded in 2019, the pact has been in force since 2021.',
    gives: { '2019': 'adoption', '2021': 'entry_into_force' },
  },
  {
    text: 'The pact, agreed in 2015 and opened for signature in 2016, took effect in November 2016.',
    gives: { '2015': 'adoption', '2016': 'signing_opened', '2016-11': 'entry_into_force' },
  },
  {
    text: 'States gathered at a ceremony opening the pact for signature, held in Rome on 25 October.',
    gives: { '2025-10-25': 'signing_opened' },
  },
  {
    text: 'States met at the ceremony opening it for signature, held in Lima on 25 October, marking what envoys called a feat.',
    gives: { '2025-10-25': 'signing_opened' },
  },
  {
    text: 'On 2 May 2025, meeting in Geneva, delegates adopted the accord.',
    gives: { '2025-05-02': 'adoption' },
  },
  {
    text: 'On 2 May 2025, according to officials, the accord entered into force.',
    gives: { '2025-05-02': 'entry_into_force' },
  },
  {
    text: 'Envoys met at the ceremony that opened it for signature in Accra on 4 March.',
    gives: { '2026-03-04': 'signing_opened' },
  },
  {
    text: 'The fortieth instrument was deposited in March, and the accord took effect on 2 June 2025.',
    gives: { '2025-06-02': 'entry_into_force' },
  },
  {
    text: 'The Law of the Sea Convention, in force since 1994, was adopted in 1982.',
    gives: { '1994': 'entry_into_force', '1982': 'adoption' },
  },
  // A year that qualifies the article's own treaty is its adoption's, beside the milestones its sentence dates.
  {
    text: 'The 2013 Minamata Convention on Mercury entered into force in August 2017.',
    gives: { '2013': 'adoption', '2017-08': 'entry_into_force' },
  },
  {
    text: 'Chile joined the 1998 Convention on Forest Fires on 4 May 2025.',
    gives: { '1998': 'adoption', '2025-05-04': 'other' },
  },
  {
    text: 'Since the 1979 convention on river pollution took effect in 1983, its parties have doubled.',
    gives: { '1979': 'adoption', '1983': 'entry_into_force' },
  },
];

describe('grid: two events in one sentence', () => {
  it.each(PAIRS)('"$text"', ({ text, gives }) => {
    for (const [value, kind] of Object.entries(gives)) expect(eventOf(text, value), value).toBe(kind);
  });
});

/** Look-alikes: a date of something else near a milestone word, which must not become that milestone. */
const LOOK_ALIKES: readonly { text: string; value: string; not: DateEventKind }[] = [
  // Concluding and approving words said of something else than the treaty, or by a chamber of one state.
  { text: 'Envoys agreed on 2 May 2025 to ratify the accord within a year.', value: '2025-05-02', not: 'adoption' },
  { text: 'A work plan, agreed in May 2025, guides the accord’s secretariat.', value: '2025-05', not: 'adoption' },
  { text: 'The review of the accord concluded on 2 May 2025.', value: '2025-05-02', not: 'adoption' },
  { text: 'Peru’s senate approved the accord on 2 May 2025.', value: '2025-05-02', not: 'adoption' },
  { text: 'The cabinet endorsed the accord in May 2025.', value: '2025-05', not: 'adoption' },
  // A year of another treaty, or two years for treaties of one noun.
  {
    text: 'The Lima Accord on Rivers builds on the 1992 convention on lakes.',
    value: '1992',
    not: 'adoption',
  },
  {
    text: 'The Lima Amendment to the Quito Protocol on Rivers builds on the 1987 Quito Protocol on Rivers.',
    value: '1987',
    not: 'adoption',
  },
  {
    text: 'The 1992 Convention on Lakes and the 1997 Convention on Lakes now share a secretariat.',
    value: '1997',
    not: 'adoption',
  },
  {
    text: 'The accord entered into force on 2 May 2025, the ministry said on Wednesday.',
    value: '2026-03-11',
    not: 'entry_into_force',
  },
  {
    text: 'Two decades after the accord was opened for signature in Lima, Peru on Tuesday became a party to it.',
    value: '2026-03-10',
    not: 'signing_opened',
  },
  {
    text: 'Three years after the pact entered into force, Chile on Monday deposited its instrument.',
    value: '2026-03-09',
    not: 'entry_into_force',
  },
  {
    text: 'The pact takes effect a year after the tenth ratification was lodged, by Chile on 4 May 2025.',
    value: '2025-05-04',
    not: 'entry_into_force',
  },
  {
    text: 'Long after the text was adopted in Rome, Ghana last month finally ratified it.',
    value: '2026-02',
    not: 'adoption',
  },
  {
    text: 'Peru’s withdrawal from the accord takes effect on 2 May 2026.',
    value: '2026-05-02',
    not: 'entry_into_force',
  },
  {
    text: 'Parliament adopted a law on the accord on 2 February.',
    value: '2026-02-02',
    not: 'adoption',
  },
  {
    text: 'A dozen states signed the pact on Thursday. Chile, which hosted a meeting of the parties last November, did not sign.',
    value: '2025-11',
    not: 'signing_opened',
  },
  {
    text: 'Ten states signed the accord on Friday. Peru, which chaired the summit of the region in May 2025, stayed away.',
    value: '2025-05',
    not: 'signing_opened',
  },
  {
    text: 'The accord took effect on 2 May 2025, the tenth anniversary of the port disaster of 2 May 2015.',
    value: '2015-05-02',
    not: 'entry_into_force',
  },
  // A date before a treaty described by its milestones, each with a date of its own: the milestones are taken.
  {
    text: 'Chile became a party last month to the accord, which opened for signature in 2019 and has been in force since 2021.',
    value: '2026-02',
    not: 'entry_into_force',
  },
  {
    text: 'Peru ratified in January, joining the pact, which was adopted in 2018 and entered into force in 2020.',
    value: '2026-01',
    not: 'entry_into_force',
  },
  {
    text: 'Fiji’s accession on 3 February brought the accord, signed in 2015 and in force since 2017, to 40 parties.',
    value: '2026-02-03',
    not: 'entry_into_force',
  },
  // A later stage of a treaty already in force, named by "operational" without a verb of becoming.
  {
    text: 'Ministers hailed the launch of the accord’s operational phase in July 2025.',
    value: '2025-07',
    not: 'entry_into_force',
  },
  // One state's consent taking effect, said with a passive verb before it.
  {
    text: 'Chile’s ratification was deposited with the depositary in May and took effect in August.',
    value: '2025-08',
    not: 'entry_into_force',
  },
  {
    text: 'The newest party is Fiji, whose accession was approved last year and took effect on 2 February.',
    value: '2026-02-02',
    not: 'entry_into_force',
  },
  {
    text: 'Peru’s instrument of acceptance had been lodged in Lima in 2024 and then came into force on 3 March 2025.',
    value: '2025-03-03',
    not: 'entry_into_force',
  },
  // An entry into force named only as what something is needed for.
  {
    text: 'Signed in Lima in June 2024, the deal still lacks the ratifications it needs to take effect.',
    value: '2024-06',
    not: 'entry_into_force',
  },
  {
    text: 'Agreed in Oslo in May 2023, the pact still lacks the ten ratifications required to enter into force.',
    value: '2023-05',
    not: 'entry_into_force',
  },
  {
    text: 'Chile on Monday gave the pact the last instrument it needed to come into force.',
    value: '2026-03-09',
    not: 'entry_into_force',
  },
  // A law, a decree or a bill named before an entry-into-force predicate set off by a comma.
  { text: 'Chile’s Data Protection Law, in force since 2019, sets the rules.', value: '2019', not: 'entry_into_force' },
  {
    text: 'The Fisheries Decree, which took effect in May 2022, was left unchanged by the accord.',
    value: '2022-05',
    not: 'entry_into_force',
  },
  {
    text: 'Peru’s new mining bill, which comes into force on 1 July 2026, ignores the pact.',
    value: '2026-07-01',
    not: 'entry_into_force',
  },
  // A domestic bill that becomes law is no entry into force of the treaty.
  {
    text: 'Peru’s ratification bill became law in May 2025, and the pact binds it.',
    value: '2025-05',
    not: 'entry_into_force',
  },
  {
    text: 'Chile’s implementing bill, signed by the president, became law on 2 May 2025.',
    value: '2025-05-02',
    not: 'entry_into_force',
  },
  { text: 'The fisheries bills will become law on 2 June 2026.', value: '2026-06-02', not: 'entry_into_force' },
  // An act noun inside a formal title names no event of the date beside it.
  {
    text: 'Since 2 May 2025 the Convention on Cooperation in Respect of Cross-Border Adoption has bound Chile, and its courts now apply it.',
    value: '2025-05-02',
    not: 'adoption',
  },
  {
    text: 'On 4 June 2024 Peru joined the Treaty on Help in Matters of Ship Registration.',
    value: '2024-06-04',
    not: 'adoption',
  },
  {
    text: 'The Agreement on Rules in Respect of Seafarer Accession was debated on 3 March 2025.',
    value: '2025-03-03',
    not: 'ratification',
  },
  // A gathering dated by the start of a period, in a paragraph that says who signed.
  {
    text: 'Ten states signed but never ratified. The review conference is the first since 2011.',
    value: '2011',
    not: 'signing_opened',
  },
  {
    text: 'Five states have signed the accord. The summit is the first one held since May 2024.',
    value: '2024-05',
    not: 'signing_opened',
  },
];

describe('grid: look-alikes that must not give the milestone', () => {
  it.each(LOOK_ALIKES)('"$text"', ({ text, value, not }) => {
    expect(eventOf(text, value)).not.toBe(not);
  });
});

/** Date forms beyond the plain ones: an ordinal day, a year taken from the date before, a tense read from a verb. */
const FORMS: readonly { text: string; value: string; kind: DateEventKind }[] = [
  { text: 'The accord took effect on the second of February.', value: '2026-02-02', kind: 'entry_into_force' },
  { text: 'The accord entered into force on the first of May 2025.', value: '2025-05-01', kind: 'entry_into_force' },
  {
    text: 'Peru ratified on 2 January 2015, and the accord took effect on April 1 of the same year.',
    value: '2015-04-01',
    kind: 'entry_into_force',
  },
  {
    text: 'The accord was adopted in May 2019 and entered into force in June of that year.',
    value: '2019-06',
    kind: 'entry_into_force',
  },
  { text: 'Officials expect the accord to take effect in June.', value: '2026-06', kind: 'entry_into_force' },
  { text: 'The accord is to be opened for signature in October.', value: '2026-10', kind: 'signing_opened' },
  { text: 'The signing ceremony will be held in Lima in October.', value: '2026-10', kind: 'signing_opened' },
];

describe('grid: other date forms', () => {
  it.each(FORMS)('"$text"', ({ text, value, kind }) => {
    expect(eventOf(text, value)).toBe(kind);
  });

  // Known gaps: a year named only by reference to an earlier one, a delay counted from another date, and the
  // milestone named in the sentence before ("It did so on").
  it.todo('"The accord was adopted in May 2024 and took effect later the same year." gives entry into force 2024');
  it.todo('"Peru ratified on Tuesday; the accord enters into force in 90 days." gives entry into force 2026-06-08');
  it.todo('"The pact was to open for signature in May. It did so on 2 May 2025." gives the opening 2025-05-02');
});
