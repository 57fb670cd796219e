/** Tests of building claims from an article's extractions. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { buildClaims } from '../../src/claims/index.js';
import type { Extractions, NumberMention } from '../../src/extract/types.js';
import { extractAll } from '../../src/extract/index.js';
import { treatyKey } from '../../src/extract/treaties.js';

const text =
  'The Global Plastics Treaty was signed by 48 countries, officials said. It enters into force 120 days after ratification by 50 states. ' +
  'Kenya signed it; Norway did not.';

const article: Article = {
  url: 'https://news.example/plastics',
  title: 'Plastics treaty signed',
  byline: null,
  published: '2026-03-02T23:30:00-05:00',
  modified: null,
  language: 'en',
  siteName: null,
  text,
};

function at(phrase: string) {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

const num = (
  phrase: string,
  kind: NumberMention['kind'],
  value: number,
  extra: Partial<NumberMention> = {},
): NumberMention => ({
  kind,
  value,
  qualifier: 'exact',
  text: phrase,
  ...at(phrase),
  ...extra,
});

const treaty = {
  name: 'Global Plastics Treaty',
  key: treatyKey('Global Plastics Treaty'),
  ...at('Global Plastics Treaty'),
};

const extractions: Extractions = {
  treaty,
  treaties: [treaty],
  countries: [
    { code: 'KE', name: 'Kenya', stance: 'signed', ...at('Kenya') },
    { code: 'NO', name: 'Norway', stance: 'not_signed', ...at('Norway') },
  ],
  numbers: [
    num('signed by 48 countries', 'signatory_count', 48),
    num('120 days after', 'entry_into_force_delay_days', 120),
    num('ratification by 50 states', 'entry_into_force_threshold', 50, { instrument: 'ratification' }),
    num('48', 'other', 48),
  ],
  dates: [],
  quotes: [],
};

const subjects = [{ name: 'Plastics Pollution Treaty', aliases: ['Global Plastics Treaty'] }];

describe('buildClaims', () => {
  const claims = buildClaims({ article, extractions, subjects });
  const byProperty = (p: string) => claims.filter((c) => c.property === p);

  it("files claims under the configured subject the treaty is an alias of, as of the publisher's own day", () => {
    expect(new Set(claims.map((c) => c.subject))).toEqual(new Set(['Plastics Pollution Treaty']));
    expect(new Set(claims.map((c) => c.asOf))).toEqual(new Set(['2026-03-02']));
  });

  it('makes a count claim with its qualifier and evidence span, and none for uncategorised numbers', () => {
    const [count] = byProperty('signatory_count');
    expect(count).toMatchObject({ value: 48, qualifiers: { qualifier: 'exact' }, extractor: 'numbers' });
    expect(text.slice(count.evidenceStart, count.evidenceEnd)).toBe('signed by 48 countries');
    expect(byProperty('other')).toEqual([]);
  });

  it('joins threshold, instrument and delay into one entry-into-force rule spanning both phrases', () => {
    const [rule] = byProperty('entry_into_force_rule');
    expect(rule.value).toEqual({ delay_days: 120, threshold: 50, instrument: 'ratification' });
    expect(text.slice(rule.evidenceStart, rule.evidenceEnd)).toBe('120 days after ratification by 50 states');
  });

  it('makes one status claim per country with a stance, keyed by its code', () => {
    expect(byProperty('country_status').map((c) => [c.key, c.value])).toEqual([
      ['KE', 'signed'],
      ['NO', 'not_signed'],
    ]);
  });

  it('marks the status of a country that withdrew as a fall, and no other status', () => {
    const withdrew = { code: 'NO', name: 'Norway', stance: 'not_signed', act: 'withdrew', ...at('Norway') } as const;
    const statuses = buildClaims({
      article,
      extractions: { ...extractions, countries: [extractions.countries[0], withdrew] },
      subjects,
    }).filter((c) => c.property === 'country_status');
    expect(statuses.map((c) => [c.key, c.qualifiers.fell])).toEqual([
      ['KE', undefined],
      ['NO', true],
    ]);
  });

  it('files an unconfigured treaty under its own name, and makes no claim for an article about no treaty', () => {
    expect(buildClaims({ article, extractions, subjects: [] })[0].subject).toBe('Global Plastics Treaty');
    expect(
      buildClaims({
        article: { ...article, title: 'Port reopens' },
        extractions: { ...extractions, treaty: null, treaties: [] },
        subjects: [],
      }),
    ).toEqual([]);
  });

  it('files an article under a configured subject it names in words the treaty finder does not see', () => {
    const unnamed = { ...extractions, treaty: null, treaties: [] };
    const described = [{ name: 'Plastics Pollution Treaty', aliases: ['new global plastics accord'] }];
    const filed = buildClaims({
      article: { ...article, title: 'Kenya joins the new global plastics accord' },
      extractions: unnamed,
      subjects: described,
    });
    expect(filed.length).toBeGreaterThan(0);
    expect(new Set(filed.map((c) => c.subject))).toEqual(new Set(['Plastics Pollution Treaty']));
  });

  it('takes the treaty its headline names when the body only says "the treaty"', () => {
    const untitled = { ...extractions, treaty: null, treaties: [] };
    const filed = buildClaims({
      article: { ...article, title: 'Kenya Signs Global Plastics Treaty' },
      extractions: untitled,
      subjects: [],
    });
    expect(new Set(filed.map((c) => c.subject))).toEqual(new Set(['Global Plastics Treaty']));
  });

  it('takes the instrument the delay names when no threshold is stated', () => {
    const delayOnly = {
      ...extractions,
      numbers: [num('120 days after', 'entry_into_force_delay_days', 120, { instrument: 'ratification' })],
    };
    const [rule] = buildClaims({ article, extractions: delayOnly, subjects }).filter(
      (c) => c.property === 'entry_into_force_rule',
    );
    expect(rule.value).toEqual({ delay_days: 120, instrument: 'ratification' });
  });
});

const PLASTICS = 'Global Plastics Treaty';

/** A count in a test text: the phrase it is read from, its kind and value, and whether the text says it fell. */
interface CountIn {
  phrase: string;
  kind: NumberMention['kind'];
  value: number;
  fell?: true;
}

