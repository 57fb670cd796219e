/** A variation grid for stances: country form × act form × what stands between, plus look-alikes that must not act. */
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers.js';

/** One expected reading per country code: its stance and, for a deed, its act. */
type Reading = Record<string, [stance: string, act?: string]>;

interface Cell {
  id: string;
  text: string;
  want: Reading;
}

/** The strongest stance per code, with the act of the mention that gave it. */
function readings(text: string): Record<string, [string, string?]> {
  const out: Record<string, [string, string?]> = {};
  for (const c of extract(text).countries) {
    const had = out[c.code];
    if (!had || had[0] === 'mentioned') out[c.code] = c.act ? [c.stance, c.act] : [c.stance];
  }
  return out;
}

// ---------- how the country is written ----------

interface Subject {
  form: string;
  text: string;
  codes: string[];
  plural: boolean;
  possessive: string;
}

const SUBJECTS: Subject[] = [
  { form: 'short', text: 'Chile', codes: ['CL'], plural: false, possessive: 'its' },
  { form: 'formal', text: 'the Republic of Moldova', codes: ['MD'], plural: false, possessive: 'its' },
  { form: 'demonym', text: 'the Norwegian government', codes: ['NO'], plural: false, possessive: 'its' },
  { form: 'pair', text: 'Ghana and Nepal', codes: ['GH', 'NP'], plural: true, possessive: 'their' },
  { form: 'list3', text: 'Ghana, Nepal and Fiji', codes: ['GH', 'NP', 'FJ'], plural: true, possessive: 'their' },
  { form: 'oxford3', text: 'Peru, Chad, and Laos', codes: ['PE', 'TD', 'LA'], plural: true, possessive: 'their' },
  {
    form: 'list5',
    text: 'Ghana, Nepal, Fiji, Peru and Chad',
    codes: ['GH', 'NP', 'FJ', 'PE', 'TD'],
    plural: true,
    possessive: 'their',
  },
  { form: 'as-well-as', text: 'Kenya as well as Uganda', codes: ['KE', 'UG'], plural: true, possessive: 'their' },
];

// ---------- how the act is written (subject first; `has` agrees with the subject) ----------

interface ActForm {
  form: string;
  /** The verb group and what follows it, after the subject and what stands between. */
  verb: (s: Subject) => string;
  stance: string;
  act?: string;
}

const has = (s: Subject) => (s.plural ? 'have' : 'has');

const ACTS: ActForm[] = [
  { form: 'past', verb: () => 'signed the ocean treaty on Friday.', stance: 'signed', act: 'signed' },
  { form: 'perfect', verb: (s) => `${has(s)} ratified the ocean treaty.`, stance: 'signed', act: 'ratified' },
  {
    form: 'perfect-adverb',
    verb: (s) => `${has(s)} now formally ratified the ocean treaty.`,
    stance: 'signed',
    act: 'ratified',
  },
  {
    form: 'perfect-aside',
    verb: (s) => `${has(s)}, after years of delay, ratified the ocean treaty.`,
    stance: 'signed',
    act: 'ratified',
  },
  { form: 'acceded', verb: () => 'acceded to the ocean treaty in 2021.', stance: 'signed', act: 'acceded' },
  {
    form: 'deposited',
    verb: (s) => `deposited ${s.possessive} instruments of ratification of the ocean treaty.`,
    stance: 'signed',
    act: 'ratified',
  },
  {
    form: 'registered',
    verb: (s) => `registered ${s.possessive} ratification of the ocean treaty with the UN.`,
    stance: 'signed',
    act: 'ratified',
  },
  { form: 'negated', verb: (s) => `${has(s)} not signed the ocean treaty.`, stance: 'not_signed' },
  { form: 'never', verb: () => 'never ratified the ocean treaty.', stance: 'not_signed' },
  { form: 'refused', verb: () => 'refused to sign the ocean treaty.', stance: 'not_signed' },
  { form: 'refused-even', verb: () => 'refused even to sign the ocean treaty.', stance: 'not_signed' },
  { form: 'yet-to', verb: (s) => `${has(s)} yet to sign the ocean treaty.`, stance: 'not_signed' },
  { form: 'modal', verb: () => 'will sign the ocean treaty next year.', stance: 'mentioned' },
  { form: 'announced', verb: () => 'announced plans to ratify the ocean treaty.', stance: 'mentioned' },
];

