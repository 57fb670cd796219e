/** Uses the article copy a page embeds outside its markup (JSON-LD, templates, app state) when that is whole. */
import type { Document } from 'domhandler';
import { parseDocument } from './html.js';
import { pageBlocks } from './blocks.js';
import { articleEntities } from './metadata.js';
import type { PageSignals } from './signals.js';
import { instructionsBodies } from './instructions-body.js';
import { stateBodies, type StateBody } from './state-body.js';

/**
 * Some pages ship the article outside the rendered markup: as the JSON-LD `articleBody`, as HTML
 * inside a client-side template script that the browser renders, or in the JSON application state. Such a copy is used only when the
 * markup's own body is much shorter: teasers and paywalled pages show a stub while the copy is whole.
 */
const MUCH_LONGER = 2;
const MIN_EMBEDDED_CHARS = 200;
const MARKUP = /<\/?[a-z][a-z0-9]*[\s>/]/i;

/** Extracts the body from a parsed fragment: the same container choice the page itself gets. */
export type BodyOf = (root: Document) => string;

/** A markup fragment parsed under one article element, so its paragraphs share a container. */
function fragment(html: string): Document {
  return parseDocument(`<article>${html}</article>`);
}

/** Plain-text `articleBody` keeps its line breaks as paragraph breaks; entities some CMSs leave in are decoded. */
function plainParagraphs(text: string): string {
  return text
    .split(/\s*\n\s*/)
    .map((line) =>
      pageBlocks(fragment(line))
        .map((b) => b.text)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n');
}

function ldBodies(signals: PageSignals, minChars: number, bodyOf: BodyOf): string[] {
  return articleEntities(signals)
    .map((o) => o.articleBody)
    .filter((v): v is string => typeof v === 'string' && v.length >= minChars)
    .map((v) => (MARKUP.test(v) ? bodyOf(fragment(v)) : plainParagraphs(v)));
}

/** A Recipe's or HowTo's lines, each an HTML fragment or plain text, as paragraphs. */
function instructionsTexts(signals: PageSignals, bodyOf: BodyOf): string[] {
  return instructionsBodies(signals).map((lines) =>
    lines
      .map((line) => (MARKUP.test(line) ? bodyOf(fragment(line)) : plainParagraphs(line)))
      .filter(Boolean)
      .join('\n\n'),
  );
}

function templateBodies(signals: PageSignals, minChars: number, bodyOf: BodyOf): string[] {
  return (
    signals.dataScripts
      // the raw source bounds the text it can give: skip templates too small to matter before parsing them
      .filter((s) => s.kind === 'template' && s.source.length >= minChars && MARKUP.test(s.source))
      .map((s) => bodyOf(fragment(s.source)))
  );
}

// JSON state is parsed only for pages whose markup shows next to no article: it can run to megabytes.
const STATE_MAX_DOM_CHARS = 1000;
const MAX_STATE_CHARS = 5_000_000;

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return null;
  }
}

/** Bodies in the page's JSON state; only those under the page's headline when some are. */
function stateBodiesOf(signals: PageSignals, minChars: number, bodyOf: BodyOf, title: string | null): string[] {
  const found: StateBody[] = [];
  for (const { kind, source } of signals.dataScripts) {
    if (kind !== 'json' || source.length < minChars || source.length > MAX_STATE_CHARS) continue;
    found.push(...stateBodies(parseJson(source), minChars, title));
  }
  const own = found.some((b) => b.headed) ? found.filter((b) => b.headed) : found;
  return own.map(({ body }) =>
    typeof body === 'string'
      ? bodyOf(fragment(body))
      : body
          .map((p) => plainParagraphs(p))
          .filter(Boolean)
          .join('\n\n'),
  );
}

/** The page's body, or a much longer copy of the article the page embeds in JSON-LD, a template or its JSON state. */
export function withEmbeddedBody(
  domText: string,
  signals: PageSignals,
  bodyOf: BodyOf,
  title: string | null = null,
): string {
  const minChars = Math.max(MIN_EMBEDDED_CHARS, domText.length * MUCH_LONGER);
  const candidates = [
    ...ldBodies(signals, minChars, bodyOf),
    ...instructionsTexts(signals, bodyOf),
    ...templateBodies(signals, minChars, bodyOf),
  ];
  if (domText.length < STATE_MAX_DOM_CHARS) candidates.push(...stateBodiesOf(signals, minChars, bodyOf, title));
  const longest = candidates.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= minChars ? longest : domText;
}
