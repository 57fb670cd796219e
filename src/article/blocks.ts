/** The page's visible text as blocks (paragraph, heading, list item, cell), each with its link share and size. */
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { isDropped, looksLikeFurniture } from './boilerplate.js';
import { MAX_DEPTH, collapseSpace } from './dom.js';

/** A run of text that a browser would lay out as its own block (paragraph, heading, list item, cell…). */
export interface Block {
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Length of `text` in Latin-letter equivalents (see `textSize`): what prose thresholds compare. */
  size: number;
  /** The nearest block-level element's tag: p, h2, li, td, div… */
  tag: string;
  /** Enclosing elements, nearest first, up to the document root. */
  path: Element[];
  /** Index in `path` of the nearest element named as furniture (comments, share bar…), or -1. */
  furnitureAt: number;
  /** Index in `path` of a nearby element that holds an image or video and little text (a caption or credit box), or -1. */
  mediaBoxAt: number;
}

const MEDIA_TAGS = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'svg',
  'object',
  'embed',
  'canvas',
  'amp-img',
  'amp-anim',
  'amp-video',
  'amp-youtube',
  'amp-iframe',
]);
// A caption or credit sits at most this many levels below the element that holds the picture…
const MEDIA_BOX_LEVELS = 3;
// …and that element holds hardly more text than a caption.
const MEDIA_BOX_MAX_CHARS = 250;

// Han, kana and Hangul write a word in one to three characters where alphabets take five or six, and
// use no spaces: one such character carries about as much as this many Latin letters.
const IDEOGRAPHIC_WEIGHT = 3;
// the code-point range that holds all of them: a cheap test that rules out most text
const MAYBE_IDEOGRAPHIC = /[\u2e80-\ud7af]/;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Text length with East Asian characters weighted, so a Chinese paragraph counts as much as its English translation. */
export function textSize(text: string): number {
  if (!MAYBE_IDEOGRAPHIC.test(text)) return text.length;
  const ideographic = text.match(IDEOGRAPHIC)?.length ?? 0;
  return text.length + (IDEOGRAPHIC_WEIGHT - 1) * ideographic;
}

// A box around an e-mail field with little text is a sign-up or log-in box, whatever its class names.
const SIGNUP_BOX_LEVELS = 4;
const SIGNUP_BOX_MAX_CHARS = 400;
const isEmailField = (el: Element): boolean => el.name === 'input' && el.attribs.type?.toLowerCase() === 'email';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
  'legend',
]);

/** Splits the page into text blocks in reading order, skipping dropped furniture (scripts, nav, forms' inputs…). */
export function pageBlocks(root: AnyNode): Block[] {
  const blocks: Block[] = [];
  const stack: Element[] = [];
  const furniture: boolean[] = [];
  const blockTags: string[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  const withMedia = new Set<Element>();
  const withEmailField = new Set<Element>();
  const textChars = new Map<Element, number>();

  const flush = (): void => {
    if (!parts.length) return;
    const text = collapseSpace(parts.join(''));
    parts = [];
    if (text) {
      const path = stack.slice().reverse();
      const f = furniture.lastIndexOf(true);
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        size: textSize(text),
        tag: blockTags.at(-1) ?? '',
        path,
        furnitureAt: f < 0 ? -1 : stack.length - 1 - f,
        mediaBoxAt: -1,
      });
      for (const el of stack) textChars.set(el, (textChars.get(el) ?? 0) + text.length);
    }
    linkChars = 0;
  };

  const walk = (node: AnyNode, depth: number): void => {
    if (depth > MAX_DEPTH || !('children' in node)) return;
    for (const child of (node as Element).children) {
      if (isText(child)) {
        parts.push(child.data);
        if (linkDepth) linkChars += collapseSpace(child.data).length;
        continue;
      }
      if (!isTag(child)) continue;
      const name = child.name;
      if (name === 'br' || name === 'hr') {
        flush();
        continue;
      }
      if (isDropped(child)) {
        if (MEDIA_TAGS.has(name)) for (const el of stack) withMedia.add(el);
        else if (isEmailField(child)) for (const el of stack) withEmailField.add(el);
        continue;
      }
      const isBlock = BLOCK_TAGS.has(name);
      if (isBlock) {
        flush();
        blockTags.push(name);
      } else if (name === 'a') {
        linkDepth++;
      }
      stack.push(child);
      furniture.push(looksLikeFurniture(child));
      walk(child, depth + 1);
      if (isBlock) flush();
      stack.pop();
      furniture.pop();
      if (isBlock) blockTags.pop();
      else if (name === 'a') linkDepth--;
    }
  };
  walk(root, 0);
  flush();
  const isSmall = (el: Element, maxChars: number): boolean => (textChars.get(el) ?? 0) <= maxChars;
  for (const b of blocks) {
    const signupAt = withEmailField.size
      ? b.path
          .slice(0, SIGNUP_BOX_LEVELS)
          .findIndex((el) => withEmailField.has(el) && isSmall(el, SIGNUP_BOX_MAX_CHARS))
      : -1;
    if (signupAt >= 0 && (b.furnitureAt < 0 || signupAt < b.furnitureAt)) b.furnitureAt = signupAt;
    b.mediaBoxAt = b.path
      .slice(0, MEDIA_BOX_LEVELS)
      .findIndex((el) => el.name !== 'p' && withMedia.has(el) && isSmall(el, MEDIA_BOX_MAX_CHARS));
  }
  return blocks;
}
