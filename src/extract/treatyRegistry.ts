/** One article's registry of instruments: which of its treaty names are one instrument, and which name a parent. */
import { matchesIn } from '../text/matches.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { alternation, isMember, LETTERS } from './lexicon/family.js';
import { PARENT_BOUND_INSTRUMENTS, PARENT_INSTRUMENTS } from './lexicon/stance.js';
import { DISTINCT_INSTRUMENTS, TREATY_ALIAS_LINKS, VENUE_PREPOSITIONS } from './lexicon/treaty.js';
import { paragraphs } from './text.js';
import type { TreatyMention } from './types.js';

/**
 * What stands between a treaty's name and its alias: "X, known as the Y", "X, better known as the Y", "Y, more
 * formally known as the X", "X, which delegates were already calling the Y", "X, which was signed in 1997, is better
 * known as the Y", "X (the Y)", and "or" between two aliases ("known as the BBNJ Agreement or High Seas Treaty").
 * Never a stop: a name further on is another.
 */
const ALIAS_LINK = onFirstUse(
  () =>
    new RegExp(
      // A name's last words may be left out of it ("… Displaced Persons in Africa, which …", "Ships' Ballast Water …").
      String.raw`^(?:[\s'’]+[${LETTERS}'’-]+){0,6}?\s*,?\s*` +
        // A relative clause between: a short one ("which delegates were calling"), or one closed by its comma and
        // followed by a few words of the main verb ("…, which the Assembly adopted in May, will also be known as").
        String.raw`(?:(?:which|that)\s+(?:(?:[${LETTERS}-]+\s+){0,4}?|[^.;:!?()]{1,100}?,\s*(?:[${LETTERS}]+\s+){0,3}?))?` +
        String.raw`${alternation(TREATY_ALIAS_LINKS)}\s+(?:it\s+)?(?:the\s+)?["“‘']?$`,
      'iu',
    ),
);
const OR_LINK = onFirstUse(() => /^\s+or\s+(?:the\s+)?$/i);
/** "X (the Y)": an alias in brackets of its own, closed right after it ("the Kyoto Protocol (the Paris Agreement's …)" is not). */
const BRACKET_OPEN = onFirstUse(() => /^\s*\(\s*(?:the\s+)?$/i);
const BRACKET_CLOSE = onFirstUse(() => /^\s*\)/);
/** "X (CTBT)": an acronym in brackets right after a name, two to eight letters, capitals first and mostly. */
const ACRONYM_AFTER = onFirstUse(() => /^\s*\(\s*(\p{Lu}[\p{Lu}\p{Ll}-]{0,6}\p{Lu})\s*\)/u);

/** A union of keys: each alias names the instrument of the first name it was given with. */
class Instruments {
  private readonly root = new Map<string, string>();
  of(key: string): string {
    const up = this.root.get(key);
    return up === undefined || up === key ? key : this.of(up);
  }
  join(first: string, alias: string): void {
    const [a, b] = [this.of(first), this.of(alias)];
    if (a !== b) this.root.set(b, a);
  }
}

/**
 * Later uses of an acronym a name gives itself in brackets ("the Arms Trade Treaty (ATT) … The ATT has 116 parties"):
 * references to that name, in text order with the others.
 */
export function withAcronyms(text: string, references: readonly TreatyMention[]): TreatyMention[] {
  const added: TreatyMention[] = [];
  for (const r of references) {
    const m = r.key ? ACRONYM_AFTER().exec(text.slice(r.end, r.end + 14)) : null;
    if (!m || added.some((a) => a.name === m[1])) continue;
    const use = new RegExp(`(?<![${LETTERS}\\p{N}])${m[1]}(?![${LETTERS}\\p{N}])`, 'gu');
    // The uses after the brackets that give it.
    const from = r.end + m[0].length;
    for (const u of matchesIn(text.slice(from), use)) {
      const start = from + u.index;
      if (!references.some((o) => o.start <= start && start < o.end))
        added.push({ start, end: start + m[1].length, name: m[1], key: r.key });
    }
  }
  return added.length ? [...references, ...added].sort((x, y) => x.start - y.start) : [...references];
}

const AFTER_VENUE_WORD = onFirstUse(
  () => new RegExp(`(?:^|[^${LETTERS}])${alternation(VENUE_PREPOSITIONS)}\\s+$`, 'iu'),
);

/**
 * A headline's bare place name for a treaty the body names after it ("Argentina brings Tlatelolco into force" over a
 * body that says "the Treaty of Tlatelolco"; "US quits Kyoto" over "the Kyoto Protocol"): a reference to that treaty,
 * when the name is the one topic word of the key (keys are singular: "Lagunas" is "laguna") and no venue preposition stands
 * before it ("talks in Kyoto").
 */
