/** Milestone words: what makes a dated clause the adoption, the opening for signature or a gathering, as data. */
import { family } from './family.js';

export const ADOPTING = family(
  'adopting',
  'A text being adopted by the body that negotiated it. Not "adapt" and not a state adopting a law at home (the ' +
    'treaty check of the claims stage keeps those out).',
  ['adopt', 'adopts', 'adopted', 'adopting', 'adoption'],
);

export const OPENING_FOR_SIGNATURE = family(
  'opening-for-signature',
  'Phrases for the start of signing: opening for signature (or "to signature", as translated reports put it, and with ' +
    '"it" between: "the ceremony opening it for signature"), a signing ceremony or conference, launching signing. ' +
    'Not a single state signing (see signing in acts.ts).',
  [
    'open for signature',
    'opens for signature',
    'opened for signature',
    'opening for signature',
    'open to signature',
    'opens to signature',
    'opened to signature',
    'opening to signature',
    'open it for signature',
    'opens it for signature',
    'opened it for signature',
    'opening it for signature',
    'signing ceremony',
    'signing ceremonies',
    'signing conference',
    'launch signing',
    'launches signing',
    'launched signing',
    'launching signing',
    'launch the signing',
    'launches the signing',
    'launched the signing',
    'launching the signing',
    'open signing',
    'opens signing',
    'opened signing',
    'opening signing',
    'open the signing',
    'opens the signing',
    'opened the signing',
    'opening the signing',
  ],
);

export const CONCLUDING = family(
  'concluding',
  'Past forms that tell a text settled by those who negotiated it in other words than adopting ("the convention, ' +
    'concluded in Rome in 1998", "the accord was agreed in Paris", "delegates finalised the pact in May"). Its ' +
    'adoption only when said of the treaty itself (a rule checks): not "agreed to ratify", "a compromise agreed in ' +
    'July", "the draft was finalised in committee" or "the talks concluded on Friday".',
  ['concluded', 'agreed', 'finalised', 'finalized', 'struck', 'sealed', 'clinched', 'hammered out'],
);

export const APPROVING_AS_A_BODY = family(
  'approving-as-a-body',
  'Past forms of a body of states deciding for a text ("approved by the General Assembly", "the World Health ' +
    'Assembly endorsed the convention"). Its adoption only when such a body decides (a rule checks): a parliament, ' +
    'a cabinet or a government approving a treaty is a step to its ratification at home.',
  ['approved', 'endorsed'],
);

export const BODIES_OF_STATES = family(
  'bodies-of-states',
  'Who adopts a text for the states that negotiated it: an assembly or a conference of states, their ministers in ' +
    'committee, their delegates and negotiators. Not a national assembly or another chamber (see legislatures).',
  [
    'general assembly',
    'assembly',
    'conference',
    'committee of ministers',
    'delegates',
    'delegations',
    'negotiators',
    'member states',
    'states parties',
  ],
);

export const GATHERINGS = family(
  'gatherings',
  'Events where states meet and sign: a ceremony, a conference, a summit. Not "meeting" alone (a meeting of ' +
    'officials says nothing about signing).',
  ['ceremony', 'ceremonies', 'conference', 'conferences', 'summit', 'summits', 'convened'],
);

export const OCCASION_LINKS = family(
  'occasion-links',
  'Prepositions that make a gathering the occasion or the agent of the act before them ("adopted at a conference ' +
    'in 1997", "signed during the summit", "adopted by the Conference of the Parties in 1995"), so a date of the ' +
    'gathering is the date of that act. Not "before" or "after".',
  ['at', 'during', 'by'],
);

export const OTHER_EVENTS = family(
  'other-events',
  "Events in a treaty's life that are none of its milestones, so a date next to them is theirs: proposing, " +
    'negotiating, establishing, enacting, approving, announcing, and the report itself ("the UN said yesterday"); ' +
    'regular "-ed" verbs count too, by their ending.',
  ['propos*', 'negotiat*', 'establish*', 'enact*', 'approv*', 'announc*', 'said', 'says', 'told'],
);

export const CAPITAL_NOUNS = family(
  'capital-nouns',
  'Nouns that stand before a city as the seat of a government, so the name after them is where an event took ' +
    'place ("in the capital Lima", "at the Kenyan capital city of Nairobi"). Not "city" alone or "town": "the city ' +
    'of" names any place, and is read as one by the capitalized name that follows anyway.',
  ['capital', 'capital city'],
);

export const BODY_PAPERS = family(
  'body-papers',
  'Lower-case nouns for the papers a body adopts about a treaty or adds to it: a report, a recommendation, a budget, ' +
    'an annex. Adopting or voting one is not adopting or voting the treaty ("the committee adopted its report by ' +
    'seven votes to two"). Not "bill", "law" or "resolution" (the vehicles of a ratification or an adoption).',
  ['report', 'reports', 'recommendation', 'recommendations', 'budget', 'budgets', 'annex', 'annexes'],
);

export const OTHER_ACTS = family(
  'other-acts',
  'Lower-case nouns for acts other than a treaty that are also adopted or take effect: a resolution, a law, a bill, ' +
    'a decision, a withdrawal or the "move" that makes it, and the papers of a body (see body-papers). Next to an ' +
    'adoption or entry-into-force word they make it that act\'s ("the withdrawal takes effect on Saturday", ' +
    '"parliament adopted a resolution", "the committee adopted its report"). Not "ban" or "amendment" (a treaty\'s ' +
    'own name: "the Ban Amendment") and not "plan" ("plans to adopt" is the treaty\'s).',
  [
    'resolution',
    'resolutions',
    'law',
    'laws',
    'bill',
    'bills',
    'decree',
    'decrees',
    'motion',
    'motions',
    'decision',
    'decisions',
    'measure',
    'measures',
    'move',
    'withdrawal',
    'exit',
    'pullout',
    'denunciation',
    'suspension',
    'sanctions',
    ...BODY_PAPERS.words,
  ],
);

export const DAY_NOUNS = family(
  'day-nouns',
  'Nouns that open an apposition naming what a date was the day of ("on 9 May, the day the pact opened for ' +
    'signature", "on Monday, the first day it was open for signature", "the date on which it took effect"). Not ' +
    '"time" or "moment" (no calendar day).',
  ['day', 'date'],
);

export const TRIGGERS = family(
  'triggers',
  'Verbs and phrases that make an event the consequence of the act before them ("triggering its entry into force", ' +
    '"paving the way for its entry into force"), so a date before them is the act\'s, not the consequence\'s. Not ' +
    '"after" or "following" (see sequel-links).',
  [
    'trigger',
    'triggers',
    'triggered',
    'triggering',
    'pave the way for',
    'paves the way for',
    'paved the way for',
    'paving the way for',
    'clear the way for',
    'clears the way for',
    'cleared the way for',
    'clearing the way for',
  ],
);
