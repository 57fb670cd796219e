/** Tests of the article stage on input that is not an article page, and on hostile sizes and shapes. */
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/article/decode.js';
import { extractArticle } from '../../src/article/index.js';
import { MAX_HTML_CHARS, nestingCut } from '../../src/article/input.js';

const paragraph = 'The council met on a long evening and argued about the budget, the roads and the school. ';
const emptyArticle = { title: null, published: null, text: '' };

describe('input that is not an article page', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t '],
    ['JSON', JSON.stringify({ items: [{ title: 'x', body: paragraph }] })],
    [
      'PDF bytes',
      decodeHtml(Buffer.from(`%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\n${'\u0000\u00ff'.repeat(500)}`)).html,
    ],
    ['binary noise', decodeHtml(Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256))).html],
    ['plain text without markup', paragraph.repeat(20)],
  ])('%s gives an empty article, not an error', (_name, html) => {
    expect(extractArticle({ html, url: 'https://example.org/x' })).toMatchObject({
      ...emptyArticle,
      url: 'https://example.org/x',
    });
  });

  it('a value that is not a string at all gives an empty article', () => {
    expect(extractArticle({ html: undefined as unknown as string }).text).toBe('');
  });
});

describe('hostile sizes and shapes', () => {
  it('reads a 50 MB page: the article as far as the size cap, never past it', () => {
    const html = `<html><head><title>Budget</title></head><body><article>${`<p>${paragraph.repeat(5)}</p>\n`.repeat(
      Math.ceil(50e6 / (paragraph.length * 5)),
    )}</article></body></html>`;
    const { text, title } = extractArticle({ html });
    expect(title).toBe('Budget');
    expect(text.startsWith(paragraph.trim())).toBe(true);
    expect(text.length).toBeGreaterThan(MAX_HTML_CHARS / 2);
    expect(text.length).toBeLessThanOrEqual(MAX_HTML_CHARS);
  });

  it('keeps the text of a 50 MB page that is one huge paragraph, up to the cap', () => {
    const { text } = extractArticle({ html: `<html><body><p>${'word '.repeat(10_000_000)}</p></body></html>` });
    expect(text.length).toBeGreaterThan(MAX_HTML_CHARS / 2);
  });

  it('survives 100k nested divs without overflowing the stack, and still reads the head', () => {
    const html = `<html><head><title>Deep</title></head><body><p>${paragraph}</p>${'<div>'.repeat(100_000)}<p>${paragraph}</p>${'</div>'.repeat(100_000)}</body></html>`;
    const article = extractArticle({ html });
    expect(article.title).toBe('Deep');
    expect(article.text).toContain(paragraph.trim());
  });

  it('counts nesting roughly as the parser does: void and self-closing-by-sibling tags do not deepen it', () => {
    expect(nestingCut(`${'<p>text<br><img src=x><li>item'.repeat(50_000)}`)).toBe(-1);
    expect(nestingCut(`<div>${'<span>a</span>'.repeat(50_000)}</div>`)).toBe(-1);
    expect(nestingCut('<div>'.repeat(10), 5)).toBe(25);
  });

  it('knows void tag names in any case, and only those names', () => {
    expect(nestingCut('<P>text<BR><Img src=x><Li>item'.repeat(1000), 5)).toBe(-1);
    expect(nestingCut('<brx>'.repeat(10), 5)).toBe(25);
    expect(nestingCut('<br-x>'.repeat(10), 5)).toBe(30);
    expect(nestingCut('<options>'.repeat(10), 5)).toBe(45);
  });
});
