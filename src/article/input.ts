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

/** The HTML to parse: cut at the size cap, on a tag boundary so the last element is not half a word. */
export function boundedHtml(html: string): string {
  if (html.length <= MAX_HTML_CHARS) return html;
  const cut = html.lastIndexOf('<', MAX_HTML_CHARS);
  return html.slice(0, cut > 0 ? cut : MAX_HTML_CHARS);
}
