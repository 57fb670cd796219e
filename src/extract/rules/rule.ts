/** Extraction rules as records: a name, what the rule produces, its condition, and the examples it must pass. */
import type { Family } from '../lexicon/family.js';

/** A sentence (or short text) and the fields the rule's reading of it must have. */
export interface RuleExample {
  text: string;
  /** Publication time the text is read against (relative dates). */
  published?: string;
  /** Fields of one extraction made by this rule: `{ kind: 'signatory_count', value: 72 }`. */
  gives: Readonly<Record<string, unknown>>;
}

/** A text on which the rule must not fire, or must not give the fields in `not`. */
export interface RuleCounterExample {
  text: string;
  published?: string;
  /** Fields no extraction by this rule may have; absent: the rule makes no extraction at all. */
  not?: Readonly<Record<string, unknown>>;
}

/**
 * One rule of an ordered table. `when` looks at what the table reads (a number with its words around it, a clause,
 * a quotation…) and returns the reading, or null when the rule does not apply. In a table the first rule whose
 * `when` gives a reading wins, so the order is part of the rule and is visible in one place.
 */
export interface Rule<Context, Reading> {
  readonly name: string;
  /** What the rule produces, in words ("a signatory count from 'N countries signed'"). */
  readonly produces: string;
  readonly when: (context: Context) => Reading | null;
  /**
   * Families one of whose members every reading of the rule rests on: a text that writes none of them gets no reading
   * from the rule, so the rule is not tried there and the patterns only it runs are never compiled. Declared where
   * each way `when` can give a reading tests a pattern, mark or member of one of them on the text.
   */
  readonly needs?: readonly Family[];
  readonly examples: readonly RuleExample[];
  readonly counterExamples?: readonly RuleCounterExample[];
}

/** A reading with the name of the rule that made it. */
export interface Ruled<Reading> {
  rule: string;
  reading: Reading;
}

/**
 * The first rule of the table that gives a reading, with its name; null when none applies. `holds` tells whether the
 * text writes a member of a family (TextAnalysis.holds): a rule none of whose `needs` it writes is passed over.
 */
export function firstMatch<Context, Reading>(
  table: readonly Rule<Context, Reading>[],
  context: Context,
  holds?: (f: Family) => boolean,
): Ruled<Reading> | null {
  for (const rule of table) {
    if (holds && rule.needs && !rule.needs.some(holds)) continue;
    const reading = rule.when(context);
    if (reading !== null) return { rule: rule.name, reading };
  }
  return null;
}

/** Declares a table; checks once, at load, that its rule names are unique, since `--explain` and tests name them. */
export function ruleTable<Context, Reading>(
  name: string,
  rules: readonly Rule<Context, Reading>[],
): readonly Rule<Context, Reading>[] & { readonly tableName: string } {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.name)) throw new Error(`rule table ${name}: rule ${r.name} is named twice`);
    seen.add(r.name);
  }
  return Object.freeze(Object.assign([...rules], { tableName: name }));
}
