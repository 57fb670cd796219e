/** Tests of the country extractor and the stances it reads. */
import { describe, expect, it } from 'vitest';
import { extract, stances } from './helpers.js';

const codes = (text: string) => [...new Set(extract(text).countries.map((c) => c.code))].sort();

describe('country names', () => {
  it('reads official names, short forms and demonyms', () => {
    expect(codes('Delegates from the UK, Britain and the United States met.')).toEqual(['GB', 'US']);
    expect(codes('South Korea, Ivory Coast, DR Congo, Palestine and Viet Nam attended.')).toEqual([
      'CD',
      'CI',
      'KR',
      'PS',
      'VN',
    ]);
    expect(codes('Côte d’Ivoire, Türkiye and the Lao People’s Democratic Republic spoke.')).toEqual(['CI', 'LA', 'TR']);
    expect(codes('Chinese hackers targeted a Brazilian bank.')).toEqual(['BR', 'CN']);
    expect(codes('St. Lucia, Bosnia and South\u00a0Africa joined.')).toEqual(['BA', 'LC', 'ZA']);
    expect(codes('St. Vincent, St. Kitts and Nevis and Equitorial Guinea joined.')).toEqual(['GQ', 'KN', 'VC']);
  });

  it('reads an official style before a short name as part of the name, so a list of them stays one list', () => {
    expect(extract('The Kingdom of Tonga spoke.').countries.map((c) => c.name)).toEqual(['Kingdom of Tonga']);
    expect(
      stances(
        'Under the plastics treaty, the deposit of Fiji was preceded by those of Samoa and the Republic of Nauru.',
      ),
    ).toEqual({ FJ: 'signed', WS: 'signed', NR: 'signed' });
    expect(codes('The EU and the European Union’s members agreed.')).toEqual(['EU']);
    expect(
      codes(
        'A US-led bloc met Saudi-backed envoys over the Russia-Ukraine war; Guinea-Bissau and Timor-Leste watched.',
      ),
    ).toEqual(['GW', 'RU', 'SA', 'TL', 'UA', 'US']);
  });

  it('gives offsets that point at the name as written', () => {
    const text = 'Officials in Viet Nam welcomed Mexico’s decision.';
    for (const c of extract(text).countries) expect(text.slice(c.start, c.end)).toBe(c.name);
    expect(extract(text).countries.map((c) => c.name)).toEqual(['Viet Nam', 'Mexico']);
  });

  it('does not mistake states, people and longer names for countries', () => {
    expect(codes('The governor of Georgia signed a budget in Atlanta.')).toEqual([]);
    expect(codes('Jordan Peterson and Chad Smith met Michael Jordan.')).toEqual([]);
    expect(codes('Chad President Mahamat Déby met the Jordan Government.')).toEqual(['JO', 'TD']);
    expect(codes('Papua New Guinea and Equatorial Guinea sent envoys.')).toEqual(['GQ', 'PG']);
    expect(codes('Niger and Nigeria share a border; the Niger Delta is in the south.')).toEqual(['NE', 'NG']);
    expect(codes('Let us talk about New Mexico and Latin America.')).toEqual([]);
    expect(codes('It cost US$5 million.')).toEqual([]);
  });

  it('finds nothing in text without countries', () => {
    expect(codes('The committee met on Tuesday to discuss plastics.')).toEqual([]);
    expect(codes('')).toEqual([]);
  });
});

