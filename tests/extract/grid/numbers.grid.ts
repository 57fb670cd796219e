/** The variation grid of treaty counts: how writers vary a count's number, noun, verb, role and what stands between. */
import type { NumberKind, Qualifier } from '../../../src/extract/types.js';

/** A reading a cell must give (`gives`) or must not give (`not`: no count of these kinds with this value). */
export interface GridCell {
  text: string;
  gives?: { kind: NumberKind; value: number; qualifier?: Qualifier; increment?: boolean }[];
  not?: { kinds: readonly NumberKind[]; value: number }[];
  /** A known gap: why the cell is not read yet (the test lists it as a todo). */
  todo?: string;
}

/** The counts a treaty article is about: a wrong one of these is a false fire. */
export const TREATY_COUNT_KINDS: readonly NumberKind[] = [
  'signatory_count',
  'ratification_count',
  'entry_into_force_threshold',
  'attending_countries',
  'vote_in_favour',
  'vote_against',
  'vote_abstention',
];
const TOTALS: readonly NumberKind[] = ['signatory_count', 'ratification_count'];

/** A sentence that names the article's treaty first, so that "it" and "the convention" have a referent. */
const LEAD = 'The Convention on Inland Barge Safety was adopted in Bonn in 2024. ';

// ---- dimension: how the number is written ----

interface NumberForm {
  words: string;
  value: number;
  qualifier: Qualifier;
}
export const NUMBER_FORMS: readonly NumberForm[] = [
  { words: '26', value: 26, qualifier: 'exact' },
  { words: 'nineteen', value: 19, qualifier: 'exact' },
  { words: 'thirty-four', value: 34, qualifier: 'exact' },
  { words: 'some 45', value: 45, qualifier: 'about' },
  { words: 'about 52', value: 52, qualifier: 'about' },
  { words: 'more than 60', value: 60, qualifier: 'more_than' },
  { words: 'nearly 70', value: 70, qualifier: 'about' },
  { words: 'a dozen', value: 12, qualifier: 'exact' },
  { words: 'no fewer than 40', value: 40, qualifier: 'at_least' },
  { words: 'fewer than 30', value: 30, qualifier: 'fewer_than' },
  { words: 'one hundred and twelve', value: 112, qualifier: 'exact' },
  { words: 'two dozen', value: 24, qualifier: 'exact' },
  { words: 'just over 80', value: 80, qualifier: 'more_than' },
  { words: '75 or more', value: 75, qualifier: 'at_least' },
];

// ---- dimension: the noun of the states counted ----

export const STATE_WORDS = [
  'states',
  'countries',
  'nations',
  'governments',
  'member states',
  'African nations',
] as const;

// ---- dimension: the verb and its voice, for a total ----

interface Frame {
  name: string;
  kind: NumberKind;
  /** The sentence with the count (number and noun) put in. */
  say: (count: string) => string;
}
export const TOTAL_FRAMES: readonly Frame[] = [
  { name: 'active perfect, signing', kind: 'signatory_count', say: (c) => `${c} have signed the convention.` },
  { name: 'active past, ratifying', kind: 'ratification_count', say: (c) => `By June, ${c} had ratified it.` },
  {
    name: 'passive, signing',
    kind: 'signatory_count',
    say: (c) => `The convention has been signed by ${c}.`,
  },
  {
    name: 'passive, ratifying, adverb inside',
    kind: 'ratification_count',
    say: (c) => `The convention has so far been ratified by ${c}.`,
  },
  {
    name: 'passive, instruments deposited by',
    kind: 'ratification_count',
    say: (c) => `Instruments of ratification have been deposited by ${c}.`,
  },
  {
    name: 'passive, ratifications lodged by',
    kind: 'ratification_count',
    say: (c) => `Ratifications were lodged by ${c} by the end of May.`,
  },
  {
    name: 'fronted total, "brought to N the number of"',
    kind: 'ratification_count',
    say: (c) => `Ghana's deposit brought to ${c} the number of parties.`,
  },
  {
    name: 'status, "are now parties"',
    kind: 'ratification_count',
    say: (c) => `In all, ${c} are now parties to the convention.`,
  },
  {
    name: 'acceding',
    kind: 'ratification_count',
    say: (c) => `So far ${c} have acceded to the convention.`,
  },
  {
    name: 'joining',
    kind: 'ratification_count',
    say: (c) => `Since then ${c} have joined the convention.`,
  },
  {
    name: 'object relative clause',
    kind: 'ratification_count',
    say: (c) => `The convention, which ${c} have ratified so far, bans open burning.`,
  },
  {
    name: 'fronted participle',
    kind: 'signatory_count',
    say: (c) => `Signed by ${c} so far, the convention bans open burning.`,
  },
  {
    name: 'adverb before the auxiliary',
    kind: 'ratification_count',
    say: (c) => `${c} so far have ratified the convention.`,
  },
  {
    name: 'phrasal signing',
    kind: 'signatory_count',
    say: (c) => `${c} have signed up to the convention.`,
  },
  {
    name: 'a total of, passive',
    kind: 'ratification_count',
    say: (c) => `The convention has been ratified by a total of ${c}.`,
  },
  {
    name: 'counted among its parties',
    kind: 'ratification_count',
    say: (c) => `The convention now counts ${c} among its parties.`,
  },
  {
    name: 'apposition participle',
    kind: 'ratification_count',
    say: (c) => `The convention, now ratified by ${c}, bans open burning.`,
  },
  {
    name: 'became party',
    kind: 'ratification_count',
    say: (c) => `So far ${c} have become party to the convention.`,
  },
  {
    name: 'ratified or acceded',
    kind: 'ratification_count',
    say: (c) => `${c} have now ratified or acceded to the convention.`,
  },
  {
    name: 'inverted: act before the count',
    kind: 'ratification_count',
    say: (c) => `Among those that have ratified the convention are ${c}.`,
  },
];

