/** Variation grid of the treaty registry: treaty names × how the text writes them × the context they stand in. */
// Each cell carries the reading it must give: the article's main treaty, and which instrument a count belongs to.
import { describe, expect, it } from 'vitest';
import { sameTreaty, treatyKey } from '../../../src/extract/treaties.js';
import type { Extractions } from '../../../src/extract/types.js';
import { extract } from '../helpers.js';

/** One instrument, invented or real, with the names writers give it. */
interface Instrument {
  formal: string;
  /** Short names: a place or topic plus the instrument noun, an acronym. */
  short: string;
  acronym: string;
  /** The back-reference noun ("the pact"). */
  noun: string;
  /** A lower-case informal name ("the seed-sharing treaty"). */
  informal: string;
  /** A headline name in other words than the body's. */
  headline: string;
}

const INSTRUMENTS: Instrument[] = [
  {
    formal: 'Convention on the Conservation of Mountain Glaciers',
    short: 'Lhasa Convention',
    acronym: 'CCMG',
    noun: 'convention',
    informal: 'glacier treaty',
    headline: 'Glacier pact',
  },
  {
    formal: 'Agreement to Prevent Illegal Logging in Tropical Forests',
    short: 'Timber Agreement',
    acronym: 'APIL',
    noun: 'agreement',
    informal: 'logging accord',
    headline: 'Illegal logging deal',
  },
  {
    formal: 'Treaty on Safe Fisheries in Southeast Asia',
    short: 'Manila Fisheries Treaty',
    acronym: 'TSF',
    noun: 'treaty',
    informal: 'fisheries treaty',
    headline: 'Fisheries treaty',
  },
  {
    formal: 'Convention for the Protection of Wetlands in Africa',
    short: 'Dakar Convention',
    acronym: 'CPWA',
    noun: 'convention',
    informal: 'wetlands convention',
    headline: 'Wetland treaty',
  },
];

/** Another instrument named beside the article's (compared, or named only in background). */
const OTHER = { formal: 'Convention on Migratory Sea Turtles', short: 'Turtle Convention' };

const names = (t: Instrument): string[] => [t.formal, t.short, t.acronym];
const mainIs = (out: Extractions, t: Instrument): boolean =>
  out.treaty !== null && names(t).some((n) => sameTreaty(out.treaty!.key, treatyKey(n)));
/** Whether the count of `value` in the text is read as one of the article's treaty (not another's or none). */
const countedForMain = (out: Extractions, value: number): boolean =>
  out.numbers.some((n) => n.value === value && n.kind !== 'other');

/** How the text introduces the treaty and then refers back to it. */
const FORMS: { name: string; lead: (t: Instrument) => string; back: (t: Instrument) => string }[] = [
  { name: 'formal, back-reference noun', lead: (t) => `the ${t.formal}`, back: (t) => `The ${t.noun}` },
  { name: 'formal with acronym in brackets', lead: (t) => `the ${t.formal} (${t.acronym})`, back: (t) => t.acronym },
  {
    name: 'formal, better known as its short name',
    lead: (t) => `the ${t.formal}, better known as the ${t.short},`,
    back: (t) => `The ${t.short}`,
  },
  {
    name: 'short name, then formal title as its other name',
    lead: (t) => `the ${t.short}, formally the ${t.formal},`,
    back: (t) => `The ${t.short}`,
  },
  {
    name: 'formal, which negotiators call its short name',
    lead: (t) => `the ${t.formal}, which negotiators have taken to calling the ${t.short},`,
    back: (t) => `The ${t.short}`,
  },
];

/** Where the treaty stands: alone, beside another with counts of its own, after a venue. */
const CONTEXTS: { name: string; text: (t: Instrument, form: (typeof FORMS)[number]) => string }[] = [
  {
    name: 'one treaty',
    text: (t, f) =>
      `${t.headline} gains new members\n\nKenya and Peru ratified ${f.lead(t)} on Monday. ${f.back(t)} now has 41 parties.`,
  },
  {
    name: 'another treaty compared, with its own count',
    text: (t, f) =>
      `${t.headline} gains new members\n\nChile ratified ${f.lead(t)} on Monday. ${f.back(t)} now has 41 parties. ` +
      `The older ${OTHER.formal} has 130 parties.`,
  },
  {
    name: 'another treaty in background only',
    text: (t, f) =>
      `${t.headline} gains new members\n\nGhana, which chaired the last meeting of the ${OTHER.formal}, ratified ` +
      `${f.lead(t)} on Monday. ${f.back(t)} now has 41 parties.`,
  },
  {
    name: 'venue city after the name',
    text: (t, f) =>
      `${t.headline} opens for signature\n\nTwenty states signed ${f.lead(t)} in Nairobi on Monday. ${f.back(t)} ` +
      `now has 41 parties.`,
  },
];

/**
 * Known gap: a count held by an acronym ("CCMG now has 41 parties") is read as no treaty's, since the count kinds
 * (numbers/kinds.ts) take a holder by its instrument noun ("the convention has"), not by its name.
 */
const COUNT_HELD_BY_ACRONYM = 'formal with acronym in brackets';

