/** Tense signs: the words that tell whether a clause reports something past or something still ahead, as data. */
import { family } from './family.js';

export const FUTURE_MARKERS = family(
  'future-markers',
  'Modals and phrases that put what follows ahead of the publication ("will open", "is set to", "to be held"). ' +
    'Lower case and case-sensitive, so the month May is not the modal.',
  ['will', 'shall', 'would', 'could', 'should', 'must', 'can', 'may', 'might', 'going to', 'to be',
    'is set to', 'are set to', 'is due to', 'are due to', 'is scheduled to', 'are scheduled to', 'is expected to',
    'are expected to', 'is planned to', 'are planned to', 'plan to', 'plans to', 'aim to', 'aims to', 'hope to',
    'hopes to', 'intend to', 'intends to', 'need to', 'needs to'],
  { caseSensitive: true },
);

export const SCHEDULED_PRESENT = family(
  'scheduled-present',
  'Present-tense verbs of a scheduled event, which news writes for what is ahead ("the conference opens on Monday", ' +
    '"the vote is set for Thursday", "the meeting runs until Friday"). Not the past forms.',
  ['opens', 'begins', 'starts', 'convenes', 'resumes', 'reconvenes', 'kicks off', 'closes', 'ends', 'expires',
    'is set for', 'are set for',
    'is scheduled for', 'are scheduled for', 'is slated for', 'are slated for', 'is due for', 'is due on',
    'runs until', 'runs through', 'lasts until', 'continues until', 'is open until', 'are open until',
    'remains open until', 'stays open until', 'goes on until'],
  { caseSensitive: true },
);

export const PAST_MARKERS = family(
  'past-markers',
  'Auxiliaries and irregular past-tense verbs that say a clause reports what happened (regular "-ed" forms are ' +
    'read by their ending), and "since", which only ever leads to a past day. Not "read", "put" or "set", which are ' +
    'also present.',
  ['since', 'was', 'were', 'had', 'did', 'said', 'told', 'took', 'came', 'went', 'met', 'began', 'gave', 'made', 'held',
    'saw', 'wrote', 'won', 'rose', 'fell', 'left', 'became', 'brought', 'sent', 'found', 'led', 'spoke', 'chose',
    'drew', 'grew', 'knew', 'overtook', 'undertook'],
  { caseSensitive: true },
);