/** A count of states written in a number form with a state noun ("some 45 nations"). */
const counted = (n: NumberForm, noun: string) => `${n.words} ${noun}`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function totalCells(): GridCell[] {
  const cells: GridCell[] = [];
  for (const frame of TOTAL_FRAMES)
    for (const n of NUMBER_FORMS)
      for (const noun of STATE_WORDS) {
        // The fronted frame names its noun after the number ("brought to 26 the number of parties"): no state noun.
        const count = frame.name.startsWith('fronted') ? n.words : counted(n, noun);
        if (frame.name.startsWith('fronted') && noun !== STATE_WORDS[0]) continue;
        cells.push({
          text: LEAD + capital(frame.say(count)),
          gives: [{ kind: frame.kind, value: n.value, qualifier: n.qualifier }],
        });
      }
  return cells;
}

// ---- totals named by their own noun, with no state noun ----

const NOUN_TOTALS: readonly Frame[] = [
  { name: 'has N parties', kind: 'ratification_count', say: (c) => `The convention has ${c} parties.` },
  { name: 'now counts N parties', kind: 'ratification_count', say: (c) => `The convention now counts ${c} parties.` },
  { name: 'N signatories', kind: 'signatory_count', say: (c) => `The convention has ${c} signatories.` },
  { name: 'N signatures', kind: 'signatory_count', say: (c) => `The convention has collected ${c} signatures.` },
  {
    name: 'N ratifications',
    kind: 'ratification_count',
    say: (c) => `The convention has received ${c} ratifications.`,
  },
  {
    name: 'N instruments deposited',
    kind: 'ratification_count',
    say: (c) => `To date ${c} instruments of ratification have been deposited.`,
  },
  {
    name: 'the tally stands at',
    kind: 'ratification_count',
    say: (c) => `The tally of ratifications now stands at ${c}.`,
  },
  { name: 'has risen to', kind: 'ratification_count', say: (c) => `The number of parties has risen to ${c}.` },
  { name: 'climbed to', kind: 'signatory_count', say: (c) => `Signatures climbed to ${c} on Friday.` },
  {
    name: 'a list of consent nouns totals',
    kind: 'ratification_count',
    say: (c) => `Ratifications, acceptances, approvals and accessions now total ${c}.`,
  },
  {
    name: 'existential',
    kind: 'ratification_count',
    say: (c) => `There are now ${c} parties to the convention.`,
  },
  { name: 'possessive', kind: 'ratification_count', say: (c) => `The convention's ${c} parties meet in May.` },
  { name: 'signatories now number', kind: 'signatory_count', say: (c) => `Its signatories now number ${c}.` },
  {
    name: 'ratifications reached',
    kind: 'ratification_count',
    say: (c) => `The number of ratifications reached ${c} on Monday.`,
  },
  {
    name: 'fronted total of signatures',
    kind: 'signatory_count',
    say: (c) => `Mali's signature brings to ${c} the number of signatories.`,
  },
  {
    name: 'noun with its treaty, then the total',
    kind: 'ratification_count',
    say: (c) => `Parties to the convention now number ${c}.`,
  },
  {
    name: 'possessive noun totals',
    kind: 'ratification_count',
    say: (c) => `The convention's parties now total ${c}.`,
  },
  {
    name: 'ratifications received',
    kind: 'ratification_count',
    say: (c) => `In all, ${c} ratifications have been received.`,
  },
  {
    name: 'with N ratifications',
    kind: 'ratification_count',
    say: (c) => `With ${c} ratifications, the convention is close to its goal.`,
  },
  {
    name: 'the count of parties is',
    kind: 'ratification_count',
    say: (c) => `With Chile's deposit, the count of parties is now ${c}.`,
  },
];

function nounTotalCells(): GridCell[] {
  return NOUN_TOTALS.flatMap((frame) =>
    NUMBER_FORMS.filter((n) => n.words !== 'a dozen' || !/total|stands|risen|climbed|is now/.test(frame.say(''))).map(
      (n) => ({
        text: LEAD + frame.say(n.words),
        gives: [{ kind: frame.kind, value: n.value, qualifier: n.qualifier }],
      }),
    ),
  );
}

// ---- ordinals: "became the Nth" ----

const ORDINALS = [
  { words: '40th', value: 40 },
  { words: 'fortieth', value: 40 },
  { words: 'twenty-third', value: 23 },
  { words: '101st', value: 101 },
];
const RANKED: readonly Frame[] = [
  {
    name: 'became the Nth state to ratify',
    kind: 'ratification_count',
    say: (o) => `Peru became the ${o} state to ratify the convention.`,
  },
  {
    name: 'is the Nth country to sign',
    kind: 'signatory_count',
    say: (o) => `Peru is the ${o} country to sign the convention.`,
  },
  {
    name: 'the Nth nation to accede',
    kind: 'ratification_count',
    say: (o) => `On Monday, Peru became the ${o} nation to accede to it.`,
  },
  {
    name: 'the Nth state in the world to ratify',
    kind: 'ratification_count',
    say: (o) => `Peru became the ${o} state in the world to ratify the convention.`,
  },
  {
    name: 'the act made it the Nth',
    kind: 'ratification_count',
    say: (o) => `Peru acceded to the convention in May, which made it the ${o}.`,
  },
  {
    name: 'deposited the Nth instrument',
    kind: 'ratification_count',
    say: (o) => `Peru deposited the ${o} instrument of ratification on Monday.`,
  },
];
/** Look-alikes: a rank in a region, a rank in a run of something else. */
const RANK_LOOK_ALIKES: readonly ((o: string) => string)[] = [
  (o) => `Kenya became the ${o} state in Africa to ratify the convention.`,
  (o) => `Peru ratified the convention in May; the win made it the ${o} in a row.`,
];
function rankCells(): GridCell[] {
  return RANKED.flatMap((frame) =>
    ORDINALS.map((o) => ({ text: LEAD + frame.say(o.words), gives: [{ kind: frame.kind, value: o.value }] })),
  ).concat(
    RANK_LOOK_ALIKES.flatMap((say) =>
      ORDINALS.map((o) => ({ text: LEAD + say(o.words), not: [{ kinds: TOTALS, value: o.value }] })),
    ),
  );
}

