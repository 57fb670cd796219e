/** Tests of evidence sentences and near-duplicate fingerprints. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hammingDistance, NEAR_DUPLICATE_BITS } from '../../src/reconcile/weight.js';
import { evidenceSentence, simhash } from '../../src/store/text.js';

describe('evidence sentence', () => {
  const text =
    'Title line without stop\n\nFirst sentence here. It was signed by 65 countries to date. Next one follows! Last?';

  it('widens the span to the sentence around it', () => {
    const start = text.indexOf('65 countries');
    expect(evidenceSentence(text, start, start + 12)).toBe('It was signed by 65 countries to date.');
  });

  it("reads a title's abbreviation as part of the sentence, as the extractors do", () => {
    const titled = 'Foreign Minister Dr. Ana Reyes signed the accord on Friday. Others followed.';
    const start = titled.indexOf('signed');
    expect(evidenceSentence(titled, start, start + 6)).toBe(
      'Foreign Minister Dr. Ana Reyes signed the accord on Friday.',
    );
  });

  it('stops at a paragraph break when there is no full stop', () => {
    expect(evidenceSentence(text, 0, 5)).toBe('Title line without stop');
  });

  it('gives the headline for evidence before the body (negative offsets), as claims read a headline', () => {
    expect(evidenceSentence(text, -20, -14, 'Nine states sign water pact')).toBe('Nine states sign water pact');
  });

  it('clamps spans outside the text', () => {
    expect(evidenceSentence(text, text.length - 3, text.length + 50)).toBe('Last?');
  });

  it('stays bounded on a megabyte without any stop', () => {
    const blob = 'word '.repeat(200_000);
    expect(evidenceSentence(blob, 500_000, 500_004).length).toBeLessThan(1000);
  });
});

describe('text fingerprint', () => {
  const seeds = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
  const texts = readdirSync(seeds).map((f) => readFileSync(join(seeds, f), 'utf8'));

  it('puts a repost with a new headline and footer within the near-duplicate distance', () => {
    const repost = `Reposted: ${texts[1].split('\n').slice(1).join('\n')}\n\nCopyright Wire Daily. All rights reserved.`;
    expect(hammingDistance(simhash(texts[1]), simhash(repost))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
  });

  it('keeps different articles on the same topic apart', () => {
    const hashes = texts.map(simhash);
    for (let i = 0; i < hashes.length; i++)
      for (let j = i + 1; j < hashes.length; j++)
        expect(hammingDistance(hashes[i], hashes[j])).toBeGreaterThan(NEAR_DUPLICATE_BITS * 2);
  });
});
