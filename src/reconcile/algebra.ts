/** The value algebra interface that lets reconcile rules share clustering across value families. */
/**
 * How one family of values compares: the rules for dates, bounded quantities and structured values
 * differ only here, so the clustering and verdict logic is shared.
 */
export interface ValueAlgebra<V> {
  /** The claim's value in this family, or null when it is not one (such claims are ignored, not guessed at). */
  parse(value: unknown, qualifiers: Record<string, unknown>): V | null;
  /** Whether both could be true of the same thing at once. */
  compatible(a: V, b: V): boolean;
  /** The value two compatible values describe together (the finer date, the tighter bound, the merged fields). */
  refine(a: V, b: V): V;
  /** Higher is more precise; the most precise claims seed the candidates. */
  specificity(v: V): number;
  /** The fact's JSON value plus any extra fields the fact carries (qualifier, bound, place). */
  render(v: V): { value: unknown; extra: Record<string, unknown> };
  /** Short human form for explanations. */
  describe(v: V): string;
}
