/** Finds the region of the page that holds the article: the densest run of prose blocks, furniture aside. */
import type { Element } from 'domhandler';
import type { Block } from './blocks.js';
import { looksLikeFurniture, namedAsSideColumn, neverArticle } from './boilerplate.js';

export const HEADING = /^h[1-6]$/;
// A block with more link text than this is a link list (menu, teaser list, tag cloud), not prose.
export const MAX_LINK_DENSITY = 0.35;
const SHORT_BLOCK_PENALTY = 5;
const SHORT_TEXT_TAGS = /^(?:p|td|th)$/;
// A region named as furniture (a sidebar widget, a comment thread) is the article only when it far
// outweighs everything else: sometimes the article's own wrapper carries such a name.
const FURNITURE_CONTAINER_WEIGHT = 0.3;
// A neighbour of the container joins the article (a standfirst in the header, a second body part after
// an embedded box) when it holds at least this much prose and next to no links or furniture.
const SIBLING_MIN_PROSE = 150;
const SIBLING_MAX_NOISE = 0.1;

/** The article: the best container plus the neighbouring elements that hold more of its prose. */
export interface ArticleRegion {
  container: Element | null;
  /** The container first, then the neighbours taken in. */
  parts: Element[];
}

const linkDensity = (b: Block): number => b.linkChars / b.text.length;
/** The block's size net of its links, in Latin-letter equivalents. */
const unlinkedSize = (b: Block): number => b.size * (1 - linkDensity(b));

export function isProse(b: Block): boolean {
  if (linkDensity(b) > MAX_LINK_DENSITY) return false;
  return b.size >= 50 || (b.tag === 'p' && b.size >= 25);
}

/** How much a block speaks for the elements around it being the article: prose for, links against. */
function blockWeight(b: Block): number {
  if (HEADING.test(b.tag)) return 0;
  if (isProse(b)) return unlinkedSize(b);
  // a short paragraph still speaks for the article, and so does a table cell: a table of figures or results is read, not clicked
  if (linkDensity(b) <= MAX_LINK_DENSITY && SHORT_TEXT_TAGS.test(b.tag)) return unlinkedSize(b) / 2;
  return -b.linkChars - SHORT_BLOCK_PENALTY;
}

interface Tally {
  /** Prose net of links and furniture. */
  net: Map<Element, number>;
  /** Links, short lines and furniture: the negative part of `net`. */
  noise: Map<Element, number>;
  /** Regions named as furniture, and the elements inside them. */
  furniture: Set<Element>;
  /** Elements in or under a region that never holds the article (see `neverArticle`). */
  excluded: Set<Element>;
}

const ARTICLE_TAGS = new Set(['article', 'main']);

/**
 * Index in the block's path of the page's side column around the furniture the block sits in, or -1. A
 * "sidebar" inside the `<article>` or `<main>` element is the article's own box, not the page's column.
 */
function sideColumnAt(b: Block, isSide: (el: Element) => boolean): number {
  for (let i = b.furnitureAt; i < b.path.length; i++) {
    const el = b.path[i];
    if (ARTICLE_TAGS.has(el.name)) return -1;
    if (isSide(el)) {
      for (let j = i + 1; j < b.path.length; j++) if (ARTICLE_TAGS.has(b.path[j].name)) return -1;
      return i;
    }
  }
  return -1;
}

function tally(blocks: Block[]): Tally {
  const t: Tally = { net: new Map(), noise: new Map(), furniture: new Set(), excluded: new Set() };
  const neverCache = new Map<Element, boolean>();
  const isNever = (el: Element): boolean => {
    let never = neverCache.get(el);
    if (never === undefined) neverCache.set(el, (never = looksLikeFurniture(el) && neverArticle(el)));
    return never;
  };
  const sideCache = new Map<Element, boolean>();
  const isSide = (el: Element): boolean => {
    let side = sideCache.get(el);
    if (side === undefined) sideCache.set(el, (side = namedAsSideColumn(el)));
    return side;
  };
  for (const b of blocks) {
    if (b.furnitureAt >= 0) {
      // a list inside a sidebar widget is no more the article than the widget itself
      t.furniture.add(b.path[b.furnitureAt]);
      // a list inside the page's side column is no more the article than the column itself
      const side = sideColumnAt(b, isSide);
      for (let i = 0; i <= side; i++) t.furniture.add(b.path[i]);
      // the outermost comment thread or banner around the block: a "comment-content" inside it is no article either
      let neverAt = -1;
      for (let i = b.furnitureAt; i < b.path.length; i++) if (isNever(b.path[i])) neverAt = i;
      for (let i = 0; i <= neverAt; i++) t.excluded.add(b.path[i]);
    }
    const w = blockWeight(b);
    const furnitureWeight = Math.min(0, w) - 1;
    for (let i = 0; i < b.path.length; i++) {
      const el = b.path[i];
      // furniture counts against every container above it, but a furniture element may itself be the container
      const inside = b.furnitureAt >= 0 && i > b.furnitureAt;
      const v = inside ? furnitureWeight : w;
      t.net.set(el, (t.net.get(el) ?? 0) + v);
      if (v < 0) t.noise.set(el, (t.noise.get(el) ?? 0) - v);
    }
  }
  return t;
}