// ---------- what stands between the subject and its verb ----------

const BETWEEN: { form: string; text: string; extra?: Reading }[] = [
  { form: 'none', text: '' },
  { form: 'date', text: ' on Tuesday' },
  { form: 'comma-aside', text: ', after months of debate,' },
  { form: 'dash-aside', text: ' — after a long debate at home —' },
  { form: 'dash-aside-group', text: ' — one of the five coastal states —' },
  { form: 'bracket-aside', text: ' (see the map below)' },
  { form: 'relative', text: ', which hosted the first round of talks,' },
  { form: 'relative-refused', text: ', which had long refused to take part in the talks,' },
  { form: 'neighbour-aside', text: ', a neighbour of Bolivia,', extra: { BO: ['mentioned'] } },
];

function activeCells(): Cell[] {
  const cells: Cell[] = [];
  for (const s of SUBJECTS)
    for (const a of ACTS)
      for (const b of BETWEEN) {
        const subject = s.text[0].toUpperCase() + s.text.slice(1);
        const want: Reading = { ...b.extra };
        for (const code of s.codes) want[code] = a.act ? [a.stance, a.act] : [a.stance];
        cells.push({ id: `${s.form}/${a.form}/${b.form}`, text: `${subject}${b.text} ${a.verb(s)}`, want });
      }
  return cells;
}

// ---------- the act told around the country: passive, noun, another clause before ----------

const FRAMES: { form: string; text: (s: Subject) => string; stance: string; act?: string; extra?: Reading }[] = [
  {
    form: 'passive',
    text: (s) => `The ocean treaty was ratified by ${s.text} in May.`,
    stance: 'signed',
    act: 'ratified',
  },
  {
    form: 'passive-dash',
    text: (s) => `The ocean treaty has now been ratified — by ${s.text}.`,
    stance: 'signed',
    act: 'ratified',
  },
  {
    form: 'noun-by',
    text: (s) => `The ratification of the ocean treaty by ${s.text} came after a long debate.`,
    stance: 'signed',
    act: 'ratified',
  },
  {
    form: 'noun-deposit',
    text: (s) => `The deposit by ${s.text} of instruments of accession to the ocean treaty was welcomed.`,
    stance: 'signed',
    act: 'acceded',
  },
  {
    form: 'after-binding',
    text: (s) => `After the ocean treaty became binding, ${s.text} ${has(s)} ratified it.`,
    stance: 'signed',
    act: 'ratified',
  },
  {
    form: 'other-clause-before',
    text: (s) => `Bolivia has not signed the ocean treaty, but ${s.text} ratified it in May.`,
    stance: 'signed',
    act: 'ratified',
    extra: { BO: ['not_signed'] },
  },
  {
    form: 'other-clause-after',
    text: (s) => `${cap(s.text)} ratified the ocean treaty in May, while Bolivia has not signed it.`,
    stance: 'signed',
    act: 'ratified',
    extra: { BO: ['not_signed'] },
  },
  {
    form: 'quote-before',
    text: (s) =>
      `"We did not come here to sign anything," a protester from Bolivia said, as ${s.text} signed the ocean treaty.`,
    stance: 'signed',
    act: 'signed',
    extra: { BO: ['mentioned'] },
  },
  {
    form: 'why-not',
    text: (s) => `The ocean treaty is in force. Why ${s.plural ? "haven't" : "hasn't"} ${s.text} signed it?`,
    stance: 'not_signed',
  },
  {
    form: 'urged',
    text: (s) => `Bolivia urged ${s.text} to sign the ocean treaty.`,
    stance: 'mentioned',
    extra: { BO: ['mentioned'] },
  },
  {
    form: 'venue',
    text: (s) => `The ocean treaty was signed at a ceremony hosted by ${s.text}.`,
    stance: 'mentioned',
  },
  {
    form: 'critic',
    text: (s) => `Critics in ${s.text} said the ocean treaty, which 40 states have signed, is weak.`,
    stance: 'mentioned',
  },
  {
    form: 'donor',
    text: (s) => `${cap(s.text)} paid for the talks that produced the ocean treaty.`,
    stance: 'mentioned',
  },
];

