/** Tests of treaty mentions and treaty identity. */
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.js';
import { sameTreaty, treatyKey, treatyReferences } from '../../src/extract/treaties.js';
import { extract } from './helpers.js';

describe('treatyKey', () => {
  it('gives the different names of one treaty the same identity', () => {
    expect(treatyKey('United Nations Convention against Cybercrime')).toBe(
      treatyKey('UN Convention against Cybercrime'),
    );
    const informal = [
      'UN cybercrime treaty',
      'Global Cybercrime Treaty',
      'the first-ever international cybercrime pact',
    ];
    expect(new Set(informal.map(treatyKey)).size).toBe(1);
    for (const name of informal)
      expect(sameTreaty(treatyKey(name), treatyKey('UN Convention against Cybercrime'))).toBe(true);
    expect(treatyKey('Global Plastics Treaty')).toBe(treatyKey('UN treaty on plastics'));
    expect(treatyKey('WHO Pandemic Agreement')).toBe(treatyKey('the pandemic accord of the WHO'));
  });

  it('keeps different treaties apart', () => {
    expect(treatyKey('Global Plastics Treaty')).not.toBe(treatyKey('WHO Pandemic Agreement'));
    expect(treatyKey('Paris Agreement')).not.toBe(treatyKey('Kyoto Protocol'));
    expect(treatyKey('Kyoto Protocol')).not.toBe(treatyKey('Kyoto Convention'));
  });

  it('tells formal titles on one topic apart by their form, whoever owns them', () => {
    expect(treatyKey('Convention on Cybercrime')).not.toBe(treatyKey('Convention against Cybercrime'));
    expect(treatyKey('Council of Europe Convention on Cybercrime')).toBe(treatyKey('Convention on Cybercrime'));
    expect(treatyKey('UN Convention on the Rights of the Child')).toBe(
      treatyKey('Convention on the Rights of the Child'),
    );
    expect(sameTreaty(treatyKey('Convention on Cybercrime'), treatyKey('Convention against Cybercrime'))).toBe(false);
  });

  it('counts an informal name with the one formal title on its topic in the text', () => {
    const r = extract(
      'The Treaty on the Prohibition of Nuclear Weapons entered into force in 2021.\nCritics of the nuclear weapons prohibition treaty say it changes nothing.',
    );
    expect(new Set(r.treaties.map((t) => t.key)).size).toBe(1);
  });

  it('takes a headline’s short name for the formal title the body gives on a shared topic', () => {
    const r = extract(
      'Pacific trade pact gains a member as talks go on\nLIMA (Reuters) - Peru signed the Agreement for Trans-Pacific Partnership on Tuesday, officials said.',
    );
    expect(r.treaty?.key).toBe(treatyKey('Agreement for Trans-Pacific Partnership'));
    expect(r.countries.map((c) => `${c.code}:${c.stance}`)).toEqual(['PE:signed']);
  });

  it('takes a headline’s description the body never repeats for the one treaty the body names', () => {
    const r = extract(
      'Reef pact now binding; 30 nations on board\n' +
        'SUVA - The Coral Triangle Protocol, which needed only 12 ratifications to take effect, became binding on Sunday.',
    );
    expect(r.treaty?.key).toBe(treatyKey('Coral Triangle Protocol'));
  });

  it('keeps a headline’s description apart when the body names two treaties, or uses the description again', () => {
    const two = extract(
      'Reef pact now binding\nSUVA - The Coral Triangle Protocol and the Sulu Sea Convention were discussed.',
    );
    expect(two.treaty?.key).toBe(treatyKey('Reef pact'));
    const again = extract(
      'Reef pact now binding\nSUVA - The reef pact is law. It builds on the Coral Triangle Protocol of 2009.',
    );
    expect(again.treaty?.key).toBe(treatyKey('Reef pact'));
    const part = extract(
      'Record 60 nations sign reef treaty\nSUVA - Sixty countries signed a treaty on reefs; 30 also signed an optional protocol.',
    );
    expect(part.treaty?.key).not.toBe(treatyKey('optional protocol'));
  });

  it('takes the treaty the lead reports signed for the article’s, and reads “it” after another treaty as that one', () => {
    const r = extract(
      'Explainer: what changes at sea\nCritics say the Lisbon Convention is outdated.\n' +
        'On Monday, 50 countries signed the Convention against Illicit Fishing in Rome.\n' +
        'The Lisbon Convention has 30 parties, including Peru. Chile never joined it.',
    );
    expect(r.treaty?.key).toBe(treatyKey('Convention against Illicit Fishing'));
    expect(r.countries.map((c) => `${c.code}:${c.stance}`)).toEqual(['PE:mentioned', 'CL:mentioned']);
    expect(r.numbers.map((n) => `${n.kind}:${n.value}`)).toEqual(['signatory_count:50', 'other:30']);
  });

  it('is empty for a generic reference', () => {
    expect(treatyKey('the treaty')).toBe('');
    expect(treatyKey('the new UN convention')).toBe('');
  });

  it('is empty for a reference that only says how far the treaty reaches', () => {
    expect(treatyKey('a regional treaty')).toBe('');
    expect(treatyKey('the bilateral accord')).toBe('');
    expect(treatyKey('a continental pact')).toBe('');
  });
});

