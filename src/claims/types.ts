/** Types of claim drafts, the statements extractors make before they are stored. */
/**
 * A claim as an extractor makes it, before it is stored: one statement about a subject,
 * with the evidence span in the article text that supports it.
 */
export interface ClaimDraft {
  /** Canonical subject name (a treaty), after alias resolution. */
  subject: string;
  /**
   * Identity of a subject no configured name covers (the treaty's normalized key): the store files the claim
   * under the first name it stored for that key. Absent for configured subjects.
   */
  subjectKey?: string | null;
  /**
   * What is claimed: signatory_count, ratification_count, adoption_date, signing_opened,
   * entry_into_force_rule, attending_countries, country_status, eu_member_signatories, …
   */
  property: string;
  /** Distinguishes per-item facts: the country code for country_status; null otherwise. */
  key: string | null;
  /** JSON value: a number, a date string, a stance, or a structured value. */
  value: unknown;
  /** How the value is meant: { qualifier: 'more_than' }, { instrument }, { precision: 'month' }, { place }. */
  qualifiers: Record<string, unknown>;
  /** When the value held (YYYY-MM-DD or coarser), from the text or the publication time. */
  asOf: string | null;
  /** Evidence: character offsets into the article text, end exclusive; negative ones are in the headline. */
  evidenceStart: number;
  evidenceEnd: number;
  extractor: string;
  extractorVersion: string;
  /** 0..1, how sure the extractor is. */
  confidence: number;
}

/** Qualifiers that say how a claim was read, not what it says. */
const HOW_READ = new Set(['rule', 'date_form']);

/**
 * A claim's qualifiers without those that only explain how it was read (the rule, the date's written form): two
 * readings that differ only in those say the same thing.
 */
export function meaningOf(qualifiers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(qualifiers).filter(([name]) => !HOW_READ.has(name)));
}