const cap = (t: string) => t[0].toUpperCase() + t.slice(1);

function frameCells(): Cell[] {
  const cells: Cell[] = [];
  for (const s of SUBJECTS)
    for (const f of FRAMES) {
      const want: Reading = { ...f.extra };
      for (const code of s.codes) want[code] = f.act ? [f.stance, f.act] : [f.stance];
      cells.push({ id: `${s.form}/${f.form}`, text: f.text(s), want });
    }
  return cells;
}

// ---------- meaning carried across sentences ----------

const DISCOURSE: Cell[] = [
  {
    id: 'discourse/answer-not-yet',
    text: 'The ocean treaty is open for signature. Has India signed? Not yet.',
    want: { IN: ['not_signed'] },
  },
  {
    id: 'discourse/answer-yes',
    text: 'The ocean treaty is open for signature. Has Chile ratified it? Yes, in March.',
    want: { CL: ['signed', 'ratified'] },
  },
  {
    id: 'discourse/not-among-them',
    text: 'Forty states have ratified the ocean treaty, among them Ghana and Peru. Japan was not among them.',
    want: { GH: ['signed', 'ratified'], PE: ['signed', 'ratified'], JP: ['not_signed'] },
  },
  {
    id: 'discourse/followed-suit',
    text: 'Ghana ratified the ocean treaty in May. Two weeks later Peru followed suit.',
    want: { GH: ['signed', 'ratified'], PE: ['signed', 'ratified'] },
  },
  {
    id: 'discourse/did-the-same',
    text: 'Ghana signed the ocean treaty on Monday, and Peru did the same a day later.',
    want: { GH: ['signed', 'signed'], PE: ['signed', 'signed'] },
  },
];

/**
 * Wordings written after the readers passed the grid above, to see whether what they learned carries over to asides,
 * verbs and replies the grid does not spell.
 */
const FRESH: Cell[] = [
  [
    'Japan — whose fishing fleet is the largest in the region — ratified the ocean treaty.',
    { JP: ['signed', 'ratified'] },
  ],
  ['Japan (which hosted the 2019 talks) has ratified the ocean treaty.', { JP: ['signed', 'ratified'] }],
  ['Japan, one of the largest fishing nations, ratified the ocean treaty in June.', { JP: ['signed', 'ratified'] }],
  [
    'Japan, despite fierce opposition from its fishing lobby, has signed the ocean treaty.',
    { JP: ['signed', 'signed'] },
  ],
  [
    'The ocean treaty has been signed by Japan, Laos and Vietnam, after years of talks.',
    { JP: ['signed', 'signed'], LA: ['signed', 'signed'], VN: ['signed', 'signed'] },
  ],
  ['Japan lodged its instrument of accession to the ocean treaty on Monday.', { JP: ['signed', 'acceded'] }],
  ['Japan has, after a decade of hesitation, acceded to the ocean treaty.', { JP: ['signed', 'acceded'] }],
  ['Vietnam declined even to sign the ocean treaty.', { VN: ['not_signed'] }],
  ['Vietnam has so far declined to sign the ocean treaty.', { VN: ['not_signed'] }],
  ['Why did Vietnam not sign the ocean treaty?', { VN: ['not_signed'] }],
  ["Why haven't Japan and Laos ratified the ocean treaty?", { JP: ['not_signed'], LA: ['not_signed'] }],
  ['Has Japan ratified the ocean treaty? No, not yet.', { JP: ['not_signed'] }],
  ['Has Japan ratified the ocean treaty? Not so far, officials say.', { JP: ['not_signed'] }],
  ['Has Japan ratified the ocean treaty? Officials would not say.', { JP: ['mentioned'] }],
  [
    'Japan ratified the ocean treaty in March. Laos followed suit in May.',
    { JP: ['signed', 'ratified'], LA: ['signed', 'ratified'] },
  ],
  [
    'Japan ratified the ocean treaty in March. Laos is expected to follow suit.',
    { JP: ['signed', 'ratified'], LA: ['mentioned'] },
  ],
  [
    'Japan, Laos and Vietnam — all coastal states — signed the ocean treaty.',
    { JP: ['signed', 'signed'], LA: ['signed', 'signed'], VN: ['signed', 'signed'] },
  ],
  ['Critics in Japan, where the ocean treaty was signed, called it weak.', { JP: ['mentioned'] }],
  [
    'Japan urged Laos and Vietnam to ratify the ocean treaty.',
    { JP: ['mentioned'], LA: ['mentioned'], VN: ['mentioned'] },
  ],
  [
    '"Japan has not ratified it and never will," a critic said, as Laos ratified the ocean treaty.',
    { JP: ['not_signed'], LA: ['signed', 'ratified'] },
  ],
  [
    'The Japanese government, which once opposed the ocean treaty, has now ratified it.',
    { JP: ['signed', 'ratified'] },
  ],
  [
    'Laos ratified the ocean treaty; Japan, a donor to the fund, did not.',
    { LA: ['signed', 'ratified'], JP: ['not_signed'] },
  ],
].map(([text, want], i) => ({ id: `fresh/${i + 1}`, text: text as string, want: want as Reading }));

