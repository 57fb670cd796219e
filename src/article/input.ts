/** Bounds on what the article stage accepts: non-HTML input refused, oversize or over-nested pages cut. */

/**
 * Pages beyond this are cut before parsing: real article pages are well under it, and the cap bounds
 * the time and memory one hostile or broken page can take.
 */
export const MAX_HTML_CHARS = 8_000_000;

/**
 * True when the input is plainly not an HTML page (a PDF, an image, JSON, binary data), so the
 * stage returns an empty article instead of mining bytes for text.
 */
export function isNotHtml(html: string): boolean {
  const head = html.slice(0, 2048).trimStart();
  if (!head) return true;
  if (head.startsWith('%PDF') || head.startsWith('{') || head.startsWith('[')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  return control > head.length / 20 || !head.includes('<');
}

// A tag boundary further back than this from the size cap would throw away text that can be kept.
const TAG_SEARCH_CHARS = 65_536;

/**
 * Markup nested deeper than this is cut off before parsing: the parser's work grows with the square of
 * the nesting, so 100k nested elements would take seconds and a few million would hang. Real pages
 * stay far below; the count is rough (tags the parser closes by itself are left out) so the cap is generous.
 */
export const MAX_NESTING = 5_000;

const VOID_OR_SELF_CLOSING = [
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  // closed implicitly by the next sibling, so never deepen the parser's stack for long
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
];
const SLASH = 0x2f;
// A tag name of up to this many letters is packed into one small integer, five bits a letter: every name above fits.
const MAX_PACKED_LETTERS = 6;
const NOT_PACKED = -1;

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isTagNameChar = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
/** A letter's place in the alphabet, 1 to 26, whatever its case. */
const letterOf = (c: number): number => (c | 0x20) - 0x60;

const packName = (name: string): number =>
  [...name].reduce((packed, letter) => packed * 32 + letterOf(letter.charCodeAt(0)), 0);
const VOID_PACKED = new Set(VOID_OR_SELF_CLOSING.map(packName));

/**
 * Where the open-element count first passes `limit`, or -1. A scan by character codes rather than a
 * regular expression or sliced names: it runs over every page's whole markup, and this way it allocates
 * nothing per tag (slicing and lower-casing each tag name took ~0.1 s CPU over the 605 web-dev pages).
 */
export function nestingCut(html: string, limit = MAX_NESTING): number {
  let depth = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    const closing = html.charCodeAt(lt + 1) === SLASH;
    const start = lt + (closing ? 2 : 1);
    let c = html.charCodeAt(start);
    if (!isAsciiLetter(c)) continue;
    let packed = letterOf(c);
    for (let end = start + 1; isTagNameChar((c = html.charCodeAt(end))); end++) {
      // a digit, a hyphen or a seventh letter rules out every name in the list
      if (!isAsciiLetter(c) || end - start >= MAX_PACKED_LETTERS) {
        packed = NOT_PACKED;
        break;
      }
      packed = packed * 32 + letterOf(c);
    }
    if (VOID_PACKED.has(packed)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > limit) return lt;
  }
  return -1;
}

/** The HTML to parse: cut at the size cap on a tag boundary (so the last element is not half a word), and at the nesting cap. */
export function boundedHtml(html: string): string {
  let bounded = html;
  if (bounded.length > MAX_HTML_CHARS) {
    const cut = bounded.lastIndexOf('<', MAX_HTML_CHARS);
    bounded = bounded.slice(0, cut > MAX_HTML_CHARS - TAG_SEARCH_CHARS ? cut : MAX_HTML_CHARS);
  }
  const deep = nestingCut(bounded);
  return deep < 0 ? bounded : bounded.slice(0, deep);
}