// ---- dimension: what stands between the count and its verb ----

const BETWEEN: readonly { name: string; say: (count: string) => string; todo?: string }[] = [
  { name: 'adverb', say: (c) => `${c} have now formally ratified the convention.` },
  { name: 'date phrase', say: (c) => `${c} had, as of 3 March, ratified the convention.` },
  { name: 'aside in commas', say: (c) => `${c}, including Chile and Peru, have ratified the convention.` },
  { name: 'aside in dashes', say: (c) => `${c} – most of them in Africa – have ratified the convention.` },
  { name: 'relative clause', say: (c) => `${c} that took part in the talks have since ratified the convention.` },
  { name: 'date first', say: (c) => `As of 3 March, ${c} had ratified the convention.` },
  { name: 'aside after verb', say: (c) => `${c} have ratified, according to the depositary, the convention.` },
  { name: 'aside with a source', say: (c) => `${c}, according to the depositary, have ratified the convention.` },
  { name: 'aside with a speaker', say: (c) => `${c}, the UN said, have now ratified the convention.` },
  { name: 'adverb phrase', say: (c) => `${c} have over the past year ratified the convention.` },
  {
    name: 'place after the noun',
    say: (c) => `${c} in the region have now ratified the convention.`,
    todo: 'a place after the noun reads as a regional part ("9 states in Africa"), not as the whole count',
  },
  { name: 'words between link and status', say: (c) => `${c} are now, with Ghana's deposit, parties to it.` },
];
function betweenCells(): GridCell[] {
  return BETWEEN.flatMap((b) =>
    NUMBER_FORMS.slice(0, 6).flatMap((n) =>
      STATE_WORDS.slice(0, 2).map((noun) => ({
        text: LEAD + capital(b.say(counted(n, noun))),
        gives: [{ kind: 'ratification_count' as const, value: n.value, qualifier: n.qualifier }],
        ...(b.todo ? { todo: b.todo } : {}),
      })),
    ),
  );
}

// ---- roles: threshold, increment, part, another treaty, vote, attendance ----

const THRESHOLDS: readonly ((c: string) => string)[] = [
  (c) => `The convention needs ${c} ratifications to enter into force.`,
  (c) => `It requires ${c} states to ratify it before it can take effect.`,
  (c) => `It will enter into force once ${c} countries have ratified it.`,
  (c) => `It takes effect when ${c} nations have deposited their instruments.`,
  (c) => `Entry into force requires ratification by ${c} states.`,
  (c) => `The convention will become binding after ${c} governments ratify it.`,
  (c) => `It will enter into force once, under its final clauses, ${c} states have ratified it.`,
  (c) => `The convention needs, according to its article 20, ${c} ratifications to take effect.`,
  (c) => `It must be ratified by ${c} states before it can enter into force.`,
  (c) => `The convention, which needs ${c} ratifications to take effect, was opened for signature in May.`,
  (c) => `Before it can take effect, ${c} countries must ratify it.`,
  (c) => `It will enter into force after it has been ratified by ${c} nations.`,
  // The whole's noun given before, or the act by "do so".
  (c) => `It takes effect 60 days after ${c} of the 40, or half, complete ratification.`,
  (c) => `It enters into force once ${c} of the 60 have ratified it.`,
  (c) => `Peru has ratified it, and it will come into force once ${c} have done so.`,
];
function thresholdCells(): GridCell[] {
  const cells: GridCell[] = THRESHOLDS.flatMap((say) =>
    NUMBER_FORMS.filter((n) => n.qualifier === 'exact').map((n) => ({
      text: LEAD + capital(say(n.words)),
      gives: [{ kind: 'entry_into_force_threshold' as const, value: n.value }],
      not: [{ kinds: TOTALS, value: n.value }],
    })),
  );
  for (const o of ORDINALS)
    cells.push({
      text: LEAD + `It enters into force 90 days after the ${o.words} instrument of ratification is deposited.`,
      gives: [{ kind: 'entry_into_force_threshold', value: o.value }],
      not: [{ kinds: TOTALS, value: o.value }],
    });
  for (const [part, whole] of [
    [41, 50],
    [12, 20],
  ])
    cells.push(
      {
        text: LEAD + `The convention now has ${part} of the ${whole} ratifications required for entry into force.`,
        gives: [
          { kind: 'ratification_count', value: part },
          { kind: 'entry_into_force_threshold', value: whole },
        ],
      },
      {
        text: LEAD + `So far ${part} of the ${whole} states needed have ratified it.`,
        gives: [
          { kind: 'ratification_count', value: part },
          { kind: 'entry_into_force_threshold', value: whole },
        ],
      },
    );
  // A rank with its noun left out ("after the 40th is lodged"), a time counted from a rank, an answer to what it takes.
  for (const o of ORDINALS)
    cells.push(
      {
        text: LEAD + `It becomes binding two months after the ${o.words} has been deposited.`,
        gives: [{ kind: 'entry_into_force_threshold', value: o.value }],
        not: [{ kinds: TOTALS, value: o.value }],
      },
      {
        text: LEAD + `Its review body may act only on disputes arising a year after the ${o.words} ratification.`,
        gives: [{ kind: 'entry_into_force_threshold', value: o.value }],
        not: [{ kinds: TOTALS, value: o.value }],
      },
    );
  // The deposit standing for its instrument: a time run from a ranked deposit is the condition; a deposit ranked
  // with no time run from it, or a time run from it in a sentence not on entry into force, is no threshold.
  for (const o of ORDINALS)
    cells.push(
      {
        text: LEAD + `It will take effect three months after the ${o.words} deposit.`,
        gives: [{ kind: 'entry_into_force_threshold', value: o.value }],
        not: [{ kinds: TOTALS, value: o.value }],
      },
      {
        text: LEAD + `It enters into force once six weeks have elapsed from the ${o.words} deposit.`,
        gives: [{ kind: 'entry_into_force_threshold', value: o.value }],
        not: [{ kinds: TOTALS, value: o.value }],
      },
      {
        text: LEAD + `Peru made the ${o.words} deposit on Monday.`,
        gives: [{ kind: 'ratification_count', value: o.value }],
        not: [{ kinds: ['entry_into_force_threshold'], value: o.value }],
      },
      {
        text: LEAD + `Fees are charged from the ${o.words} deposit onwards.`,
        not: [{ kinds: ['entry_into_force_threshold'], value: o.value }],
      },
    );
  for (const n of NUMBER_FORMS.slice(0, 3))
    for (const q of ['What will it take for the convention to take effect?', 'When does it become binding?'])
      cells.push({
        text: LEAD + `${q}\n${capital(n.words)} ratifications, under its final clauses.`,
        gives: [{ kind: 'entry_into_force_threshold', value: n.value }],
        not: [{ kinds: TOTALS, value: n.value }],
      });
  return cells;
}

