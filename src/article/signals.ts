/** What the markup says about the page (meta, JSON-LD, canonical, time elements), gathered in one walk. */
import type { Document, Element, ParentNode } from 'domhandler';
import { isTag } from 'domhandler';
import { isDropped, looksLikeFurniture, namedAsHeader } from './boilerplate.js';
import { attr, collapseSpace, elements, textOf } from './dom.js';

/** What the markup says about the page, gathered in one walk before any choice is made. */
export interface PageSignals {
  /** `<meta>` contents by lower-case name, property, itemprop or http-equiv, in document order. */
  meta: Map<string, string[]>;
  /** JSON-LD objects, `@graph` and nested entities flattened. */
  jsonLd: Record<string, unknown>[];
  canonical: string | null;
  htmlLang: string | null;
  titleTag: string | null;
  headings: string[];
  /** `datetime` values of `<time>` and `itemprop=datePublished` elements; `strong` when marked as publication. */
  times: { value: string; strong: boolean; inArticle: boolean }[];
  /** Short texts of elements whose class or id says they hold a date. */
  dateTexts: string[];
  /** Short texts of elements marked as the author. */
  authorTexts: string[];
  /** Sources of scripts that may carry the article as data: client-side templates and JSON state. */
  dataScripts: { kind: 'template' | 'json'; source: string }[];
}

