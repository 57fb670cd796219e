/** A status table as claims of record: each participant's status with its act and date, and the table's totals. */
import type { ClaimDraft } from '../claims/types.js';
import { RECORD_ACTIONS } from '../extract/lexicon/record.js';
import { versionOf, type ExtractorSpec } from '../extract/rules/version.js';
import type { ContractAct, Participant, RecordAction, StatusTable } from './types.js';

/** What each depositary action means as an act in the extractors' words. */
const ACT_OF: Readonly<Record<RecordAction, ContractAct>> = {
  signature: 'signed',
  definitive_signature: 'ratified',
  ratification: 'ratified',
  acceptance: 'ratified',
  approval: 'ratified',
  accession: 'acceded',
  succession: 'acceded',
  withdrawal: 'withdrew',
};
/** What the record reader is made of; its version is a hash of the families and the act mapping. */
export const RECORD_SPEC: ExtractorSpec = {
  name: 'record',
  families: Object.values(RECORD_ACTIONS),
  tables: [],
  data: ACT_OF,
};
export const RECORD_VERSION = versionOf(RECORD_SPEC);

/** Qualifiers every claim of record carries: the reconciler weighs them as the depositary's record. */
export const RECORD_PROVENANCE = 'record';

/** One line per participant ("Chile: signature 2013-06-03; ratification 2013-07-02."), the evidence of its claims. */
function participantLine(p: Participant): string {
  const acts = p.actions.map((a) => `${a.action.replace('_', ' ')} ${a.date ?? 'undated'}`).join('; ');
  return `${p.withdrawn ? `[${p.name}]` : p.name}: ${acts || 'listed'}.`;
}

/** The act that decides a participant's status: its latest dated action, a withdrawal last. */
function decidingAction(p: Participant): Participant['actions'][number] | null {
  const dated = [...p.actions].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  if (p.withdrawn) return dated.filter((a) => a.action === 'withdrawal').at(-1) ?? { action: 'withdrawal', date: null };
  return dated.at(-1) ?? null;
}

export interface RecordReading {
  /** The table written out as text: a line per participant, then the totals. Claims' evidence spans point into it. */
  text: string;
  claims: ClaimDraft[];
}

/**
 * Claims of record for a subject: per participant a `country_status` (`signed` for a signatory or party,
 * `not_signed` for one that withdrew) with its act and date, as of the date of that act; the totals of
 * signatories and parties as of the table's day. All carry `provenance: 'record'`.
 */
export function recordClaims(table: StatusTable, subject: { name: string; key: string | null }): RecordReading {
  const lines: string[] = [];
  const claims: ClaimDraft[] = [];
  let offset = 0;
  const base = {
    subject: subject.name,
    subjectKey: subject.key,
    extractor: 'record',
    extractorVersion: RECORD_VERSION,
    confidence: 1,
  };
  const addLine = (line: string) => {
    const span = { evidenceStart: offset, evidenceEnd: offset + line.length };
    lines.push(line);
    offset += line.length + 1;
    return span;
  };
  for (const p of table.participants) {
    const span = addLine(participantLine(p));
    const deciding = decidingAction(p);
    if (!deciding) continue;
    const act = ACT_OF[deciding.action];
    const signed = p.actions.find((a) => a.action === 'signature' || a.action === 'definitive_signature');
    // A participant is a signatory (or party) from its first act on; one that withdrew, from its withdrawal.
    const since =
      act === 'withdrew'
        ? deciding.date
        : p.actions
            .map((a) => a.date)
            .filter(Boolean)
            .sort()[0];
    claims.push({
      ...base,
      ...span,
      property: 'country_status',
      key: p.code,
      value: act === 'withdrew' ? 'not_signed' : 'signed',
      qualifiers: {
        provenance: RECORD_PROVENANCE,
        act,
        action: deciding.action,
        ...(signed?.date ? { signed: signed.date } : {}),
        ...(deciding.date ? { date: deciding.date } : {}),
      },
      asOf: since ?? table.asOf,
    });
  }
  const totals = addLine(
    `Signatories: ${table.totals.signatories}. Parties: ${table.totals.parties}.${table.asOf ? ` As of ${table.asOf}.` : ''}`,
  );
  for (const [property, value] of [
    ['signatory_count', table.totals.signatories],
    ['ratification_count', table.totals.parties],
  ] as const) {
    if (!value) continue;
    claims.push({
      ...base,
      ...totals,
      property,
      key: null,
      value,
      qualifiers: { provenance: RECORD_PROVENANCE, qualifier: 'exact' },
      asOf: table.asOf,
    });
  }
  return { text: lines.join('\n'), claims };
}
