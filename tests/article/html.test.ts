/** Tests that the article stage's parser builds the very tree htmlparser2's own `parseDocument` builds. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnyNode } from 'domhandler';
import { parseDocument as stockParse, type Options } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/article/decode.js';
import { parseDocument } from '../../src/article/html.js';

const pagesDir = resolve(import.meta.dirname, '../../fixtures/pages');

/** Every node with its kind, name, attributes and text, in order: two trees are the same when these are. */
function shape(node: AnyNode): unknown {
  const children = 'children' in node ? node.children.map(shape) : undefined;
  const attribs = 'attribs' in node ? node.attribs : undefined;
  return {
    type: node.type,
    name: 'name' in node ? node.name : undefined,
    attribs,
    data: 'data' in node ? node.data : undefined,
    children,
  };
}

const sameTree = (html: string, options?: Options): void =>
  expect(shape(parseDocument(html, options))).toEqual(shape(stockParse(html, options)));

describe('the parse', () => {
  it.each(readdirSync(pagesDir).filter((f) => f.endsWith('.html')))(
    'of the fixture page %s is the stock tree',
    (file) => {
      sameTree(decodeHtml(readFileSync(join(pagesDir, file))).html);
    },
  );

  it.each([
    ['entities in text', '<p>Fish &amp; chips &eacute;t&eacute; &#x41;&#66; &notanentity; & alone</p>'],
    ['entities in quoted values', `<a href="a?b=1&amp;c=2&copy" title='it&apos;s &lt;x&gt;'>x</a>`],
    ['an unquoted value', '<div class=lead data-x=a&amp;b>text</div>'],
    ['text running to the end of the input', '<p>no closing tag and an ampersand at the very end &'],
    ['a quoted value running to the end of the input', '<a href="never closed'],
    ['a title, whose text decodes entities', '<title>A &amp; B</title><p>body</p>'],
    ['script and comment contents', '<script>if (a < b && c) x("</p>")</script><!-- a < b & c --><p>after</p>'],
  ])('of %s is the stock tree', (_name, html) => sameTree(html));

  it('in XML mode is the stock tree', () => {
    sameTree('<rss><item><title>A &amp; B</title><link>https://x.org/?a=1&amp;b=2</link></item></rss>', {
      xmlMode: true,
      recognizeCDATA: true,
    });
  });
});