const INCREMENTS: readonly ((c: string) => string)[] = [
  (c) => `${c} more states ratified it on Monday, bringing the total to 61.`,
  (c) => `Another ${c} countries signed on Friday, taking the number of signatories to 61.`,
  (c) => `${c} new parties joined this year, lifting the total number of parties to 61.`,
  (c) => `Ratifications were lodged by ${c} more states last week, which brings the number of parties to 61.`,
  (c) => `On Monday ${c} states ratified it, bringing the number of parties to 61.`,
  (c) => `With the addition of ${c} more states, the convention now has 61 parties.`,
];
/** Increments with no total after them: the states added, never a count of their own. */
const BARE_INCREMENTS: readonly ((c: string) => string)[] = [
  (c) => `Chile was joined on Monday by ${c} more countries in ratifying the convention.`,
  (c) => `The convention gained ${c} new signatories on Monday.`,
  (c) => `The convention needs ${c} more ratifications to take effect.`,
  (c) => `Another ${c} states deposited instruments on Friday.`,
];
function incrementCells(): GridCell[] {
  const bare = BARE_INCREMENTS.flatMap((say) =>
    NUMBER_FORMS.slice(0, 3).map((n) => ({
      text: LEAD + capital(say(n.words)),
      not: [{ kinds: [...TOTALS, 'entry_into_force_threshold' as const], value: n.value }],
    })),
  );
  return bare.concat(
    INCREMENTS.flatMap((say, i) =>
      NUMBER_FORMS.slice(0, 3).map((n) => ({
        text: LEAD + capital(say(n.words)),
        gives: [
          { kind: 'other' as const, value: n.value, increment: true },
          { kind: i === 1 ? ('signatory_count' as const) : ('ratification_count' as const), value: 61 },
        ],
        not: [{ kinds: TOTALS, value: n.value }],
      })),
    ),
  );
}

const PARTS: readonly ((c: string) => string)[] = [
  (c) => `The convention has 120 parties, ${c} of them EU members.`,
  (c) => `The convention has 120 parties, among them ${c} African states.`,
  (c) => `The convention has 120 parties. Of those, ${c} are in Africa.`,
  (c) => `The convention has 120 parties, including ${c} small island states.`,
  (c) => `The convention has 120 parties, ${c} of them in Africa.`,
  (c) => `The convention has 120 parties; ${c} of the parties are African.`,
];
function partCells(): GridCell[] {
  return PARTS.flatMap((say) =>
    NUMBER_FORMS.slice(0, 3).map((n) => ({
      text: LEAD + say(n.words),
      gives: [{ kind: 'ratification_count' as const, value: 120 }],
      not: [{ kinds: TOTALS, value: n.value }],
    })),
  );
}

const OTHER_TREATY: readonly ((c: string) => string)[] = [
  (c) => `By comparison, the Paris Agreement has ${c} parties.`,
  (c) => `It is modelled on the Basel Convention, which has ${c} parties.`,
  (c) => `The Kyoto Protocol, its forerunner, was ratified by ${c} states.`,
  (c) => `Unlike the Paris Agreement, signed by ${c} countries, the convention is binding.`,
  (c) => `The Paris Agreement has been ratified by ${c} states; the convention has far fewer parties.`,
];
/** The instrument an amendment or protocol belongs to, set against it by "itself". */
const PARENT_TREATY: readonly ((c: string) => string)[] = [
  (c) => `The Amendment to the Barge Convention has 12 parties. The Convention itself has ${c} parties.`,
  (c) => `The Protocol on Barge Fuel has 12 parties. The convention itself, in force since 1990, has ${c} parties.`,
  (c) => `The Barge Fuel Protocol has 12 parties; the treaty itself has been ratified by ${c} states.`,
];
function otherTreatyCells(): GridCell[] {
  const parents = PARENT_TREATY.flatMap((say) =>
    NUMBER_FORMS.slice(0, 3).map((n) => ({
      text: say(n.words),
      gives: [{ kind: 'ratification_count' as const, value: 12 }],
      not: [{ kinds: TOTALS, value: n.value }],
    })),
  );
  return parents.concat(
    OTHER_TREATY.flatMap((say) =>
      NUMBER_FORMS.slice(0, 3).map((n) => ({
        text: LEAD + say(n.words),
        not: [{ kinds: TOTALS, value: n.value }],
      })),
    ),
  );
}

