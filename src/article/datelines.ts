/** Datelines, bylines and time stamps near the article body: kept out of its text, read for its date. */
import type { Element } from 'domhandler';
import { namedAsEmbeddedPost, namedAsHeader } from './boilerplate.js';
import type { Block } from './blocks.js';
import { inRegion, type ArticleRegion } from './container.js';
import { findDates } from './dates.js';
import { DATE_HINT } from './signals.js';

const BYLINE = /^(?:(?:posted|written|reported|words)\sby|by|von|par|por|di|door)\s/i;

// A time stamp without a date: "10:42 a.m. ET", "Published 3 hours ago", "Last updated: 14:05 Uhr".
const STAMP_MAX_CHARS = 60;
const STAMP_WORD =
  /^(?:(?:last\s)?(?:published|updated|posted|modified)|veröffentlicht|aktualisiert|stand)(?:\s(?:on|at|am|um))?\s?:?\s?/i;
const CLOCK = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:uhr|[a-z]{2,4}))?$/i;
const AGO =
  /^(?:(?:\d{1,3}|an?|one)\s(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\sago|vor\s(?:\d{1,3}|einer|einem)\s(?:minuten?|stunden?|tag(?:en)?|wochen?))$/i;

function isTimeStamp(text: string): boolean {
  if (text.length > STAMP_MAX_CHARS) return false;
  const rest = text.replace(STAMP_WORD, '');
  return CLOCK.test(rest) || AGO.test(rest);
}

/** Datelines, time stamps and bylines are metadata: a short block that is mostly a date or a time, or starts "By …". */
export function isDatelineOrByline(text: string): boolean {
  if (text.length > 120) return false;
  if (BYLINE.test(text) && text.length < 80) return true;
  if (isTimeStamp(text)) return true;
  const dates = findDates(text);
  if (!dates.length) return false;
  const rest = text.replace(/\d{1,4}/g, '').replace(/[^\p{L}]+/gu, '');
  return rest.length < 40;
}

const DATELINE_MAX_CHARS = 150;
// How many blocks before and after the article are searched for its dateline.
const DATELINE_LOOKBEHIND = 40;
const DATE_MARK_LEVELS = 3;

function isMarkedAsDate(b: Block): boolean {
  return b.path
    .slice(0, DATE_MARK_LEVELS)
    .some((el) => DATE_HINT.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) || el.name === 'time');
}

const LIST_SIGNATURE_LEVELS = 3;
const MIN_LIST_ITEMS = 3;

/** Tag and class names of a block's nearest elements: items of one list (comments, teasers, events) share it. */
function signature(b: Block): string {
  return b.path
    .slice(0, LIST_SIGNATURE_LEVELS)
    .map((el) => `${el.name}.${el.attribs.class ?? ''}`)
    .join('<');
}

/**
 * Dated blocks that are items of a list: several blocks of the same make carrying different dates
 * (a comment thread, a teaser list, an event calendar). Their dates belong to other texts.
 */
function datedListItems(blocks: Block[]): Set<Block> {
  const groups = new Map<string, { blocks: Block[]; days: Set<string> }>();
  for (const b of blocks) {
    const day = findDates(b.text)[0]?.day;
    if (!day) continue;
    const key = signature(b);
    const group = groups.get(key) ?? { blocks: [], days: new Set<string>() };
    group.blocks.push(b);
    group.days.add(day);
    groups.set(key, group);
  }
  const items = new Set<Block>();
  for (const g of groups.values()) {
    if (g.blocks.length >= MIN_LIST_ITEMS && g.days.size > 1) for (const b of g.blocks) items.add(b);
  }
  return items;
}

function insideArticleElement(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if ((p as Element).name === 'article') return true;
  return false;
}

/**
 * Blocks in the site's own header: a header that neither holds the article container nor the headline,
 * outside any `<article>`. Its date is the day the page was served ("Monday, October 6, 2025"), not
 * the day the article appeared.
 */
function siteHeaderBlocks(candidates: Block[], blocks: Block[], region: ArticleRegion): Set<Block> {
  const aroundArticle = new Set<Element>();
  for (let p = region.container; p; p = p.parent as Element | null) aroundArticle.add(p);
  for (const b of blocks) if (b.tag === 'h1') for (const el of b.path) aroundArticle.add(el);
  const known = new Map<Element, boolean>();
  const isSiteHeader = (el: Element): boolean => {
    let is = known.get(el);
    if (is === undefined)
      known.set(el, (is = !aroundArticle.has(el) && namedAsHeader(el) && !insideArticleElement(el)));
    return is;
  };
  return new Set(candidates.filter((b) => b.path.some(isSiteHeader)));
}

// A label that names the value in the element after it: "Zuletzt geändert am:", "Published:".
const LABEL = /^[^\d:]{2,40}:$/u;

/** Blocks from `from` to `to` that follow a label of their own, the label put back in front: "Last updated: 3 May 2021". */
function labelledTexts(blocks: Block[], from: number, to: number): Map<Block, string> {
  const texts = new Map<Block, string>();
  for (let i = Math.max(1, from); i < Math.min(to, blocks.length); i++) {
    if (LABEL.test(blocks[i - 1].text)) texts.set(blocks[i], `${blocks[i - 1].text} ${blocks[i].text}`);
  }
  return texts;
}

/**
 * Short blocks where a dateline would sit, nearest the article first: inside the container, then the
 * blocks just before it (headline area), then those after it; items of dated lists left out.
 */
export function textsNearBody(blocks: Block[], region: ArticleRegion): string[] {
  const first = blocks.findIndex((b) => inRegion(b, region));
  if (first < 0) return blocks.filter((b) => b.text.length <= DATELINE_MAX_CHARS).map((b) => b.text);
  let last = first;
  for (let i = first; i < blocks.length; i++) if (inRegion(blocks[i], region)) last = i;
  const labelled = labelledTexts(blocks, first - DATELINE_LOOKBEHIND, last + 1 + DATELINE_LOOKBEHIND);
  const short = [
    ...blocks.slice(first, last + 1),
    ...blocks.slice(Math.max(0, first - DATELINE_LOOKBEHIND), first).reverse(),
    ...blocks.slice(last + 1, last + 1 + DATELINE_LOOKBEHIND),
  ].filter((b) => b.text.length <= DATELINE_MAX_CHARS);
  const listed = datedListItems(short);
  const siteHeader = siteHeaderBlocks(short, blocks, region);
  const near = short.filter((b) => !listed.has(b) && !siteHeader.has(b) && !b.path.some(namedAsEmbeddedPost));
  // blocks in elements named for dates ("post-date", "meta", "byline") first, then lines that are
  // little more than a date, then sentences that mention one; each group by distance
  const rank = (b: Block): number => (isMarkedAsDate(b) ? 0 : isDatelineOrByline(b.text) ? 1 : 2);
  return near
    .map((b, i) => ({ b, i, r: rank(b) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => labelled.get(x.b) ?? x.b.text);
}