describe('stance toward the article’s treaty', () => {
  it('marks countries in a signing sentence or list as signed', () => {
    const s = stances(
      'Forty countries signed the Global Plastics Treaty in Busan. Signatories include Kenya, Peru, Norway and Rwanda. ' +
        'Chile, Ghana and Fiji signed it too, while Japan said it would study the text.',
    );
    expect(s).toMatchObject({
      KE: 'signed',
      PE: 'signed',
      NO: 'signed',
      RW: 'signed',
      CL: 'signed',
      GH: 'signed',
      FJ: 'signed',
    });
    expect(s.JP).toBe('mentioned');
  });

  it('marks absences and refusals as not signed, also in a list that continues the sentence before', () => {
    const s = stances(
      'The Global Plastics Treaty opened for signature. Notable absences include Saudi Arabia, Iran and Russia. ' +
        'Several producers have not signed. These include Kuwait and Qatar. Brazil declined to sign.',
    );
    expect(s).toMatchObject({
      SA: 'not_signed',
      IR: 'not_signed',
      RU: 'not_signed',
      KW: 'not_signed',
      QA: 'not_signed',
      BR: 'not_signed',
    });
  });

  it('gives no stance in an article about no treaty at all', () => {
    expect(stances('Signs denouncing the plan lined the lawns of the Brazilian quarter.')).toEqual({ BR: 'mentioned' });
    expect(stances('The mayor of the Indian Village district signed a contract with a Brazilian builder.')).toEqual({
      BR: 'mentioned',
    });
  });

  it('reads ranks in ratifying and lists that a later clause refers back to', () => {
    const s = stances(
      'The High Seas Treaty will take effect after Ghana and Fiji became the 59th and 60th countries to ratify it. ' +
        'Observers from Mexico, Chile and Kenya attended, but none of them has signed the treaty.',
    );
    expect(s).toMatchObject({ GH: 'signed', FJ: 'signed', MX: 'not_signed', CL: 'not_signed', KE: 'not_signed' });
  });

  it('reads each part of a clause joined by a colon or ", and" when the parts say different things', () => {
    expect(
      stances(
        'On the Arms Trade Treaty the two took different paths: Ghana acceded in 2020, and Egypt has never signed.',
      ),
    ).toEqual({
      GH: 'signed',
      EG: 'not_signed',
    });
  });

  it('reads "joined" without an object as joining the treaty, and with another object as not', () => {
    expect(
      stances('The trade pact now has 14 members. Britain joined in December 2024. Chile joined the talks in May.'),
    ).toEqual({
      GB: 'signed',
      CL: 'mentioned',
    });
  });

  it('reads a semicolon list after a colon as one list of signatories', () => {
    expect(
      stances(
        'The pandemic agreement was opened for signature. The following States signed: Republic of Moldova; United Republic of Tanzania; and Viet Nam.',
      ),
    ).toEqual({
      MD: 'signed',
      TZ: 'signed',
      VN: 'signed',
    });
  });

  it('reads "it will not" after a sentence about signing as a refusal', () => {
    expect(stances('France said it would sign the pandemic accord. New Zealand has already said it will not.')).toEqual(
      { FR: 'mentioned', NZ: 'not_signed' },
    );
  });

  it('keeps a signatory that has not ratified as signed', () => {
    expect(
      stances(
        'Under the Arms Trade Treaty, Kenya signed in 2013 and has not ratified. Egypt has not signed and has not ratified.',
      ),
    ).toEqual({
      KE: 'signed',
      EG: 'not_signed',
    });
  });

  it('reads protest signs as signs, not signatures, in an article about a treaty', () => {
    const s = stances(
      'Protesters carrying hand-painted signs urged U.S. negotiators to back the Global Plastics Treaty. ' +
        'The signs read "Cap production now" as Kenya looked on. Ghana signs the treaty on Monday.',
    );
    expect(s).toMatchObject({ US: 'mentioned', KE: 'mentioned', GH: 'signed' });
  });

  it('takes a demonym or name before a place noun as the place, before an office as the country', () => {
    expect(
      codes('A rally in Indian Village drew a dozen people; kayakers on the Russian River and in Mexico City joined.'),
    ).toEqual([]);
    expect(
      codes('Indian Prime Minister Narendra Modi met Chinese President Xi Jinping and the Russian Federation envoy.'),
    ).toEqual(['CN', 'IN', 'RU']);
  });

  it('leaves hosts, intentions and other treaties as mentioned', () => {
    const s = stances(
      'The WHO Pandemic Agreement was opened for signature at a ceremony hosted by Switzerland. ' +
        'Germany is expected to sign next month. France signed the Paris Agreement in 2016. ' +
        'Italy signed the pandemic agreement on Monday.',
    );
    expect(s).toMatchObject({ CH: 'mentioned', DE: 'mentioned', FR: 'mentioned', IT: 'signed' });
    expect(stances('Sixty countries signed the plastics treaty in Nairobi, Kenya, on Saturday.')).toEqual({
      KE: 'mentioned',
    });
    expect(stances('Delegates signed the accord at the Ethiopian capital Addis Ababa.')).toEqual({ ET: 'mentioned' });
    expect(stances('In Asia, Japan and Nepal signed the accord.')).toEqual({ JP: 'signed', NP: 'signed' });
  });

  it('reads neither/nor, abstaining from signing, intentions to become a signatory and a treaty as object', () => {
    const s = stances(
      'Neither India nor Pakistan signed the plastics treaty. Egypt abstained from signing. Kenya is expected to become a signatory. ' +
        'France on Tuesday signed a landmark treaty on plastics. Spain signed a trade deal with Chile. ' +
        'Neither Iraq nor Libya is a democracy. The signing of the plastics treaty by Ghana and Togo drew praise. ' +
        'Peru’s signature of the plastics treaty followed.',
    );
    expect(s).toMatchObject({ IQ: 'mentioned', LY: 'mentioned', GH: 'signed', TG: 'signed', PE: 'signed' });
    expect(s).toMatchObject({
      IN: 'not_signed',
      PK: 'not_signed',
      EG: 'not_signed',
      KE: 'mentioned',
      FR: 'signed',
      ES: 'mentioned',
      CL: 'mentioned',
    });
  });

  it('splits clauses: one country signed, another did not', () => {
    const s = stances('Under the new trade pact, Canada signed on Monday, but Mexico did not.');
    expect(s).toMatchObject({ CA: 'signed', MX: 'not_signed' });
  });
});

