/** The words of a depositary's status table: the treaty actions its columns and cells name, as data. */
import { family } from './family.js';

export const RECORD_ACTIONS = {
  signature: family('record-signature', 'Column or action words for signing. Not "definitive signature" (consent).', [
    'signature',
    'signatures',
    'signed',
    'signing',
    'date of signature',
    'signature date',
  ]),
  definitive_signature: family(
    'record-definitive-signature',
    'Signature that binds without ratification ("definitive signature", "consent to be bound by signature").',
    ['definitive signature', 'consent to be bound', 'signature without reservation'],
  ),
  ratification: family('record-ratification', 'Ratification as a column or an action; not acceptance or approval.', [
    'ratification',
    'ratified',
    'date of ratification',
    'ratification date',
    'instrument of ratification',
  ]),
  acceptance: family('record-acceptance', 'Acceptance, the equivalent of ratification for some states.', [
    'acceptance',
    'accepted',
  ]),
  approval: family('record-approval', 'Approval, the equivalent of ratification for some states and the EU.', [
    'approval',
    'approved',
  ]),
  accession: family('record-accession', 'Becoming a party without signature.', ['accession', 'acceded', 'accede']),
  succession: family('record-succession', "A successor state taking over a predecessor's treaty.", [
    'succession',
    'succeeded',
    'notification of succession',
  ]),
  withdrawal: family('record-withdrawal', 'Leaving the treaty: withdrawal or denunciation and its date.', [
    'withdraw',
    'withdrawal',
    'withdrew',
    'withdrawn',
    'denunciation',
    'denounced',
    'notification of withdrawal',
  ]),
} as const;

export const RECORD_PARTICIPANT_HEADERS = family(
  'record-participant-headers',
  'Header words of the column that names the participants. Not "parties" as a count.',
  [
    'participant',
    'participants',
    'party',
    'parties',
    'state',
    'states',
    'country',
    'countries',
    'member',
    'name',
    'state party',
    'states parties',
    'country/territory',
  ],
);

export const RECORD_ACTION_HEADERS = family(
  'record-action-headers',
  'Header words of a column that holds the action of a row ("Action", "Type", "Status"), in tables of one row a act.',
  ['action', 'type', 'status', 'event', 'treaty action', 'type of action', 'nature of act'],
);

export const RECORD_DATE_HEADERS = family(
  'record-date-headers',
  "Header words of the column holding the date of a row's action.",
  ['date', 'date of deposit', 'deposit', 'date of action', 'effective date'],
);

/**
 * Suffix letters after a date in a combined column ("21 Jun 1985 a"), as depositaries print them:
 * A acceptance, AA approval, a accession, d succession. Case matters: "A" and "a" differ.
 */
export const RECORD_SUFFIXES: Readonly<Record<string, keyof typeof RECORD_ACTIONS>> = Object.freeze({
  A: 'acceptance',
  AA: 'approval',
  a: 'accession',
  d: 'succession',
});

export const STATUS_AS_OF = family(
  'status-as-of',
  'Phrases that date a status table ("Status as at", "as of"). Not "entry into force" dates.',
  ['status as at', 'status as of', 'as at', 'as of', 'last updated', 'updated on', 'updated', 'status on'],
);
