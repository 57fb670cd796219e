/** Tense signs: the words that tell whether a clause reports something past or something still ahead, as data. */
import { family } from './family.js';

export const FUTURE_MARKERS = family(
  'future-markers',
  'Modals and phrases that put what follows ahead of the publication ("will open", "is set to", "to be held", ' +
    '"a ruling is expected in May", "officials expect it to take effect in June", "lawmakers are to vote on ' +
    'Thursday", "ahead of a signing ceremony on Friday"). ' +
    'Lower case and case-sensitive, so the month May is not the modal.',
  [
    'will',
    'shall',
    'would',
    'could',
    'should',
    'must',
    'can',
    'may',
    'might',
    'going to',
    'to be',
    'is set to',
    'are set to',
    'is due to',
    'are due to',
    'is scheduled to',
    'are scheduled to',
    'is expected to',
    'are expected to',
    'is expected',
    'are expected',
    'is planned to',
    'are planned to',
    'plan to',
    'plans to',
    'aim to',
    'aims to',
    'hope to',
    'hopes to',
    'intend to',
    'intends to',
    'expect',
    'expects',
    'need to',
    'needs to',
    'is to',
    'are to',
    'ahead of',
  ],
  { caseSensitive: true },
);

export const SCHEDULED_PRESENT = family(
  'scheduled-present',
  'Present-tense verbs of a scheduled event, which news writes for what is ahead ("the conference opens on Monday", ' +
    '"the vote is set for Thursday", "the meeting runs until Friday", "the ceremony takes place on Friday", "talks ' +
    'resume on Monday", "the session concludes in July"). Not the past forms.',
  [
    'opens',
    'begins',
    'starts',
    'convenes',
    'resumes',
    'reconvenes',
    'kicks off',
    'kick off',
    'takes place',
    'take place',
    'gets under way',
    'get under way',
    'convene',
    'resume',
    'reconvene',
    'closes',
    'ends',
    'concludes',
    'expires',
    'is set for',
    'are set for',
    'is scheduled for',
    'are scheduled for',
    'is slated for',
    'are slated for',
    'is due for',
    'is due on',
    'runs until',
    'runs through',
    'lasts until',
    'continues until',
    'is open until',
    'are open until',
    'remains open until',
    'stays open until',
    'goes on until',
    'enters into force',
    'enters in force',
    'enters into vigour',
    'enters in vigour',
    'goes into force',
    'takes effect',
    'takes legal effect',
    'comes into force',
    'becomes binding',
    'becomes effective',
    'becomes operational',
    'turns operational',
    'goes into effect',
    'comes into effect',
  ],
  { caseSensitive: true },
);

export const PAST_MARKERS = family(
  'past-markers',
  'Auxiliaries and irregular past-tense verbs that say a clause reports what happened (regular "-ed" forms are ' +
    'read by their ending), and "since", which only ever leads to a past day. Not "read", "put" or "set", which are ' +
    'also present.',
  [
    'since',
    'was',
    'were',
    'had',
    'did',
    'said',
    'told',
    'took',
    'came',
    'went',
    'met',
    'began',
    'gave',
    'made',
    'held',
    'saw',
    'wrote',
    'won',
    'rose',
    'fell',
    'left',
    'became',
    'brought',
    'sent',
    'found',
    'led',
    'spoke',
    'chose',
    'drew',
    'grew',
    'knew',
    'overtook',
    'undertook',
  ],
  { caseSensitive: true },
);

export const RELATIVE_OPENERS = family(
  'relative-openers',
  'Words that open a relative clause after a noun ("a treaty that will ban …"): the tense inside it describes that ' +
    'noun, not a date before it ("signed on Wednesday a treaty that will ban DDT" is past).',
  ['that', 'which', 'who'],
);

export const OPEN_UNTIL = family(
  'open-until',
  'Leads that name the end of a state still lasting: "not complete until April" with no tense sign in its sentence ' +
    'is ahead. Not "by" or "before", which past clauses also take without a sign ("by April, 40 had signed").',
  ['until', 'till'],
);

export const RESTATEMENTS = family(
  'restatements',
  'Words that open a clause restating the one before it more exactly ("takes effect 90 days after notice, in this ' +
    'case on 16 May"; "that is, on 1 June"): the date in it takes that clause\'s tense, and "that" in them opens no ' +
    'relative clause. Not "or" alone, nor comparisons ("less than forecast in July").',
  ['in this case', 'in that case', 'that is', 'i.e.', 'namely', 'in other words', 'to be exact', 'to be precise'],
);

export const COMPARISON_OPENERS = family(
  'comparison-openers',
  'Words that open a clause comparing with another time ("output will grow 2 percent, less than forecast in July"; ' +
    '"40 parties, up from 31 in May"): the date in it has a tense of its own, not that of the clause before.',
  [
    'less than',
    'more than',
    'fewer than',
    'rather than',
    'than',
    'as',
    'unlike',
    'compared with',
    'compared to',
    'up from',
    'down from',
  ],
);
