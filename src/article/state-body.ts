/** Article text inside a page's JSON application state (Next.js `__NEXT_DATA__`, Nuxt, Arc `content_elements`). */
// Pages rendered in the browser ship the story as data: either one HTML string with paragraphs, or an array
// whose items each hold a paragraph of prose.

const MAX_DEPTH = 40;
// Within an array item, prose is looked for this many levels down ({type: "text", content: "…"}, {children: [{text}]}).
const ITEM_DEPTH = 3;
const MIN_PARAGRAPH_CHARS = 40;
// Items averaging less are headlines or labels (a list of related stories), not paragraphs.
const MIN_MEAN_PARAGRAPH_CHARS = 80;
const HTML_PARAGRAPH = /<p[\s>]/i;
const WORDS = /\S\s+\S+\s+\S+\s+\S/;
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{20}/u;
const NOT_PROSE = /^(?:https?:|\/|[{[<]|data:)/;

function isProse(s: string): boolean {
  return s.length >= MIN_PARAGRAPH_CHARS && !NOT_PROSE.test(s) && (WORDS.test(s) || EAST_ASIAN.test(s));
}

function proseIn(node: unknown, depth: number, out: string[]): void {
  if (typeof node === 'string') {
    if (isProse(node) || HTML_PARAGRAPH.test(node)) out.push(node);
  } else if (node && typeof node === 'object' && depth < ITEM_DEPTH) {
    for (const v of Object.values(node)) proseIn(v, depth + 1, out);
  }
}

// Rich-text trees ({type: "p", children: [{type: "text", data: "…"}, {type: "a", children: […]}]}) keep a
// paragraph's words in leaves under one of these keys, split wherever a link or emphasis starts.
const LEAF_TEXT_KEYS = ['data', 'text', 'value'];
const MAX_TREE_DEPTH = 12;

const isLink = (o: Record<string, unknown>): boolean =>
  o.type === 'a' || o.tag === 'a' || o.type === 'link' || !!(o.attribs as { href?: unknown } | undefined)?.href;

/** The text of a rich-text node (its leaves joined in order) and how much of it sits in links; null for no such tree. */
function inlineText(node: unknown, inLink = false, depth = 0): { text: string; linkChars: number } | null {
  if (!node || typeof node !== 'object' || depth > MAX_TREE_DEPTH) return null;
  const o = node as Record<string, unknown>;
  const linked = inLink || isLink(o);
  if (Array.isArray(o.children)) {
    const parts = o.children.map((c) => inlineText(c, linked, depth + 1));
    return {
      text: parts.map((p) => p?.text ?? '').join(''),
      linkChars: parts.reduce((n, p) => n + (p?.linkChars ?? 0), 0),
    };
  }
  const leaf = LEAF_TEXT_KEYS.map((k) => o[k]).find((v) => typeof v === 'string');
  return typeof leaf === 'string' ? { text: leaf, linkChars: linked ? leaf.length : 0 } : null;
}

/** A paragraph's text from one item of an array: a rich-text tree's words, else the prose strings a few levels down. */
function paragraphOf(item: unknown): string {
  const tree = item && typeof item === 'object' && Array.isArray((item as { children?: unknown }).children);
  if (tree) {
    const inline = inlineText(item);
    const text = inline?.text.trim() ?? '';
    // a paragraph that is one link ("Read also: …") points to another story
    return inline && isProse(text) && inline.linkChars * 2 < inline.text.length ? text : '';
  }
  const parts: string[] = [];
  proseIn(item, 0, parts);
  return parts.join(' ');
}

/** A body found in the state, and whether an object holding it carries the page's headline. */
export interface StateBody {
  /** One HTML string with paragraphs, or a list of prose paragraphs (strings that may hold markup). */
  body: string | string[];
  headed: boolean;
}

// How many objects up from a body its story's headline is looked for (story > body > json > paragraphs).
const HEADLINE_LEVELS = 4;
const headlineKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Candidate bodies: HTML strings holding paragraphs, and arrays of prose paragraphs. A state may cache several
 * stories (the page's and those it links to): `headed` marks bodies whose story object carries `title`.
 */
export function stateBodies(state: unknown, minChars: number, title: string | null): StateBody[] {
  const found: StateBody[] = [];
  const titleKey = title ? headlineKey(title) : '';
  const ancestors: object[] = [];
  const headed = (): boolean =>
    !!titleKey &&
    ancestors
      .slice(-HEADLINE_LEVELS)
      .some((o) =>
        Object.values(o).some((v) => typeof v === 'string' && v.length < 500 && headlineKey(v) === titleKey),
      );
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof node === 'string') {
      if (node.length >= minChars && HTML_PARAGRAPH.test(node)) found.push({ body: node, headed: headed() });
      return;
    }
    if (!node || typeof node !== 'object') return;
    const values = Array.isArray(node) ? node : Object.values(node);
    if (Array.isArray(node) && node.length > 1) {
      const paragraphs = node.map(paragraphOf);
      const kept = paragraphs.filter(Boolean);
      const total = kept.reduce((n, p) => n + p.length, 0);
      if (kept.length > 1 && total >= minChars && total / kept.length >= MIN_MEAN_PARAGRAPH_CHARS)
        found.push({ body: kept, headed: headed() });
    }
    ancestors.push(node);
    for (const v of values) walk(v, depth + 1);
    ancestors.pop();
  };
  walk(state, 0);
  return found;
}
