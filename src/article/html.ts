/** htmlparser2's parser and tree builder: the bundle keeps them and drops the rest of its index. */
import type { Document } from 'domhandler';
import { DomHandler, Parser, type Options } from 'htmlparser2';

// htmlparser2 declares no side effects, so the CLI's bundle (scripts/bundle-cli.js) leaves out what the pipeline does
// not use of its index (DomUtils, feeds, streams); loading Parser.js and domhandler by file through require() instead,
// as this module did, took ~8 ms more CPU of a one-page `extract --json` (11 CommonJS files outside the bundle).

/** The document tree of some markup, exactly as htmlparser2's `parseDocument` builds it. */
export function parseDocument(data: string, options?: Options): Document {
  const handler = new DomHandler(undefined, options);
  new Parser(handler, options).end(data);
  return handler.root;
}