const VOTES: readonly { kind: NumberKind; say: (c: string) => string; todo?: string }[] = [
  {
    kind: 'vote_in_favour',
    say: (c) => `The resolution passed with ${c} votes in favour, 5 against and 9 abstentions.`,
  },
  {
    kind: 'vote_in_favour',
    say: (c) => `In the assembly, ${c} countries backed the resolution and 5 opposed it.`,
    todo: 'a vote told only by its sides ("backed", "opposed") and no vote word: in general news these are no vote',
  },
  { kind: 'vote_against', say: (c) => `The resolution passed with 120 votes in favour and ${c} against.` },
  { kind: 'vote_against', say: (c) => `In the vote, 120 nations backed the text and ${c} opposed it.` },
  { kind: 'vote_abstention', say: (c) => `In the vote, 120 nations backed the text while ${c} abstained.` },
  { kind: 'vote_in_favour', say: (c) => `The text was adopted by ${c} votes to 7.` },
  { kind: 'vote_in_favour', say: (c) => `${c} countries voted in favour of the resolution.` },
  { kind: 'vote_against', say: (c) => `The resolution was opposed by ${c} countries, while 9 abstained.` },
  { kind: 'vote_abstention', say: (c) => `The resolution passed; ${c} countries abstained.` },
  { kind: 'vote_in_favour', say: (c) => `It was adopted by a vote of ${c} to 5, with 9 abstentions.` },
  { kind: 'vote_abstention', say: (c) => `It was adopted by a vote of 120 to 5, with ${c} abstentions.` },
];
function voteCells(): GridCell[] {
  return VOTES.flatMap((v) =>
    NUMBER_FORMS.slice(0, 3).map((n) => ({
      text: LEAD + capital(v.say(n.words)),
      gives: [{ kind: v.kind, value: n.value }],
      not: [{ kinds: TOTALS, value: n.value }],
      ...(v.todo ? { todo: v.todo } : {}),
    })),
  );
}

/** Look-alikes: delegations said not to be there. */
const ABSENT: readonly ((c: string) => string)[] = [
  (c) => `${c} delegations were not in the hall when the roll was called.`,
  (c) => `${c} delegations weren't there for the final session.`,
  (c) => `${c} delegations had never come to the talks.`,
];
const ATTENDANCE: readonly ((c: string) => string)[] = [
  (c) => `${c} delegations attended the conference in Bonn.`,
  (c) => `Delegates from ${c} countries took part in the talks.`,
  (c) => `${c} nations took part in the negotiations.`,
  (c) => `Ministers from ${c} states gathered in Bonn for the talks.`,
  (c) => `${c} countries were represented at the talks in Bonn.`,
  (c) => `The talks drew delegates from ${c} countries.`,
  (c) => `${c} countries are taking part in the conference.`,
  (c) => `The conference brought together ${c} nations.`,
  (c) => `Delegations from ${c} countries are in Bonn for the talks.`,
];
function attendanceCells(): GridCell[] {
  return ATTENDANCE.flatMap((say) =>
    NUMBER_FORMS.slice(0, 4).map((n) => ({
      text: LEAD + capital(say(n.words)),
      gives: [{ kind: 'attending_countries' as const, value: n.value, qualifier: n.qualifier }],
      not: [{ kinds: TOTALS, value: n.value }],
    })),
  ).concat(notReadAs(ABSENT, ['attending_countries']));
}

// ---- look-alikes: numbers in treaty sentences that count no states ----

/** `kinds`: the counts the cell must not give, when a look-alike may still be read as another count. */
const LOOK_ALIKES: readonly { text: string; value: number; kinds?: readonly NumberKind[] }[] = [
  { text: 'The fund set up by the convention will cost $40 million a year.', value: 40 },
  { text: 'The convention will take effect once states with 55 percent of the fleet have ratified it.', value: 55 },
  { text: 'Peru ratified the convention in 2021, two years after signing it.', value: 2021 },
  { text: 'Article 40 of the convention says how states may ratify it.', value: 40 },
  { text: 'The 61-year-old minister signed the convention on behalf of Peru.', value: 61 },
  { text: 'The floods that killed 40 people struck the week the convention was signed.', value: 40 },
  { text: 'Barges of 500 tonnes or more fall under the convention, which Peru has ratified.', value: 500 },
  { text: 'The convention covers 12 kinds of cargo and has been signed by Peru.', value: 12 },
  { text: 'Twelve protesters were held outside the signing ceremony.', value: 12 },
  { text: 'Two-thirds of members must ratify any amendment to the convention.', value: 2 },
  { text: 'The convention, signed by Peru, has 48 articles and three annexes.', value: 48 },
  { text: 'Ratification took 14 months in the Peruvian congress.', value: 14 },
  { text: 'About 300 people attended the signing ceremony in Lima.', value: 300 },
  { text: 'The ratifying states employ some 80,000 bargemen.', value: 80000 },
  { text: 'The bill ratifying the convention runs to 30 pages.', value: 30 },
  { text: 'Peru signed the convention at 10 in the morning, after 3 hours of talks.', value: 10 },
  { text: 'Some 26 states have not ratified the convention.', value: 26 },
  { text: 'As many as 26 states could ratify the convention this year.', value: 26 },
  { text: 'Some 26 countries are expected to sign the convention in May.', value: 26 },
  { text: 'About 26 nations have pledged to ratify the convention.', value: 26 },
  { text: '26 states plan to sign the convention at the summit.', value: 26 },
  { text: 'Peru ratified the convention with 26 reservations.', value: 26 },
  { text: 'The 26 judges of the court ruled that Peru must ratify the convention.', value: 26 },
  { text: 'Peru, which ratified the convention, sent 26 ships to the area.', value: 26 },
  { text: 'Ratification was backed by 26 senators in the chamber of 40.', value: 40 },
  { text: 'Some 26 countries signed a joint letter urging Peru to ratify the convention.', value: 26 },
  // Ministers who sign a statement together were there: attending, but no signatories.
  { text: 'Ministers of 26 nations signed a statement on the convention.', value: 26, kinds: TOTALS },
  { text: 'Some 26 countries ratified a rival accord on fishing last year.', value: 26 },
  // A count whose own clause has a verb of its own: the act word of another clause does not count it.
  { text: 'Some 26 countries face floods this year, and Peru has ratified the convention.', value: 26 },
  { text: 'While Peru ratified the convention, 26 countries stayed away.', value: 26 },
  { text: 'Peru, one of 26 countries hit by the floods, signed the convention.', value: 26 },
  { text: 'Peru ratified the convention after 26 countries lobbied for it.', value: 26 },
  { text: 'About 26 nations export barges; Peru has signed the convention.', value: 26 },
  { text: 'Peru signed the convention, which 26 countries still oppose.', value: 26 },
];
function lookAlikeCells(): GridCell[] {
  return LOOK_ALIKES.map((l) => ({
    text: LEAD + l.text,
    not: [{ kinds: l.kinds ?? TREATY_COUNT_KINDS, value: l.value }],
  }));
}

