/** Types of what the extractors read from an article: stances, acts, numbers, dates, quotes, treaties. */

/** Stance of a country toward the treaty the article is about. */
export type Stance = 'signed' | 'not_signed' | 'mentioned';

/** What a state did toward the treaty, where the text names it: the first four give `signed`, `withdrew` `not_signed`. */
export type Act = 'signed' | 'ratified' | 'acceded' | 'joined' | 'withdrew';

export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'fewer_than' | 'at_most' | 'about';

export type NumberKind =
  | 'signatory_count'
  | 'ratification_count'
  | 'entry_into_force_threshold'
  | 'entry_into_force_delay_days'
  | 'attending_countries'
  | 'eu_member_signatories'
  | 'vote_in_favour'
  | 'vote_against'
  | 'vote_abstention'
  | 'general_assembly_members'
  | 'other';

export type Instrument = 'ratification' | 'signature';

/** Every mention carries its evidence span: character offsets into Article.text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Why a reading was made: the rule of its table that made it (`newsfacts extract --explain` prints it). */
export interface Explained {
  /** The name of the rule that produced the reading, as its table names it. */
  rule?: string;
  /** The words that decided the reading, by what they decided (`{ kind: 'bringing the total to', qualifier: 'more than' }`). */
  why?: Record<string, string>;
}

export interface CountryMention extends Span, Explained {
  /** ISO 3166-1 alpha-2, or "EU" for the European Union. */
  code: string;
  /** The name as written in the text. */
  name: string;
  stance: Stance;
  /** The act the text names for this country, when it names one. */
  act?: Act;
}

export interface NumberMention extends Span, Explained {
  kind: NumberKind;
  value: number;
  qualifier: Qualifier;
  /** The phrase as written ("no fewer than 40 states"). */
  text: string;
  /** For thresholds (and delays whose words name it): which instrument counts toward entry into force. */
  instrument?: Instrument;
  /** States that acted on one occasion ("three more countries ratified"): kind `other`, never a total. */
  increment?: boolean;
  /** A count of parties its sentence says went down (withdrawals, "down from 165"): smaller than before, not wrong. */
  fell?: boolean;
}

export interface DateMention extends Span, Explained {
  text: string;
  /** Calendar date at the precision the text gives: "2025-10-25", "2024-12", "2017". */
  value: string;
  /** The sentence the date stands in, so later stages group by sentence without splitting the text again. */
  sentence?: Span;
  /** Whether the date can be the day a count in its sentence held: a full day, not after publication, not "since". */
  statesDay?: boolean;
  /** The event the date's clause names, decided by a rule of the date-events table. */
  event?: DateEvent;
}

/** Treaty milestones and the other events a date can be the date of. */
export type DateEventKind =
  | 'adoption'
  | 'signing_opened'
  | 'entry_into_force'
  /** The instrument starting to bind one state that joined late ("takes effect for Chile on 1 May"). */
  | 'entry_into_force_for_party'
  | 'signature'
  | 'gathering'
  | 'ratification'
  | 'other';

export interface DateEvent {
  kind: DateEventKind;
  /** The rule of the date-events table that decided the kind. */
  rule: string;
  /** Keys of the treaties the date's sentence names (the claims stage keeps milestones of the article's treaty). */
  treaties?: string[];
  /** Where a milestone took place: "Hanoi, VN", or the city alone. */
  place?: string;
  /**
   * Earlier milestones joined to this one by "and" that share its date ("adopted and opened for signature on 10
   * December 1982": the adoption's day too).
   */
  also?: DateEventKind[];
}

export interface QuoteMention extends Span, Explained {
  /** The words inside the quotation marks, without the marks. */
  text: string;
  /** Person or body the article attributes them to, by the fullest name given; null when unknown. */
  speaker: string | null;
}

/** A named treaty, convention or agreement in the text. */
export interface TreatyMention extends Span {
  /** The name as written ("UN Convention against Cybercrime"). */
  name: string;
  /**
   * Normalized identity shared by the different names of one treaty, so that
   * "United Nations Convention against Cybercrime" and "UN cybercrime treaty" compare equal.
   */
  key: string;
}

/** What the extractors read: the article text and the time relative dates resolve against. */
export interface ExtractInput {
  text: string;
  /** ISO publication time; relative dates resolve against it. */
  published: string | null;
  language?: string | null;
  /**
   * Where the body starts when a headline stands before it: the article's treaty is the one its body is about, and
   * the headline is read for what it states, not for which treaty the story is about.
   */
  bodyStart?: number;
}

/** Everything the extractors found in one article. */
export interface Extractions {
  /** The treaty the article is about (the one stances refer to); null when none. */
  treaty: TreatyMention | null;
  treaties: TreatyMention[];
  countries: CountryMention[];
  numbers: NumberMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
}
