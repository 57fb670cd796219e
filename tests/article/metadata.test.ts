/** Tests of the page's title, byline, language and site name. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/index.js';

const body = `<article>${'<p>The council met on a long evening, and the members argued about the budget, the roads and the school.</p>'.repeat(4)}</article>`;
const page = (head: string, htmlAttrs = '', pre = ''): string =>
  `<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${pre}${body}</body></html>`;

describe('article metadata', () => {
  it('takes the headline from og:title, without the site name appended', () => {
    const a = extractArticle({
      html: page(
        '<title>Council rejects budget | Town Crier</title><meta property="og:title" content="Council rejects budget | Town Crier"><meta property="og:site_name" content="Town Crier">',
      ),
    });
    expect(a.title).toBe('Council rejects budget');
    expect(a.siteName).toBe('Town Crier');
  });

  it('falls back to the <h1> the <title> repeats, then to the <title> without its site part', () => {
    expect(
      extractArticle({
        html: page('<title>Council rejects budget - Town Crier</title>', '', '<h1>Council rejects budget</h1>'),
      }).title,
    ).toBe('Council rejects budget');
    expect(extractArticle({ html: page('<title>Town Crier | Council rejects the whole budget</title>') }).title).toBe(
      'Council rejects the whole budget',
    );
  });

  it('reads authors, language, canonical URL and publisher from JSON-LD and the markup', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Town Crier' },
        {
          '@type': 'NewsArticle',
          headline: 'Council rejects budget',
          author: [
            { '@type': 'Person', name: 'Ann Lee' },
            { '@type': 'Person', name: 'Bo Chen' },
          ],
          publisher: { '@type': 'Organization', name: 'Town Crier Media' },
          datePublished: '2024-03-01T08:00:00+01:00',
        },
      ],
    };
    const a = extractArticle({
      html: page(
        `<link rel="canonical" href="/news/budget"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
        'lang="de-CH"',
      ),
      url: 'https://towncrier.example/news/budget?utm_source=feed',
    });
    expect(a.title).toBe('Council rejects budget');
    expect(a.byline).toBe('Ann Lee, Bo Chen');
    expect(a.siteName).toBe('Town Crier Media');
    expect(a.language).toBe('de');
    expect(a.url).toBe('https://towncrier.example/news/budget');
    expect(a.published).toBe('2024-03-01T08:00:00+01:00');
  });

  it('strips "By" from a meta author and ignores author URLs', () => {
    const a = extractArticle({
      html: page(
        '<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="By Dana Roe">',
      ),
    });
    expect(a.byline).toBe('Dana Roe');
  });

  it('keeps the given URL when the page names no canonical, and survives broken JSON-LD', () => {
    const a = extractArticle({
      html: page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'),
      url: 'https://example.org/a',
    });
    expect(a.url).toBe('https://example.org/a');
    expect(a.text).toContain('The council met');
  });
});
