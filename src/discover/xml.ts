/** Minimal XML parsing and node helpers for the listing parsers. */
import { parseDocument } from '../article/html.js';

/** The part of an htmlparser2 node that listing parsers read; typed here so they need not know its classes. */
export interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
  data?: string;
}

/**
 * Parses feed or sitemap XML forgivingly: htmlparser2 in xmlMode never throws on junk, keeps CDATA as text and
 * decodes XML entities; names keep their namespace prefix, so readers compare local names.
 */
export function parseXml(text: string): XmlNode {
  return parseDocument(text, { xmlMode: true, recognizeCDATA: true });
}

/** "news:publication_date" → "publication_date", lower case: prefixes vary from file to file. */
export function localName(node: XmlNode): string {
  return (node.name ?? '').replace(/^.*:/, '').toLowerCase();
}

export function elements(node: XmlNode): XmlNode[] {
  return (node.children ?? []).filter((child) => child.type === 'tag');
}

/** Direct children with this local name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return elements(node).filter((child) => localName(child) === name);
}

export function firstChild(node: XmlNode, ...names: string[]): XmlNode | undefined {
  for (const name of names) {
    const found = childrenNamed(node, name)[0];
    if (found) return found;
  }
  return undefined;
}

/** All text inside, CDATA included, trimmed; walked with a stack, so no nesting depth overflows the call stack. */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const todo: XmlNode[] = [node];
  while (todo.length) {
    const next = todo.pop()!;
    if (next.type === 'text') parts.push(next.data ?? '');
    else if (next.children) for (let i = next.children.length - 1; i >= 0; i--) todo.push(next.children[i]);
  }
  return node.type === 'text' ? parts.join('') : parts.join('').trim();
}

/** The first element of the document, skipping the XML declaration, comments and doctype. */
export function rootElement(doc: XmlNode): XmlNode | undefined {
  return elements(doc)[0];
}

/**
 * Every descendant with this local name, in document order, not looking inside a match (sitemaps nest <url>
 * predictably, junk does not); walked with a stack, so no nesting depth overflows the call stack.
 */
export function descendantsNamed(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const todo = elements(node).reverse();
  while (todo.length) {
    const next = todo.pop()!;
    if (localName(next) === name) found.push(next);
    else for (const child of elements(next).reverse()) todo.push(child);
  }
  return found;
}

/**
 * Deeper than any feed or sitemap nests (they use fewer than ten levels). htmlparser2 keeps its stack of open
 * elements with Array.unshift, so parsing time grows with the square of the depth: 100k levels took 11 s.
 */
export const MAX_XML_DEPTH = 4096;

/**
 * The root element's name and whether elements nest deeper than MAX_XML_DEPTH, from one linear pass over the
 * tags (comments, CDATA, declarations and self-closing tags do not nest), before anything is parsed.
 */
export function xmlOutline(text: string): { root: string | null; tooDeep: boolean } {
  let root: string | null = null;
  let depth = 0;
  const tag = /<(!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|[!?][^>]*>|\/[^>]*>|([^\s/>]+)[^>]*?(\/?)>)/g;
  for (const m of text.matchAll(tag)) {
    if (m[2] === undefined) {
      if (m[1].startsWith('/')) depth = Math.max(0, depth - 1);
      continue;
    }
    root ??= m[2];
    if (m[3]) continue;
    if (++depth > MAX_XML_DEPTH) return { root, tooDeep: true };
  }
  return { root, tooDeep: false };
}
