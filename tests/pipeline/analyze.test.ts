/** Tests of analyzing one page: its headline read with its body for claims, what is stored kept at body offsets. */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../src/pipeline/analyze.js';

const page = (title: string, paragraphs: string[]) =>
  Buffer.from(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article>` +
      `<h1>${title}</h1><time datetime="2031-05-06">6 May 2031</time>` +
      paragraphs.map((p) => `<p>${p}</p>`).join('') +
      '</article></body></html>',
  );

const subjects = [{ name: 'Coral Reef Protection Treaty', aliases: ['reef treaty'] }];
const analyze = (html: Buffer) =>
  analyzePage(
    html,
    'text/html',
    'https://news.example/reef',
    '2031-05-06T12:00:00Z',
    {
      url: 'https://news.example/reef',
      source: 'test',
      hints: {},
    },
    subjects,
  );

describe('analyzePage', () => {
  it('makes a claim of a count only the headline gives, its evidence before the body', () => {
    const result = analyze(
      page('Fourteen countries sign Coral Reef Protection Treaty', [
        'Delegates gathered in Suva for a ceremony that officials called historic for the region.',
        'Environmental groups welcomed the step and urged governments to move quickly.',
      ]),
    );
    if ('error' in result) throw new Error(result.error);
    const count = result.claims.find((c) => c.property === 'signatory_count');
    expect(count).toMatchObject({ value: 14 });
    expect(count!.evidenceStart).toBeLessThan(0);
  });

  it('keeps quotes at offsets into the body that is stored', () => {
    const result = analyze(
      page('Reef treaty gains ground', [
        'The minister said: "We will not wait for the last holdout before acting." She spoke in Suva.',
      ]),
    );
    if ('error' in result) throw new Error(result.error);
    const [quote] = result.quotes;
    expect(result.article.text.slice(quote.start, quote.end)).toContain('We will not wait');
  });
});
