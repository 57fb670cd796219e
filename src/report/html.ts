/** HTML from trusted templates and untrusted data: every interpolated value is escaped unless it is already markup. */

/** Markup that the templates made, so it is inserted as it is; anything else is text and gets escaped. */
export class Markup {
  readonly html: string;
  constructor(markup: string) {
    this.html = markup;
  }
  toString(): string {
    return this.html;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** What a template may interpolate: markup, text and numbers, nothing (null, undefined, false), or a list of these. */
export type Interpolation = Markup | string | number | boolean | null | undefined | readonly Interpolation[];

function fragment(value: Interpolation): string {
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(fragment).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${text}</td>\`` escapes `text`; nested `html` results and arrays of them pass. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += fragment(values[i]) + strings[i + 1];
  return new Markup(out);
}

/**
 * The address a link may take: only http and https URLs (sources are web pages). `javascript:`, `data:`,
 * `vbscript:`, `file:` and anything unparsable become null, so the caller shows the text without a link.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside page when its URL is safe to follow, else the text alone. */
export function externalLink(url: string | null | undefined, text: Interpolation): Markup {
  const href = safeHref(url);
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : html`<span>${text}</span>`;
}

/** The host of a URL, for naming where a source comes from when it names no outlet. */
export function hostOf(url: string | null | undefined): string {
  if (!url) return 'unknown source';
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
