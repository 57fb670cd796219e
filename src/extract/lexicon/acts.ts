/** What states do with a treaty: sign, ratify, accede, join, withdraw; the words of each act, as data. */
import { family } from './family.js';

export const SIGNING = family(
  'signing',
  'Verbs of putting a signature to an instrument, and phrases for it ("put its signature", "put their names to", ' +
    'also when a time comes before its "to": "put their names on Monday to"). Not the nouns (see signature-nouns), ' +
    'not "sign" as a placard, not "put its name forward" (a candidacy: a rule reads the object).',
  [
    'sign',
    'signs',
    'signed',
    'signing',
    'inked',
    'co-signed',
    'countersigned',
    'put ink to paper',
    'puts ink to paper',
    'put pen to paper',
    'puts pen to paper',
    'putting pen to paper',
    'put their names to',
    'put its name to',
    'put their names',
    'put its name',
    'put its signature',
    'put their signatures',
    'put their signature',
    'puts its signature',
    'added their names to',
    'added its name to',
    'added their signatures',
    'added its signature',
    'adds its signature',
  ],
);

export const SIGNATURE_NOUNS = family(
  'signature-nouns',
  'Nouns for a signature and for those who gave one. Not "signal" or "significant" (no stems here).',
  ['signature', 'signatures', 'signatory', 'signatories'],
);

export const SIGNATURES_GIVEN = family(
  'signatures-given',
  'The nouns of a signature given, as distinct from the signer ("signatory"): a petition gathers "signatures" too, so ' +
    'a count of them is of states only where the text speaks of a treaty or of signing one.',
  ['signature', 'signatures'],
);

export const RATIFYING = family(
  'ratifying',
  'Becoming bound by consent after signature: ratify and its forms, approval and acceptance in the treaty sense are ' +
    'listed where a rule needs them. Not "adopt" (a text is adopted before anyone signs).',
  ['ratif*'],
);

export const ACCEPTING = family(
  'accepting',
  'Accepting a treaty, the equivalent of ratifying for states that consent by acceptance ("the United States ' +
    'accepted the amendment in 2023", "Chile accepted in May", "Japan\'s acceptance came in June"). The object ' +
    'decides: "accepted the ruling" or "accepts an invitation" is not our treaty; a rule checks.',
  ['accept', 'accepts', 'accepted', 'accepting', 'acceptance', 'acceptances'],
);

export const ACCEDING = family(
  'acceding',
  'Becoming a party without having signed. Not "access" (to markets, to justice).',
  ['accede', 'accedes', 'acceded', 'acceding', 'accession', 'accessions'],
);

export const JOINING = family(
  'joining',
  'Joining a treaty or a group of parties, and a new state taking over its predecessor\'s place in one ("succeeded ' +
    'to the treaty"). The object decides whether it is our treaty ("succeeded to the throne" is not); a rule checks.',
  [
    'join',
    'joins',
    'joined',
    'joining',
    'succeeded to',
    'succeeds to',
    'succeed to',
    'came on board',
    'come on board',
    'comes on board',
    'came aboard',
    'come aboard',
    'comes aboard',
  ],
);

export const WITHDRAWING = family(
  'withdrawing',
  'Leaving a treaty: withdrawal, denunciation, pulling out, exit, revoking a ratification. Not "withdraw a bill" or ' +
    '"troops" (the object decides) and not "leave" (leave room, on leave).',
  [
    'withdraw',
    'withdraws',
    'withdrew',
    'withdrawn',
    'withdrawing',
    'withdrawal',
    'pull out',
    'pulls out',
    'pulled out',
    'pulling out',
    'denounce',
    'denounced',
    'denounces',
    'denunciation',
    'exit',
    'exits',
    'exited',
    'exiting',
    'quit',
    'quits',
    'quitting',
    'walks out',
    'walked out',
    'de-ratification',
    'de-ratify',
    'de-ratified',
    'revoke',
    'revoked',
    'revokes',
    'revoking',
    'renege',
    'reneged',
    'no longer be bound',
    'no longer bound',
    'ceased to be a party',
    'ceased to be parties',
    'ceases to be a party',
    'cease to be a party',
    'cease to be parties',
    'no longer a party',
    'no longer parties',
  ],
);

export const DEPOSITING = family(
  'depositing',
  'Handing the instrument to the depositary: the act that makes ratification or accession count.',
  ['deposit', 'deposits', 'deposited', 'depositing'],
);

export const HANDING_OVER = family(
  'handing-over',
  'Verbs of handing a document to someone, which deposit an instrument only when the clause names one ("instruments ' +
    'of ratification were lodged by Chile"). Not "deposit" (its own family, read alone).',
  [
    'handed over',
    'hands over',
    'hand over',
    'handed in',
    'lodged',
    'lodges',
    'submitted',
    'submits',
    'presented',
    'delivered',
  ],
);

export const ARRIVING = family(
  'arriving',
  'Participles that tell an instrument reached the depositary, whose agent or source after "by" or "from" is the ' +
    'state that acted ("instruments were received from Chile", "have since arrived from Peru", "the ratification was ' +
    'registered by Fiji"). Not verbs of judging or greeting ("welcomed by", "criticised by": another one acts).',
  [
    'received',
    'arrived',
    'arrive',
    'arrives',
    'registered',
    'recorded',
    'filed',
    'come in',
    'came in',
    'came',
    'come',
    'sent',
    'transmitted',
    'notified',
  ],
);

export const LEAVING = family(
  'leaving',
  'Plain verbs of leaving, which withdraw from a treaty only when the treaty is their direct object ("left the ' +
    'convention"). Not with any other object (left the room, on leave) or none.',
  ['leave', 'leaves', 'leaving', 'left'],
);

export const REJOINING = family(
  'rejoining',
  'Coming back to a treaty after leaving it: the later act outranks the withdrawal. Not "return" alone (to the ' +
    'table, to talks).',
  [
    'rejoin',
    'rejoins',
    'rejoined',
    'rejoining',
    're-join',
    're-joined',
    're-ratify',
    're-ratified',
    're-entered',
    're-enter',
    'reentered',
  ],
);

export const DEPOSIT_NOUNS = family(
  'deposit-nouns',
  'The noun of depositing an instrument ("the deposit of Honduras", "Fiji\'s deposit"). Not the verb forms.',
  ['deposit', 'deposits'],
);
