/** The report's html template: escaping, nested markup and safe links. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, externalLink, html, safeHref } from '../../src/report/html.js';

describe('report html', () => {
  it('escapes interpolated text for element content and attributes', () => {
    const made = html`<p title="${'"><b>'}">${'<script>&'}</p>`.html;
    expect(made).toBe('<p title="&quot;&gt;&lt;b&gt;">&lt;script&gt;&amp;</p>');
  });

  it('passes nested markup and arrays of it through unescaped', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>`.html).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
  });

  it('escapes single quotes too, so attributes quoted either way are safe', () => {
    expect(escapeHtml(`it's`)).toBe('it&#39;s');
  });

  it('takes only http and https addresses as links', () => {
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    const bad = ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'];
    for (const url of [...bad, 'not a url']) expect(safeHref(url), url).toBeNull();
  });

  it('shows the text without a link when the address is not safe to follow', () => {
    expect(externalLink('javascript:alert(1)', 'outlet').html).toBe('<span>outlet</span>');
  });
});
