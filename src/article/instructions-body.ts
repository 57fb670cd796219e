/** The text of a schema.org Recipe or HowTo in JSON-LD: its description, ingredients and tools, then its steps. */
import { typeOf } from './metadata.js';
import type { PageSignals } from './signals.js';

const INSTRUCTIONS_TYPE = /\b(?:Recipe|HowTo)\b/;
const MAX_DEPTH = 6;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Names of tools and supplies ({"@type": "HowToTool", "name": "Scissors"}) or plain strings. */
function itemNames(v: unknown): string[] {
  return asArray(v)
    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { name?: unknown }).name : null))
    .filter((x): x is string => typeof x === 'string' && !!x.trim());
}

/**
 * The lines of `recipeInstructions` or `step`: a string, a list of strings, HowToStep items (their `text`, or
 * their `name` when they carry none), and HowToSection items whose `name` heads their own `itemListElement`.
 */
function stepLines(v: unknown, depth = 0): string[] {
  if (depth > MAX_DEPTH) return [];
  return asArray(v).flatMap((x): string[] => {
    if (typeof x === 'string') return x.trim() ? [x] : [];
    if (!x || typeof x !== 'object') return [];
    const o = x as Record<string, unknown>;
    const name = typeof o.name === 'string' ? o.name : null;
    if (o.itemListElement !== undefined) return [...(name ? [name] : []), ...stepLines(o.itemListElement, depth + 1)];
    if (typeof o.text === 'string') return [o.text];
    return name ? [name] : [];
  });
}

/** For each Recipe or HowTo the page declares, its lines in reading order (each plain text or an HTML fragment). */
export function instructionsBodies(signals: PageSignals): string[][] {
  return signals.jsonLd
    .filter((o) => INSTRUCTIONS_TYPE.test(typeOf(o)))
    .map((o) => [
      ...(typeof o.description === 'string' ? [o.description] : []),
      ...itemNames(o.recipeIngredient ?? o.ingredients),
      ...itemNames(o.supply),
      ...itemNames(o.tool),
      ...stepLines(o.recipeInstructions ?? o.step),
    ]);
}
