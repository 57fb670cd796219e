/** Tests of the number extractor. */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.js';

const numbers = (text: string) =>
  extract(text)
    .numbers.filter((n) => n.kind !== 'other')
    .map(({ kind, value, qualifier, instrument }) => ({
      kind,
      value,
      qualifier,
      ...(instrument ? { instrument } : {}),
    }));

const all = (text: string) => extract(text).numbers.map(({ kind, value }) => `${kind}:${value}`);

describe('numbers and what they count', () => {
  it('reads the count of an instrument set against the article\'s by "itself" as another treaty\'s', () => {
    const text =
      'The Protocol on River Fuel was adopted in May and has 14 parties. It is the first protocol under the river ' +
      'convention. The convention itself, in force since 1998, has 61 parties.';
    expect(all(text)).toContain('other:61');
    expect(all(text)).toContain('ratification_count:14');
  });

  it('reads a count held by an instrument brought in as "a separate" or "another" one as no count of the treaty', () => {
    const text =
      'The Convention on River Barges binds 128 parties. A separate 2001 protocol on its fees has 47 parties. ' +
      'Another accord, on barge crews, has been ratified by 90 states.';
    expect(all(text)).toContain('ratification_count:128');
    expect(all(text)).toContain('other:47');
    expect(all(text)).toContain('other:90');
  });

  it('reads states whose act is on an optional or a second instrument as no count of the treaty', () => {
    const text =
      'The Convention on River Barges has 60 parties. Some 31 countries also signed an optional protocol on ' +
      'complaints, and 12 states have ratified a second protocol.';
    expect(all(text)).toContain('other:31');
    expect(all(text)).toContain('other:12');
  });

  it('keeps the count of the treaty when "another" or "a" is no instrument beside it', () => {
    const text =
      'Another two states ratified the Convention on River Barges, which now has 60 parties. Peru joined the ' +
      'pact, a treaty that has 61 parties, and another 12 countries signed the convention.';
    expect(all(text)).toContain('ratification_count:60');
    expect(all(text)).toContain('ratification_count:61');
    expect(all(text)).not.toContain('other:60');
  });

  it('reads the count of a protocol or a parent called by its bare noun, in a story on a text of another kind, as no count of the treaty', () => {
    const onAmendment =
      'The Harbour Amendment to the Barge Protocol was adopted in 2019. The amendment now has 150 parties, while ' +
      "the protocol has 198 parties. All of the protocol's 198 parties may join it.";
    expect(all(onAmendment)).toContain('ratification_count:150');
    expect(all(onAmendment)).not.toContain('ratification_count:198');
    const onProtocol =
      'The Optional Protocol on Barge Inspections entered into force in 2012 and has 30 parties. The convention, ' +
      'in force since 1990, has 45 parties, and some 40 states parties to the convention met in May.';
    expect(all(onProtocol)).toContain('ratification_count:30');
    expect(all(onProtocol)).not.toContain('ratification_count:45');
    expect(all(onProtocol)).not.toContain('ratification_count:40');
  });

  it('keeps the count of a protocol called "the treaty" or "the protocol" in a story on it', () => {
    const text =
      'The Barge Protocol was adopted in 1997. The treaty now has 192 parties. The protocol has been ratified by ' +
      '190 states.';
    expect(all(text)).toContain('ratification_count:192');
    expect(all(text)).toContain('ratification_count:190');
  });

  it("reads a count told of another treaty's name in an apposition as that treaty's", () => {
    const text =
      'The Convention on River Barges was adopted in 2024. Unlike the Paris Agreement, ratified by 190 states, it ' +
      'binds few.';
    expect(all(text)).toContain('other:190');
  });

  it('reads a count another treaty is said to have "with" in an apposition as that treaty\'s', () => {
    const text =
      'The Treaty on Savannas has 33 parties, though the Grasslands Convention, with 150 parties, covers more land.';
    expect(all(text)).toEqual(['ratification_count:33', 'other:150']);
  });

  it("reads states that are the subject of a relative clause on another treaty's name as that treaty's count", () => {
    const text =
      'The Convention on Dust Storms builds on the Sand Protocol, which the 12 countries of the Sahel have ratified.';
    expect(all(text)).toEqual(['other:12']);
    expect(all('The Convention on Dust Storms, which 64 countries have ratified, took effect in May.')).toEqual([
      'ratification_count:64',
    ]);
  });

  it('keeps a count the article\'s treaty is said to have "with" in an apposition', () => {
    expect(all('The Convention on Wind Erosion, with 20 parties, took effect in May.')).toEqual([
      'ratification_count:20',
    ]);
  });

  it('reads "one more ratification" or signature as a count, not as a pronoun', () => {
    expect(all('The Convention on Wind Erosion needs just one more ratification to enter into force.')).toEqual([
      'other:1',
    ]);
    expect(all('Peru has signed the pact, and one more signature is expected on Friday.')).toContain('other:1');
    expect(all('The pact is one more step toward a cleaner river.')).toEqual([]);
  });

  it('reads a count before a colon that opens a list', () => {
    for (const text of [
      'Her deposit brings the number of Parties to 46: all Council members and Tunisia.',
      'The tally of ratifications now stands at 19: eleven in Europe and eight elsewhere.',
      'The number of parties rose to 61: the last was Chile.',
    ])
      expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual([expect.stringMatching(/_count:(46|19|61)$/)]);
  });

  it('reads no count in a time of day', () => {
    expect(all('The session opened at 18:00 with a minute of silence.')).toEqual([]);
  });

  it('reads what a number counts after a qualifier that follows it ("75 or more countries")', () => {
    expect(
      all('The Convention on River Barges was adopted in 2024. By May, 75 or more countries had signed it.'),
    ).toContain('signatory_count:75');
  });

  it('reads a count out of a smaller whole as a part when the treaty has a larger count', () => {
    const text = 'The pact has 90 parties. Of the 15 states of the Sahel, 6 are now parties.';
    expect(all(text)).toContain('other:6');
    expect(all(text)).toContain('ratification_count:90');
  });

  it('keeps a count out of a whole when no larger count of its kind is given', () => {
    expect(all('The pact was signed on Friday by 17 of the 40 member states of the union.')).toContain(
      'signatory_count:17',
    );
  });

  it("reads a named body's members as a part when the treaty has a larger count of their kind", () => {
    const text = 'The convention has 46 parties. With Malta, all 27 EU member states are now parties.';
    expect(all(text)).toContain('other:27');
    expect(all(text)).toContain('ratification_count:46');
  });

  it("keeps a named body's members as the count when no larger count of their kind is given", () => {
    expect(all('By Friday 12 ASEAN member states had ratified the pact.')).toContain('ratification_count:12');
  });

  it('reads a count under an alias introduced as "which … were calling X" as the treaty\'s', () => {
    const text =
      'Delegates adopted the Convention on the Safety of River Barges, which negotiators were already calling the ' +
      'Rhine Convention, on Friday. The Convention on the Safety of River Barges opens for signature in May. By ' +
      'Monday the Rhine Convention had 12 signatories.';
    expect(all(text)).toContain('signatory_count:12');
  });

  it('reads a count under an alias introduced as "better known as X" as the treaty\'s', () => {
    const text =
      'The Agreement on Deep Sea Mining, better known as the Abyss Treaty, was adopted in 2023. The Agreement on ' +
      'Deep Sea Mining is the first of its kind. The Abyss Treaty now has 40 parties.';
    expect(all(text)).toContain('ratification_count:40');
  });

  it("keeps a count of a treaty named in brackets after another as that other treaty's", () => {
    const text =
      'The Framework Agreement on Shared Aquifers was adopted in 2021 and takes effect soon. The Framework ' +
      'Agreement on Shared Aquifers has a compliance body, like the Kyoto Protocol (the Paris Agreement’s ' +
      'forerunner); the Paris Agreement has 195 parties.';
    expect(all(text)).toContain('other:195');
  });

  it('reads a number in words with a scale and "and" as one number', () => {
    expect(all('The bill passed with three hundred and eighty-six votes in favour.')).toEqual(['vote_in_favour:386']);
  });

  it('adds a group after a thousand to it', () => {
    expect(all('One thousand two hundred and five delegates attended.')).toContain('other:1205');
  });

  it('reads a bare number as the count given before with that value', () => {
    expect(all('How many states have ratified it?\nForty, so far. Critics say forty is too few.')).toEqual([
      'ratification_count:40',
      'ratification_count:40',
    ]);
  });

  it('reads a bare number after "the" or "those" as the count of states given before with that value', () => {
    expect(all('Twelve states have ratified the pact. The twelve cover half the fleet.')).toEqual([
      'ratification_count:12',
      'ratification_count:12',
    ]);
    expect(all('It needs 9 ratifications to take effect. Only those nine will be bound.')).toContain(
      'entry_into_force_threshold:9',
    );
    expect(all('So far 20 countries have signed it. Four of the 20, all coastal, plan to ratify.')).toEqual([
      'signatory_count:20',
      'other:4',
      'signatory_count:20',
    ]);
  });

  it('leaves a bare number after "the" alone when no count of states had that value', () => {
    expect(all('The pact has 40 parties. The two met in Lima and the twelve and others followed.')).toEqual([
      'ratification_count:40',
      'other:2',
      'other:12',
    ]);
  });

  it('reads a bare number with no count of that value before as no count', () => {
    expect(all('The pact has 40 parties. Critics say twelve is too few.')).toContain('other:12');
  });

  it('counts the members of a body named with several capitalized words', () => {
    expect(all('None of the five Indian Ocean Rim states has signed.')).toContain('other:5');
  });

  it('reads vote tallies written with dashes or "to", and votes nobody cast', () => {
    expect(
      numbers('The assembly approved the arms trade treaty budget 120-10, with 15 abstentions.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:120', 'vote_against:10', 'vote_abstention:15']);
    expect(numbers('The resolution passed 98–4–21.').map((n) => `${n.kind}:${n.value}`)).toEqual([
      'vote_in_favour:98',
      'vote_against:4',
      'vote_abstention:21',
    ]);
    expect(
      numbers('The annex was adopted by 120 to 10 with 3 abstentions.').map((n) => `${n.kind}:${n.value}`),
    ).toEqual(['vote_in_favour:120', 'vote_against:10', 'vote_abstention:3']);
    expect(
      numbers('It was approved by 124 votes in favour, none against, with 11 abstentions.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:124', 'vote_against:0', 'vote_abstention:11']);
    expect(all('The home team won 3-1 on a warm night in 2019-20.')).not.toContain('vote_in_favour:3');
    expect(
      all('Critics say the plan passed, but it set the project back 5-7 years and cost 10-15 percent more.').filter(
        (k) => k.startsWith('vote'),
      ),
    ).toEqual([]);
  });

  it('reads votes counted by who cast them', () => {
    expect(
      numbers('It was adopted with 124 countries voting in favour and 11 abstaining. No country voted against.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:124', 'vote_abstention:11', 'vote_against:0']);
  });

  it('reads parties, counts whose noun came before, and a dozen', () => {
    expect(all('The two parties were simply too heterogenous for most voters.')).toEqual(['other:2']);
    expect(
      numbers('The nuclear ban treaty has 94 signatories and 73 states parties.').map((n) => `${n.kind}:${n.value}`),
    ).toEqual(['signatory_count:94', 'ratification_count:73']);
    expect(
      numbers('So far 145 countries have signed the ocean treaty, and 61 have ratified it.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['signatory_count:145', 'ratification_count:61']);
    expect(all('A dozen countries co-sponsored the text.')).toEqual(['other:12']);
    expect(
      numbers('The nine founding members signed the trade pact in 2018.').map((n) => `${n.kind}:${n.value}`),
    ).toEqual(['signatory_count:9']);
  });

  it('takes the parties of a treaty already in force as a count, not a threshold', () => {
    expect(
      numbers(
        'Ten years after it entered into force, the arms trade treaty has 116 States Parties and 26 signatories.',
      ).map((n) => `${n.kind}:${n.value}`),
    ).toEqual(['ratification_count:116', 'signatory_count:26']);
  });

  it('reads an entry-into-force threshold over some of the parties, and a share of the membership as no count', () => {
    expect(
      numbers('The protocol must be ratified by at least six of the existing parties before it takes effect.'),
    ).toEqual([{ kind: 'entry_into_force_threshold', value: 6, qualifier: 'at_least', instrument: 'ratification' }]);
    expect(numbers('More than half of the 193 member states backed the plastics treaty.')).toEqual([]);
  });

  it('reads signatory counts in digits and words', () => {
    expect(numbers('The pandemic agreement has been signed by 95 countries.')).toEqual([
      { kind: 'signatory_count', value: 95, qualifier: 'exact' },
    ]);
    expect(numbers('Twenty-one Member States signed the plastics treaty on Friday.')).toEqual([
      { kind: 'signatory_count', value: 21, qualifier: 'exact' },
    ]);
    expect(numbers('The treaty now has 1,024 signatories.')).toEqual([
      { kind: 'signatory_count', value: 1024, qualifier: 'exact' },
    ]);
  });

  it('reads qualifiers', () => {
    const q = (t: string) => numbers(t)[0]?.qualifier;
    expect(q('More than 60 countries signed the accord.')).toBe('more_than');
    expect(q('At least 12 governments signed it.')).toBe('at_least');
    expect(q('Fewer than 30 states have signed.')).toBe('fewer_than');
    expect(q('Up to 50 countries have signed so far.')).toBe('at_most');
    expect(q('Just over 80 nations have signed the pact.')).toBe('more_than');
    expect(q('Well under 30 states have ratified it.')).toBe('fewer_than');
    expect(q('By May, 75 or more countries had signed it.')).toBe('at_least');
    expect(q('Nearly 80 nations signed the pact.')).toBe('about');
  });

  it('reads entry-into-force rules with their instrument', () => {
    expect(
      numbers('The trade pact will enter into force 60 days after the deposit of the 30th instrument of ratification.'),
    ).toEqual([
      { kind: 'entry_into_force_delay_days', value: 60, qualifier: 'exact', instrument: 'ratification' },
      { kind: 'entry_into_force_threshold', value: 30, qualifier: 'exact', instrument: 'ratification' },
    ]);
    expect(numbers('The accord enters into force 120 days after ratification by member states.')).toEqual([
      { kind: 'entry_into_force_delay_days', value: 120, qualifier: 'exact', instrument: 'ratification' },
    ]);
    expect(numbers('The accord enters into force 30 days after its adoption.')).toEqual([
      { kind: 'entry_into_force_delay_days', value: 30, qualifier: 'exact' },
    ]);
    expect(numbers('It takes effect once 25 countries sign it.')).toEqual([
      { kind: 'entry_into_force_threshold', value: 25, qualifier: 'exact', instrument: 'signature' },
    ]);
    expect(numbers('It comes into force after ratification by no fewer than fifty states.')).toEqual([
      { kind: 'entry_into_force_threshold', value: 50, qualifier: 'at_least', instrument: 'ratification' },
    ]);
  });

  it('reads votes, attendance, EU members and the Assembly size', () => {
    expect(
      numbers('The resolution passed with 120 votes in favour, 10 against and 45 abstentions.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:120', 'vote_against:10', 'vote_abstention:45']);
    expect(numbers('Representatives from over 80 countries attended the summit.')).toEqual([
      { kind: 'attending_countries', value: 80, qualifier: 'more_than' },
    ]);
    expect(numbers('The EU signed, along with eleven of its Member States.')).toEqual([
      { kind: 'eu_member_signatories', value: 11, qualifier: 'exact' },
    ]);
    expect(numbers('It was adopted by the 193-member General Assembly.')).toEqual([
      { kind: 'general_assembly_members', value: 193, qualifier: 'exact' },
    ]);
    expect(numbers('The General Assembly’s 193 members adopted it without a vote.').map((n) => n.kind)).toEqual([
      'general_assembly_members',
    ]);
    expect(numbers('All 193 UN member states adopted the text.').map((n) => n.kind)).toEqual([
      'general_assembly_members',
    ]);
    expect(numbers('It was adopted by the 193 UN member states in December.').map((n) => n.kind)).toEqual([
      'general_assembly_members',
    ]);
  });

  it('never counts years, percentages, money, fractions, identifiers or date parts', () => {
    const text =
      'In 2024, 45% of the 2,000 delegates approved $30 million and two-thirds backed Resolution 75/282, ' +
      'which runs 24/7 since March 3, 2021. ' +
      'The Five Eyes alliance met.';
    const found = extract(text).numbers;
    expect(found.filter((n) => n.kind !== 'other')).toEqual([]);
    expect(found.map((n) => n.value)).not.toEqual(expect.arrayContaining([2024]));
    for (const v of [2024, 45, 30, 75, 282, 24, 7, 3, 2021, 5]) expect(found.map((n) => n.value)).not.toContain(v);
  });

  it('spans the phrase as written', () => {
    const text = 'It will enter into force after ratification by no fewer than 40 states.';
    const [n] = extract(text).numbers;
    expect(n.text).toBe('no fewer than 40 states');
    expect(text.slice(n.start, n.end)).toBe(n.text);
  });
});

describe('counts reached by a signing', () => {
  it('reads ordinals of signing and running totals', () => {
    expect(numbers('Fiji became the 73rd country to sign the accord.')).toEqual([
      { kind: 'signatory_count', value: 73, qualifier: 'exact' },
    ]);
    expect(numbers('Peru’s signature brought the number of signatories to 80.')).toEqual([
      { kind: 'signatory_count', value: 80, qualifier: 'exact' },
    ]);
    expect(numbers('The total of ratifications now stands at 12.')).toEqual([
      { kind: 'ratification_count', value: 12, qualifier: 'exact' },
    ]);
    expect(numbers('It was the 79th session of the Assembly.')).toEqual([]);
  });
});

describe('a part of a whole', () => {
  it('counts the part and takes the whole for what it is', () => {
    expect(numbers('So far 72 of the 193 UN member states have signed the convention.')).toEqual([
      { kind: 'signatory_count', value: 72, qualifier: 'exact' },
      { kind: 'general_assembly_members', value: 193, qualifier: 'exact' },
    ]);
    expect(numbers('Nine of the 27 EU countries ratified the pact.').map((n) => n.kind)).toEqual([
      'ratification_count',
    ]);
  });
});

describe('counts about another treaty by pronoun', () => {
  it('gives a sentence that says "it" the treaty of the sentence before', () => {
    const text =
      'The Global Plastics Treaty was signed by 45 countries on Monday. ' +
      'Its drafters looked to the Paris Agreement, which drew 175 signatures on its first day. ' +
      'Today 195 countries have signed it. The plastics treaty has 12 parties.';
    expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual(['signatory_count:45', 'ratification_count:12']);
  });
});

describe('counts in a sentence that names two treaties', () => {
  it('gives each count the treaty its own part of the sentence names', () => {
    const text =
      'The Global Plastics Treaty was adopted in Nairobi. ' +
      'The Kigali Amendment has 160 parties, while the Global Plastics Treaty has 37 parties.';
    expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual(['ratification_count:37']);
  });

  it('gives a part that opens on "it" the treaty the text spoke of before', () => {
    const text =
      'The Global Plastics Treaty was adopted in Nairobi. It has 40 parties, compared with 195 for the Paris Agreement.';
    expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual(['ratification_count:40']);
  });

  it('gives a part that says "it" before its count the treaty the text spoke of before', () => {
    const text =
      'The Global Plastics Treaty was adopted in Nairobi. By May it had 90 parties; among such pacts only the ' +
      'Paris Agreement, with 195 parties, has more.';
    expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual(['ratification_count:90']);
  });

  it('keeps a count the other treaty holds after "it" for that treaty', () => {
    const text = 'The Global Plastics Treaty was adopted in Nairobi. Unlike it, the Paris Agreement has 195 parties.';
    expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual([]);
  });
});

describe('counts a named treaty holds', () => {
  it('gives a count to the treaty its relative clause or apposition attaches to', () => {
    const text =
      'The Global Plastics Treaty was adopted in Nairobi. The treaty builds on the Basel Convention, which has ' +
      '191 parties. Its older sibling, the Stockholm Convention, has 186 parties. The Global Plastics Treaty, ' +
      'which now has 37 parties, meets in May.';
    expect(numbers(text).map((n) => `${n.kind}:${n.value}`)).toEqual(['ratification_count:37']);
  });
});

describe('counts that went down', () => {
  it('marks a party count whose sentence speaks of states leaving', () => {
    const text =
      'The Global Plastics Treaty now has 58 parties, down from 60, after two withdrawals. The treaty had 60 parties in May.';
    expect(
      extract(text)
        .numbers.filter((n) => n.kind === 'ratification_count')
        .map((n) => `${n.value}${n.fell ? ' fell' : ''}`),
    ).toEqual(['58 fell', '60']);
  });
});

describe('counts about something else', () => {
  it('does not take negotiators or another treaty’s signatories for the article’s signatories', () => {
    const text =
      'The Global Plastics Treaty was signed by 45 countries on Monday. ' +
      'It was negotiated by 175 countries over two years. In 2016, 195 countries signed the Paris Agreement.';
    expect(
      extract(text)
        .numbers.filter((n) => n.kind === 'signatory_count')
        .map((n) => n.value),
    ).toEqual([45]);
  });
});

/** Kind, value and the increment flag of every number, other included. */
const counts = (text: string) => extract(text).numbers.map((n) => `${n.kind}:${n.value}${n.increment ? '+' : ''}`);

describe('increments and the totals they lead to', () => {
  it('reads states added on one occasion as an increment and the total as a count of its own', () => {
    expect(counts('Five states ratified the ocean pact on Monday, bringing the number of parties to 38.')).toEqual([
      'other:5+',
      'ratification_count:38',
    ]);
    expect(counts('Two more countries signed the ocean pact this week.')).toEqual(['other:2+']);
    expect(counts('Eleven additional states have joined the ocean pact since May.')).toEqual(['other:11+']);
  });

  it('does not take an increment for a threshold', () => {
    expect(
      counts('The ocean pact moved closer to entering into force after being ratified by three more states.'),
    ).toEqual(['other:3+']);
  });
});

describe('thresholds as the text names them', () => {
  it('reads the number a treaty needs, not the count it has', () => {
    expect(numbers('The ocean pact is now nine ratifications short of the 60 it needs to enter into force.')).toEqual([
      { kind: 'entry_into_force_threshold', value: 60, qualifier: 'exact', instrument: 'ratification' },
    ]);
    expect(numbers('With Peru, the ocean pact reached the 30-country threshold.').map((n) => n.kind)).toEqual([
      'entry_into_force_threshold',
    ]);
  });
});

describe('states still missing, subsets and regions', () => {
  it('keeps states yet to act and regional breakdowns out of the totals', () => {
    expect(numbers('Only four states have yet to sign the ocean pact.')).toEqual([]);
    expect(numbers('The ocean pact has 70 parties, among them 14 from Africa and 9 from Asia.')).toEqual([
      { kind: 'ratification_count', value: 70, qualifier: 'exact' },
    ]);
    expect(numbers('In the Caribbean region, 8 countries have ratified the ocean pact.')).toEqual([]);
  });
});

describe('parties in other words and ranks', () => {
  it('reads states becoming bound however the text says it', () => {
    expect(
      numbers('So far 26 countries have become parties to the ocean pact.').map((n) => `${n.kind}:${n.value}`),
    ).toEqual(['ratification_count:26']);
    expect(numbers('Already 31 states are now bound by the ocean pact.').map((n) => `${n.kind}:${n.value}`)).toEqual([
      'ratification_count:31',
    ]);
    expect(numbers('Ghana is the 57th State Party to the ocean pact.').map((n) => `${n.kind}:${n.value}`)).toEqual([
      'ratification_count:57',
    ]);
  });

  it('takes a number naming an annex or an article for no count', () => {
    expect(counts('Under Article 14, the Annex 2 states must ratify the ocean pact.')).toEqual([]);
  });
});

describe('votes in words and figures', () => {
  it('reads who backed, opposed and abstained, and an adoption vote as a vote', () => {
    expect(
      numbers('In the vote on the ocean pact, 143 backed it, 12 opposed it and 30 abstained.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:143', 'vote_against:12', 'vote_abstention:30']);
    expect(
      numbers('Parliament voted to ratify the ocean pact, with 201 MPs in favour and 4 against.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:201', 'vote_against:4']);
    expect(
      numbers('The senate backed the ocean pact by 80 votes to 6, with one abstention.').map(
        (n) => `${n.kind}:${n.value}`,
      ),
    ).toEqual(['vote_in_favour:80', 'vote_against:6', 'vote_abstention:1']);
  });

  it('counts the members of a named body, and takes "one" alone for a pronoun', () => {
    expect(all('Exits by four Andean Community members would weaken the ocean pact.')).toContain('other:4');
    expect(all('One of the delegates praised the ocean pact.')).toEqual([]);
  });
});

describe('explained readings', () => {
  it('names the rule and the words that decided kind and qualifier', () => {
    const [n] = extract('More than 60 countries have signed the ocean pact.').numbers;
    expect(n.rule).toBe('states-then-act');
    expect(n.why).toEqual({ kind: 'countries have signed', qualifier: 'More than' });
  });
});
