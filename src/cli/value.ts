/** A decided value as an analyst types it, on the command line or in the live page's form. */

/** JSON when it parses (72, {"threshold":40}), else the plain string ("ratification"). */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