describe('treaty mentions', () => {
  it('finds named treaties and picks the one the article is about', () => {
    const r = extract(
      'Kenya signs the Global Plastics Treaty\n\nNairobi joined the Global Plastics Treaty on Friday. ' +
        'Unlike the Paris Agreement, the treaty on plastics caps production. Officials compared it to the Paris Agreement.\n\n' +
        'The plastics treaty will be reviewed in 2030.',
    );
    expect(r.treaty?.key).toBe(treatyKey('Global Plastics Treaty'));
    expect(r.treaties.map((t) => t.name)).toContain('Paris Agreement');
    for (const t of r.treaties) expect(r.treaties[0] && t.name).toBe(extract(t.name).treaties[0]?.name ?? t.name);
  });

  it('reads a numbered instrument as a treaty reference, its number no building or body after it', () => {
    for (const text of [
      'Uruguay ratified ILO Convention No. 190 in 2020.',
      'Ghana ratified the Convention Number 182 last year.',
      'The Council adopted Protocol Nº 15 to the Convention.',
    ])
      expect(treatyReferences(text).length, text).toBeGreaterThan(0);
  });

  it('still takes "Convention Centre" for a building, not a treaty', () => {
    expect(treatyReferences('Delegates met at the National Convention Centre. Kenya signed.')).toEqual([]);
  });

  it('takes a lower-case ranking description for a reference, not for a name', () => {
    const r = extract('The Paris Agreement was hailed as the first global treaty on climate finance.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Paris Agreement']);
  });

  it('keeps the acts of a list for the named treaty after a regional treaty was first described', () => {
    const r = extract(
      'Ministers put their names today to a regional treaty meant to curb smoke from fires.\n\n' +
        'The Southern Haze Agreement was signed by Laos, Cambodia and Brunei at a ceremony.',
    );
    expect(r.countries.map((c) => `${c.code}:${c.stance}`)).toEqual(['LA:signed', 'KH:signed', 'BN:signed']);
  });

  it("does not read a headline's purpose clause as part of a name", () => {
    const r = extract(
      'A Historic Accord to Protect Ocean Life Beyond National Borders\n\nDelegates adopted the High Seas Treaty on Monday.',
    );
    expect(r.treaty?.name).toBe('High Seas Treaty');
    expect(r.treaties.map((t) => t.name)).not.toContain(
      'Historic Accord to Protect Ocean Life Beyond National Borders',
    );
  });

  it('ends a name at a lower-case verb of leaving, but keeps one capitalized in a title', () => {
    const r = extract('Senate votes to quit Lima Convention\n\nPeru withdrew from the Lima Convention on Friday.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Lima Convention', 'Lima Convention']);
    expect(extract('Both sides ratified the Withdrawal Agreement.').treaties.map((t) => t.name)).toEqual([
      'Withdrawal Agreement',
    ]);
  });

  it('keeps a capitalized headline verb or act noun that stands inside a title in running text', () => {
    const names = (text: string) => extract(text).treaties.map((t) => t.name);
    expect(names('Officials said the state had left the Treaty on Open Skies a year before.')).toEqual([
      'Treaty on Open Skies',
    ]);
    expect(names('The ministry said it would ratify the Convention on the Open Seas by the end of the year.')).toEqual([
      'Convention on the Open Seas',
    ]);
    expect(names('Seoul had put its signature to the Hague Adoption Convention in the spring of 2013.')).toEqual([
      'Hague Adoption Convention',
    ]);
  });

  it('does not take a figure, a month or a verb before a capitalized word into a title', () => {
    const names = (text: string) => extract(text).treaties.map((t) => t.name);
    expect(names('The parties to the Treaty on 25 May agreed on a budget for the coming year.')).toEqual([]);
    expect(names('Ministers will discuss the Hague Convention on June 4 at a meeting in the city.')).toEqual([
      'Hague Convention',
    ]);
    expect(names('Officials said the city, which will Welcome Convention delegates, was ready for them.')).toEqual([]);
  });

  it('ends a name at a word that opens a time phrase after it', () => {
    const names = (text: string) => extract(text).treaties.map((t) => t.name);
    expect(names('It was adopted under the Framework Convention on Tobacco Control last November.')).toEqual([
      'Framework Convention on Tobacco Control',
    ]);
    expect(names('The Convention on Cluster Munitions next year turns twenty.')).toEqual([
      'Convention on Cluster Munitions',
    ]);
    expect(names('Ghana ratified the Convention on Wetlands past the deadline.')).toEqual(['Convention on Wetlands']);
  });

  it('reads a lower-case word after a title-cased bare instrument as the sentence, not a topic', () => {
    const names = (text: string) => treatyReferences(text).map((t) => t.name);
    expect(names('Forty states put their names to the Convention on the day it opened.')).toEqual(['Convention']);
    expect(names('Oslo ratified the Treaty on behalf of its overseas territories.')).toEqual(['Treaty']);
    expect(names('Nobody expected the Agreement for a while.')).toEqual(['Agreement']);
    // A lower-case instrument keeps its lower-case topic; a capitalized one its capitalized title.
    expect(names('Talks on the treaty on plastic pollution resumed.')).toEqual(['treaty on plastic pollution']);
    expect(names('Peru joined the Convention on the Rights of the Child.')).toEqual([
      'Convention on the Rights of the Child',
    ]);
  });

  it('reads a capitalized plural possessive on into a title', () => {
    const names = (text: string) => treatyReferences(text).map((t) => t.name);
    expect(names('Chile joined the Convention on Fishermen’s Welfare and Sailors’ Shore Leave in May.')).toEqual([
      'Convention on Fishermen’s Welfare and Sailors’ Shore Leave',
    ]);
    expect(names("Ten states ratified the Treaty on Nations' Shared Rivers and Aquifers.")).toEqual([
      "Treaty on Nations' Shared Rivers and Aquifers",
    ]);
    expect(names("Kenya signed the Agreement for Growers' Seed Rights.")).toEqual([
      "Agreement for Growers' Seed Rights",
    ]);
    // Before a lower-case word the possessive is the sentence's.
    expect(names("Peru signed the Convention on Refugees' rights to work.")).toEqual(['Convention on Refugees']);
  });

  it('reports no treaty when the article names none', () => {
    const r = extract('The minister visited the port and said the treaty talks would resume.');
    expect(r.treaty).toBeNull();
    expect(r.treaties).toEqual([]);
  });
});

