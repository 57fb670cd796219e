/** Tests of the per-article treaty registry: aliases, acronyms, parents and the main treaty they decide. */
import { describe, expect, it } from 'vitest';
import { mainTreaty, treatyReferences } from '../../src/extract/treaties.js';
import {
  readByInstrument,
  treatyRegistry,
  withAcronyms,
  withHeadlinePlaceNames,
} from '../../src/extract/treatyRegistry.js';
import { extract } from './helpers.js';

const registryOf = (text: string) => {
  const references = treatyReferences(text);
  return { references, registry: treatyRegistry(text, references) };
};
/** The article's main treaty and every reference read by instrument, as counts and stances read them. */
const readAll = (text: string) => {
  const { references, registry } = registryOf(text);
  const main = mainTreaty(
    text,
    references.filter((r) => r.key),
    registry,
  );
  return { main, read: readByInstrument(references, registry, main?.key ?? null) };
};
const keyOf = (text: string, name: string) => treatyReferences(text).find((r) => r.name === name)?.key ?? '';

describe('treatyRegistry: aliases', () => {
  it('joins a name and its alias across a relative clause closed by a comma', () => {
    for (const text of [
      'The Convention on River Barges, which the assembly adopted in May, will also be known as the Rhine Pact.',
      'The Treaty on Cave Protection, which was signed in 1997, is better known as the Karst Treaty.',
      'The Agreement on Kelp Farming, which took a decade to agree, is now widely known as "the Kelp Accord".',
    ]) {
      const { references, registry } = registryOf(text);
      const keys = references.filter((r) => r.key).map((r) => registry.instrumentOf(r.key));
      expect(keys.length).toBe(2);
      expect(keys[0]).toBe(keys[1]);
    }
  });

  it('gives an alias of a back-reference ("The convention, …, will be known as Y") the name last given', () => {
    const text =
      'Forty states signed the Convention against Seabed Looting on Friday. The convention, which took six ' +
      'years to negotiate, will be known as the Lisbon Convention.';
    const { registry } = registryOf(text);
    expect(registry.instrumentOf(keyOf(text, 'Lisbon Convention'))).toBe(
      registry.instrumentOf(keyOf(text, 'Convention against Seabed Looting')),
    );
  });

  it('keeps two treaties named one after the other apart (look-alike)', () => {
    for (const text of [
      'The Convention on River Barges, like the Rhine Pact before it, sets no quotas.',
      'The Treaty on Cave Protection was signed in 1997. The Karst Treaty followed in 2001.',
      'The Agreement on Kelp Farming, which replaced the Seaweed Accord, entered into force.',
    ]) {
      const { references, registry } = registryOf(text);
      const keys = references.filter((r) => r.key).map((r) => registry.instrumentOf(r.key));
      expect(new Set(keys).size).toBe(2);
    }
  });

  it('counts an alias given in apposition as one mention with its name', () => {
    const text =
      'Ghana signs the Convention on River Barges\n\nGhana signed the Convention on River Barges on Monday. ' +
      'The Lake Treaty, formally the Convention on Lake Ferries, better known as the Ferry Pact, was mentioned.';
    const { references, registry } = registryOf(text);
    expect(
      mainTreaty(
        text,
        references.filter((r) => r.key),
        registry,
      )?.name,
    ).toBe('Convention on River Barges');
  });
});

describe('withAcronyms', () => {
  it('reads later uses of an acronym a name gives itself in brackets as that name', () => {
    for (const [text, acronym] of [
      ['Peru joined the Convention on River Barges (CRB) in May. The CRB has 30 parties.', 'CRB'],
      ['the Treaty on Cave Protection (TCP) … Chile left TCP in 2020.', 'TCP'],
      ['the Agreement on Kelp Farming (AgKF). Under AgKF, quotas apply.', 'AgKF'],
    ]) {
      const references = withAcronyms(text, treatyReferences(text));
      const uses = references.filter((r) => r.name === acronym);
      expect(uses.length).toBe(1);
      expect(uses[0].key).toBe(references[0].key);
    }
  });

  it('reads no acronym after a name that is not a treaty (look-alike)', () => {
    const text = 'The World Ferry Organization (WFO) met. The WFO has 30 members.';
    expect(withAcronyms(text, treatyReferences(text))).toEqual([]);
  });
});

describe('readByInstrument: a protocol and its parent', () => {
  it('reads a bare "the convention" in an article about a protocol as the convention last named', () => {
    for (const back of ['The convention', 'The parent convention', 'The Convention']) {
      const text =
        'Ten states signed the Protocol on Barge Liability, under the Convention on River Barges. ' +
        `${back} has 90 parties.`;
      const { read } = readAll(text);
      expect(read[read.length - 1].key).toBe(keyOf(text, 'Convention on River Barges'));
    }
  });

  it('reads a bare parent noun in an amendment or protocol article as the parent named before it', () => {
    for (const text of [
      'Ten states ratified the Tallinn Amendment to the Rome Statute. The Statute itself has 120 parties.',
      'Ten states joined the Optional Protocol to the Covenant on Petitions. The Covenant has 170 parties.',
      'Ten states accepted the Nairobi Amendment to the UN Charter. The Charter itself binds 193 members.',
    ]) {
      const { main, read } = readAll(text);
      const parent = read.at(-1);
      expect(parent?.key).not.toBe('');
      expect(parent?.key).not.toBe(main?.key);
    }
  });

  it('leaves a bare parent noun generic when no parent is named before it (look-alike)', () => {
    const text = 'Ten states signed the optional protocol on complaints. The convention needs 20 ratifications.';
    expect(readAll(text).read.at(-1)?.key).toBe('');
  });

  it('leaves "the convention" as the article\'s own when the article is about a convention (look-alike)', () => {
    const text = 'Ten states ratified the Convention on River Barges. The convention has 90 parties.';
    expect(readAll(text).read.at(-1)?.key).toBe('');
  });

  it("reads a protocol named with its parent as the protocol, and the parent's count as not the protocol's", () => {
    const out = extract(
      'Protocol opens\n\nTwelve states signed the Optional Protocol to the Convention on River Barges on Monday. ' +
        'The Convention on River Barges itself has 181 parties.',
    );
    expect(out.treaty?.name).toBe('Optional Protocol to the Convention on River Barges');
    expect(out.numbers.find((n) => n.value === 181)?.kind).toBe('other');
  });
});

describe('withHeadlinePlaceNames', () => {
  it("reads a headline's bare place name as the treaty the body names after that place", () => {
    for (const [text, place] of [
      ['Chile finally brings Lagunas into force\n\nChile ratified the Treaty of Lagunas on Monday.', 'Lagunas'],
      ['Why Norway quit Tromso\n\nNorway left the Tromso Protocol in 2019, officials said.', 'Tromso'],
      ['Mali joins Bamako at last\n\nMali has joined the Bamako Convention, the ministry said.', 'Bamako'],
    ]) {
      const references = withHeadlinePlaceNames(text, treatyReferences(text));
      expect(references[0].name).toBe(place);
      expect(references[0].key).toBe(references[1].key);
    }
  });

  it('reads no treaty in a place after a venue preposition (look-alike)', () => {
    const text = 'Talks resume in Lagunas\n\nChile ratified the Treaty of Lagunas on Monday.';
    expect(withHeadlinePlaceNames(text, treatyReferences(text)).map((r) => r.name)).toEqual(['Treaty of Lagunas']);
  });
});
