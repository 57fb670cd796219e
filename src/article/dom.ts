/** Small helpers over the htmlparser2 tree: attributes, text content, element walks, depth-bounded. */
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

/**
 * Deeper markup than this is ignored: real pages nest a few dozen levels, and a cap keeps the
 * recursive walks from overflowing the stack on hostile input.
 */
export const MAX_DEPTH = 400;

export function attr(el: Element, name: string): string | null {
  const v = el.attribs[name];
  return v === undefined ? null : v;
}

// Soft hyphens and zero-width spaces are invisible hyphenation and wrapping hints, not text.
const INVISIBLE = /[\u00ad\u200b\ufeff]/g;

// A run of two or more, or one that is not a plain space: text that is already collapsed has no match at all.
const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** Whitespace runs to one space, invisible hints removed, ends trimmed. */
export function collapseSpace(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/** Text of a subtree (bounded depth and length), whitespace collapsed. */
export function textOf(node: AnyNode, maxChars = 5000): string {
  const parts: string[] = [];
  let size = 0;
  const visit = (n: AnyNode, depth: number): void => {
    if (size > maxChars || depth > MAX_DEPTH) return;
    if (isText(n)) {
      parts.push(n.data);
      size += n.data.length;
    } else if (isTag(n) && n.name !== 'script' && n.name !== 'style') {
      for (const c of n.children) visit(c, depth + 1);
    }
  };
  visit(node, 0);
  return collapseSpace(parts.join(' ')).slice(0, maxChars);
}

/**
 * Every element in document order, without recursion (so any nesting depth is safe). A list, not a generator: the
 * page walk that gathers signals visits every element, and a generator's step per element cost it more than the list.
 */
export function elements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isTag(node)) out.push(node);
    if ('children' in node) {
      const kids = (node as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return out;
}
