/** Tests of the article stage on the seed fixture pages against the seeds' gold answers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/article/decode.js';
import { extractArticle } from '../../src/article/index.js';

const shared = new URL('../../../shared/', import.meta.url);
const pages = new URL('../../fixtures/pages/', import.meta.url);

interface GoldDocument {
  published: string;
  title: string;
  boilerplate_to_drop: string[];
}
const gold: Record<string, GoldDocument> = JSON.parse(
  readFileSync(new URL('gold/seeds.json', shared), 'utf8'),
).documents;

/**
 * The seed's article paragraphs: lines up to the last long paragraph (after it come disclaimers and
 * comment boxes), minus the headline and the lines gold lists as clutter.
 */
function paragraphs(file: string): string[] {
  const { title, boilerplate_to_drop } = gold[file];
  const lines = readFileSync(new URL(`seeds/${file}`, shared), 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const lastProse = lines.findLastIndex((l) => l.split(' ').length >= 15);
  return lines
    .slice(0, lastProse + 1)
    .filter((l) => l && l !== title && !boilerplate_to_drop.some((clutter) => l.includes(clutter)));
}

describe.each(Object.keys(gold))('seed page %s', (file) => {
  const html = decodeHtml(readFileSync(new URL(file.replace(/\.txt$/, '.html'), pages))).html;
  const article = extractArticle({ html, fetchedAt: '2026-01-01T00:00:00Z' });
  const expected = gold[file];

  it('keeps every paragraph of the article, each as its own paragraph', () => {
    const body = article.text.split('\n\n');
    for (const line of paragraphs(file)) expect(body).toContain(line);
  });

  it('drops the clutter around it', () => {
    for (const clutter of expected.boilerplate_to_drop) expect(article.text).not.toContain(clutter);
  });

  it('gives the headline and the publication time the page declares', () => {
    expect(article.title).toBe(expected.title);
    expect(article.published).toBe(expected.published);
  });
});
