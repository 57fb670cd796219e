/** Tests of finding the people an article names. */
import { describe, expect, it } from 'vitest';
import { isBodyWord, isTitleWord, mayBePersonalName, peopleIn } from '../../src/extract/people.js';

const names = (text: string) => peopleIn(text, [], new Set()).map((p) => p.name);

describe('people an article names', () => {
  it('takes a name after an office and drops the office', () => {
    expect(names('Trade Minister Ngozi Adeyemi arrived on Monday.')).toEqual(['Ngozi Adeyemi']);
  });

  it('gives an abbreviated rank the office it stands for', () => {
    const [sanders] = peopleIn('Vermont Sen. Bernie Sanders spoke.', [], new Set());
    expect([...sanders.titles]).toEqual(expect.arrayContaining(['sen', 'senator']));
    const [kwan] = peopleIn('Rep. Dana Kwan (D-Ore.) spoke.', [], new Set());
    expect([...kwan.titles]).toContain('representative');
  });

  it('merges a surname whose particle opens a headline into the full name', () => {
    const people = peopleIn('De Blasio says no.\n\nMayor Bill de Blasio spoke.', [], new Set());
    expect(people.map((p) => p.name)).toEqual(['Bill de Blasio']);
    expect([...people[0].titles]).toContain('mayor');
    expect(names('Van Dijk said no. Pieter van Dijk, the envoy, left.')).toEqual(['Pieter van Dijk']);
    expect(names('Tom Lee said no. Gary Lee, the envoy, left.')).toEqual(['Tom Lee', 'Gary Lee']);
  });

  it('merges a full name with a word before it into the full name the article also gives alone', () => {
    expect(names('Senator Ana Ruiz spoke. Later Republican Ana Ruiz said no.')).toEqual(['Ana Ruiz']);
    expect(names('Envoy Tom Hale spoke. Democrat Tom Hale said no.')).toEqual(['Tom Hale']);
    expect(names('Envoy Mary Ann Lee spoke first.')).toEqual(['Mary Ann Lee']);
  });

  it('takes a single surname only right after an office', () => {
    expect(names('Secretary Okafor arrived. Later Okafor left.')).toEqual(['Okafor']);
    expect(names('Later Okafor left the hall.')).toEqual([]);
  });

  it('takes a name followed by an age set off by commas', () => {
    expect(names('Ana Ruiz, 45, fished off Vigo for twenty years.')).toEqual(['Ana Ruiz']);
    expect(names('On Sunday, Omar Sy, 31, walked his dog in the park.')).toEqual(['Omar Sy']);
    expect(names('Boats left Puerto Rico, 12 of them, at dawn.')).toEqual([]);
  });

  it('takes a name that opens a sentence before a verb when "he" or "she" follows', () => {
    expect(names('Lars Berg runs the cooperative. He took it over from Berg senior in 2010.')).toEqual(['Lars Berg']);
    expect(names('Mina Okafor teaches in Lagos, where she grew up. Okafor is 40.')).toEqual(['Mina Okafor']);
    expect(names('Kofi Mensah has fished here all his life, he says. “Ask Mensah,” they say.')).toEqual([
      'Kofi Mensah',
    ]);
  });

  it('takes no name that opens a sentence when no "he" or "she" follows, its last word never alone, nor a verb opening it', () => {
    expect(names('Buenos Aires hosted the talks. It was the third round.')).toEqual([]);
    expect(names('Goldman Sachs advised the buyers, he said.')).toEqual([]);
    expect(names('Taking Archie out is fun, she says.')).toEqual([]);
    expect(names('Had Klein stayed, she would have won.')).toEqual([]);
    expect(names('Although Scott won, he lost the city.')).toEqual([]);
  });

  it('takes a full name whose surname speaks alone elsewhere', () => {
    expect(names('Ask fitness coach Sergio Pavan. Pavan said it helps.')).toEqual(['Sergio Pavan']);
    expect(names('The dancer Mila Kovac arrived late. “No,” said Kovac.')).toEqual(['Mila Kovac']);
    expect(names('Ines Tomba, a baker, went home; according to Tomba, sales fell.')).toEqual(['Ines Tomba']);
    expect(names('The band played in Buenos Aires. Aires is the second word.')).toEqual([]);
  });

  it('takes a name followed by an apposition with an office word', () => {
    expect(names('Albert Moyo, Commissioner for Trade, spoke first.')).toEqual(['Albert Moyo']);
  });

  it('takes a name set apart by a comma after its office and portfolio', () => {
    expect(names('The Commissioner for Ocean Affairs, Lina Okoye, opened the session.')).toEqual(['Lina Okoye']);
  });

  it('takes a name set apart by a comma after an office to a body', () => {
    expect(names('Chile’s envoy to the Disarmament Conference, Lena Rojas, spoke.')).toEqual(['Lena Rojas']);
    expect(names('The ambassador to the United Nations, Omar Haddad, left early.')).toEqual(['Omar Haddad']);
    expect(names('A delegate to the Human Rights Council, Ines Vale, objected.')).toEqual(['Ines Vale']);
    expect(names('Ships sailed to the Cape Verde Islands, Santa Luzia first.')).toEqual([]);
  });

  it('takes no office and one word after "on", "of" or "for" in a body’s name for a person', () => {
    expect(names('Ana Ruiz, a fellow at the Council on Foreign Relations, spoke.')).toEqual(['Ana Ruiz']);
    expect(names('Tom Hale, who chairs the Committee on Foreign Affairs Oversight, left.')).toEqual(['Tom Hale']);
    expect(names('The Forum for Trade Policy said so, and Minister of Trade Okafor agreed.')).toEqual(['Okafor']);
  });

  it('leaves the letters after a name out of it', () => {
    expect(names('The Minister, Rt Hon Helen Carswell MP, told us so.')).toEqual(['Helen Carswell']);
    expect(names('Dr Ana Ruiz MEP, a member of the trade committee, objected.')).toEqual(['Ana Ruiz']);
    expect(names('Senator Tom Hale QC said no.')).toEqual(['Tom Hale']);
  });

  it('takes no name after a comma with no office before it', () => {
    expect(names('In Upper Volta Park, Lina Okoye opened the session.')).toEqual([]);
  });

  it('takes a name followed by a party label, not by any bracket', () => {
    expect(names('Rep. Dana Kwan (D-Ore.) voted no.')).toEqual(['Dana Kwan']);
    expect(names('The Convention on Fishing Rights (CFR) entered into force.')).toEqual([]);
  });

  it('never starts a name with a speech verb at the start of a sentence', () => {
    expect(names('Said Lena Ortiz, a tax adviser: nobody has read it.')).toEqual(['Lena Ortiz']);
  });

  it('records offices for "the minister said"', () => {
    const [person] = peopleIn('Health Minister Dr. Sara Lind spoke.', [], new Set());
    expect([...person.titles].sort()).toEqual(['dr', 'health', 'minister']);
  });

  it('reads an office through a portfolio joined by "and" when a comma sets the name apart', () => {
    const [person] = peopleIn(
      'It was tabled by the Minister of Fisheries and Oceans, Ms. Rita Kova, on Friday.',
      [],
      new Set(),
    );
    expect(person.titles.has('minister')).toBe(true);
  });

  it('gives no office across "and" to the second of two people', () => {
    const people = peopleIn('President Omar Ruiz and Ms. Ada Lee, who arrived later, spoke.', [], new Set());
    expect(people.find((p) => p.name === 'Ada Lee')?.titles.has('president')).toBe(false);
  });

  it('gives no office of the sentence before, nor of the paragraph before, to a name', () => {
    const titlesOf = (text: string, name: string) => [
      ...(peopleIn(text, [], new Set()).find((p) => p.name === name)?.titles ?? []),
    ];
    expect(titlesOf('The port was run by Mr Tom Hale.\n\nAna Ruiz, a lawyer, disagreed.', 'Ana Ruiz')).toEqual([]);
    expect(
      titlesOf('Talks were chaired by Ambassador Omar Haddad. Lina Okoye, a fisher, spoke.', 'Lina Okoye'),
    ).toEqual([]);
    expect(titlesOf('It was signed for the board by Senator Ivo Brandt.\nDr Ines Vale objected.', 'Ines Vale')).toEqual(
      ['dr'],
    );
    expect(titlesOf('The U.S. Ambassador Ana Ruiz spoke.', 'Ana Ruiz')).toContain('ambassador');
    expect(titlesOf('Gov. Ana Ruiz spoke.', 'Ana Ruiz')).toContain('gov');
  });

  it('drops an Indian honorific from a name', () => {
    expect(names('Shri Vikram Rao said the fund was ready.')).toEqual(['Vikram Rao']);
  });
});

describe('word classes of the lexicon', () => {
  it('tells offices, bodies and possible names apart, with or without a period', () => {
    expect(isTitleWord('Dr.')).toBe(true);
    expect(isTitleWord('Negotiator')).toBe(true);
    expect(isBodyWord('Ministry')).toBe(true);
    expect(isBodyWord('Okafor')).toBe(false);
    expect(mayBePersonalName('Geneva')).toBe(true);
    expect(mayBePersonalName('Committee')).toBe(false);
    expect(mayBePersonalName('Thursday')).toBe(false);
  });
});
