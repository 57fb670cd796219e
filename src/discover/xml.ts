/** Minimal XML parsing and node helpers for the listing parsers. */
import { parseDocument } from 'htmlparser2';

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
  return parseDocument(text, { xmlMode: true, recognizeCDATA: true }) as unknown as XmlNode;
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

/** All text inside, CDATA included, trimmed. */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textOf).join('').trim();
}

/** The first element of the document, skipping the XML declaration, comments and doctype. */
export function rootElement(doc: XmlNode): XmlNode | undefined {
  return elements(doc)[0];
}

/** Every descendant with this local name, in document order (sitemaps nest <url> predictably, junk does not). */
export function descendantsNamed(node: XmlNode, name: string, into: XmlNode[] = []): XmlNode[] {
  for (const child of elements(node)) {
    if (localName(child) === name) into.push(child);
    else descendantsNamed(child, name, into);
  }
  return into;
}