describe('subjects that stand for the country named before', () => {
  it('gives a sentence-opening "it" or "the country" the stance of what it does', () => {
    expect(stances('Nepal debated the whaling pact for a year. On Friday it ratified the whaling pact.')).toEqual({
      NP: 'signed',
    });
    expect(stances('Nepal debated the whaling pact. The government signed the whaling pact on Monday.')).toEqual({
      NP: 'signed',
    });
    const chain = extract('Nepal debated the whaling pact. It withdrew from the whaling pact in May.').countries;
    expect(chain.map((c) => `${c.code} ${c.name} ${c.stance}`)).toEqual(['NP Nepal mentioned', 'NP It not_signed']);
  });

  it('reads "its parliament" after a semicolon as the country named before it', () => {
    const found = extract('Japan signed the whaling pact in 2019; its parliament ratified it in 2021.').countries;
    expect(found.map((c) => `${c.code} ${c.name} ${c.act}`)).toEqual(['JP Japan signed', 'JP its parliament ratified']);
  });

  it('leaves "it" unresolved after a list, a treaty subject or a passive', () => {
    expect(stances('Nepal and Peru debated the whaling pact. It ratified the whaling pact.')).toEqual({
      NP: 'mentioned',
      PE: 'mentioned',
    });
    expect(stances('The whaling pact was praised by Nepal. It was ratified by Peru.')).toEqual({
      NP: 'mentioned',
      PE: 'signed',
    });
    expect(extract('Nepal hosted talks on the whaling pact. It bans hunting.').countries.map((c) => c.name)).toEqual([
      'Nepal',
    ]);
  });
});

describe('names of the EU and of the two Congos', () => {
  it('reads the European Community as the EU', () => {
    expect(codes('The European Community signed in 1992.')).toEqual(['EU']);
  });

  it('reads a bare Congo listed beside the Democratic Republic as the Republic of the Congo', () => {
    expect(codes('Signatories: Chile, Congo, Democratic Republic of Congo and Peru.')).toEqual([
      'CD',
      'CG',
      'CL',
      'PE',
    ]);
  });

  it('reads a bare Congo as the Democratic Republic when the article speaks of it elsewhere', () => {
    expect(codes('The DRC held elections. Congo’s president spoke.')).toEqual(['CD']);
  });
});