// ---- partitives with an owner: "N of the Nordic Council's 20 members" ----

/** A part counted out of a body's membership, the body named by a possessive; the part is the act's count. */
const OWNED_PARTITIVES: readonly { kind: NumberKind; say: (c: string) => string }[] = [
  { kind: 'ratification_count', say: (c) => `${c} of the Andean Pact's 40 members have ratified the convention.` },
  { kind: 'signatory_count', say: (c) => `So far ${c} of the Commonwealth's 56 member states have signed it.` },
  { kind: 'ratification_count', say: (c) => `${c} of Mercosur's 50 members are therefore now bound by it.` },
  { kind: 'signatory_count', say: (c) => `Only ${c} of the Arab League's 44 members have put pen to paper.` },
  { kind: 'ratification_count', say: (c) => `Of the Pacific Forum's 60 members, ${c} have formally ratified it.` },
];
/** Look-alikes: the same partitive whose own verb is no act on the treaty. */
const OWNED_PARTITIVE_LOOK_ALIKES: readonly ((c: string) => string)[] = [
  (c) => `${c} of the Senate's 81 members voted on Monday; Peru has since ratified the convention.`,
  (c) => `${c} of the region's 50 states depend on barges, and Peru has signed the convention.`,
  (c) => `${c} of the union's 55 members sent envoys to the talks on the convention.`,
];
function ownedPartitiveCells(): GridCell[] {
  const forms = NUMBER_FORMS.slice(0, 3);
  return OWNED_PARTITIVES.flatMap((p) =>
    forms.map((n) => ({
      text: LEAD + capital(p.say(n.words)),
      gives: [{ kind: p.kind, value: n.value }],
    })),
  ).concat(notReadAs(OWNED_PARTITIVE_LOOK_ALIKES, TOTALS));
}

/** Cells of a part: each wording with the first three number forms, read as `kind` and as none of `notKinds`. */
function readAs(
  says: readonly ((c: string) => string)[],
  kind: NumberKind,
  notKinds?: readonly NumberKind[],
): GridCell[] {
  return says.flatMap((say) =>
    NUMBER_FORMS.slice(0, 3).map((n) => ({
      text: LEAD + capital(say(n.words)),
      gives: [{ kind, value: n.value }],
      ...(notKinds ? { not: [{ kinds: notKinds, value: n.value }] } : {}),
    })),
  );
}
/** Look-alike cells: each wording with the first three number forms, read as none of `kinds`. */
function notReadAs(says: readonly ((c: string) => string)[], kinds: readonly NumberKind[]): GridCell[] {
  return says.flatMap((say) =>
    NUMBER_FORMS.slice(0, 3).map((n) => ({ text: LEAD + capital(say(n.words)), not: [{ kinds, value: n.value }] })),
  );
}

// ---- states that signed and stopped there: a part, not the signatories ----

const SIGNED_NO_FURTHER: readonly ((c: string) => string)[] = [
  (c) => `${c} states have signed the convention but never ratified it.`,
  (c) => `${c} countries signed it, but not ratified.`,
  (c) => `${c} nations – Chad and Mali among them – remain signatories that have not ratified.`,
  (c) => `It has 90 signatories; ${c} of those, Chile among them, have gone no further.`,
  (c) => `${c} governments remain signatories which have yet to ratify the convention.`,
];
/** Look-alikes: a signing count followed by another subject's denial, or by a ratification after all. */
const SIGNED_THEN_MORE: readonly { kind: NumberKind; say: (c: string) => string }[] = [
  { kind: 'signatory_count', say: (c) => `${c} states have signed the convention, but Peru has never ratified it.` },
  { kind: 'signatory_count', say: (c) => `${c} countries signed it, but Chile has gone no further.` },
  { kind: 'signatory_count', say: (c) => `${c} nations have signed, but none of them has ratified it.` },
];
function signedNoFurtherCells(): GridCell[] {
  return readAs(SIGNED_NO_FURTHER, 'other', TOTALS).concat(
    SIGNED_THEN_MORE.flatMap((l) =>
      NUMBER_FORMS.slice(0, 3).map((n) => ({
        text: LEAD + capital(l.say(n.words)),
        gives: [{ kind: l.kind, value: n.value }],
      })),
    ),
  );
}

