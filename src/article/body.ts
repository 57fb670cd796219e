import type { Element } from 'domhandler';
import type { Block } from './blocks.js';
import { findDates } from './dates.js';
import { DATE_HINT } from './signals.js';

const HEADING = /^h[1-6]$/;
// A block with more link text than this is a link list (menu, teaser list, tag cloud), not prose.
const MAX_LINK_DENSITY = 0.35;
const SHORT_BLOCK_PENALTY = 5;
// A region named as furniture (a sidebar widget, a comment thread) is the article only when it far
// outweighs everything else: sometimes the article's own wrapper carries such a name.
const FURNITURE_CONTAINER_WEIGHT = 0.3;

function isProse(b: Block): boolean {
  const t = b.text.length;
  if (b.linkChars / t > MAX_LINK_DENSITY) return false;
  return t >= 50 || (b.tag === 'p' && t >= 25);
}

/** How much a block speaks for the elements around it being the article: prose for, links against. */
function blockWeight(b: Block): number {
  if (HEADING.test(b.tag)) return 0;
  if (isProse(b)) return b.text.length - b.linkChars;
  if (b.linkChars / b.text.length <= MAX_LINK_DENSITY && b.tag === 'p') return (b.text.length - b.linkChars) / 2;
  return -b.linkChars - SHORT_BLOCK_PENALTY;
}

/**
 * The element whose subtree holds the most prose net of link text: the smallest region that takes in
 * the article's paragraphs while leaving out menus, link lists and furniture around them.
 * Ties go to the outer element, which keeps a standfirst or subheading sitting next to the body.
 */
export function articleContainer(blocks: Block[]): Element | null {
  const scores = new Map<Element, number>();
  const furniture = new Set<Element>();
  for (const b of blocks) {
    if (b.furnitureAt >= 0) furniture.add(b.path[b.furnitureAt]);
    const w = blockWeight(b);
    const furnitureWeight = Math.min(0, w) - 1;
    for (let i = 0; i < b.path.length; i++) {
      const el = b.path[i];
      // furniture counts against every container above it, but a furniture element may itself be the container
      const inside = b.furnitureAt >= 0 && i > b.furnitureAt;
      scores.set(el, (scores.get(el) ?? 0) + (inside ? furnitureWeight : w));
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const score = furniture.has(el) ? raw * FURNITURE_CONTAINER_WEIGHT : raw;
    if (score > bestScore || (score === bestScore && best && depth(el) < depth(best))) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function depth(el: Element): number {
  let d = 0;
  for (let p = el.parent; p; p = p.parent) d++;
  return d;
}

const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const AD_LABEL = /^(?:advertisement|anzeige|werbung|publicité|pubblicità|publicidad|sponsored|ad)$/i;
const BYLINE = /^(?:by|von|par|por|di|door)\s/i;

/** Datelines and bylines are metadata: a short block that is mostly a date, or starts "By …". */
function isDatelineOrByline(text: string): boolean {
  if (text.length > 120) return false;
  if (BYLINE.test(text) && text.length < 80) return true;
  const dates = findDates(text);
  if (!dates.length) return false;
  const rest = text.replace(/\d{1,4}/g, '').replace(/[^\p{L}]+/gu, '');
  return rest.length < 40;
}

function inContainer(b: Block, container: Element | null): boolean {
  if (!container) return b.furnitureAt < 0;
  const i = b.path.indexOf(container);
  return i >= 0 && (b.furnitureAt < 0 || b.furnitureAt >= i);
}

const LEGAL_LINE = /^(?:©|\(c\)\s|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés/i;
const LEGAL_LINE_MAX_CHARS = 200;

function isClutterLine(b: Block, titleKey: string | null): boolean {
  const t = b.text;
  if (b.linkChars / t.length > 0.5) return true;
  if (HEADING.test(b.tag) && titleKey && normalize(t) === titleKey) return true;
  if (t.length < LEGAL_LINE_MAX_CHARS && LEGAL_LINE.test(t)) return true;
  return AD_LABEL.test(t) || isDatelineOrByline(t);
}

/**
 * Headings and short lines after the last paragraph of prose, or a heading followed by nothing but
 * another heading, introduce what the page removed or left out ("Related articles", "Share this"):
 * without their content they are clutter.
 */
function withoutOrphans(blocks: Block[]): Block[] {
  let lastProse = -1;
  blocks.forEach((b, i) => {
    if (isProse(b)) lastProse = i;
  });
  return blocks.filter((b, i) => {
    if (i > lastProse) return false;
    const next = blocks[i + 1];
    return !(HEADING.test(b.tag) && next && HEADING.test(next.tag));
  });
}

/** The article text: the container's blocks minus link lists, ad labels, datelines, bylines and the repeated title. */
export function articleText(blocks: Block[], container: Element | null, title: string | null): string {
  const titleKey = title ? normalize(title) : null;
  const kept = blocks.filter((b) => inContainer(b, container) && !isClutterLine(b, titleKey));
  return withoutOrphans(kept)
    .map((b) => b.text)
    .join('\n\n');
}

const DATELINE_MAX_CHARS = 150;
const DATE_MARK_LEVELS = 3;

function isMarkedAsDate(b: Block): boolean {
  return b.path.slice(0, DATE_MARK_LEVELS).some((el) => DATE_HINT.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) || el.name === 'time');
}
const DATELINE_LOOKBEHIND = 40;

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

/**
 * Short blocks where a dateline would sit, nearest the article first: inside the container, then the
 * blocks just before it (headline area), then those after it; items of dated lists left out.
 */
export function textsNearBody(blocks: Block[], container: Element | null): string[] {
  const first = blocks.findIndex((b) => inContainer(b, container));
  if (first < 0) return blocks.filter((b) => b.text.length <= DATELINE_MAX_CHARS).map((b) => b.text);
  let last = first;
  for (let i = first; i < blocks.length; i++) if (inContainer(blocks[i], container)) last = i;
  const short = [
    ...blocks.slice(first, last + 1),
    ...blocks.slice(Math.max(0, first - DATELINE_LOOKBEHIND), first).reverse(),
    ...blocks.slice(last + 1, last + 1 + DATELINE_LOOKBEHIND),
  ].filter((b) => b.text.length <= DATELINE_MAX_CHARS);
  const listed = datedListItems(short);
  const near = short.filter((b) => !listed.has(b));
  // blocks in elements named for dates ("post-date", "meta", "byline") first, then by distance
  return [...near.filter(isMarkedAsDate), ...near.filter((b) => !isMarkedAsDate(b))].map((b) => b.text);
}
