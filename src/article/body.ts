/** The article's text from the blocks of its region: clutter lines (ads, sign-up calls, share bars) left out. */
import type { Element } from 'domhandler';
import type { Block } from './blocks.js';
import { HEADING, inRegion, isProse, type ArticleRegion } from './container.js';
import { namedAsPostBody } from './boilerplate.js';
import { isDatelineOrByline } from './datelines.js';

const normalize = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
// "Advertisement", "ADVERTISEMENT - SCROLL TO CONTINUE", "Anzeige:"
const AD_LABEL =
  /^(?:advertisement|anzeige|werbung|publicité|pubblicità|publicidad|sponsored|ad)\s?:?(?:\s?[-–—|·]\s?(?:scroll|continue|story|article)[\p{L}\s]{0,30})?$/iu;
// Markers a page sets where an ad or a box interrupts the story: "Story continues below advertisement",
// "Continue reading the main story", "Article continues after this ad".
const CONTINUES_MARKER =
  /^(?:(?:the\s)?(?:story|article|text|report)\s(?:continues|resumes)\s(?:below|after|under)|continue\sreading\s(?:the\s)?(?:main\s)?(?:story|article|below))[\p{L}\s]{0,30}\.?$/iu;
// Picture credits and source notes: "Foto: dpa", "Credit:", "Crédits photos : X", "Quelle: Landesregierung".
const CREDIT_LINE =
  /^(?:fotos?|photos?|bild(?:er)?|titelbild|credits?|crédits?(?: photos?)?|image|abbildung|quellen?(?:angaben)?|sources?)\s?[:©]/i;
const CREDIT_LINE_MAX_CHARS = 100;
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

// A short line that asks the reader to do something on the site: sign up, subscribe, follow, click.
const PROMO_LINE =
  /^(?:sign up|subscribe (?:to|now|today)|register (?:now|for)|click here|follow us|follow \S+(?: \S+)? on (?:twitter|x|facebook|instagram|tiktok|linkedin)|get (?:our|the) [\p{L}\s'’]{0,40}newsletter|abonnieren sie|folgen sie uns)\b/iu;
const PROMO_LINE_MAX_CHARS = 200;
const CELL = /^t[dh]$/;
// a table given a role ("presentation") lays out the page rather than holding data
const isDataCell = (b: Block): boolean =>
  CELL.test(b.tag) && b.path.some((el) => el.name === 'table' && !el.attribs.role);

// A heading this long that opens the page title ("Headline | Site | 23.05.2011") is the headline again.
const TITLE_PREFIX_MIN_CHARS = 20;
const repeatsTitle = (key: string, titleKey: string): boolean =>
  key === titleKey || (key.length >= TITLE_PREFIX_MIN_CHARS && titleKey.startsWith(`${key} `));

function isClutterLine(b: Block, titleKey: string | null): boolean {
  const t = b.text;
  if (isLinkList(b)) return true;
  if (HEADING.test(b.tag) && titleKey && repeatsTitle(normalize(t), titleKey)) return true;
  if (t.length < LEGAL_LINE_MAX_CHARS && LEGAL_LINE.test(t)) return true;
  if (t.length <= CREDIT_LINE_MAX_CHARS && CREDIT_LINE.test(t)) return true;
  if (AD_LABEL.test(t) || CONTINUES_MARKER.test(t)) return true;
  if (t.length <= PROMO_LINE_MAX_CHARS && PROMO_LINE.test(t)) return true;
  // in a data table a date or a time is a value ("Fixtures", "Schedule"), not the article's dateline
  return !isDataCell(b) && isDatelineOrByline(t);
}

/**
 * Headings and short lines after the last paragraph of prose or table cell, or a heading followed by nothing but
 * another heading, introduce what the page removed or left out ("Related articles", "Share this"):
 * without their content they are clutter.
 */
function withoutOrphans(blocks: Block[], linksAreContent: boolean): Block[] {
  let lastProse = -1;
  blocks.forEach((b, i) => {
    if (isProse(b) || (isLinkList(b) ? linksAreContent : isDataCell(b))) lastProse = i;
  });
  // a post of short lines only (a dialogue, a data sheet): its last paragraph or list item ends it
  if (lastProse < 0) lastProse = blocks.findLastIndex((b) => SHORT_LINE_TAGS.test(b.tag) && !isLinkList(b));
  return blocks.filter((b, i) => {
    if (i > lastProse) return false;
    const next = blocks[i + 1];
    return !(HEADING.test(b.tag) && next && HEADING.test(next.tag));
  });
}

const chars = (blocks: Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);
const SHORT_LINE_TAGS = /^(?:p|li|dd|td)$/;
const MIN_GALLERY_ITEMS = 6;

/** Text in a small box around a picture (caption, credit) below the article's own container. */
function inCaptionBox(b: Block, region: ArticleRegion): boolean {
  if (b.mediaBoxAt < 0) return false;
  const box = b.path[b.mediaBoxAt];
  return !region.parts.includes(box) && b.path.slice(b.mediaBoxAt).some((el) => region.parts.includes(el));
}

const LINK_ROLL_MIN_ITEMS = 4;
// How far above the chosen container the element marked as the post body is looked for.
const POST_BODY_LEVELS = 4;

function postBodyAround(container: Element | null): Element | null {
  let el: Element | null = container;
  for (let i = 0; el && i <= POST_BODY_LEVELS; i++, el = el.parent as Element | null) {
    if ('attribs' in el && namedAsPostBody(el)) return el;
  }
  return null;
}

/**
 * A post that is a list of links (a link roll, a reading list): inside the element the CMS marks as
 * the post body, link lines outweigh everything else. Then the links are the article, and the
 * container, chosen for prose, is widened to that post body.
 */
function linkRoll(blocks: Block[], region: ArticleRegion): Block[] | null {
  const body = postBodyAround(region.container);
  if (!body) return null;
  const inside = blocks.filter((b) => inRegion(b, { container: body, parts: [body] }));
  const links = inside.filter(isLinkList);
  if (links.length < LINK_ROLL_MIN_ITEMS) return null;
  return chars(links) > chars(inside.filter((b) => !isLinkList(b) && !HEADING.test(b.tag))) ? inside : null;
}

/** The article text: the container's blocks minus link lists, ad labels, datelines, bylines and the repeated title. */
export function articleText(blocks: Block[], region: ArticleRegion, title: string | null): string {
  const titleKey = title ? normalize(title) : null;
  const inRegionBlocks = blocks.filter((b) => inRegion(b, region));
  const captions = inRegionBlocks.filter((b) => inCaptionBox(b, region));
  // Many pictures each with its text are a gallery or a list of steps, and pictures with most of the
  // region's text are a short post told in pictures: either way the text is the article.
  const gallery = new Set(captions.map((b) => b.path[b.mediaBoxAt])).size >= MIN_GALLERY_ITEMS;
  const pictureStory = chars(captions) * 2 > chars(inRegionBlocks);
  const dropped = new Set(gallery || pictureStory ? [] : captions);
  const inside = inRegionBlocks.filter((b) => !dropped.has(b));
  const roll = linkRoll(blocks, region);
  const kept = (roll ?? inside).filter(
    (b, i, all) => (roll && isLinkList(b)) || (!isClutterLine(b, titleKey) && !titlesLinkList(b, all[i + 1])),
  );
  return withoutOrphans(kept, !!roll)
    .map((b) => b.text)
    .join('\n\n');
}