// ---- a condition said by the count's own clause: "the 20 it needed", "the 15 that triggered entry into force" ----

const CLAUSE_CONDITIONS: readonly ((c: string) => string)[] = [
  (c) => `The convention took effect in 2019, when it reached the ${c} ratifications that it needed.`,
  (c) => `With Chile it has 31 parties, up from the ${c} that triggered its entry into force.`,
  (c) => `Peru's deposit leaves it a few short of the ${c} now required.`,
  (c) => `It has grown well beyond the ${c} states that brought it into force in 2010.`,
  (c) => `Only the ${c} instruments which it still needs are missing now.`,
];
/** Look-alikes: a relative clause on a count that says something else of it. */
const CLAUSE_NOT_CONDITIONS: readonly ((c: string) => string)[] = [
  (c) => `The ${c} states that triggered the dispute have not ratified the convention.`,
  (c) => `${c} countries have ratified it, and the convention now requires yearly reports.`,
  (c) => `The ${c} states that brought the dispute to court have signed the convention.`,
];
function clauseConditionCells(): GridCell[] {
  return readAs(CLAUSE_CONDITIONS, 'entry_into_force_threshold', TOTALS).concat(
    notReadAs(CLAUSE_NOT_CONDITIONS, ['entry_into_force_threshold']),
  );
}

// ---- deposits by a past moment: the count then ----

const HAD_DEPOSITED: readonly ((c: string) => string)[] = [
  (c) => `By the end of May, ${c} states had deposited their instruments.`,
  (c) => `When the talks opened, ${c} countries had already deposited instruments of ratification.`,
  (c) => `By then ${c} members had lodged instruments of accession with the depositary.`,
  (c) => `Of the 90 signatories, ${c} had deposited an instrument by March.`,
  (c) => `Sixty are needed; by last week ${c} had been deposited.`,
];
/** Look-alikes: deposits in a bounded time (an increment), or something else lodged. */
const HAD_DEPOSITED_LOOK_ALIKES: readonly ((c: string) => string)[] = [
  (c) => `${c} states deposited their instruments at the ceremony.`,
  (c) => `${c} countries had deposited instruments since the spring.`,
  (c) => `By May ${c} members had lodged complaints with the secretariat.`,
  (c) => `By noon ${c} had been handed over to the police.`,
];
function hadDepositedCells(): GridCell[] {
  return readAs(HAD_DEPOSITED, 'ratification_count').concat(notReadAs(HAD_DEPOSITED_LOOK_ALIKES, TOTALS));
}

// ---- a count given again at another time, its noun left out ----

const GIVEN_AGAIN: readonly { kind: NumberKind; say: (c: string) => string }[] = [
  { kind: 'ratification_count', say: (c) => `Twenty states had ratified it by 2010 and ${c} by last year.` },
  { kind: 'ratification_count', say: (c) => `It now counts 88 parties, against ${c} when its assembly last met.` },
  { kind: 'signatory_count', say: (c) => `Forty countries had signed it by May, compared with ${c} in January.` },
];
/** Look-alikes: a bare number after a count of states that is another thing, or that does something else. */
const GIVEN_AGAIN_LOOK_ALIKES: readonly ((c: string) => string)[] = [
  (c) => `Forty states attended the talks, and ${c} in 2019.`,
  (c) => `In May 40 countries ratified the convention, and ${c} walked out.`,
  (c) => `It binds 50 parties and ${c} observers.`,
  (c) => `Of its 90 parties, 14 are in Asia and ${c} in Europe.`,
];
function givenAgainCells(): GridCell[] {
  return GIVEN_AGAIN.flatMap((g) => readAs([g.say], g.kind)).concat(notReadAs(GIVEN_AGAIN_LOOK_ALIKES, TOTALS));
}

// ---- a total said by where it rose from, or by the treaty's older name for its parties ----

const RISEN_TOTALS: readonly { kind: NumberKind; say: (c: string) => string }[] = [
  {
    kind: 'ratification_count',
    say: (c) => `The roll of its states parties has climbed from the 20 it needed to ${c} today.`,
  },
  {
    kind: 'ratification_count',
    say: (c) => `The convention has grown from the ten states that launched it to ${c} now.`,
  },
  { kind: 'signatory_count', say: (c) => `Signatures rose slowly from 12 in the first week to ${c} by June.` },
  { kind: 'ratification_count', say: (c) => `Two deposits bring to ${c} the number of High Contracting Parties.` },
  { kind: 'ratification_count', say: (c) => `Chad is not among the ${c} States parties to the convention.` },
  {
    kind: 'ratification_count',
    say: (c) => `Its deposit brings the number of parties to ${c}: most in Europe, one beyond.`,
  },
  { kind: 'signatory_count', say: (c) => `It now binds 14 states, the ${c} original signatories and Peru.` },
];
/** Look-alikes: other things that grew, or a treaty's own parts. */
const RISEN_LOOK_ALIKES: readonly ((c: string) => string)[] = [
  (c) => `The convention's budget grew from 10 to ${c} this year.`,
  (c) => `Since the convention was signed, exports have grown from 40 to ${c} a year.`,
  (c) => `The convention has grown from 10 articles to ${c} chapters.`,
];
function risenTotalCells(): GridCell[] {
  return RISEN_TOTALS.flatMap((r) => readAs([r.say], r.kind)).concat(notReadAs(RISEN_LOOK_ALIKES, TOTALS));
}

// ---- who shares the count's verb, and where the parties are: the EU beside them, a meeting they attend ----

