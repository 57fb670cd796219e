/** htmlparser2's parser and tree builder: the bundle keeps them and drops the rest of its index. */
import type { Document } from 'domhandler';
import { DomHandler, Parser, Tokenizer, type Options } from 'htmlparser2';

// htmlparser2 declares no side effects, so the CLI's bundle (scripts/bundle-cli.js) leaves out what the pipeline does
// not use of its index (DomUtils, feeds, streams); loading Parser.js and domhandler by file through require() instead,
// as this module did, took ~8 ms more CPU of a one-page `extract --json` (11 CommonJS files outside the bundle).

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;

/** The tokenizer's own state, which its type declares private: what the two states below read and move. */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

/** Where the first `a` or `b` sits in `text` at or after `from`; the text's length when neither does. */
function nextOf(text: string, from: number, a: number, b: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === a || c === b) break;
    i++;
  }
  return i;
}

/**
 * htmlparser2's tokenizer, stepping over plain text and attribute values in one tight loop. The stock tokenizer calls
 * its state function once per character there, although only `<`, `&` and the closing quote do anything: 83 MB of
 * web-dev markup parsed in ~0.9 s CPU that way, ~0.67 s this way, into the same tree (tests/article/html.test.ts).
 * Inside scripts, styles and comments it looks for the one character that may end them (`fastForwardTo`) with the
 * string's own search instead of a loop over its characters: inline scripts are much of a page's markup.
 */
class SkippingTokenizer extends Tokenizer {}
const stock = Tokenizer.prototype as unknown as TokenizerState;
const skipping = SkippingTokenizer.prototype as unknown as TokenizerState;
skipping.stateText = function (this: TokenizerState, c: number): void {
  if (c === LESS_THAN || c === AMPERSAND) return stock.stateText.call(this, c);
  // the parse loop steps one past the index left here: onto the next character that matters, or the end
  this.index = nextOf(this.buffer, this.index - this.offset + 1, LESS_THAN, AMPERSAND) + this.offset - 1;
};
skipping.fastForwardTo = function (this: TokenizerState, c: number): boolean {
  // as the stock loop: the index on the character found, else on the buffer's last character
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  this.index = (at < 0 ? this.buffer.length - 1 : at) + this.offset;
  return at >= 0;
};
skipping.handleInAttributeValue = function (this: TokenizerState, c: number, quote: number): void {
  if (c === quote || c === AMPERSAND) return stock.handleInAttributeValue.call(this, c, quote);
  this.index = nextOf(this.buffer, this.index - this.offset + 1, quote, AMPERSAND) + this.offset - 1;
};

/** The document tree of some markup, exactly as htmlparser2's `parseDocument` builds it. */
export function parseDocument(data: string, options?: Options): Document {
  const handler = new DomHandler(undefined, options);
  new Parser(handler, { Tokenizer: SkippingTokenizer, ...options }).end(data);
  return handler.root;
}