export function withHeadlinePlaceNames(text: string, references: readonly TreatyMention[]): TreatyMention[] {
  const title = paragraphs(text)[0];
  if (!title || references.some((r) => r.start < title.end)) return [...references];
  const added: TreatyMention[] = [];
  const line = text.slice(title.start, title.end);
  for (const r of references) {
    const topic = r.key.split(' ').filter((w) => !isMember(DISTINCT_INSTRUMENTS, w));
    const place =
      topic.length === 1 && !r.key.includes('|')
        ? r.name.split(/\s+/).find((w) => [topic[0], `${topic[0]}s`].includes(w.toLowerCase()))
        : undefined;
    if (!place || !/^\p{Lu}/u.test(place) || added.some((a) => a.key === r.key)) continue;
    const use = new RegExp(`(?<![${LETTERS}\\p{N}])${place}(?![${LETTERS}\\p{N}'’])`, 'u').exec(line);
    if (use && !AFTER_VENUE_WORD().test(line.slice(0, use.index)))
      added.push({
        start: title.start + use.index,
        end: title.start + use.index + place.length,
        name: place,
        key: r.key,
      });
  }
  return added.length ? [...added, ...references].sort((x, y) => x.start - y.start) : [...references];
}

/** The registry of one article: its references and which instrument each names. */
export interface TreatyRegistry {
  /** The instrument a key names: the key of the first name it was given, for every alias of it. */
  instrumentOf: (key: string) => string;
  /** Aliases named in apposition to their name ("X, better known as Y"): one mention of the instrument, not two. */
  appositions: ReadonlySet<TreatyMention>;
}

/**
 * The instruments of an article. A generic reference ("The convention, which …, will also be known as Y") stands for
 * the name last given before it, so its alias is that name's.
 */
export function treatyRegistry(text: string, references: readonly TreatyMention[]): TreatyRegistry {
  const instruments = new Instruments();
  const appositions = new Set<TreatyMention>();
  // "the African Continental Free Trade Agreement (AfCFTA) … the AfCFTA agreement": a name built on the acronym is it.
  for (const r of references) {
    const acronym = r.key
      ? ACRONYM_AFTER()
          .exec(text.slice(r.end, r.end + 14))?.[1]
          .toLowerCase()
      : undefined;
    if (acronym && references.some((o) => o.key === acronym)) instruments.join(r.key, acronym);
  }
  let lastNamed: TreatyMention | null = null;
  for (let i = 1; i < references.length; i++) {
    const [named, alias] = [references[i - 1], references[i]];
    if (named.key) lastNamed = named;
    const nameKey = named.key || lastNamed?.key;
    if (!nameKey || !alias.key || instruments.of(nameKey) === instruments.of(alias.key)) continue;
    const between = text.slice(named.end, alias.start);
    const chained = OR_LINK().test(between) && appositions.has(named);
    const bracketed = BRACKET_OPEN().test(between) && BRACKET_CLOSE().test(text.slice(alias.end, alias.end + 3));
    if (!chained && !bracketed && !ALIAS_LINK().test(between)) continue;
    instruments.join(nameKey, alias.key);
    appositions.add(alias);
  }
  return { instrumentOf: (key) => (key ? instruments.of(key) : key), appositions };
}

/** "… Amendment to the Rome Statute": what follows names the parent. */
export const PARENT_PART = onFirstUse(
  () => new RegExp(`\\b(?:${alternation(PARENT_BOUND_INSTRUMENTS)})\\s+to\\s+(?:the|a|an)\\s+`, 'iu'),
);

/** "the Convention", "the parent convention": a bare parent noun, with at most one lower-case word before it. */
const PARENT_NOUN = onFirstUse(
  () => new RegExp(`^(?:the\\s+)?(?:\\p{Ll}[${LETTERS}-]*\\s+)?${alternation(PARENT_INSTRUMENTS)}$`, 'iu'),
);

/** A protocol's or an amendment's key: made under a parent, which its bare back-references ("the Convention") name. */
function isParentBound(mainKey: string): boolean {
  return mainKey.split(/[\s|]+/).some((w) => isMember(PARENT_BOUND_INSTRUMENTS, w));
}

/**
 * The references as counts and acts read them: every name of one instrument under one key (the article's treaty's
 * when it is one of them), and in an article about a protocol or an amendment, a bare "the Convention" or "the
 * Statute" under the key of the instrument last named before it (the parent: its counts and acts are not the
 * protocol's).
 */
export function readByInstrument(
  references: readonly TreatyMention[],
  registry: TreatyRegistry,
  mainKey: string | null,
): TreatyMention[] {
  const main = mainKey === null ? null : registry.instrumentOf(mainKey);
  const keyOf = (key: string): string => {
    const instrument = registry.instrumentOf(key);
    return instrument === main ? mainKey! : instrument;
  };
  const parentBound = mainKey !== null && isParentBound(mainKey);
  const keyed = (r: TreatyMention): TreatyMention => (keyOf(r.key) === r.key ? r : { ...r, key: keyOf(r.key) });
  // "Tallinn Amendment to the Rome Statute": a parent the article's treaty is named with is named before any bare noun.
  const namedWith = references.find((r) => r.key === mainKey && PARENT_PART().test(r.name))?.name;
  let parent = namedWith ? namedWith.split(PARENT_PART())[1].toLowerCase() : '';
  return references.map((r) => {
    if (r.key && parentBound && keyOf(r.key) !== mainKey && !isParentBound(r.key)) parent = keyOf(r.key);
    if (r.key) return keyed(r);
    // A parent not named before stays generic: the article's treaty may be that convention, named only informally.
    return parent && PARENT_NOUN().test(r.name.trim()) ? { ...r, key: parent } : r;
  });
}
