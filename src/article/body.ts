import type { Block } from './blocks.js';
import { HEADING, inRegion, isProse, type ArticleRegion } from './container.js';
import { findDates } from './dates.js';
import { DATE_HINT } from './signals.js';

const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const AD_LABEL = /^(?:advertisement|anzeige|werbung|publicité|pubblicità|publicidad|sponsored|ad)\s?:?$/i;
// Picture credits and source notes: "Foto: dpa", "Credit:", "Crédits photos : X", "Quelle: Landesregierung".
const CREDIT_LINE =
  /^(?:fotos?|photos?|bild(?:er)?|titelbild|credits?|crédits?(?: photos?)?|image|abbildung|quellen?(?:angaben)?|sources?)\s?[:©]/i;
const CREDIT_LINE_MAX_CHARS = 100;
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

const LEGAL_LINE = /^(?:©|\(c\)\s|copyright\b)|all rights reserved|alle rechte vorbehalten|tous droits réservés/i;
const LEGAL_LINE_MAX_CHARS = 200;

const LINK_LIST_DENSITY = 0.5;
const LIST_TITLE_MAX_CHARS = 80;
const isLinkList = (b: Block): boolean => b.linkChars / b.text.length > LINK_LIST_DENSITY;

/** A heading or short line right before links ("More on this", "Read also:") titles a link list, not the article. */
function titlesLinkList(b: Block, next: Block | undefined): boolean {
  if (!next || !isLinkList(next) || isLinkList(b)) return false;
  return HEADING.test(b.tag) || (b.text.length <= LIST_TITLE_MAX_CHARS && /[:?]$/.test(b.text));
}

function isClutterLine(b: Block, titleKey: string | null): boolean {
  const t = b.text;
  if (isLinkList(b)) return true;
  if (HEADING.test(b.tag) && titleKey && normalize(t) === titleKey) return true;
  if (t.length < LEGAL_LINE_MAX_CHARS && LEGAL_LINE.test(t)) return true;
  if (t.length <= CREDIT_LINE_MAX_CHARS && CREDIT_LINE.test(t)) return true;
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

const MIN_GALLERY_ITEMS = 6;

/** Text in a small box around a picture (caption, credit) below the article's own container. */
function inCaptionBox(b: Block, region: ArticleRegion): boolean {
  if (b.mediaBoxAt < 0) return false;
  const box = b.path[b.mediaBoxAt];
  return !region.parts.includes(box) && b.path.slice(b.mediaBoxAt).some((el) => region.parts.includes(el));
}

/** The article text: the container's blocks minus link lists, ad labels, datelines, bylines and the repeated title. */
export function articleText(blocks: Block[], region: ArticleRegion, title: string | null): string {
  const titleKey = title ? normalize(title) : null;
  const inRegionBlocks = blocks.filter((b) => inRegion(b, region));
  const captions = inRegionBlocks.filter((b) => inCaptionBox(b, region));
  // Many pictures each with its text are a gallery or a list of steps: the text is the article.
  const gallery = new Set(captions.map((b) => b.path[b.mediaBoxAt])).size >= MIN_GALLERY_ITEMS;
  const inside = gallery ? inRegionBlocks : inRegionBlocks.filter((b) => !captions.includes(b));
  const kept = inside.filter((b, i) => !isClutterLine(b, titleKey) && !titlesLinkList(b, inside[i + 1]));
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
export function textsNearBody(blocks: Block[], region: ArticleRegion): string[] {
  const first = blocks.findIndex((b) => inRegion(b, region));
  if (first < 0) return blocks.filter((b) => b.text.length <= DATELINE_MAX_CHARS).map((b) => b.text);
  let last = first;
  for (let i = first; i < blocks.length; i++) if (inRegion(blocks[i], region)) last = i;
  const short = [
    ...blocks.slice(first, last + 1),
    ...blocks.slice(Math.max(0, first - DATELINE_LOOKBEHIND), first).reverse(),
    ...blocks.slice(last + 1, last + 1 + DATELINE_LOOKBEHIND),
  ].filter((b) => b.text.length <= DATELINE_MAX_CHARS);
  const listed = datedListItems(short);
  const near = short.filter((b) => !listed.has(b));
  // blocks in elements named for dates ("post-date", "meta", "byline") first, then lines that are
  // little more than a date, then sentences that mention one; each group by distance
  const rank = (b: Block): number => (isMarkedAsDate(b) ? 0 : isDatelineOrByline(b.text) ? 1 : 2);
  return near
    .map((b, i) => ({ b, i, r: rank(b) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map((x) => x.b.text);
}
