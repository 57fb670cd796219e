/** Records read from a depositary's status table: participants, their treaty actions and dates, the table's totals. */

/** A treaty action as depositaries list it. */
export type RecordAction =
  | 'signature'
  | 'definitive_signature'
  | 'ratification'
  | 'acceptance'
  | 'approval'
  | 'accession'
  | 'succession'
  | 'withdrawal';

/** The act in the words of `newsfacts extract` (../shared/CONTRACT.md): what the action means for a stance. */
export type ContractAct = 'signed' | 'ratified' | 'acceded' | 'withdrew';

export interface RecordedAction {
  action: RecordAction;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the table gives less. */
  date: string | null;
}

export interface Participant {
  /** ISO 3166-1 alpha-2, or EU. */
  code: string;
  /** The name as the table writes it ("Bolivia (Plurinational State of)"). */
  name: string;
  actions: RecordedAction[];
  /** Listed in brackets, with a withdrawal action, or a footnote that says it withdrew. */
  withdrawn: boolean;
}

/** The layout a table was read in, named for the record and for `--explain`. */
export type TableLayout = 'column-per-action' | 'row-per-action';

export interface StatusTable {
  layout: TableLayout;
  /** The day the table holds for: from the page ("Status as at 26-10-2025"), else the fetch day; null when neither. */
  asOf: string | null;
  participants: Participant[];
  /** Signatories: participants with a signature; parties: participants bound (not withdrawn). */
  totals: { signatories: number; parties: number };
  /** Rows whose participant could not be named as a country, by their text, so the operator sees them. */
  unread: string[];
}
