/** Tests of reading an article's headline with its body for claims. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { evidenceInBody, headed, spansInBody } from '../../src/claims/headline.js';
import type { ClaimDraft } from '../../src/claims/types.js';

const story = (title: string | null, text: string): Article => ({
  url: null,
  title,
  byline: null,
  published: '2031-05-06',
  modified: null,
  language: 'en',
  siteName: null,
  text,
});

describe('headed', () => {
  it('puts the headline and a blank line before the body, and says where the body starts', () => {
    const { article, bodyStart } = headed(story('Twelve states join reef pact', 'Officials said on Monday that…'));
    expect(article.text).toBe('Twelve states join reef pact\n\nOfficials said on Monday that…');
    expect(article.text.slice(bodyStart)).toBe('Officials said on Monday that…');
  });

  it('leaves an article with no headline as it is', () => {
    const untitled = story(null, 'The accord was signed in Oslo.');
    expect(headed(untitled)).toEqual({ article: untitled, bodyStart: 0 });
  });

  it('leaves a body that already opens with its headline as it is, whatever its spacing and case', () => {
    const repeated = story('Delta accord takes effect', 'DELTA ACCORD  TAKES EFFECT\n\nThe pact binds five states.');
    expect(headed(repeated).bodyStart).toBe(0);
  });
});

describe('moving readings to the body', () => {
  const draft = (start: number, end: number) => ({ evidenceStart: start, evidenceEnd: end }) as ClaimDraft;

  it("gives a claim read in the body the body's offsets, and one read in the headline negative ones", () => {
    const moved = evidenceInBody([draft(40, 52), draft(3, 9)], 30);
    expect(moved.map((c) => [c.evidenceStart, c.evidenceEnd])).toEqual([
      [10, 22],
      [-27, -21],
    ]);
  });

  it('keeps the spans that lie in the body, at offsets into it, and drops those of the headline', () => {
    const spans = [
      { start: 2, end: 8, text: 'in the headline' },
      { start: 35, end: 41, text: 'in the body' },
    ];
    expect(spansInBody(spans, 30)).toEqual([{ start: 5, end: 11, text: 'in the body' }]);
  });
});
