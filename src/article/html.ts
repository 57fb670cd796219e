/** htmlparser2's parser and tree builder, loaded without the rest of its index. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Document } from 'domhandler';
import type { DomHandler as Handler, Options, Parser as ParserClass } from 'htmlparser2';

// htmlparser2's index also loads DomUtils, dom-serializer and a second copy of the entity tables (about 20 modules,
// ~20 ms of a one-page `extract`), none of which the pipeline uses; its package exports no path to the parser alone,
// so the parser and the DomHandler it builds trees with are loaded by file, from where its index would load them.
const require = createRequire(import.meta.url);
const index = require.resolve('htmlparser2');
const { Parser } = require(join(dirname(index), 'Parser.js')) as { Parser: typeof ParserClass };
const { DomHandler } = createRequire(index)('domhandler') as { DomHandler: typeof Handler };

/** The document tree of some markup, exactly as htmlparser2's `parseDocument` builds it. */
export function parseDocument(data: string, options?: Options): Document {
  const handler = new DomHandler(undefined, options);
  new Parser(handler, options).end(data);
  return handler.root;
}