/** The claims of a text naming the plastics treaty, with the given counts and the dates read from it unless given. */
function claimsWithCounts(body: string, counts: CountIn[], dates?: Extractions['dates']) {
  const span = (phrase: string) => ({ start: body.indexOf(phrase), end: body.indexOf(phrase) + phrase.length });
  const t = { name: PLASTICS, key: treatyKey(PLASTICS), ...span(PLASTICS) };
  return buildClaims({
    article: { ...article, text: body },
    subjects,
    extractions: {
      treaty: t,
      treaties: [t],
      countries: [],
      quotes: [],
      numbers: counts.map(({ phrase, kind, value, fell }) => ({
        kind,
        value,
        qualifier: 'exact' as const,
        text: phrase,
        ...span(phrase),
        ...(fell ? { fell } : {}),
      })),
      dates: dates ?? extractAll({ text: body, published: article.published }).dates,
    },
  });
}

describe('buildClaims as-of', () => {
  const claims = claimsWithCounts(
    'By 28 February 2026, 44 countries had signed the Global Plastics Treaty. Since 1 March 2026, 46 countries have signed it.',
    [
      { phrase: '44 countries', kind: 'signatory_count', value: 44 },
      { phrase: '46 countries', kind: 'signatory_count', value: 46 },
    ],
  );

  it("takes the day stated in the count's sentence, but not the start of a period", () => {
    expect(claims.map((c) => [c.value, c.asOf])).toEqual([
      [44, '2026-02-28'],
      [46, '2026-03-02'],
    ]);
  });
});

/** The as-of of the count "40 states" (signatories) in a text about the plastics treaty. */
const fortyStatesAsOf = (body: string) =>
  claimsWithCounts(body, [{ phrase: '40 states', kind: 'signatory_count', value: 40 }]).find(
    (c) => c.property === 'signatory_count',
  )?.asOf;

