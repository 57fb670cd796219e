/** Tests that a post which is a list of links keeps its links, and only such a post. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/article/index.js';

const links = [
  ['https://example.org/a', 'Why the old bridge had to close, explained in five charts'],
  ['https://example.org/b', 'A history of the ring road and the plans that never got built'],
  ['https://example.org/c', 'What the council budget means for your neighbourhood this year'],
  ['https://example.org/d', 'The engineers who inspect every bridge in the region, on the job'],
  ['https://example.org/e', 'Readers respond: how the closure changes the way to school'],
];

const page = (body: string): string => `<html lang="en"><head><title>Links for Tuesday</title></head><body>
  <nav><a href="/">Home</a> <a href="/archive">Archive</a></nav>
  <main><article class="post"><h1>Links for Tuesday</h1><div class="entry-content">${body}</div></article></main>
  <div class="widget-area"><ul><li><a href="/tag/x">Bridges</a></li><li><a href="/tag/y">Roads</a></li></ul></div>
  </body></html>`;

describe('link-roll posts', () => {
  it('keeps the links of a post that is a list of links, with its notes, and only then', () => {
    const html = page(`<ul>${links.map(([href, t]) => `<li><a href="${href}">${t}</a></li>`).join('')}</ul>
      <p>Posted from my reader. The rest of my links are in the archive.</p>`);
    const { text } = extractArticle({ html });
    for (const [, t] of links) expect(text).toContain(t);
    expect(text).toContain('Posted from my reader.');
    expect(text).not.toContain('Bridges');

    // a list of links inside a post that is mostly prose is still no part of it
    const prose = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the post tells, in full sentences, what happened at the council meeting and why it matters.</p>`,
    ).join('');
    const mostlyProse = page(
      `${prose}<ul>${links.map(([href, t]) => `<li><a href="${href}">${t}</a></li>`).join('')}</ul>`,
    );
    const proseText = extractArticle({ html: mostlyProse }).text;
    expect(proseText).toContain('Paragraph 5 of the post');
    for (const [, t] of links) expect(proseText).not.toContain(t);
  });
});
