/** What a number rule reads (a number with its words) and what it gives (a kind, with the words that decided it). */
import { matchesIn } from '../../text/matches.js';
import { onFirstUse } from '../rules/onFirstUse.js';
import { ACCEDING, DEPOSITING, RATIFYING, SIGNATURE_NOUNS, SIGNING } from '../lexicon/acts.js';
import { PERFECT_AUXILIARIES, STATE_NOUN, STATE_NOUNS } from '../lexicon/quantity.js';
import { alternation, wordsOf, WORDS_CLOSING, WORDS_OPENING } from '../lexicon/family.js';
import type { Instrument, NumberKind } from '../types.js';
import type { Found } from './found.js';
import { BOUND } from './patterns.js';

export interface NumberContext {
  /** The number's neighbourhood in its sentence, typographic quotes folded. */
  readonly sentence: string;
  /** The sentence before the number and after it. */
  readonly before: string;
  readonly after: string;
  /** The sentence before the number's qualifier ("ratification by" in "ratification by at least 40 states"). */
  readonly lead: string;
  readonly number: Found;
  /** The end of the sentence before: what a pronoun opening this one ("It was the thirtieth.") may stand for. */
  readonly previous: string;
  /** Whether the sentence holds a match of a (non-global) pattern; found once per sentence and pattern. */
  readonly has: (pattern: RegExp) => boolean;
}

/** `has` for one text: each pattern is tried on it once, however many numbers and rules ask. */
export function patternsIn(text: string): (pattern: RegExp) => boolean {
  const seen = new Map<RegExp, boolean>();
  return (pattern) => {
    let found = seen.get(pattern);
    if (found === undefined) {
      found = pattern.test(text);
      seen.set(pattern, found);
    }
    return found;
  };
}

export interface KindReading {
  kind: NumberKind;
  /** Length of the words after the number that belong to the phrase ("votes in favour", "countries"). */
  tail: number;
  instrument?: Instrument;
  /** States that acted on one occasion ("three more countries ratified"), not a total. */
  increment?: true;
  /** The total the count implies with its subject: "Peru joined 40 other states in ratifying" makes 41 parties. */
  total?: { kind: NumberKind; add: number };
  /** The words that decided: `kind` always, `instrument` when one was read. */
  why: Record<string, string>;
}

export const SIGN_WORDS = onFirstUse(() => wordsOf([SIGNING, SIGNATURE_NOUNS], 'giu'));
export const RATIFY_WORDS = onFirstUse(() => wordsOf([RATIFYING, ACCEDING, DEPOSITING], 'giu'));
/** Ratifying in other words, for counts of parties ("23 countries became contracting parties"). */
export const BOUND_WORDS = onFirstUse(
  () =>
    new RegExp(`${WORDS_OPENING}(?:${alternation(RATIFYING, ACCEDING, DEPOSITING)}|${BOUND})${WORDS_CLOSING}`, 'giu'),
);

export interface Nearest<Name> {
  name: Name;
  word: string;
}

/** The family with a word nearest to an offset of the text, and that word; null when none occurs. */
export function nearest<Name>(text: string, at: number, families: readonly [Name, RegExp][]): Nearest<Name> | null {
  let best: Nearest<Name> | null = null;
  let bestDistance = Infinity;
  for (const [name, re] of families) {
    for (const m of matchesIn(text, re)) {
      const d = m.index < at ? at - (m.index + m[0].length) : m.index - at;
      if (d < bestDistance) {
        bestDistance = d;
        best = { name, word: m[0] };
      }
    }
  }
  return best;
}

const INSTRUMENT_WORDS = onFirstUse((): readonly [Instrument, RegExp][] => [
  ['signature', SIGN_WORDS()],
  ['ratification', RATIFY_WORDS()],
]);

/**
 * "three signatory states have ratified it": "signatory" before a noun of states says which states, not which
 * instrument counts, so it is blanked before the instrument is looked for.
 */
const DESCRIBED_STATES = onFirstUse(
  () =>
    new RegExp(String.raw`\b${alternation(SIGNATURE_NOUNS)}(?=\s+${alternation(STATE_NOUN, STATE_NOUNS)}\b)`, 'giu'),
);

/**
 * Signatories counted by what they must go on to do ("once five signatories, at least three of them member states,
 * have ratified it", "when ten signatories have expressed their consent to be bound"): the signature noun right after
 * the number says who; a perfect of another act later in the sentence is what counts, a consent to be bound.
 */
const SIGNATORIES_WHO_ACTED = onFirstUse(
  () =>
    new RegExp(
      String.raw`^[^\s,;:]+\s+(?:${alternation(SIGNATURE_NOUNS)})${WORDS_CLOSING}[^.;:!?]*?${WORDS_OPENING}` +
        String.raw`(?:${alternation(PERFECT_AUXILIARIES)})\s+(?:\p{Ll}+ly\s+)?(?!${alternation(SIGNING)}${WORDS_CLOSING})(\p{Ll}+ed)${WORDS_CLOSING}`,
      'iu',
    ),
);

/** The instrument named nearest to an offset ("once 25 countries sign it": signature); ratification when none is. */
export function instrumentNear(text: string, at: number): { instrument: Instrument; why: Record<string, string> } {
  const acted = SIGNATORIES_WHO_ACTED().exec(text.slice(at));
  if (acted) return { instrument: 'ratification', why: { instrument: acted[1] } };
  const named = nearest(
    text.replace(DESCRIBED_STATES(), (m) => ' '.repeat(m.length)),
    at,
    INSTRUMENT_WORDS(),
  );
  return named ? { instrument: named.name, why: { instrument: named.word } } : { instrument: 'ratification', why: {} };
}

/** The instrument a delay's words name ("90 days after ratification by Member States"), when they name one. */
export function instrumentNamed(text: string): { instrument?: Instrument; why: Record<string, string> } {
  const named = nearest(text, 0, INSTRUMENT_WORDS());
  return named ? { instrument: named.name, why: { instrument: named.word } } : { why: {} };
}