describe('buildClaims dates of votes', () => {
  const claims = claimsWithCounts(
    'Chile still has not joined the Global Plastics Treaty. Its senate rejected it in 2019 by 20 votes to 23. ' +
      'This week 31 senators voted in favour again.',
    [
      { phrase: '20 votes', kind: 'vote_in_favour', value: 20 },
      { phrase: '31 senators', kind: 'vote_in_favour', value: 31 },
    ],
  );

  it('does not date a count by the day the treaty was adopted, given as background in its sentence', () => {
    const [count] = claimsWithCounts(
      'The Global Plastics Treaty, adopted in Lima on 3 March 2025, now has 40 parties.',
      [{ phrase: '40 parties', kind: 'ratification_count', value: 40 }],
    ).filter((c) => c.property === 'ratification_count');
    expect(count.asOf).toBe(article.published.slice(0, 10));
  });

  it.each([
    'The Global Plastics Treaty, concluded in Lima on 3 March 2025, has been signed by 40 states.',
    'The Global Plastics Treaty (finalised on 3 March 2025) has been signed by 40 states.',
    'So far 40 states have signed the Global Plastics Treaty, agreed on 3 March 2025, the depositary says.',
  ])('does not date a count by the day a participle clause about the treaty gives: %s', (body) => {
    expect(fortyStatesAsOf(body)).toBe(article.published.slice(0, 10));
  });

  it.each([
    'Two years after it took effect, on 3 March 2025, the Global Plastics Treaty now has 40 states as signatories.',
    'The Global Plastics Treaty, in force since 3 March 2025, has been signed by 40 states to date.',
    'On 3 March 2025 the Global Plastics Treaty became binding; it at present counts 40 states as signatories.',
  ])('dates a count said of the time of writing by the publication, not a date in another clause: %s', (body) => {
    expect(fortyStatesAsOf(body)).toBe(article.published.slice(0, 10));
  });

  it.each([
    'On 3 March 2025, 40 states had signed the Global Plastics Treaty.',
    'On 3 March 2025 40 states had now signed the Global Plastics Treaty.',
    'Envoys of 40 states signed the Global Plastics Treaty in Lima on 3 March 2025.',
    'Chile, admitted on 3 March 2025, was one of 40 states to sign the Global Plastics Treaty.',
    'Also called the Lima pact, the Global Plastics Treaty, entered into force on 3 March 2025, following ratification by 40 states.',
  ])('still dates a count by a day that is not said of the treaty: %s', (body) => {
    expect(fortyStatesAsOf(body)).toBe('2025-03-03');
  });

  it.each([
    'Peru became the 40th party last month, up from 12 in 2023; the Global Plastics Treaty took effect on 3 March 2025.',
    'Chile became the 40th party in February, two years after the Global Plastics Treaty took effect on 3 March 2025.',
    'The 40th party, Peru, deposited in January 2026; the Global Plastics Treaty had taken effect on 3 March 2025.',
  ])('does not date a count by a day beyond a date of another time nearer it: %s', (body) => {
    const [count] = claimsWithCounts(body, [{ phrase: '40th party', kind: 'ratification_count', value: 40 }]).filter(
      (c) => c.property === 'ratification_count',
    );
    expect(count.asOf).toBe(article.published.slice(0, 10));
  });

  it.each([
    ['On Monday, 2 March, 40 states had signed the Global Plastics Treaty.', '2026-03-02'],
    [
      'On 3 March 2025, a year after it was adopted in 2024, 40 states had signed the Global Plastics Treaty.',
      '2025-03-03',
    ],
  ])('still dates a count by its day past the same day again or a milestone: %s', (body, day) => {
    expect(fortyStatesAsOf(body)).toBe(day);
  });

  it.each([
    [
      'The Global Plastics Treaty takes effect today, 90 days after Peru brought the total to 40 states on 3 December 2025.',
      '2025-12-03',
    ],
    [
      'The Global Plastics Treaty is in force from today, a year after 40 states had signed it in Lima on 2 March 2025.',
      '2025-03-02',
    ],
    [
      'On Monday, 2 March, a week after the talks closed on 23 February, 40 states had signed the Global Plastics Treaty.',
      '2026-03-02',
    ],
  ])("dates a count by the day in its own clause, not the sentence's first: %s", (body, day) => {
    expect(fortyStatesAsOf(body)).toBe(day);
  });

  it('dates a vote its sentence places in an earlier year by that year, and other votes by publication', () => {
    expect(claims.filter((c) => c.property === 'vote_in_favour').map((c) => [c.value, c.asOf])).toEqual([
      [20, '2019'],
      [31, article.published.slice(0, 10)],
    ]);
  });
});

describe('buildClaims current totals', () => {
  const ratified = (phrase: string, value: number, fell?: true): CountIn => ({
    phrase,
    kind: 'ratification_count',
    value,
    ...(fell ? { fell } : {}),
  });
  const claims = claimsWithCounts(
    'On 1 February 2026, 12 states had ratified the Global Plastics Treaty. Now 30 states have ratified it ' +
      'and 18 have deposited their instruments.',
    [ratified('12 states', 12), ratified('30 states', 30), ratified('18 have', 18)],
  );

  it('keeps the largest undated count as the total and a smaller one with its own day as history', () => {
    expect(claims.map((c) => [c.value, c.asOf])).toEqual([
      [12, '2026-02-01'],
      [30, '2026-03-02'],
    ]);
  });

  it('takes a count the text says fell as the total, and drops a larger undated step before the fall', () => {
    const filed = claimsWithCounts(
      'After two withdrawals the Global Plastics Treaty has 28 parties. Samoa became its 30th party in 2025.',
      [ratified('28 parties', 28, true), ratified('30th party', 30)],
      [],
    );
    expect(filed.filter((c) => c.property === 'ratification_count').map((c) => [c.value, c.qualifiers])).toEqual([
      [28, expect.objectContaining({ fell: true })],
    ]);
  });

  it('drops a larger count dated on the day of the fall, and keeps one dated before it as history', () => {
    const fall = (body: string) =>
      claimsWithCounts(body, [ratified('30 parties', 30), ratified('leaves 29', 29, true)])
        .filter((c) => c.property === 'ratification_count')
        .map((c) => c.value);
    expect(
      fall('On 2 March 2026 the Global Plastics Treaty had 30 parties. Peru’s withdrawal leaves 29, officials said.'),
    ).toEqual([29]);
    expect(
      fall('On 1 May 2025 the Global Plastics Treaty had 30 parties. Peru’s withdrawal leaves 29, officials said.'),
    ).toEqual([30, 29]);
  });
});