describe('instrument nouns that are titles only when capitalized', () => {
  const names = (text: string) => extract(text).treaties.map((t) => t.name);

  it('reads a capitalized Amendment, Statute or Declaration as an instrument', () => {
    expect(names('Chile ratified the Lima Amendment in May.')).toEqual(['Lima Amendment']);
    expect(names('Peru is a party to the Geneva Statute.')).toEqual(['Geneva Statute']);
    expect(names('The assembly adopted the Declaration on the Rights of Rivers.')).toEqual([
      'Declaration on the Rights of Rivers',
    ]);
  });

  it('leaves a lower-case amendment, statute or declaration alone', () => {
    expect(
      names(
        'The senate passed a constitutional amendment; the statute books changed; a declaration of intent followed.',
      ),
    ).toEqual([]);
  });
});

describe('short and described names of one treaty', () => {
  it('leaves a lower-case word of the sentence out of a capitalized instrument it precedes', () => {
    const r = extract(
      'Peru ratified the Coastal Fisheries Convention in May. Its deposit lifts Convention 12 to 40 parties, while Chile stays outside Convention 12.',
    );
    expect(r.treaties.map((t) => t.name)).not.toContain('lifts Convention');
    expect(r.treaties.map((t) => t.name)).not.toContain('outside Convention');
    expect(r.treaty?.name).toBe('Coastal Fisheries Convention');
  });
  it('leaves the verb of a sentence-case headline out of the name it precedes', () => {
    const r = extract(
      'Chile’s deposit brings UN fisheries treaty into force\n\nChile deposited its instrument for the United Nations Convention on the Law of Transboundary Fisheries Management in Coastal Waters on Monday.',
    );
    expect(r.treaties[0].name).toBe('UN fisheries treaty');
    expect(new Set(r.treaties.map((t) => t.key)).size).toBe(1);
    expect(extract('Senate votes to accept Andean River Amendment').treaties[0].name).toBe('Andean River Amendment');
  });

  it('gives a shorter informal name the key of the one longer name with all its words and its kind', () => {
    const r = extract('Peru backs the Andean River Amendment. The River Amendment adds to the Andean Convention.');
    const [long, short, convention] = r.treaties.map((t) => t.key);
    expect(short).toBe(long);
    expect(convention).not.toBe(long);
  });

  it('reads a compound written with a hyphen in the short name and a space in the long one as the same words', () => {
    const r = extract(
      'Island leaders sign nuclear-free zone treaty\n\nThe Pacific Nuclear Free Zone Treaty was signed on Monday.',
    );
    expect(new Set(r.treaties.map((t) => t.key)).size).toBe(1);
    const formal = extract('Peru ratified the Minimum Age Convention in May. The minimum-age convention binds Chile.');
    expect(new Set(formal.treaties.map((t) => t.key)).size).toBe(1);
  });

  it('ends a name before a lower-case topic that describes it', () => {
    expect(extract('Peru ratified the Lima Protocol on clean rivers.').treaties.map((t) => t.name)).toEqual([
      'Lima Protocol',
    ]);
  });

  it('reads a lower-case name ranked by the words before its edge as a description', () => {
    const keys = extract('Leaders adopted the first legally binding tuna treaty.').treaties.map((t) => t.key);
    expect(keys).not.toContain('tuna');
    expect(extract('Peru signed the legally binding tuna treaty.').treaties.map((t) => t.key)).toContain('tuna');
  });

  it('goes on with a capitalized topic after a bare instrument', () => {
    expect(extract('Peru ratified the Protocol on Clean Rivers.').treaties.map((t) => t.name)).toEqual([
      'Protocol on Clean Rivers',
    ]);
  });

  it('gives a short form the key of the formal title whose words it uses', () => {
    const r = extract(
      'The Andean Framework Convention on River Health was adopted. Ten states joined the Framework Convention.',
    );
    expect(new Set(r.treaties.map((t) => t.key)).size).toBe(1);
  });

  it('reads a formal title on through "in" when its topic goes on with common nouns', () => {
    const r = extract(
      'Ten states signed the Protocol to Curb Illicit Trade in River Fish. The river fish trade is large.',
    );
    expect(r.treaties.map((t) => t.name)).toContain('Protocol to Curb Illicit Trade in River Fish');
  });

  it('reads a formal title on through "in" before a noun with its "of"', () => {
    for (const [text, name] of [
      [
        'Chile signed the Convention on Cooperation in Respect of Cross-Border Parcels.',
        'Convention on Cooperation in Respect of Cross-Border Parcels',
      ],
      [
        'Peru joined the Agreement on Assistance in Matters of Customs Fraud.',
        'Agreement on Assistance in Matters of Customs Fraud',
      ],
      [
        'Ten states ratified the Treaty on Mutual Help in Case of Forest Fires last year.',
        'Treaty on Mutual Help in Case of Forest Fires',
      ],
    ])
      expect(extract(text).treaties.map((t) => t.name)).toEqual([name]);
  });

  it('ends a formal title at "in" before a place with its "of"', () => {
    for (const venue of ['the Republic of Korea', 'Republic of Korea', 'Bay of Bengal', 'Gulf of Guinea'])
      expect(
        extract(`Ten states signed the Convention on Clean Rivers in ${venue} on Monday.`).treaties.map((t) => t.name),
      ).toEqual(['Convention on Clean Rivers']);
  });

  it('reads an act noun on a formal title in running text', () => {
    for (const [text, name] of [
      [
        'Chile, after a long debate in its senate, joined the Convention on Help in Respect of Border Adoption in May.',
        'Convention on Help in Respect of Border Adoption',
      ],
      [
        'The new Treaty on Rules for Late Ratification was signed by ten of the states in the region.',
        'Treaty on Rules for Late Ratification',
      ],
      [
        'Peru said the Agreement on Port Controls and Vessel Accession was signed by most of its neighbours.',
        'Agreement on Port Controls and Vessel Accession',
      ],
    ])
      expect(extract(text).treaties.map((t) => t.name)).toEqual([name]);
  });

  it('ends a formal title at an act word in a headline, or at a participle', () => {
    expect(extract('Convention on Ocean Plastics Ratification Stalls Again').treaties.map((t) => t.name)).toEqual([
      'Convention on Ocean Plastics',
    ]);
    expect(
      extract('Officials said the Convention on Ocean Plastics Ratified by Chile last year is in force.').treaties.map(
        (t) => t.name,
      ),
    ).toEqual(['Convention on Ocean Plastics']);
  });

  it('leaves a headline verb out of the name after it', () => {
    for (const [text, name] of [
      ['Senate Passes Seabed Minerals Treaty', 'Seabed Minerals Treaty'],
      ['Oslo tips river dolphins pact over the line', 'river dolphins pact'],
      ['Lima inks coral reefs convention', 'coral reefs convention'],
      ['UN Assembly Votes Pact Against Forced Evictions', 'Pact Against Forced Evictions'],
    ])
      expect(extract(text).treaties.map((t) => t.name)).toEqual([name]);
  });

  it('keeps a plural noun before the instrument in the name', () => {
    for (const name of ['Chemical Weapons Convention', 'Migrant Workers Convention', 'Arms Trade Treaty'])
      expect(extract(`Peru backed the ${name} on Monday, officials said.`).treaties.map((t) => t.name)).toEqual([name]);
  });

  it('ends a lower-case name at an irregular past verb', () => {
    for (const [text, name] of [
      ['Since the convention on river pollution took effect, trade fell.', 'convention on river pollution'],
      ['The protocol on shark quotas came into force in May.', 'protocol on shark quotas'],
      ['Whalers say the convention on whale catches went into force last year.', 'convention on whale catches'],
    ])
      expect(extract(text).treaties.map((t) => t.name)).toEqual([name]);
  });

  it('ends a formal title at "in" before a venue', () => {
    for (const venue of ['Budapest', 'Geneva', 'New York']) {
      const r = extract(`Ten states signed the Convention on Clean Rivers in ${venue} on Monday.`);
      expect(r.treaties.map((t) => t.name)).toEqual(['Convention on Clean Rivers']);
    }
  });

  it('ends a formal title at "in" before capitalized words the text never writes in lower case', () => {
    const r = extract('Ten states signed the Protocol to Curb Illicit Trade in River Fish.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Protocol to Curb Illicit Trade']);
  });

  it('names an instrument by a lower-case amendment after a capital city', () => {
    const r = extract('Peru ratified the Kigali amendments to the Montreal Protocol.');
    expect(r.treaties.map((t) => t.key)).toContain(treatyKey('Kigali Amendment'));
  });

  it('does not name an instrument by a lower-case amendment after a domestic body', () => {
    for (const text of ['Peru passed the Senate amendments.', 'Peru passed a constitutional amendment.'])
      expect(extract(text).treaties).toEqual([]);
  });

  it('reads "the amendments" as the one city-named amendment of the text', () => {
    const r = extract('Peru ratified the Kampala amendments. Ten states have accepted the amendments.');
    const keys = r.treaties.map((t) => t.key);
    expect(keys).toEqual([treatyKey('Kampala Amendment'), treatyKey('Kampala Amendment')]);
  });

  it('leaves "the amendments" alone in a text with no city-named amendment', () => {
    expect(extract('The Senate passed the amendments.').treaties).toEqual([]);
  });
});

describe("the article's treaty when a headline stands before the body", () => {
  const mainOf = (headline: string, body: string) =>
    extractAll({ text: `${headline}\n\n${body}`, published: '2031-05-06', bodyStart: headline.length + 2 }).treaty?.key;

  it('is the one the body is about, the headline being read for what it states', () => {
    const body = 'Ghana on Monday ratified the Kigali Amendment, the deal to phase down HFCs, officials said.';
    expect(mainOf('Ghana ratifies Paris Agreement, the climate pact', body)).toBe(treatyKey('Kigali Amendment'));
  });

  it("is the headline's when the body names no treaty", () => {
    const body = 'Ghana on Monday ratified the deal to phase down coolants, officials said.';
    expect(mainOf('Ghana ratifies Kigali Amendment', body)).toBe(treatyKey('Kigali Amendment'));
  });
});