const SHARED_VERBS: readonly { kind: NumberKind; say: (c: string) => string }[] = [
  {
    kind: 'signatory_count',
    say: (c) => `Envoys from ${c} countries and the European Community signed the convention.`,
  },
  { kind: 'ratification_count', say: (c) => `${c} nations and the EU have ratified the convention.` },
  { kind: 'attending_countries', say: (c) => `${c} parties are accredited at the conference in Bonn.` },
  { kind: 'attending_countries', say: (c) => `${c} states were represented at the talks in Bonn.` },
  { kind: 'ratification_count', say: (c) => `The convention, in force since 1999, now has ${c} member nations.` },
];
/** Look-alikes: parties with a seat in a body, envoys that only met. */
const SHARED_VERB_LOOK_ALIKES: readonly { kinds: readonly NumberKind[]; say: (c: string) => string }[] = [
  { kinds: ['attending_countries'], say: (c) => `The convention's ${c} parties are represented on its council.` },
  { kinds: TOTALS, say: (c) => `Envoys from ${c} countries and the EU met in Bonn to discuss the convention.` },
];
function sharedVerbCells(): GridCell[] {
  return SHARED_VERBS.flatMap((v) => readAs([v.say], v.kind)).concat(
    SHARED_VERB_LOOK_ALIKES.flatMap((l) => notReadAs([l.say], l.kinds)),
  );
}

// ---- a vote with no one against, said in a word ----

const ZERO_AGAINST: readonly string[] = [
  'The assembly adopted the convention by 98 votes to none.',
  'By a vote of 64 to nil, the senate approved the convention.',
  'The convention was approved, 130 to none, with four abstentions.',
];
/** Look-alikes: a count that fell to nothing, in a sentence that names a vote. */
const ZERO_LOOK_ALIKES: readonly string[] = ['Before the vote on the convention, cases fell from 12 to none.'];
function zeroVoteCells(): GridCell[] {
  return ZERO_AGAINST.map((text) => ({
    text: LEAD + text,
    gives: [{ kind: 'vote_against' as const, value: 0 }],
  })).concat(
    ZERO_LOOK_ALIKES.map((text) => ({
      text: LEAD + text,
      not: [{ kinds: ['vote_against', 'vote_in_favour'], value: 0 }],
    })),
  );
}

// ---- a delay said as a compound or in words and figures; a rank within a region ----

const DELAYS: readonly { text: string; value: number }[] = [
  { text: 'The convention takes effect thirty (30) days after the tenth deposit.', value: 30 },
  { text: 'The convention takes effect sixty days after the tenth deposit.', value: 60 },
  { text: 'The tenth deposit set the ninety-day clock running toward its entry into force.', value: 90 },
  { text: 'The tenth deposit set the 45-day clock running toward its entry into force.', value: 45 },
  { text: "Under the convention's 30-day rule, it becomes binding in June.", value: 30 },
];
/** Look-alikes: days that are no delay of entry into force. */
const DELAY_LOOK_ALIKES: readonly ((c: string) => string)[] = [
  (c) => `The ${c}-day session ended a week before the convention took effect.`,
  (c) => `Talks went on for ${c} days before the convention entered into force.`,
];
/** Ranks within a region: not the count of all the states that acted. */
const REGION_RANKS: readonly { text: string; value: number }[] = [
  { text: 'Chad is the 86th party to the convention, and the 17th in Africa.', value: 17 },
  { text: 'Peru became the ninth state from outside Asia to accede to the convention.', value: 9 },
  { text: 'Mali was the 20th country in West Africa to ratify the convention.', value: 20 },
];
function delayAndRegionRankCells(): GridCell[] {
  return DELAYS.map((d) => ({
    text: LEAD + d.text,
    gives: [{ kind: 'entry_into_force_delay_days' as const, value: d.value }],
  }))
    .concat(notReadAs(DELAY_LOOK_ALIKES, ['entry_into_force_delay_days']))
    .concat(REGION_RANKS.map((r) => ({ text: LEAD + r.text, not: [{ kinds: TOTALS, value: r.value }] })));
}

// ---- a count set as a goal ----

const GOALS: readonly ((c: string) => string)[] = [
  (c) => `Unions launched a campaign aiming for ${c} ratifications of the convention by 2030.`,
  (c) => `The secretariat set a target of ${c} parties to the convention within five years.`,
  (c) => `The group said it would campaign for "${c} ratifications before the decade is out".`,
];
/** Look-alikes: a goal met, or aims beside a count reached. */
const GOAL_LOOK_ALIKES: readonly { kind: NumberKind; say: (c: string) => string }[] = [
  {
    kind: 'ratification_count',
    say: (c) => `The campaign reached its goal: ${c} states have ratified the convention.`,
  },
  { kind: 'ratification_count', say: (c) => `The convention, aiming to cut waste, now has ${c} parties.` },
];
function goalCells(): GridCell[] {
  return notReadAs(GOALS, TOTALS).concat(GOAL_LOOK_ALIKES.flatMap((l) => readAs([l.say], l.kind)));
}

/** Every cell of the grid, by the part of the grid it belongs to. */
export const NUMBER_GRID: Readonly<Record<string, GridCell[]>> = {
  totals: totalCells(),
  'noun totals': nounTotalCells(),
  ranks: rankCells(),
  between: betweenCells(),
  thresholds: thresholdCells(),
  increments: incrementCells(),
  parts: partCells(),
  'owned partitives': ownedPartitiveCells(),
  'signed, no further': signedNoFurtherCells(),
  'conditions in a clause': clauseConditionCells(),
  'deposits by a past moment': hadDepositedCells(),
  'a count given again': givenAgainCells(),
  'a total by where it rose from': risenTotalCells(),
  'who shares the verb': sharedVerbCells(),
  'a vote with none against': zeroVoteCells(),
  'a goal, not a count': goalCells(),
  'delays in other words, ranks within a region': delayAndRegionRankCells(),
  'another treaty': otherTreatyCells(),
  votes: voteCells(),
  attendance: attendanceCells(),
  'look-alikes': lookAlikeCells(),
};
