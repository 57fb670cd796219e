/** Cues of a state's standing toward a treaty beyond the act verbs: belonging, backing, inclusion in a list, as data. */
import { ADOPTING } from './events.js';
import { family } from './family.js';
import { APPROVING } from './quantity.js';

export const BELONGING = family(
  'belonging',
  'Nouns for a state bound by or inside a treaty: "a State Party", "are now part of the treaty", "became a member". ' +
    'Not "partner" or "participant" (taking part in talks is not being bound).',
  [
    'party',
    'parties',
    'state party',
    'states parties',
    'contracting party',
    'contracting parties',
    'member',
    'members',
    'member state',
    'member states',
    'member-state',
    'member-states',
    'part of',
  ],
);

export const BACKING = family(
  'backing',
  'Verbs of accepting a text, read after a refusal or a negation ("refused to support the convention", "does not ' +
    'intend to adopt the pact"). Not the act verbs (signing, ratifying: their own families) and not "welcome".',
  ['support', 'back', 'endorse', 'accept', ...ADOPTING.words, ...APPROVING.words, 'be bound', 'sign up', 'take part'],
);

export const INCLUSIONS = family(
  'inclusions',
  'Words that open the list of states a counted group is made of, or that came before: "46 countries signed, ' +
    'including Chile", "the third to do so, following Fiji". Not "and" (it joins, it does not include).',
  [
    'including',
    'includes',
    'include',
    'included',
    'such as',
    'like',
    'among them',
    'notably',
    'namely',
    'following',
    'followed by',
    'after',
    'along with',
    'together with',
    'as well as',
    'as did',
    'joining',
  ],
);

export const GROUP_NOUNS = family(
  'group-nouns',
  'Plural nouns a counted group of states is named by, as the subject of an act: "44 nations signed", "six more ' +
    'states ratified". Not singular forms (a singular subject is one state, named or not).',
  ['countries', 'nations', 'states', 'governments', 'members', 'parties', 'signatories', 'economies', 'delegations'],
);

export const REPORTING = family(
  'reporting',
  'Verbs of saying that stand between a speaker and what the speaker talks about ("the US has said withdrawing ' +
    'would isolate Burundi"): the speaker is not the one acting. Not verbs of deciding ("announced", "declared").',
  ['said', 'says', 'told', 'warned', 'noted', 'argued', 'added', 'stated', 'commented', 'remarked'],
);

export const LEGISLATURES = family(
  'legislatures',
  'Bodies whose approval of a treaty is its ratification at home: "the Senate approved the amendment", "Ghana\'s ' +
    'parliament approved the treaty". Not the conferences or assemblies of states that adopt a text.',
  [
    'parliament',
    'parliaments',
    'senate',
    'congress',
    'legislature',
    'lawmakers',
    'legislators',
    'lower house',
    'upper house',
    'duma',
    'national assembly',
    'mps',
    'deputies',
    'senators',
  ],
);

export const AUTHORITIES = family(
  'authorities',
  'Nouns for a state\'s own people and bodies, read before "in" and a country ("lawmakers in Chile", "officials in ' +
    'Peru"): the country is who acts, not where. Not "delegates" or "diplomats" (they gather abroad).',
  [...LEGISLATURES.words, 'government', 'authorities', 'officials', 'ministers', 'leaders', 'voters'],
);

export const CONSENTING = family(
  'consenting',
  'Verbs of a legislature giving its consent to a ratification ("the Senate concurred in the ratification"). Not ' +
    '"debated" or "discussed" (talking of a text is not consenting to it).',
  ['concur', 'concurs', 'concurred', 'consented', 'consents', 'gave its consent', 'voted for', 'voted in favour of'],
);