describe('treaty registry grid: main treaty and the owner of each count', () => {
  for (const t of INSTRUMENTS)
    for (const f of FORMS)
      for (const c of CONTEXTS) {
        const cell = `${t.short} · ${f.name} · ${c.name}`;
        it(`${cell}: main treaty`, () => {
          const out = extract(c.text(t, f));
          expect(mainIs(out, t), `main: ${out.treaty?.name}`).toBe(true);
        });
        if (f.name === COUNT_HELD_BY_ACRONYM) {
          it.todo(`${cell}: owner of each count`);
          continue;
        }
        it(`${cell}: owner of each count`, () => {
          const out = extract(c.text(t, f));
          expect(countedForMain(out, 41)).toBe(true);
          if (c.text(t, f).includes('130')) expect(countedForMain(out, 130)).toBe(false);
        });
      }
});

describe('treaty registry grid: name boundaries', () => {
  const VENUES = ['in Geneva', 'in New York', 'in Nairobi on Friday', 'in Bangkok last week'];
  for (const t of INSTRUMENTS)
    for (const venue of VENUES)
      it(`${t.formal} keeps its region and stops before "${venue}"`, () => {
        const out = extract(
          `Talks end\n\nMinisters from several countries signed the ${t.formal} ${venue}, officials said.`,
        );
        expect(out.treaties.map((m) => m.name)).toContain(t.formal);
      });

  it('reads a building named after a convention as no treaty (look-alike)', () => {
    for (const text of [
      'Delegates from many countries met at the National Convention Centre in the capital.',
      'The talks moved to the Treaty Room of the ministry after a short break.',
      'He spoke at the Convention Hall on Monday to a crowd of students.',
    ])
      expect(extract(`Talks end\n\n${text}`).treaties.map((m) => m.name)).toEqual([]);
  });
});

describe('treaty registry grid: a protocol and its parent', () => {
  const PROTOCOLS = [
    {
      child: 'Protocol on Liability for Glacier Damage',
      parent: 'Convention on the Conservation of Mountain Glaciers',
      parentShort: 'the convention itself',
    },
    {
      child: 'Optional Protocol to the Convention on Safe Fisheries',
      parent: 'Convention on Safe Fisheries',
      parentShort: 'the parent convention',
    },
    {
      child: 'Protocol to Eliminate Trade in Counterfeit Seeds',
      parent: 'Framework Convention on Seed Security',
      parentShort: 'the framework convention',
    },
  ];
  for (const p of PROTOCOLS)
    for (const headline of ['New protocol opens for signature', 'Seed and glacier protocol opens for signature'])
      it(`${p.child} · headline "${headline}"`, () => {
        const out = extract(
          `${headline}\n\nTwelve countries signed the ${p.child} on Tuesday, under the ${p.parent}. ` +
            `The protocol needs 40 ratifications to enter into force. ${p.parentShort[0].toUpperCase()}` +
            `${p.parentShort.slice(1)} has 181 parties.`,
        );
        expect(sameTreaty(out.treaty?.key ?? '', treatyKey(p.child)), `main: ${out.treaty?.name}`).toBe(true);
        expect(countedForMain(out, 181)).toBe(false);
      });
});

describe('treaty registry grid: a name with or without its year, headline against body', () => {
  const YEARS = [
    { withYear: 'Dock Workers Convention, 2011', without: 'Dock Workers Convention' },
    { withYear: 'Seafarers Identity Convention (Revised), 2003', without: 'Seafarers Identity Convention' },
    { withYear: 'Coastal Pollution Protocol of 1996', without: 'Coastal Pollution Protocol' },
  ];
  for (const y of YEARS)
    it(`${y.without} with and without its year is one instrument`, () => {
      const out = extract(
        `Ghana ratifies ${y.without}\n\nGhana has ratified the ${y.withYear}, the ministry said. The ${y.without} ` +
          `now has 44 parties.`,
      );
      expect(sameTreaty(out.treaty?.key ?? '', treatyKey(y.without)), `main: ${out.treaty?.name}`).toBe(true);
      expect(countedForMain(out, 44)).toBe(true);
    });
});

describe('treaty registry grid: a bare title-cased instrument followed by the sentence', () => {
  const TAILS = ['on the day it opened', 'on behalf of its islands', 'for the first time', 'against all forecasts'];
  for (const tail of TAILS)
    it(`"the Convention ${tail}" is the article's treaty, and so is its count`, () => {
      const out = extract(
        `Glacier pact opens for signature\n\nThe Convention on the Conservation of Mountain Glaciers opened in Lhasa. ` +
          `Thirty-one countries signed the Convention ${tail}.`,
      );
      expect(out.treaties.map((m) => m.name)).not.toContain(`Convention ${tail}`);
      expect(countedForMain(out, 31)).toBe(true);
    });
});

describe('treaty registry grid: a plural possessive inside a formal title', () => {
  const TITLES = [
    { formal: "Convention on the Safety of Divers' Breathing Gear", headline: 'Breathing gear treaty' },
    { formal: 'Agreement on Herders’ Grazing Corridors and Wells', headline: 'Grazing corridor pact' },
    { formal: "Treaty for the Protection of Beekeepers' Hives and Pollinators", headline: 'Pollinator treaty' },
  ];
  for (const t of TITLES)
    it(`${t.formal} keeps its words after the apostrophe, and its headline name is it`, () => {
      const out = extract(
        `${t.headline} gains members\n\nSeventeen states are now parties to the ${t.formal}, the depositary said.`,
      );
      expect(out.treaties.map((m) => m.name)).toContain(t.formal);
      expect(countedForMain(out, 17)).toBe(true);
    });

  it('keeps two titles that differ only after the apostrophe apart (look-alike)', () => {
    expect(treatyKey("Convention on Divers' Breathing Gear")).not.toBe(treatyKey("Convention on Divers' Diving Hours"));
  });
});
