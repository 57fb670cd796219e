/** Names a text gives one treaty as another's alias ("X, better known as the Y"): a count under either is of one treaty. */
import { alternation } from '../lexicon/family.js';
import { TREATY_ALIAS_LINKS } from '../lexicon/treaty.js';
import { sameTreaty } from '../treaties.js';
import type { TreatyMention } from '../types.js';

/**
 * What stands between a treaty's name and its alias: "X, known as the Y", "X, better known as the Y", "Y, more
 * formally known as the X", "X, which delegates were already calling the Y", "X (the Y)", and "or" between two aliases
 * ("known as the BBNJ Agreement or High Seas Treaty"). Never more than a few words and no stop: a name further on is
 * another.
 */
const ALIAS_LINK = new RegExp(
  // A name's last words may be left out of it ("… Displaced Persons in Africa, which …", "Ships' Ballast Water …").
  String.raw`^(?:[\s'’]+[\p{L}'’-]+){0,6}?\s*,?\s*(?:(?:which|that)\s+(?:[\p{L}-]+\s+){0,4}?)?${alternation(TREATY_ALIAS_LINKS)}\s+(?:it\s+)?` +
    String.raw`(?:the\s+)?$`,
  'iu',
);
const OR_LINK = /^\s+or\s+(?:the\s+)?$/i;
/** "X (the Y)": an alias in brackets of its own, closed right after it ("the Kyoto Protocol (the Paris Agreement's …)" is not). */
const BRACKET_OPEN = /^\s*\(\s*(?:the\s+)?$/i;
const BRACKET_CLOSE = /^\s*\)/;

/**
 * References with each alias (and every other mention of it) under one key with the name it is an alias of: the
 * article's treaty's key when either is it, else the first name's. Only counts read these keys: which treaty an
 * article is about stays decided on the names as written.
 */
export function withAliases(
  text: string,
  references: readonly TreatyMention[],
  mainKey: string | null,
): TreatyMention[] {
  const sharedKey = (a: string, b: string): string => (mainKey !== null && sameTreaty(b, mainKey) ? mainKey : a);
  const renamed = new Map<string, string>();
  const keyOf = (key: string): string => renamed.get(key) ?? key;
  for (let i = 1; i < references.length; i++) {
    const [named, alias] = [references[i - 1], references[i]];
    if (!named.key || !alias.key || keyOf(named.key) === keyOf(alias.key)) continue;
    const between = text.slice(named.end, alias.start);
    const chained = i > 1 && OR_LINK.test(between) && renamed.has(named.key);
    const bracketed = BRACKET_OPEN.test(between) && BRACKET_CLOSE.test(text.slice(alias.end, alias.end + 3));
    if (!chained && !bracketed && !ALIAS_LINK.test(between)) continue;
    const joined = [keyOf(named.key), keyOf(alias.key)];
    const key = sharedKey(joined[0], joined[1]);
    // Names already joined to either one follow it.
    for (const [from, to] of renamed) if (joined.includes(to)) renamed.set(from, key);
    for (const from of [named.key, alias.key, ...joined]) renamed.set(from, key);
  }
  return renamed.size
    ? references.map((r) => (renamed.has(r.key) ? { ...r, key: renamed.get(r.key)! } : r))
    : [...references];
}