export const DATE_HINT = /date|time|publish|posted|dateline|datum|meta|info|byline|zeit/i;
// A <time> named as the last update ("updated", "modified-date") is not the publication.
const UPDATE_HINT = /updated|modified|aktualisiert|geaendert|edited/i;
const PUBLISH_HINT = /publish|posted|created|erschienen|veroeffentlicht/i;
const AUTHOR_HINT = /(?:^|[\s_-])(?:byline|author|autor|writer|by-author)(?:$|[\s_-])/i;
const MAX_SHORT_TEXTS = 30;
const TEMPLATE_TYPE = /^text\/(?:template|x-template|html)$/i;
const JSON_TYPE = /^application\/json$/i;
const SCRIPT_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i;
// An inline script that only hands the app its state as a literal: `window.__INITIAL_STATE__ = {…}`.
const STATE_ASSIGNMENT = /^\s*window(?:\.\w+|\[["']\w+["']\])\s*=\s*(?=[{[])/;
// JSON-LD beyond this size is an embedded data dump, not page metadata.
const MAX_JSON_LD_CHARS = 500_000;

function addMeta(map: Map<string, string[]>, key: string | null, value: string | null): void {
  if (!key || value === null) return;
  // Dublin Core is written both "dc.date" and "dc:date"; scholarly platforms prefix citation tags ("bepress_citation_date").
  const k = key
    .trim()
    .toLowerCase()
    .replace(/^(dc|dcterms):/, '$1.')
    .replace(/^[a-z]+_(?=citation_)/, '');
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

function flattenJsonLd(node: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) flattenJsonLd(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  out.push(obj);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
    if (key in obj) flattenJsonLd(obj[key], out, depth + 1);
  }
}

function parseJsonLd(source: string, out: Record<string, unknown>[]): void {
  if (source.length > MAX_JSON_LD_CHARS) return;
  try {
    flattenJsonLd(JSON.parse(source), out);
  } catch {
    // CMSs often leave raw line breaks inside JSON strings; retry once with them folded to spaces.
    try {
      flattenJsonLd(JSON.parse(source.replace(/[\r\n\t]+/g, ' ')), out);
    } catch {
      // unparseable metadata is ignored, the page may still carry other signals
    }
  }
}

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if ((p as Element).name === 'article') return true;
  }
  return false;
}

/**
 * Dates in related-article lists, comments or sidebars belong to other texts. Only regions below the
 * article's wrappers count: a page wrapper named "with-sidebar" or "header-…" holds the article itself.
 */
function insideFurniture(el: Element, articleWrappers: ReadonlySet<Element>): boolean {
  for (let p: ParentNode | null = el; p && isTag(p) && !articleWrappers.has(p); p = p.parent) {
    if (isDropped(p) || looksLikeFurniture(p) || isSiteHeader(p)) return true;
  }
  return false;
}

// The site's own header shows the day the page was served ("Mittwoch, 01. November 2023"), not the article's.
const isSiteHeader = (el: Element): boolean => namedAsHeader(el) && !insideArticle(el);

function insideSiteHeader(el: Element, articleWrappers: ReadonlySet<Element>): boolean {
  for (let p: ParentNode | null = el; p && isTag(p) && !articleWrappers.has(p); p = p.parent) {
    if (isSiteHeader(p)) return true;
  }
  return false;
}

/** The article container and every element around it. */
export function wrappersOf(container: Element | null): Set<Element> {
  const wrappers = new Set<Element>();
  for (let p: ParentNode | null = container; p && isTag(p); p = p.parent) wrappers.add(p);
  return wrappers;
}

/** `articleWrappers`: the article container and its ancestors (see `wrappersOf`). */
export function collectSignals(doc: Document, articleWrappers: ReadonlySet<Element> = new Set()): PageSignals {
  const s: PageSignals = {
    meta: new Map(),
    jsonLd: [],
    canonical: null,
    htmlLang: null,
    titleTag: null,
    headings: [],
    times: [],
    dateTexts: [],
    authorTexts: [],
    dataScripts: [],
  };
  for (const el of elements(doc)) {
    const name = el.name;
    if (name === 'meta') {
      const content = attr(el, 'content');
      addMeta(
        s.meta,
        attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'),
        content,
      );
      continue;
    }
    if (name === 'script') {
      const type = attr(el, 'type') ?? '';
      if (/ld\+json/i.test(type)) parseJsonLd(textOfScript(el), s.jsonLd);
      else if (TEMPLATE_TYPE.test(type)) s.dataScripts.push({ kind: 'template', source: textOfScript(el) });
      else if (JSON_TYPE.test(type)) s.dataScripts.push({ kind: 'json', source: textOfScript(el) });
      else if (SCRIPT_TYPE.test(type) && assignsState(el)) {
        s.dataScripts.push({ kind: 'json', source: stateLiteral(textOfScript(el)) });
      }
      continue;
    }
    if (name === 'link') {
      if (!s.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(attr(el, 'rel') ?? '')) s.canonical = attr(el, 'href');
      continue;
    }
    if (name === 'html') s.htmlLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang');
    else if (name === 'title') s.titleTag ??= textOf(el, 500);
    else if (name === 'h1' && s.headings.length < 5) s.headings.push(textOf(el, 500));
    const itemprop = attr(el, 'itemprop');
    const marker = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`;
    const datetime = attr(el, 'datetime') ?? (itemprop ? attr(el, 'content') : null);
    if (
      datetime &&
      (name === 'time' || itemprop === 'datePublished' || itemprop === 'dateModified') &&
      // microdata is often kept out of sight ("hidden", "sr-only"): only the regions around it decide
      !insideFurniture(itemprop && el.parent && isTag(el.parent) ? el.parent : el, articleWrappers)
    ) {
      s.times.push({
        value: itemprop === 'dateModified' || (UPDATE_HINT.test(marker) && !PUBLISH_HINT.test(marker)) ? '' : datetime,
        strong: itemprop === 'datePublished' || 'pubdate' in el.attribs || PUBLISH_HINT.test(marker),
        inArticle: insideArticle(el),
      });
    }
    if (itemprop === 'datePublished' && !datetime) addMeta(s.meta, 'datepublished', textOf(el, 200));
    if (
      s.dateTexts.length < MAX_SHORT_TEXTS &&
      itemprop !== 'dateModified' &&
      (DATE_HINT.test(marker) || name === 'time')
    ) {
      const text = textOf(el, 300);
      if (text.length >= 6 && text.length < 300 && !insideSiteHeader(el, articleWrappers)) s.dateTexts.push(text);
    }
    if (
      s.authorTexts.length < 5 &&
      (attr(el, 'rel') === 'author' || itemprop === 'author' || AUTHOR_HINT.test(marker))
    ) {
      const text = textOf(el, 200);
      if (text.length >= 3 && text.length < 120) s.authorTexts.push(text);
    }
  }
  s.times = s.times.filter((t) => t.value);
  return s;
}

// the assignment is looked for at the head of the script only: scripts can run to megabytes
const SCRIPT_HEAD_CHARS = 200;

function assignsState(el: Element): boolean {
  const first = el.children[0];
  return !!first && 'data' in first && STATE_ASSIGNMENT.test(String(first.data).slice(0, SCRIPT_HEAD_CHARS));
}

/** The literal a state script assigns, without the assignment and the final semicolon. */
function stateLiteral(script: string): string {
  return script.replace(STATE_ASSIGNMENT, '').replace(/;\s*$/, '');
}

function textOfScript(el: Element): string {
  return el.children.map((c) => ('data' in c ? String(c.data) : '')).join('');
}

export function metaValue(s: PageSignals, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = s.meta.get(k)?.find((x) => collapseSpace(x));
    if (v) return collapseSpace(v);
  }
  return null;
}
