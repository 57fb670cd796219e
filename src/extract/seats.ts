/** Capitals standing for their government: "Washington said it will not sign", "Moscow's envoy"; not "talks in Geneva". */
import { LETTERS } from './lexicon/family.js';
import { onFirstUse } from './rules/onFirstUse.js';
import type { CountryName } from './countries.js';
import { SEATS_OF_GOVERNMENT } from './countryNames.js';
import {
  ACCEDING,
  alternation,
  APPEALS,
  AUTHORITIES,
  COMMITMENTS,
  DELEGATES,
  DEPOSITING,
  DOING_SO,
  GOVERNMENT_ROLES,
  INTENTIONS,
  isMember,
  JOINING,
  LEAVING,
  NEGATIONS,
  PERFECT_AUXILIARIES,
  PLACE_PREPOSITIONS,
  RATIFYING,
  REFUSALS,
  REJECTIONS,
  REJOINING,
  LIST_JOINERS,
  ALTERNATIVE_JOINERS,
  REPORTING,
  ROLE_FILLERS,
  SENTENCE_OPENERS,
  SIGNATURE_NOUNS,
  SIGNING,
  SUBJECT_ADVERBS,
  WITHDRAWING,
  type Family,
} from './lexicon/index.js';
import { ENTOURAGE, NOT_NAME_WORDS, OFFICES } from './lexicon/people.js';
import { RECORD_ACTIONS } from './lexicon/record.js';
import { RELATIVE_PRONOUNS, SPEECH_VERBS } from './lexicon/speech.js';
import type { TextAnalysis } from './analysis.js';

/** The verbs a government does or says things with, read right after a capital (or after its auxiliaries). */
const VERB_FAMILIES = [
  SPEECH_VERBS,
  REPORTING,
  SIGNING,
  RATIFYING,
  ACCEDING,
  JOINING,
  WITHDRAWING,
  DEPOSITING,
  LEAVING,
  REJOINING,
  REJECTIONS,
  REFUSALS,
  COMMITMENTS,
  INTENTIONS,
  APPEALS,
  DOING_SO,
];
/** The people, bodies and acts a capital owns as a government: "Moscow's envoy", "Vilnius's withdrawal". */
const OWNED_FAMILIES = [
  OFFICES,
  DELEGATES,
  ENTOURAGE,
  AUTHORITIES,
  RATIFYING,
  ACCEDING,
  WITHDRAWING,
  SIGNATURE_NOUNS,
  COMMITMENTS,
  RECORD_ACTIONS.acceptance,
  RECORD_ACTIONS.approval,
];

/** The families seat detection is written in (part of the countries extractor's version). */
export const SEAT_FAMILIES: readonly Family[] = [
  ...VERB_FAMILIES,
  ...OWNED_FAMILIES,
  // The whole record family set is imported, so all of it is part of the version, not only the two owned acts.
  ...Object.values(RECORD_ACTIONS).filter((f) => !OWNED_FAMILIES.includes(f)),
  NEGATIONS,
  PERFECT_AUXILIARIES,
  SUBJECT_ADVERBS,
  NOT_NAME_WORDS,
  SENTENCE_OPENERS,
  PLACE_PREPOSITIONS,
  LIST_JOINERS,
  ALTERNATIVE_JOINERS,
  RELATIVE_PRONOUNS,
  GOVERNMENT_ROLES,
  ROLE_FILLERS,
];

const GAP = '[^\\S\\n]+';
const LEAD = `(?:${alternation(PERFECT_AUXILIARIES, SUBJECT_ADVERBS, NEGATIONS)}|is|was|does|did|do)(?:n't)?`;
/**
 * "Washington said", "Moscow has not ratified", "Vilnius formally deposited", "Washington, which never ratified the
 * pact, said": the capital is the subject, maybe with a relative clause or an apposition between.
 */
const SUBJECT_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^(?:\\s*,\\s*(?:${alternation(RELATIVE_PRONOUNS)}|the|an?)\\s[^,.;]{1,80},)?${GAP}(?:${LEAD}${GAP}){0,3}` +
        `${alternation(...VERB_FAMILIES)}(?![${LETTERS}])`,
      'u',
    ),
);
/**
 * "Cairo hosted the ceremony in 1996 and signed the treaty that day": a first verb, then one of the government's verbs
 * joined to it by "and" or "but" with no subject of its own, so the capital is the subject of both.
 */
const COORDINATED_SUBJECT_AFTER = onFirstUse(
  () =>
    new RegExp(
      `^${GAP}\\p{Ll}+ed${GAP}[^,.;\\n]{0,60}?${GAP}(?:${alternation(LIST_JOINERS)}|but)${GAP}(?:${LEAD}${GAP}){0,3}` +
        `${alternation(...VERB_FAMILIES)}(?![${LETTERS}])`,
      'u',
    ),
);
/** "Beijing and Moscow have refused", "Hanoi or Manila": a list of capitals or countries, read to its end. */
const LIST_ON = onFirstUse(
  () => new RegExp(`^\\s*(?:,\\s*)?(?:${alternation(LIST_JOINERS, ALTERNATIVE_JOINERS)}\\s+|,\\s*)`, 'u'),
);
/** "Moscow's envoy", "Beijing's foreign ministry", "Vilnius's instrument of accession": the capital owns them. */
const OWNER_AFTER = onFirstUse(
  () => new RegExp(`^['’]s${GAP}(?:[${LETTERS}-]+${GAP}){0,2}?${alternation(...OWNED_FAMILIES)}(?![${LETTERS}])`, 'iu'),
);
/** "the three depositary governments — Washington, London and Moscow": a role of governments the capitals fill. */
const ROLE_BEFORE = onFirstUse(
  () =>
    new RegExp(
      `(?<![${LETTERS}])${alternation(GOVERNMENT_ROLES)}\\s*(?:[—–:,(]\\s*|\\s${alternation(ROLE_FILLERS)}\\s+)(?:the\\s+)?$`,
      'iu',
    ),
);
/** "talks in Geneva", "flew to Paris", "a summit at Kigali": a place, not a government. */
const PLACE_BEFORE = onFirstUse(() => new RegExp(`\\b${alternation(PLACE_PREPOSITIONS)}\\s+(?:the\\s+)?$`, 'i'));
/** "George Washington said", "Mr Paris": a capitalized word right before, unless it opens the sentence ("Later"). */
const CAPITALIZED_BEFORE = onFirstUse(() => new RegExp(String.raw`(\p{Lu}[${LETTERS}'’.-]*)[^\S\n]+$`, 'u'));