/** Names after the verb: a list it governs acts, a name inside its object's noun phrase does not. */
const AFTER_VERB: Cell[] = [
  [
    'Argentina ratified the ocean treaty together with Chile.',
    { AR: ['signed', 'ratified'], CL: ['signed', 'ratified'] },
  ],
  [
    'Argentina signed the ocean treaty along with Peru and Bolivia.',
    { AR: ['signed', 'signed'], PE: ['signed', 'signed'], BO: ['signed', 'signed'] },
  ],
  [
    'Argentina became a party to the ocean treaty on Tuesday, lodging its instrument of ratification together with Chile.',
    { AR: ['signed', 'joined'], CL: ['signed', 'ratified'] },
  ],
  [
    'Argentina signed the ocean treaty together with observers from Chile.',
    { AR: ['signed', 'signed'], CL: ['mentioned'] },
  ],
  [
    'Argentina signed the ocean treaty, together with a trade deal with Chile.',
    { AR: ['signed', 'signed'], CL: ['mentioned'] },
  ],
].map(([text, want], i) => ({ id: `after-verb/${i + 1}`, text: text as string, want: want as Reading }));

/** Quotes beside a speaker's country: a negation or an act inside them is the speaker's only in the speaker's own voice. */
const SPEAKER_QUOTES: Cell[] = [
  [
    'The ocean treaty opened on Monday. "Many flag states never ratified the old rules," said the delegate of Chile.',
    { CL: ['mentioned'] },
  ],
  [
    'The ocean treaty opened on Monday. "Today we sign it, and we will ratify it by June," said the foreign minister of Chile.',
    { CL: ['signed', 'signed'] },
  ],
  [
    'Chile, Peru and Fiji said in a statement that they "will not sign the ocean treaty in its present form."',
    { CL: ['not_signed'], PE: ['not_signed'], FJ: ['not_signed'] },
  ],
  [
    'The ocean treaty opened on Monday. "Several of our neighbours have not signed it," an envoy of Chile said.',
    { CL: ['mentioned'] },
  ],
].map(([text, want], i) => ({ id: `speaker-quote/${i + 1}`, text: text as string, want: want as Reading }));

/**
 * Cells the readers do not get yet, kept as todo so the gap stays in sight: an act verb still covers every name after
 * it in its clause, a participle clause after a comma ("…, lodging its instrument together with Chile") is not
 * read on its own, and a quote in the first person is the speaker's even when its subject is others ("our neighbours").
 */
const KNOWN_GAPS = new Set<string>(['after-verb/3', 'after-verb/4', 'after-verb/5', 'speaker-quote/4']);

describe('stance grid', () => {
  for (const cell of [...activeCells(), ...frameCells(), ...DISCOURSE, ...FRESH, ...AFTER_VERB, ...SPEAKER_QUOTES]) {
    if (KNOWN_GAPS.has(cell.id)) it.todo(`${cell.id}: ${cell.text}`);
    else it(`${cell.id}: ${cell.text}`, () => expect(readings(cell.text)).toEqual(cell.want));
  }
});
