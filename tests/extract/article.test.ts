/** Tests of every extractor at once on a made-up wire story. */
import { describe, expect, it } from 'vitest';
import { sameTreaty, treatyKey } from '../../src/extract/treaties.js';
import { extract } from './helpers.js';

// A made-up wire story about another treaty, in another house style: every extractor at once.
const STORY = `High seas treaty signed by more than 100 countries at UN ceremony
NEW YORK (Reuters) - More than 100 countries on Tuesday signed a landmark treaty to protect marine life on the high seas, the United Nations said, though the United States and China were notably absent from the signing.
The High Seas Treaty was adopted in June 2023 after nearly two decades of talks.
It will enter into force 120 days after the 60th ratification. So far, 21 countries have ratified it, including Chile and Palau.
"This is a historic day for the ocean," said Rebecca Hubbard, director of the High Seas Alliance. "Governments must now move quickly to ratify."
Brazil, India and South Africa signed on Tuesday, while Japan said it would sign later this year. Norway's foreign minister, Espen Barth Eide, told reporters the treaty was "long overdue".
On Oct. 25, 72 countries had signed the separate cybercrime convention, which Russia proposed in 2017.
The UN General Assembly adopted the text by 143 votes to 5, with 12 abstentions.`;

describe('a whole article', () => {
  const r = extract(STORY, '2024-09-25T18:00:00-04:00');

  it('knows which treaty it is about', () => {
    expect(r.treaty?.key).toBe(treatyKey('UN high seas treaty'));
    expect(r.treaties.some((t) => sameTreaty(t.key, treatyKey('Convention against Cybercrime')))).toBe(true);
  });

  it('reads stances toward that treaty only', () => {
    const stance = Object.fromEntries(r.countries.map((c) => [c.code, c.stance]));
    expect(stance).toMatchObject({
      US: 'not_signed',
      CN: 'not_signed',
      BR: 'signed',
      IN: 'signed',
      ZA: 'signed',
      JP: 'mentioned',
      RU: 'mentioned',
    });
  });

  it('reads the counts, leaving the other treaty’s signatories out', () => {
    const kinds = r.numbers.filter((n) => n.kind !== 'other').map((n) => `${n.kind}:${n.value}:${n.qualifier}`);
    expect(kinds).toEqual([
      'signatory_count:100:more_than',
      'signatory_count:100:more_than',
      'entry_into_force_delay_days:120:exact',
      'entry_into_force_threshold:60:exact',
      'ratification_count:21:exact',
      'vote_in_favour:143:exact',
      'vote_against:5:exact',
      'vote_abstention:12:exact',
    ]);
  });

  it('reads dates and quotes', () => {
    // "On Oct. 25, 72 countries had signed": a past event, so the last 25 October before publication.
    expect(r.dates.map((d) => d.value)).toEqual(['2024-09-24', '2023-06', '2024-09-24', '2024', '2023-10-25', '2017']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Rebecca Hubbard', 'Rebecca Hubbard', 'Espen Barth Eide']);
  });

  it('gives every mention offsets into the text', () => {
    for (const m of [...r.countries, ...r.numbers, ...r.dates, ...r.quotes, ...r.treaties]) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(STORY.length);
    }
    for (const q of r.quotes) expect(STORY.slice(q.start, q.end)).toBe(q.text);
  });
});

const RELEASE = `Geneva, 12 May 2026 — The Pandemic Agreement was signed today by 60 Member States at a ceremony in Geneva, hosted by Switzerland.
Germany, France and Kenya were among the first to sign. The Republic of Korea and the Kingdom of Saudi Arabia also signed, as did Bangladesh.
Notably missing from the list were the United States, Argentina and the Russian Federation. Italy declined to sign, citing national sovereignty.
The Agreement will enter into force on the thirtieth day after the deposit of the sixtieth instrument of ratification.
“We are proud to be part of this,” said Kenya’s Health Cabinet Secretary, Aden Duale. Duale added that Kenya would ratify “as soon as possible.”
The Georgia Department of Public Health said it would follow the discussions. Jordan Henderson, a spokesperson, declined to comment.`;

describe('a press release', () => {
  const r = extract(RELEASE, '2026-05-12T19:00:00+02:00');

  it('separates signatories, absentees, the host and false friends', () => {
    const stance: Record<string, string> = {};
    for (const c of r.countries) if (!stance[c.code] || stance[c.code] === 'mentioned') stance[c.code] = c.stance;
    expect(stance).toEqual({
      CH: 'mentioned',
      DE: 'signed',
      FR: 'signed',
      KE: 'signed',
      KR: 'signed',
      SA: 'signed',
      BD: 'signed',
      US: 'not_signed',
      AR: 'not_signed',
      RU: 'not_signed',
      IT: 'not_signed',
    });
  });

  it('reads an ordinal entry-into-force rule', () => {
    expect(
      r.numbers.filter((n) => n.kind.startsWith('entry')).map((n) => `${n.kind}:${n.value}:${n.instrument ?? ''}`),
    ).toEqual(['entry_into_force_delay_days:30:', 'entry_into_force_threshold:60:ratification']);
  });

  it('names the speaker in full after a surname-only attribution', () => {
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Aden Duale', 'Aden Duale']);
  });
});
