/** Tests of article text a page embeds outside its markup (JSON-LD, templates, app state). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/index.js';

const paragraphs = [
  'The city council voted on Tuesday to close the old bridge, citing a report that found its steel frame badly corroded.',
  'Engineers told the council that repairs would cost more than a new crossing, and that traffic would move to the ring road.',
  'Residents who depend on the bridge said they were not consulted, and a petition against the closure has gathered signatures.',
  'The mayor said a replacement could open within four years if the regional government agrees to share the cost of the work.',
];

const shell = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><title>Council closes bridge</title>${head}</head><body>
  <header><a href="/">Home</a></header>${body}<footer><a href="/about">About us</a></footer></body></html>`;

describe('article text the page embeds outside its markup', () => {
  it('takes the JSON-LD articleBody when the page shows only a teaser', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Council closes bridge',
      articleBody: paragraphs.join('\n'),
    };
    const html = shell(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<main><h1>Council closes bridge</h1><p>${paragraphs[0]}</p><div class="paywall"><a href="/subscribe">Subscribe to read on</a></div></main>`,
    );
    expect(extractArticle({ html }).text).toBe(paragraphs.join('\n\n'));

    // a shorter summary in JSON-LD does not replace a page that shows the whole article
    const summary = { '@type': 'NewsArticle', articleBody: `${paragraphs[0]} ${paragraphs[1]}` };
    const shown = [
      ...paragraphs,
      'A fifth paragraph only the page shows, about the bridge history since it opened in 1931.',
    ];
    const full = shell(
      `<script type="application/ld+json">${JSON.stringify(summary)}</script>`,
      `<article>${shown.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    expect(extractArticle({ html: full }).text).toBe(shown.join('\n\n'));
  });

  it('reads an article the page renders from a client-side template script', () => {
    const html = shell(
      '',
      `<div class="post"><h2>Council closes bridge</h2><div class="post-body"></div>
       <script type="text/template"><span class="byline">By Ann Writer</span>${paragraphs.map((p) => `<p>${p.replace(/,/g, '&#44;')}</p>`).join('\n')}</script></div>`,
    );
    expect(extractArticle({ html }).text).toBe(paragraphs.join('\n\n'));
  });

  it('reads the article from JSON application state when the markup shows only a teaser', () => {
    const related = ['Mayor opens new library', 'Rail strike called off', 'Rain expected all week'].map((title) => ({
      title,
      url: '/x',
    }));
    const state = {
      props: {
        pageProps: {
          article: {
            headline: 'Council closes bridge',
            related,
            body: paragraphs.map((content) => ({
              type: 'paragraph',
              content: content.replace('corroded', '<em>corroded</em>'),
            })),
          },
        },
      },
    };
    const html = shell(
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script>`,
      `<div id="__next"><h1>Council closes bridge</h1><p>Loading the article…</p></div>`,
    );
    expect(extractArticle({ html }).text).toBe(paragraphs.join('\n\n'));

    const asHtml = { props: { story: { bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join('') } } };
    const htmlState = shell(
      '',
      `<div id="app"></div><script type="application/json">${JSON.stringify(asHtml)}</script>`,
    );
    expect(extractArticle({ html: htmlState }).text).toBe(paragraphs.join('\n\n'));
  });

  it('reads a rich-text tree of paragraphs from state a script assigns to a window global', () => {
    // each paragraph split into text leaves wherever a link starts, as rich-text editors store it
    const tree = paragraphs.map((p) => {
      const cut = p.indexOf(' ', 30);
      return {
        type: 'p',
        children: [
          { type: 'text', data: p.slice(0, cut + 1) },
          { type: 'a', attribs: { href: '/more' }, children: [{ type: 'text', data: p.slice(cut + 1, cut + 12) }] },
          { type: 'text', data: p.slice(cut + 12) },
        ],
      };
    });
    const readAlso = {
      type: 'p',
      children: [
        {
          type: 'a',
          attribs: { href: '/y' },
          children: [{ type: 'text', data: 'Read also: the ferry that crossed the river before the bridge was built' }],
        },
      ],
    };
    // the state also caches a longer story the page links to, under its own headline
    const other = Array.from({ length: 6 }, (_, i) => ({
      type: 'p',
      children: [
        {
          type: 'text',
          data: `Paragraph ${i + 1} of another story, about a harbour that is being dredged again this year.`,
        },
      ],
    }));
    const state = {
      'Article:1': {
        headline: 'Council closes bridge',
        body: { json: [...tree.slice(0, 2), readAlso, ...tree.slice(2)] },
      },
      'Article:2': { headline: 'Harbour dredged again', body: { json: other } },
    };
    const html = shell(
      `<script>window.__APP_STATE__=${JSON.stringify(state)};</script>`,
      `<div id="app"><h1>Council closes bridge</h1></div>`,
    );
    expect(extractArticle({ html }).text).toBe(paragraphs.join('\n\n'));
  });

  it('leaves alone scripts that run code rather than assign a state literal', () => {
    const html = shell(
      `<script>window.track = function () { return ${JSON.stringify(paragraphs[0])}; };</script>`,
      `<div id="app"><h1>Council closes bridge</h1><p>${paragraphs[1]}</p></div>`,
    );
    expect(extractArticle({ html }).text).toBe(paragraphs[1]);
  });

  it('reads a how-to or recipe from its JSON-LD steps when the page renders them in the browser', () => {
    const howTo = {
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: 'Sew a round tablecloth',
      description: '<p>A round table looks finished with a cloth that falls evenly on every side of it.</p>',
      tool: [
        { '@type': 'HowToTool', name: 'Tape measure' },
        { '@type': 'HowToTool', name: 'Pins' },
      ],
      step: [
        {
          '@type': 'HowToSection',
          name: 'Measuring',
          itemListElement: [
            { '@type': 'HowToDirection', text: '<p>Measure the table across its widest point and write it down.</p>' },
          ],
        },
        { '@type': 'HowToStep', text: 'Add twice the drop you want to that width, and cut a square of cloth.' },
        { '@type': 'HowToStep', name: 'Hem the edge all the way round and press it flat with an iron.' },
      ],
    };
    const html = shell(
      `<script type="application/ld+json">${JSON.stringify(howTo)}</script>`,
      `<div id="app"><h1>Sew a round tablecloth</h1></div>`,
    );
    const { text } = extractArticle({ html });
    expect(text).toContain('falls evenly on every side');
    expect(text).toContain('Tape measure');
    expect(text).toContain('Measure the table across');
    expect(text).toContain('cut a square of cloth');
    expect(text).toContain('press it flat with an iron');
  });

  it('keeps the page text of a recipe the page shows in full', () => {
    const recipe = { '@type': 'Recipe', recipeIngredient: ['2 eggs'], recipeInstructions: 'Beat the eggs.' };
    const shown = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const html = shell(
      `<script type="application/ld+json">${JSON.stringify(recipe)}</script>`,
      `<article>${shown}</article>`,
    );
    expect(extractArticle({ html }).text).toBe(paragraphs.join('\n\n'));
  });
});
