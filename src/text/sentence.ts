/** How far a sentence may reach either side of the span, so a text without stops stays bounded. */
const SENTENCE_REACH = 400;

const isStop = (ch: string): boolean => ch === '.' || ch === '!' || ch === '?';
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';

/** Offsets of the sentence around a span: from the previous sentence end (or line break) to the next. */
export function sentenceSpan(text: string, start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  const floor = Math.max(0, s - SENTENCE_REACH);
  while (from > floor) {
    const prev = text[from - 1];
    if (prev === '\n' || (isSpace(prev) && isStop(text[from - 2] ?? ''))) break;
    from--;
  }
  let to = e;
  const ceiling = Math.min(text.length, e + SENTENCE_REACH);
  while (to < ceiling) {
    const ch = text[to];
    if (ch === '\n') break;
    to++;
    if (isStop(ch) && (to >= text.length || isSpace(text[to]))) break;
  }
  return { start: from, end: to };
}

/** Offsets of the paragraph around a position: article text puts one paragraph per line (blank lines between). */
export function paragraphSpan(text: string, at: number): { start: number; end: number } {
  const after = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: after < 0 ? text.length : after };
}
