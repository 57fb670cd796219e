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

/** Candidate bodies: HTML strings holding paragraphs, and arrays of prose paragraphs (as arrays of strings that may hold markup). */
export function stateBodies(state: unknown, minChars: number): { html: string[]; paragraphLists: string[][] } {
  const html: string[] = [];
  const paragraphLists: string[][] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof node === 'string') {
      if (node.length >= minChars && HTML_PARAGRAPH.test(node)) html.push(node);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const values = Array.isArray(node) ? node : Object.values(node);
    if (Array.isArray(node) && node.length > 1) {
      const paragraphs = node.map((item) => {
        const parts: string[] = [];
        proseIn(item, 0, parts);
        return parts.join(' ');
      });
      const kept = paragraphs.filter(Boolean);
      const total = kept.reduce((n, p) => n + p.length, 0);
      if (kept.length > 1 && total >= minChars && total / kept.length >= MIN_MEAN_PARAGRAPH_CHARS)
        paragraphLists.push(kept);
    }
    for (const v of values) walk(v, depth + 1);
  };
  walk(state, 0);
  return { html, paragraphLists };
}