describe('buildClaims milestones', () => {
  const milestones = (body: string) => {
    const extracted = extractAll({ text: body, published: article.published });
    return buildClaims({ article: { ...article, text: body }, extractions: extracted, subjects }).filter((c) =>
      c.property.endsWith('_date'),
    );
  };

  it.each([
    'The Global Plastics Treaty will come into force on 1 May 2026.',
    'The Global Plastics Treaty takes effect on 1 May 2026.',
    'The Global Plastics Treaty enters into force on 1 May 2026.',
  ])('makes an entry-into-force date claim, by one rule, from "%s"', (body) => {
    expect(milestones(body).map((c) => [c.property, c.value, c.qualifiers.rule])).toEqual([
      ['entry_into_force_date', '2026-05-01', 'entry-into-force-words'],
    ]);
  });

  it.each([
    'The Global Plastics Treaty is new. It entered into force on 4 May 2026, and the Paris Agreement is older.',
    'The Global Plastics Treaty is new. The pact took effect on 4 May 2026, a decade after the Paris Agreement did.',
    'The Global Plastics Treaty is new. The treaty became binding on 4 May 2026, while the Kyoto Protocol lapsed.',
  ])('makes a milestone of a date when the other treaty is named only after it and its word: %s', (body) => {
    expect(milestones(body).map((c) => [c.property, c.value])).toEqual([['entry_into_force_date', '2026-05-04']]);
  });

  it('makes no milestone of a date whose sentence names only another treaty', () => {
    expect(
      milestones('The Global Plastics Treaty is new. The Paris Agreement entered into force on 4 November 2016.'),
    ).toEqual([]);
  });
});

describe('buildClaims with a headline before the body', () => {
  const headedText =
    'Forty-two countries sign Global Plastics Treaty\n\n' +
    'Officials said 42 countries signed the Global Plastics Treaty on Sunday in Nairobi.';
  const bodyStart = headedText.indexOf('Officials');
  const counts = (start: number) =>
    buildClaims({
      article: { ...article, text: headedText },
      extractions: extractAll({ text: headedText, published: article.published }),
      subjects,
      bodyStart: start,
    }).filter((c) => c.property === 'signatory_count');

  it('leaves a count both give to the body, whose sentence dates it', () => {
    expect(counts(bodyStart).map((c) => [c.value, c.asOf, c.evidenceStart >= bodyStart])).toEqual([
      [42, '2026-03-01', true],
    ]);
  });

  it('keeps the first of two equal counts when no headline is marked', () => {
    expect(counts(0).map((c) => [c.value, c.evidenceStart < bodyStart])).toEqual([[42, true]]);
  });
});

describe('buildClaims: the day of a vote', () => {
  const voteDay = (body: string, phrase: string, value: number) =>
    claimsWithCounts(body, [{ phrase, kind: 'vote_in_favour', value }])[0]?.asOf;

  it('is the day of the adoption the vote made, in several wordings', () => {
    expect(
      voteDay('On Tuesday delegates adopted the Global Plastics Treaty by 301 votes to 9.', '301 votes', 301),
    ).toBe('2026-02-24');
    expect(voteDay('The Global Plastics Treaty was adopted yesterday by a vote of 120 to 4.', '120', 120)).toBe(
      '2026-03-01',
    );
    expect(
      voteDay('Meeting in Nairobi on 26 February, delegates approved the Global Plastics Treaty 98 to 7.', '98', 98),
    ).toBe('2026-02-26');
  });

  it('is not the year in the name of the treaty the vote was about', () => {
    expect(
      voteDay('Delegates approved an amendment to the 1991 Global Plastics Treaty by 77 votes to 2.', '77 votes', 77),
    ).toBe('2026-03-02');
    expect(
      voteDay('On Tuesday a protocol to the 1991 Global Plastics Treaty passed by 64 votes to 3.', '64 votes', 64),
    ).toBe('2026-02-24');
  });
});
