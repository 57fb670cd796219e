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
    'intend to adopt the pact", "refused to adhere to it"). Not the act verbs (signing, ratifying: their own families) and not "welcome".',
  [
    'support',
    'back',
    'endorse',
    'accept',
    'adhere',
    ...ADOPTING.words,
    ...APPROVING.words,
    'be bound',
    'sign up',
    'take part',
  ],
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
    'the others being',
    'the rest being',
    'the latest being',
    'the most recent being',
  ],
);

export const GROUP_NOUNS = family(
  'group-nouns',
  'Plural nouns a counted group of states is named by, as the subject of an act: "44 nations signed", "six more ' +
    'states ratified". Not singular forms (a singular subject is one state, named or not).',
  [
    'countries',
    'nations',
    'states',
    'governments',
    'members',
    'parties',
    'signatories',
    'economies',
    'delegations',
    'jurisdictions',
  ],
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

export const VOTES_CAST = family(
  'votes-cast',
  'A vote already held, before "to" and an act ("the parliament voted to ratify"): the vote is the deed. Not ' +
    '"vote" or "voting" (a vote still to come: "will vote to ratify").',
  ['voted'],
);

export const BOUND_NOUNS = family(
  'bound-nouns',
  'Nouns for a state bound by a treaty, as a complement ("became a State Party", "is not a party", "welcomed as ' +
    'its 124th contracting state"). Not "member" (any club has members: see belonging) nor "signatory".',
  [
    'state party',
    'state parties',
    'states party',
    'states parties',
    'contracting party',
    'contracting parties',
    'contracting state',
    'contracting states',
    'party',
    'parties',
  ],
);

export const BECOMING = family(
  'becoming',
  'Forms of "become", which make the noun after them what the state now is ("became a party"). Not "be" or ' +
    '"been" (a state of being, read apart).',
  ['become', 'becomes', 'became', 'becoming'],
);

export const WISHES = family(
  'wishes',
  'Verbs of wanting in their bare form, between a negation and "to" and an act ("does not intend to sign", "do ' +
    'not want to join"): the act is denied. Not their other forms ("plans to sign" is an intention: see intentions).',
  ['intend', 'plan', 'want', 'wish'],
);

export const DOING_SO = family(
  'doing-so',
  'An auxiliary or "do" with "so" or "the same", standing for the act of the clause before ("Fiji did so last ' +
    'month", "Peru has done the same", inverted: "So did Chile"). Not "so" alone (a conjunction).',
  [
    ...['did', 'does', 'do', 'done', 'has', 'have', 'had'].flatMap((v) => [`${v} so`, `${v} the same`]),
    ...['so did', 'so does', 'so do', 'so has', 'so have', 'so had'],
    ...['did', 'does', 'do', 'has', 'have', 'had'].map((v) => `as ${v}`),
  ],
);

export const AS_DID = family(
  'as-did',
  'An inverted "as" and an auxiliary that open a clause of their own, standing for the act just told ("Chile became a ' +
    'party in 2019, as did Peru", "…, as have Fiji and Tonga"). Not "as" before a noun or a verb ("as a party").',
  ['did', 'does', 'do', 'has', 'have', 'had'].map((v) => `as ${v}`),
);

export const DENIAL_REPEATS = family(
  'denial-repeats',
  '"Nor" or "neither" opening a clause of its own with an auxiliary, repeating the denial just told for new subjects ' +
    '("Chile has not signed. Nor have Peru or Bolivia", "Neither did Japan", "Nor, for now, are Laos or Cambodia"). ' +
    'Not "nor" inside a list ("neither Chile nor Peru signed": the list reads as a whole).',
  ['nor', 'neither'],
);

export const HOSTING = family(
  'hosting',
  'Words that make the country after them the host or venue of an event ("a ceremony hosted by Switzerland", ' +
    '"talks held by Qatar"), not the one acting. Not "in" or "at" (read as syntax by the rule).',
  ['hosted by', 'host', 'hosts', 'held by', 'organised by', 'organized by'],
);

export const DISCUSSING = family(
  'discussing',
  'Words of talking an act over ("accession was discussed with Chile and Peru", "ratification was debated with ' +
    'several states"): the states named are those talked with, not those that acted. Not "agreed" or "negotiated", ' +
    'which may end in the act.',
  ['discuss', 'discusses', 'discussed', 'discussing', 'debate', 'debates', 'debated', 'debating', 'deliberated'],
);

export const SIGN_NOUN_LEADS = family(
  'sign-noun-leads',
  'Words right before "signs" that make it a noun, a placard or a marker ("protest signs", "carrying signs", ' +
    '"their signs", "many signs"), not the verb ("Chile signs the pact"). Not names or pronoun subjects ("it signs").',
  [
    'the',
    'these',
    'those',
    'their',
    'our',
    'his',
    'her',
    'its',
    'with',
    'carrying',
    'holding',
    'waving',
    'many',
    'some',
    'few',
    'no',
    'protest',
    'warning',
    'road',
    'street',
    'campaign',
  ],
);

export const SIGN_NOUN_FOLLOWERS = family(
  'sign-noun-followers',
  'Words right after "signs" that make it a noun ("signs of fatigue", "signs reading \'No\'", "signs were ' +
    'waved"). Not an article or a treaty noun (an object of the verb: "signs the pact").',
  ['of', 'read', 'reading', 'saying', 'said', 'that', 'which', 'with', 'were', 'are', 'and', 'or'],
);

export const SIGNING_NOUN_HEADS = family(
  'signing-noun-heads',
  'Nouns that "signing" modifies as an adjective ("the signing ceremony", "a signing deadline"): no state signs ' +
    'there. Not a treaty noun ("signing the treaty" is the verb).',
  ['ceremony', 'ceremonies', 'event', 'conference', 'table', 'statement', 'deadline', 'process'],
);

export const FOLLOWING = family(
  'following',
  'Verbs of doing next what others did, with no object after them ("Kenya followed in 2014", "Peru follows a month ' +
    'later", "Tonga followed suit"), or, planned, not yet ("is expected to follow"): the act of the clause before. ' +
    'Not "followed by" or with an object ("followed the talks").',
  ['followed', 'follows', 'follow', 'following', 'followed suit', 'follows suit', 'follow suit', 'following suit'],
);

export const LEADING = family(
  'leading',
  'Phrases for acting first in a run of states that act in turn, with no object after them ("Malaysia led the way ' +
    'in May, with Fiji following", "Rwanda, first off the mark in 2019, was followed by…"): the act of the clause ' +
    'before. Not with an object or a purpose after them ("led the way in opposing it": a rule reads what follows).',
  ['led the way', 'leads the way', 'went first', 'goes first', 'moved first', 'first off the mark'],
);

export const PARENT_BOUND_INSTRUMENTS = family(
  'parent-bound-instruments',
  'Instruments made under a parent convention ("the Kyoto Protocol", "the Kigali Amendment"): in an article about ' +
    'one, a bare "the Convention" is the parent, not it. Not "statute", "charter" or "covenant" (they stand alone).',
  ['protocol', 'amendment'],
);

export const SUBSIDIARY_INSTRUMENTS = family(
  'subsidiary-instruments',
  'Instruments made beside a treaty and open to states outside it, as the object of an act verb ("signed the ' +
    'protocols to the treaty", "the pact\'s implementing agreement"): in an article about the treaty itself, acting on ' +
    'one is not acting on it. Not "amendment" (only parties ratify one) nor "instrument" (of the treaty\'s own act).',
  ['protocol', 'protocols', 'implementing agreement', 'implementing agreements'],
);

export const PARENT_INSTRUMENTS = family(
  'parent-instruments',
  'The bare noun that names the parent of a protocol or an amendment ("the Convention itself has 196 parties", "the ' +
    'Statute itself" of an amendment to a statute, "the Covenant" of its optional protocol). Not "treaty", "pact" or ' +
    '"accord" (used loosely for the protocol itself).',
  ['convention', 'statute', 'covenant', 'charter'],
);

export const PARTY_QUALIFIERS = family(
  'party-qualifiers',
  'Words that may stand between a determiner and the noun of a treaty\'s bound states ("the existing parties", ' +
    '"its original signatories", "the other contracting states", "the first parties", "its latest signatories"). ' +
    'Not words that name another kind of party ("opposition", "ruling", "warring": a party of politics or of a war).',
  [
    'existing',
    'current',
    'original',
    'founding',
    'remaining',
    'other',
    'new',
    'full',
    'present',
    'first',
    'early',
    'earliest',
    'latest',
    'newest',
    'recent',
  ],
);

export const STATE_COPULAS = family(
  'state-copulas',
  'Verbs that say what a state is, or still is, before a noun that names it ("Chile is a party", "Peru remains a ' +
    'party", "the four stay parties"). Not "become" (see becoming) nor verbs of acting.',
  ['is', 'are', 'remain', 'remains', 'remained', 'stay', 'stays', 'stayed'],
);

export const STANDING_ADVERBS = family(
  'standing-adverbs',
  'Adverbs of time that may stand between a copula and the noun it ties to a state ("are so far the only parties", ' +
    '"is still a party", "are to date the only parties"). Not adverbs of manner.',
  ['still', 'so far', 'to date', 'thus far', 'as yet'],
);

export const OTHER_PARTY_KINDS = family(
  'other-party-kinds',
  'Words before "party" or "parties" that make it a party of politics, of a coalition or of a war ("the only ' +
    'opposition parties", "the main ruling party"), not a state bound by a treaty.',
  ['opposition', 'ruling', 'political', 'governing', 'coalition', 'warring', 'major', 'main', 'junior', 'minor'],
);

export const COUNTING_AS = family(
  'counting-as',
  'Verbs of counting a member into a total, before "as one" ("58 parties, the EU counting as one", "counting the ' +
    'EU as a single party", "with the EU counted as one"). Not "counts" of a treaty\'s total (see treaty-holds).',
  ['counting', 'counted', 'counts', 'count'],
);

export const SINGLE_UNITS = family(
  'single-units',
  'Words that make a member one unit of a count after "as" ("counting as one", "as a single party", "as one ' +
    'party"). Not a count of several.',
  ['one', 'a single', 'a sole'],
);

export const IN_GROUP_PHRASES = family(
  'in-group-phrases',
  'Words after a copula that place a state inside a group ("are part of that group", "is among them", "is one of ' +
    'those"). Not "next to" or "like" (beside a group, not in it).',
  ['part of', 'among', 'one of', 'in', 'members of', 'a member of'],
);

export const BELONGING_VERBS = family(
  'belonging-verbs',
  'Verbs that place a state inside a group named just before ("Chile belongs to that group", "Peru falls into ' +
    'this category"). Not "joins" (an act of its own: see joining).',
  ['belong to', 'belongs to', 'belonged to', 'fall into', 'falls into', 'fell into'],
);

export const BACK_GROUPS = family(
  'back-groups',
  'A demonstrative and a group noun, or a pronoun, that point back to a group of states the sentence before counted ' +
    '("57 countries had become parties. Chile and Peru are part of that group"). Not a group with an "of" after it ' +
    '("that group of critics": a rule checks what follows).',
  [
    'that group',
    'this group',
    'the same group',
    'that number',
    'this number',
    'that category',
    'this category',
    'that camp',
    'this camp',
    'them',
    'those',
    'these',
  ],
);

export const COMPLETING = family(
  'completing',
  'Verbs of bringing one\'s own act to its end, before a noun of acting ("Chile has completed ratification", "Peru ' +
    'finalised its accession"): the subject did the act. Not with a denial or a plan before them (a rule reads the ' +
    'words between).',
  ['completed', 'completes', 'finished', 'finishes', 'concluded', 'concludes', 'finalised', 'finalized', 'wrapped up'],
);

export const PROCEDURE_NOUNS = family(
  'procedure-nouns',
  'Nouns for the steps of a state\'s consent at home, read only as the object of a verb of completing ("Palau ' +
    'completed its procedures", "Chile has finished the necessary formalities"): the state ratified. Not after an ' +
    'owner alone ("Chile\'s procedures" are anything) nor "process" (a peace process).',
  ['procedures', 'procedure', 'formalities', 'paperwork'],
);

export const COUNTED_INTO = family(
  'counted-into',
  'Words that count one more state into a total of parties, after the name or before it ("166 parties, the EU ' +
    'included", "169 parties (168 states plus the EU)"). Not "including" (it opens a list: see inclusions).',
  ['included', 'plus'],
);

export const BOUND_BY = family(
  'bound-by',
  'Words that say a state is bound by a treaty, read after a copula ("Chile and Peru are bound by it", "is now ' +
    'legally bound by the convention"). Not "bound to" (obliged to do something).',
  ['bound by', 'legally bound by'],
);

export const RECENT_RANKS = family(
  'recent-ranks',
  'Words that rank a party by when it joined, before a party noun set before a name ("Its newest party, Fiji,", ' +
    '"the most recent party, Serbia,"). Ordinal numbers come from their own family.',
  ['newest', 'latest', 'most recent'],
);

export const LIST_COPULAS = family(
  'list-copulas',
  'Verbs that tie a group noun to the list of its members after it ("the parties are A and B", "its signatories ' +
    'comprise A and B", "existing parties include A"). Not verbs of acting (those are the act families).',
  ['are', 'were', 'is', 'was', 'include', 'includes', 'included', 'comprise', 'comprises', 'comprised'],
);

export const BOUND_GROUP_HEADS = family(
  'bound-group-heads',
  'Phrases that name the states bound by a treaty by the participle, as the head of a list ("those now bound are A ' +
    'and B", "states bound by it include A"). Not "bound to" (a duty: "bound to report") nor a count ("12 states ' +
    'bound": counts are read elsewhere).',
  [
    'those bound',
    'those now bound',
    'those already bound',
    'states bound',
    'states now bound',
    'states already bound',
    'countries bound',
    'countries now bound',
    'nations bound',
    'governments bound',
  ],
);

export const SIGNER_NOUNS = family(
  'signer-nouns',
  'Plural nouns for the states that signed a treaty, as the head of a group ("its signatories include A", "A ' +
    'and B are signatories"). Not "signature" or "signing" (acts, not states: see signature-nouns).',
  ['signatories', 'signatory states', 'signatory countries', 'signers'],
);

export const RELATION_NOUNS = family(
  'relation-nouns',
  'Nouns for what stands beside a state, read after its possessive ("Kenya\'s neighbour", "Nigeria\'s largest ' +
    'trading partners", "on Chad\'s southern border"): the neighbour or the partner is who acts, not the owner. Not ' +
    'a state\'s own people or bodies ("Chile\'s parliament", "Fiji\'s envoy": those act for it).',
  [
    'neighbour',
    'neighbours',
    'neighbor',
    'neighbors',
    'partner',
    'partners',
    'ally',
    'allies',
    'border',
    'borders',
    'rival',
    'rivals',
  ],
);

export const AIMS = family(
  'aims',
  'Prepositions that make the noun of acting after them a goal, not a deed: "progress towards accession", "a push ' +
    'for ratification", "talks on accession". Not "of", "by" or "from" (they name who acted: "deposits from Chile").',
  ['towards', 'toward', 'for', 'on', 'about', 'over'],
);

export const LIST_ADDITIONS = family(
  'list-additions',
  'Words that add a last item to a list of states, like "and": "Laos, Nepal plus Bhutan". Kept apart from list ' +
    'joiners, which other rules read as joining verbs too. Not "with" or "along with" (a companion, not an item).',
  ['plus'],
);

export const REGION_GROUP_LEADS = family(
  'region-group-leads',
  'Prepositions that set a world region beside a group of a list of states, before or after it ("in Africa, Chad ' +
    'and Mali; in Asia, Laos", "from the Pacific, Fiji and Tonga", "among Pacific states, Samoa", "Laos and Nepal in ' +
    'Asia"): the region sorts the items, the list goes on. Not "outside" or "beyond" (states apart from the list).',
  ['in', 'from', 'among', 'across'],
);

export const MEMBERS_NAMED = family(
  'members-named',
  'Words that name some members of a counted group right before or after them: "about fourteen, including Chile", ' +
    '"the 20 are, among them, Peru", "fourteen of those, Chile among them". Narrower than inclusions: not "after", ' +
    '"following" or "along with" (states that came before or beside the group, not in it).',
  [
    'including',
    'includes',
    'include',
    'included',
    'such as',
    'among them',
    'among others',
    'among those',
    'notably',
    'namely',
  ],
);

export const AWAITING = family(
  'awaiting',
  'Words that make an act still to come, beside a noun of acting ("ratifications still awaited from:", "instruments ' +
    'outstanding"): no deed. Not "expected" or "pending" (see intentions, which hold them for verbs too).',
  ['awaited', 'awaiting', 'outstanding', 'overdue'],
);

export const AGENT_PHRASES = family(
  'agent-phrases',
  'Phrases besides "by" and "from" that name, after a noun or a passive verb of acting, the state it was done for ' +
    '("instruments were lodged on behalf of Chile and Peru"). Not "for" alone (a purpose: "a push for ratification").',
  ['on behalf of'],
);