function depth(el: Element): number {
  let d = 0;
  for (let p = el.parent; p; p = p.parent) d++;
  return d;
}

/**
 * The element whose subtree holds the most prose net of link text: the smallest region that takes in
 * the article's paragraphs while leaving out menus, link lists and furniture around them.
 * Ties go to the outer element, which keeps a standfirst or subheading sitting next to the body.
 */
function bestContainer({ net, furniture, excluded }: Tally): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of net) {
    if (excluded.has(el)) continue;
    const score = furniture.has(el) ? raw * FURNITURE_CONTAINER_WEIGHT : raw;
    if (score > bestScore || (score === bestScore && best && depth(el) < depth(best))) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function elementChildren(el: Element): Element[] {
  return el.children.filter((c): c is Element => 'attribs' in c);
}

function siblingsOf(el: Element): Element[] {
  const parent = el.parent as Element | null;
  if (!parent || parent.name === 'body' || parent.name === 'html' || !('children' in parent)) return [];
  return elementChildren(parent).filter((c) => c !== el);
}

// How far down a mixed neighbour (a header holding topic links and a standfirst) is searched for clean prose.
const NEIGHBOUR_SEARCH_DEPTH = 2;

/** Neighbours of the container, and of its parent, that are clean prose, or their clean parts. */
function proseNeighbours(container: Element, t: Tally): Element[] {
  const found: Element[] = [];
  const visit = (el: Element, depthLeft: number): void => {
    const noise = t.noise.get(el) ?? 0;
    const net = t.net.get(el) ?? 0;
    if (net + noise < SIBLING_MIN_PROSE || t.furniture.has(el) || looksLikeFurniture(el)) return;
    if (noise <= net * SIBLING_MAX_NOISE) found.push(el);
    else if (depthLeft > 0) for (const child of elementChildren(el)) visit(child, depthLeft - 1);
  };
  const neighbours = [...siblingsOf(container), ...(container.parent ? siblingsOf(container.parent as Element) : [])];
  for (const el of neighbours) visit(el, NEIGHBOUR_SEARCH_DEPTH);
  return found;
}

const PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'pre']);

/**
 * A paragraph alone is never the article's wrapper: when one paragraph outweighs every element around it,
 * the post is short lines (a dialogue, a data sheet, a poem) that the noise in its wrapper outweighs. The
 * paragraph's parent holds the rest of the post; furniture and link lists in it are left out later.
 */
function liftedFromParagraph(el: Element | null, t: Tally): Element | null {
  const parent = el?.parent as Element | null | undefined;
  if (!el || !PARAGRAPH_TAGS.has(el.name) || !parent || !('attribs' in parent)) return el;
  if (parent.name === 'body' || parent.name === 'html' || t.excluded.has(parent)) return el;
  return parent;
}

export function articleRegion(blocks: Block[]): ArticleRegion {
  const t = tally(blocks);
  const container = liftedFromParagraph(bestContainer(t), t);
  return { container, parts: container ? [container, ...proseNeighbours(container, t)] : [] };
}

/** True for blocks inside the region and not inside furniture nested in it. */
export function inRegion(b: Block, region: ArticleRegion): boolean {
  if (!region.container) return b.furnitureAt < 0;
  return region.parts.some((part) => {
    const i = b.path.indexOf(part);
    return i >= 0 && (b.furnitureAt < 0 || b.furnitureAt >= i);
  });
}
