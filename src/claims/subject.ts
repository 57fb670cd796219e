/** Decides which subject (treaty) an article is about. */
import type { SubjectSpec } from '../config/schema.js';
import { treatyKey, treatyReferences } from '../extract/treaties.js';
import { treatyRegistry } from '../extract/treatyRegistry.js';
import { wordIndex } from '../extract/text.js';
import type { TreatyMention } from '../extract/types.js';

/** What the subject of an article is read from. */
export interface SubjectEvidence {
  title: string | null;
  text: string;
  /** The treaty the extractors take the article to be about, and every treaty it names. */
  treaty: TreatyMention | null;
  treaties: readonly TreatyMention[];
}

/** The configured subjects a passage names by one of their names, written out. */
function namedIn(passage: string, subjects: readonly SubjectSpec[]): SubjectSpec | null {
  const lower = passage.toLowerCase();
  let first: { subject: SubjectSpec; at: number } | null = null;
  for (const s of subjects) {
    for (const name of [s.name, ...s.aliases]) {
      const at = wordIndex(lower, name.toLowerCase());
      if (at >= 0 && (!first || at < first.at)) first = { subject: s, at };
    }
  }
  return first?.subject ?? null;
}

function configuredFor(treaty: TreatyMention, subjects: readonly SubjectSpec[]): SubjectSpec | null {
  return (
    subjects.find((s) =>
      [s.name, ...s.aliases].some((n) => treatyKey(n) === treaty.key || treatyKey(n) === treatyKey(treaty.name)),
    ) ?? null
  );
}

/**
 * The subject an article's claims are filed under (`instrumentOf`: the article's treaty registry, when the caller has
 * built it already). The operator's configured names come first: one in the
 * headline, then the configured subject the main treaty is another name of, then one written anywhere in
 * the text ("the first-ever global convention to prevent and combat cybercrime" names no treaty the
 * extractors can see). Else the fullest name the article gives its main treaty, or the one its headline
 * gives, so unconfigured treaties still gather facts under a name an analyst can read.
 */
export function subjectOf(
  article: SubjectEvidence,
  subjects: readonly SubjectSpec[],
  instrumentOf?: (key: string) => string,
): { name: string; key: string | null } | null {
  const { title, text, treaty, treaties } = article;
  const chosen =
    (title ? namedIn(title, subjects) : null) ??
    (treaty ? configuredFor(treaty, subjects) : null) ??
    namedIn(text, subjects);
  if (chosen) return { name: chosen.name, key: null };
  if (treaty) {
    // Of every name the article gives its treaty's instrument ("X, better known as Y"), the fullest.
    const instrument = instrumentOf ?? treatyRegistry(text, treaties).instrumentOf;
    const fullest = treaties
      .filter((t) => instrument(t.key) === instrument(treaty.key))
      .reduce((a, t) => (t.name.length > a.length ? t.name : a), treaty.name);
    return { name: fullest, key: treaty.key };
  }
  // A body that only says "the convention" leaves the headline to name it ("UN Adopts Global Cybercrime Treaty").
  const headlined = title ? treatyReferences(title).find((t) => t.key) : undefined;
  return headlined ? { name: headlined.name, key: headlined.key } : null;
}

/**
 * Whether a treaty the text names is the article's subject, under any of its names. `instrumentOf`: the article's
 * registry (treatyRegistry.ts), which gives every alias of one instrument one key.
 */
export function isSubjectTreaty(
  treaty: TreatyMention,
  subject: { name: string; key: string | null },
  main: TreatyMention | null,
  subjects: readonly SubjectSpec[],
  instrumentOf: (key: string) => string = (key) => key,
): boolean {
  if (main && instrumentOf(treaty.key) === instrumentOf(main.key)) return true;
  const configured = configuredFor(treaty, subjects);
  return configured ? configured.name === subject.name : subject.key === treaty.key;
}