let seats: { pattern: RegExp; codes: Map<string, string> } | null = null;

function seatIndex(): { pattern: RegExp; codes: Map<string, string> } {
  const codes = new Map<string, string>();
  for (const [code, names] of Object.entries(SEATS_OF_GOVERNMENT)) for (const n of names) codes.set(n, code);
  const alternatives = [...codes.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
  // No lookbehind for the word's start: one in front keeps V8 from skipping ahead to a capital's first letters, which
  // made this the costliest pattern of a page. seatsIn tests the start instead.
  return { pattern: new RegExp(`(?:${alternatives.join('|')})(?![${LETTERS}\\p{N}])`, 'gu'), codes };
}

const WORD_BEFORE = onFirstUse(() => new RegExp(`[${LETTERS}\\p{N}]$`, 'u'));

/** The capitals written as whole words: a match that goes on from a word is passed over, and the search resumes one place on. */
function seatsIn(text: string, pattern: RegExp): Pick<CountryName, 'name' | 'start' | 'end'>[] {
  const out: Pick<CountryName, 'name' | 'start' | 'end'>[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > 0 && WORD_BEFORE().test(text.slice(Math.max(0, m.index - 2), m.index))) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Whether the capital at [start, end) stands for its government where it is written; `end` is its list's end, and
 * `capitals` how many capitals the list holds: "Manila, Phnom Penh or Vientiane" names governments unless a place
 * word leads ("flights to Rome and Madrid").
 */
function standsForGovernment(
  text: string,
  start: number,
  end: number,
  opensSentence: boolean,
  capitals: number,
): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (PLACE_BEFORE().test(before)) return false;
  // "…is Egypt. Cairo signed": the capitalized word before ends the sentence before, it is no first name.
  const word = opensSentence ? null : CAPITALIZED_BEFORE().exec(before);
  const opener = word?.[1].replace(/[.'’]+$/, '');
  if (opener && !isMember(NOT_NAME_WORDS, opener) && !isMember(SENTENCE_OPENERS, opener)) return false;
  if (capitals > 1) return true;
  const after = text.slice(end, end + 80);
  // OWNER_AFTER opens with the apostrophe: tested first, V8 compiles that long pattern only for a page that needs it.
  return (
    SUBJECT_AFTER().test(after) ||
    COORDINATED_SUBJECT_AFTER().test(after) ||
    (/^['’]/.test(after) && OWNER_AFTER().test(after)) ||
    ROLE_BEFORE().test(text.slice(Math.max(0, start - 60), start))
  );
}

/** The country names with the capitals that stand for a government added, in text order. */
export function withSeatsOfGovernment(a: TextAnalysis, names: readonly CountryName[]): CountryName[] {
  seats ??= seatIndex();
  const added: CountryName[] = [];
  const found = seatsIn(a.text, seats.pattern).filter((f) => !names.some((n) => n.start < f.end && n.end > f.start));
  const items = [...names, ...found].sort((x, y) => x.start - y.start);
  for (const f of found) {
    // The list the capital opens or belongs to ("Beijing and Moscow have…") is read to its last item.
    let first = items.indexOf(f);
    let last = first;
    const joined = (i: number) => {
      const glue = LIST_ON().exec(a.text.slice(items[i].end, items[i + 1].start));
      return glue !== null && items[i].end + glue[0].length === items[i + 1].start;
    };
    while (first > 0 && joined(first - 1)) first--;
    while (last + 1 < items.length && joined(last)) last++;
    const opensSentence = a.sentences.some((sentence) => sentence.start === items[first].start);
    const capitals = items.slice(first, last + 1).filter((item) => found.includes(item)).length;
    if (!standsForGovernment(a.text, items[first].start, items[last].end, opensSentence, capitals)) continue;
    const code = seats.codes.get(f.name.replace(/’/g, "'"))!;
    added.push({ code, name: f.name, start: f.start, end: f.end });
  }
  return added.length ? [...names, ...added].sort((x, y) => x.start - y.start) : [...names];
}
