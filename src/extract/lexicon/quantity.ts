/** The words around a count: its qualifier, what it counts, votes, totals, and what makes a number no count at all. */
import { family } from './family.js';

// Qualifiers, read right before the number ("more than 60") or right after it ("60 or more").

export const MORE_THAN = family(
  'more-than',
  'Phrases before a number that put the count above it. Not "no more than" (see at-most) nor "more" after a number.',
  ['more than', 'over', 'upwards of', 'in excess of', 'above', 'exceeding'],
);

export const AT_LEAST = family(
  'at-least',
  'Phrases before a number that make it a floor the count reaches. Not "at least" about time ("at least until").',
  ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'minimum of'],
);

export const AT_LEAST_AFTER = family(
  'at-least-after',
  'Phrases right after a number that make it a floor ("40 or more", "40-plus"). Not "or so" (that is about).',
  ['or more', 'plus'],
);

export const FEWER_THAN = family(
  'fewer-than',
  'Phrases before a number that put the count below it. Not "under" a treaty or an article (a rule needs a number).',
  ['fewer than', 'less than', 'under', 'below'],
);

export const AT_MOST = family(
  'at-most',
  'Phrases before a number that make it a ceiling. Not "up to" a date (dates are taken before numbers).',
  ['up to', 'at most', 'no more than', 'not more than', 'a maximum of', 'maximum of', 'as many as'],
);

export const QUALIFIER_INTENSIFIERS = family(
  'qualifier-intensifiers',
  'Words that sharpen a qualifier without changing it ("just over 80" is more than 80, "well under 30" fewer than 30, ' +
    '"only about 40" about 40). Only right before a qualifier: "just 40" alone is exact.',
  ['just', 'well', 'slightly', 'a little', 'only', 'barely', 'somewhat', 'comfortably'],
);

export const NON_TREATY_PAPERS = family(
  'non-treaty-papers',
  'Papers states sign that bind no one to a treaty ("26 countries signed a joint letter", "a statement", "a petition"): ' +
    'the states that sign one are no signatories. Not "declaration" or "deal" (some treaties are called so).',
  ['letter', 'open letter', 'statement', 'petition', 'appeal', 'communique', 'communiqué', 'op-ed', 'pledge'],
);

export const ABOUT = family(
  'about',
  'Phrases before a number that make it approximate. Not "about" a subject: only right before a number.',
  ['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'close to', 'an estimated', 'estimated'],
);

// What is counted.

export const STATE_NOUNS = family(
  'state-nouns',
  'Plural nouns for the states a treaty count is made of ("jurisdictions": tax and legal treaties count territories ' +
    'that are not states). Not "members" alone (any club has members) nor "people".',
  ['countries', 'states', 'nations', 'governments', 'parties', 'signatories', 'delegations', 'jurisdictions'],
);

export const STATE_NOUN = family(
  'state-noun',
  'A single state as an ordinal counts it ("the 40th country to ratify"). Not "party" alone (a political party).',
  ['country', 'state', 'nation', 'member state', 'member-state'],
);

export const MEMBER_NOUN = family(
  'member-noun',
  'A member of a body of states, counted by an ordinal with its act after it ("the 10th ASEAN member to ratify"): a ' +
    'member state. Not alone (any club has members).',
  ['member'],
);

export const RANK_ENDS = family(
  'rank-ends',
  'Words joined to an ordinal that say the rank closes the series ("the 10th and last member to ratify", "the 30th ' +
    'and final state to sign"): the rank is still the count.',
  ['last', 'final'],
);

export const PARTY_NOUNS = family(
  'party-nouns',
  'The states bound by a treaty. "Parties" alone needs the sentence to be about a treaty (not "the two parties"). ' +
    '"Contracting states" is the word some treaties use for their parties (a state that has consented to be bound); ' +
    'older treaties call theirs "high contracting parties".',
  [
    'states parties',
    'state parties',
    'high contracting parties',
    'contracting parties',
    'contracting states',
    'parties',
  ],
);

export const MEMBER_NOUNS = family(
  'member-nouns',
  'The members of an organisation or of a treaty body. Not "members of parliament" (a rule checks the context).',
  ['member', 'members', 'member states', 'member state', 'member countries', 'member nations'],
);

export const RANK_NOUNS = family(
  'rank-nouns',
  'What an ordinal ranks a state among ("the 124th State Party", "a 190th member state"). Not "party" alone ' +
    '("a third party") nor "member" alone ("the alliance\'s 32nd member" belongs to another treaty).',
  ['state party', 'high contracting party', 'contracting party', 'contracting state', 'member state', 'member-state'],
);

export const PARTY_NOUN = family(
  'party-noun',
  'A single party to a treaty, ranked by an ordinal only when the treaty follows ("the 68th Party to the ' +
    'Convention"). Alone it is a political party or "a third party", which no rule reads.',
  ['party'],
);

export const ADOPTING_AS_STATE = family(
  'adopting-as-state',
  'Words a ranked state\'s consent to a treaty is also told with ("the 67th nation to adopt the treaty", "the ' +
    'tenth country to approve the convention"). Only with a state ranked and the treaty as object: an assembly that ' +
    'adopts a text, or a state adopting a plan, is another act.',
  ['accept', 'adopt', 'approve', 'embrace'],
);

export const INSTRUMENT_NOUNS = family(
  'instrument-nouns',
  'What is deposited or counted toward entry into force, besides ratifications. Not "documents" in general.',
  ['instrument', 'instruments', 'signatures'],
);

// Votes.

export const VOTING = family(
  'voting',
  'Casting or counting votes. Not "voters" in an election (the count is of states, members or votes).',
  ['vote', 'votes', 'voted', 'voting'],
);

export const IN_FAVOUR = family(
  'in-favour',
  'Phrases for votes cast for a text, anywhere in the sentence. Not "favourable" or "favourite".',
  ['in favour', 'in favor', 'affirmative'],
);

export const VOTE_FOR = family(
  'vote-for',
  'Short words that mean "in favour" only right after a vote count ("120 for", "98 yes", "398 votes favourable", as ' +
    'translated reports write it). Never read elsewhere.',
  ['favorable', 'favourable', 'for', 'yes'],
);

export const VOTE_AGAINST = family(
  'vote-against',
  'Words for votes cast against a text, right after a count ("10 against", "4 opposed", "12 no", "2 contrary" as ' +
    'translated reports write it).',
  ['against', 'opposed', 'no', 'negative', 'contrary'],
);

export const PRESENT_AT_VOTE = family(
  'present-at-vote',
  'Words between the voters counted and their vote ("the 589 deputies present voting in favour"). Not "attending" ' +
    '(a count of states at a meeting).',
  ['present', 'present and voting'],
);

export const ABSTAINING = family(
  'abstaining',
  'Words for votes neither for nor against. Not "refrained" (too loose).',
  ['abstention', 'abstentions', 'abstaining', 'abstained', 'abstain', 'abstains'],
);

export const VOTER_NOUNS = family(
  'voter-nouns',
  'Who casts the votes a count is of ("124 countries voting", "3 members voted"), said before what they voted.',
  [
    'country',
    'countries',
    'state',
    'states',
    'nation',
    'nations',
    'member',
    'members',
    'member state',
    'member states',
    'delegation',
    'delegations',
  ],
);

export const ZERO_WORDS = family(
  'zero-words',
  'Words that stand for the number zero on their own ("adopted by 150 votes to none", "won 12 to nil"). Not "no" ' +
    '(it needs a noun after it: "no abstentions", in no-one) and not "nobody" (a person, not a score).',
  ['none', 'nil', 'zero'],
);

export const NO_ONE = family(
  'no-one',
  'Words that make a vote count zero when a side follows ("none against", "no abstentions"): the zero words and these.',
  [...ZERO_WORDS.words, 'nobody', 'no one', 'no'],
);

export const APPROVING = family(
  'approving',
  'Deciding for a text by a vote: adopt, approve, pass, back. Not signing or ratifying (acts.ts); not "reject".',
  ['adopt*', 'approv*', 'pass', 'passed', 'passes', 'endors*', 'back', 'backed', 'backs', 'backing'],
);

export const REJECTING = family(
  'rejecting',
  'Deciding against a text by a vote. Not "objected" (an objection is not a vote).',
  ['reject*', 'vote down', 'voted down'],
);

export const LEGISLATORS = family(
  'legislators',
  'Members of a chamber whose votes a count can be of ("103 MPs in favour", "139 of the 178 senators").',
  ['mps', 'senators', 'deputies', 'lawmakers', 'legislators', 'parliamentarians', 'members of parliament', 'meps'],
);

export const NEGOTIATING = family(
  'negotiating',
  'Other things states do with a text before or besides signing it. A count next to them is not of signatories.',
  ['negotiat*', 'co-sponsor*', 'cosponsor*', 'sponsor*', 'support*', 'object*', 'opposed'],
);

export const BOUND_LINKS = family(
  'bound-links',
  'Forms of "be", "become" and "remain" that make states what a bound-status word after them says ("are now ' +
    'parties", "were contracting states", "have become parties", "remain parties"). Plural: a count is their subject. ' +
    'Not "is" or "was" (one state, no count).',
  ['are', 'were', 'become', 'became', 'have become', 'had become', 'remain', 'remained', 'have remained'],
);

export const BOUND_STATUSES = family(
  'bound-statuses',
  'What a state bound by a treaty is, after a bound link ("are parties", "became a contracting party", "are bound"). ' +
    'Not "members" (any club has members) nor "signatories" (signing binds no one).',
  [
    'party',
    'a party',
    'parties',
    'states parties',
    'state parties',
    'a state party',
    'contracting parties',
    'a contracting party',
    'contracting states',
    'a contracting state',
    'bound',
  ],
);

export const WHOLE_MEMBERSHIP = family(
  'whole-membership',
  "Quantifiers before a body's membership that take in every member (\"every one of the ILO's 187 member States is " +
    'now a party", "all of Mercosur\'s 5 members have ratified"): with an act after them, the members are the count of ' +
    'that act. Not "most of" or "some of" (not every member), nor after "not" ("not all of").',
  ['all', 'all of', 'every one of', 'each one of', 'each of', 'every single one of'],
);

export const BOUND_MEMBERSHIP = family(
  'bound-membership',
  'Words after a bound link that make states members of what follows ("are now part of the treaty", "have become ' +
    'members of the convention", "are full members of it"): bound only when what follows is the treaty, a rule checks. ' +
    'Not "party to" (bound-statuses has it).',
  ['part of', 'members of', 'full members of'],
);

export const BECOMING_BOUND = family(
  'becoming-bound',
  'Other words for a state becoming bound by a treaty, as by ratifying, that no bound link and status make up ' +
    '("completed ratification", "becomes party"), and the treaty\'s own term for it, consent to be bound ("have ' +
    'consented to be bound", "expressed their consent to be bound"). Not "signed" (signing binds no one) and not ' +
    '"agreed" (a text is agreed before it is signed).',
  [
    'becomes party',
    'completed ratification',
    'completed their ratification',
    'completed the ratification',
    'consented to be bound',
    'consent to be bound',
    'expressed their consent to be bound',
    'expressed consent to be bound',
    'given their consent to be bound',
    'gave their consent to be bound',
  ],
);

export const INCREMENT_WORDS = family(
  'increment-words',
  'Words after a number that make it states added on one occasion, not a total ("two more", "17 other", ' +
    '"six additional countries"). Not "more than" before a number (a qualifier).',
  ['more', 'other', 'additional', 'further', 'new', 'extra'],
);

export const INCREMENT_LEADS = family(
  'increment-leads',
  'Words before a number that make it states added to those counted before ("another 34 have signed", "a further ' +
    '20 countries"). Not "more than" (a qualifier) and not "a total of".',
  ['another', 'a further', 'an additional', 'some more'],
);

export const DELEGATES = family(
  'delegates',
  'People sent by states to a meeting, counted by the states they come from ("delegates from more than 100 States"). ' +
    'Not "citizens" or "people" (they are not sent).',
  ['delegates', 'delegations', 'representatives', 'envoys', 'ministers', 'diplomats', 'negotiators', 'officials'],
);

export const STATE_LEADERS = family(
  'state-leaders',
  'People who each stand for one state at a meeting, so that a count of them present counts the states there ("more ' +
    'than 40 heads of state were present", "some 30 leaders attended the summit"). Not "ministers" alone (one ' +
    'government sends several).',
  [
    'heads of state and government',
    'heads of state or government',
    'heads of state',
    'heads of government',
    'leaders',
    'presidents',
    'prime ministers',
  ],
);

export const BEING_THERE = family(
  'being-there',
  'Words after people counted at a meeting that say they were there ("40 heads of state were present", "30 leaders ' +
    'in attendance"). Not "present at" alone before a vote (see present-at-vote).',
  ['present', 'in attendance', 'on hand'],
);

export const SENDING = family(
  'sending',
  'Verbs for states sending people to a meeting ("150 parties sent delegations"): with the delegates after them, the ' +
    'states attended. Not "submitted" (a text is submitted, not people).',
  ['send', 'sends', 'sent', 'sending', 'dispatched'],
);

export const ADDING_TO_TOTAL = family(
  'adding-to-total',
  'Verbs that carry states added into a running total ("…, bringing the number of parties to 41").',
  [
    'bringing',
    'brings',
    'brought',
    'bring',
    'taking',
    'takes',
    'took',
    'raising',
    'raises',
    'raised',
    'pushing',
    'lifting',
    'made',
    'makes',
    'making',
  ],
);

export const NOT_YET = family(
  'not-yet',
  'What makes a count one of states that have not acted ("six have yet to sign", "three had not signed", "have ' +
    'gone no further").',
  [
    'yet to',
    'still to',
    'not yet',
    'have not',
    'has not',
    'had not',
    "haven't",
    "hasn't",
    "hadn't",
    'did not',
    "didn't",
    'do not',
    "don't",
    'still have to',
    'refused to',
    'declined to',
    'failed to',
    'shy of',
    'short of',
    'neither',
    'never',
    'gone no further',
    'went no further',
    'go no further',
  ],
);

export const REMAINING = family(
  'remaining',
  'Words before a count of states still missing from a treaty ("the remaining eight states"). Not "the other" alone.',
  ['remaining', 'outstanding', 'holdout', 'missing', 'last'],
);

export const LEAVING_BEHIND = family(
  'leaving-behind',
  'Verbs that give what is left of a count after some leave ("North Korea\'s exit leaves 187", "leaving 161"): a ' +
    'count of parties only in a sentence about states leaving. Not "leave" alone (on leave, leave room): "will leave".',
  ['leaves', 'leaving', 'left', 'will leave', 'would leave'],
);

export const OUTSIDE_TREATY = family(
  'outside-treaty',
  'Words right after a count of states that are not parties ("three countries outside the treaty", "12 states remain ' +
    'outside"). Not "outside" before the count ("outside Europe, 40 states").',
  ['outside', 'remain outside', 'remaining outside', 'stay outside', 'still outside'],
);

export const RESTATING = family(
  'restating',
  'Words after a comma that give a condition again as a plain number ("two-thirds of the 90 members, meaning 60"). ' +
    'Not "including" or "among them" (those give a part: subset-cues).',
  ['meaning', 'i.e.', 'that is', 'in other words', 'or'],
);

export const SUBSET_CUES = family(
  'subset-cues',
  'Words before a count that make it part of a count already given ("…, including 36 Annex 2 states").',
  [
    'including',
    'among them',
    'of which',
    'of whom',
    'of them',
    'of these',
    'among which',
    'among these',
    'among those',
    'such as',
  ],
);

export const ACCOMPANYING = family(
  'accompanying',
  'Words that set another actor beside a count of states, between commas ("91 countries, along with the European ' +
    'Community, signed"): the count stays the subject of the verb after. Not "with" alone ("with 98 nations now ' +
    'having ratified").',
  ['along with', 'alongside', 'as well as', 'together with'],
);

export const WITHIN_REGION = family(
  'within-region',
  'Prepositions that put a rank or a count inside a region named after them ("the 17th in Africa", "the ninth state ' +
    'from outside Asia to join").',
  ['in', 'from', 'outside', 'from outside'],
);

export const REGIONS = family(
  'regions',
  'World regions a count of states can be broken down by ("14 from Africa", "In the Western Pacific Region, 13"). ' +
    'Not adjectives ("African countries": a regional treaty counts all its parties that way).',
  [
    'africa',
    'asia',
    'europe',
    'latin america',
    'caribbean',
    'the americas',
    'americas',
    'middle east',
    'oceania',
    'pacific',
    'region',
    'regions',
    'sub-saharan africa',
    'eastern europe',
    'western europe',
    'central asia',
    'south asia',
    'southeast asia',
    'north africa',
    'west africa',
    'east africa',
    'southern africa',
  ],
);

export const THRESHOLD_NOUNS = family(
  'threshold-nouns',
  'Nouns that name the number of instruments a treaty needs ("the threshold of 22", "the 20-country threshold"). ' +
    'Not "minimum" of money or age (a rule needs states or instruments).',
  ['threshold', 'minimum threshold', 'minimum', 'quorum', 'required number', 'minimum number', 'number required'],
);

export const NECESSITY_MODALS = family(
  'necessity-modals',
  'What makes an act after a count of states a condition ("Fifty states must ratify it before it enters into force", ' +
    '"22 countries have to sign"). Not "will" or "could" (a forecast, not a condition).',
  ['must', 'have to', 'has to', 'will have to', 'would have to', 'need to', 'needs to', 'are required to'],
);

export const SUPPOSING = family(
  'supposing',
  'Words that make a count of parties a supposition, not a count held ("the pact would have 57 parties", "if all 30 ' +
    'parties ratified"). Not "will" (a count announced for a set day is still held then).',
  ['would', 'could', 'might', 'if', 'unless', 'were to'],
);

export const NEEDED = family(
  'needed',
  'What makes a count a condition to meet ("the 60 it needs", "the 22 countries required").',
  ['needs', 'need', 'needed', 'required', 'requires', 'require', 'necessary'],
);

export const LABEL_NOUNS = family(
  'label-nouns',
  'Capitalized nouns a number names a part or an item of ("Annex 2 states", "Article 23"); such a number is no count.',
  [
    'Annex',
    'Article',
    'Articles',
    'Resolution',
    'Chapter',
    'Section',
    'Part',
    'Paragraph',
    'Clause',
    'Schedule',
    'Appendix',
    'Rule',
    'Title',
    'Table',
    'Figure',
    'Item',
    'No.',
    'Number',
    'Phase',
    'Category',
    'Level',
    'Round',
    'Decision',
    'Group',
    'Protocol',
    'Amendment',
    'Tier',
    'Stage',
  ],
  { caseSensitive: true },
);

// Attendance and bodies.

export const ATTENDING = family(
  'attending',
  'Being present at a meeting, conference or ceremony ("accredited" to it, as its organisers count delegations). Not ' +
    '"represent" as "stand for" (rare next to a count).',
  [
    'attend*',
    'accredited',
    'participa*',
    'took part',
    'take part',
    'taking part',
    'represent*',
    'delegates',
    'gathered',
    'present at',
    'meeting in',
    'meeting at',
    'met in',
    'met at',
  ],
);

export const STRIKING_A_DEAL = family(
  'striking-a-deal',
  'Verbs for states settling a text among themselves at a meeting ("nearly 200 nations hammered out a deal", "agreed ' +
    'an accord", "negotiated a pact"): the count is of those at the table. Only with a deal or treaty noun after ' +
    'them (deal-nouns, treaty-nouns): not "agreed to ratify" (a promise) nor "reached 50 ratifications".',
  [
    'hammered out',
    'hammer out',
    'struck',
    'strike',
    'clinched',
    'sealed',
    'agreed',
    'agree',
    'reached',
    'forged',
    'negotiated',
    'finalised',
    'finalized',
  ],
);

export const DEAL_NOUNS = family(
  'deal-nouns',
  'What a meeting of states settles, besides a treaty noun: a deal, a compromise, a text. Not "law" or "bill" (a ' +
    "parliament's).",
  ['deal', 'deals', 'compromise', 'text', 'declaration'],
);

export const MEETING_DRAWS = family(
  'meeting-draws',
  'Verbs whose subject is a meeting and whose object is the states at it ("the conference brought together 90 ' +
    'nations", "the summit drew 40 countries"). Not "produced" or "adopted" (what a meeting made, not who came).',
  ['brought together', 'brings together', 'bringing together', 'drew', 'draws', 'attracted', 'attracts', 'gathered'],
);

export const MEETINGS = family(
  'meetings',
  'Gatherings states are counted at ("54 countries at the signing ceremony"). Not "convention" (also a treaty).',
  ['ceremony', 'conference', 'summit', 'meeting', 'talks', 'session', 'gathering', 'forum', 'negotiations', 'event'],
);

export const UN_NAMES = family(
  'un-names',
  'The United Nations as newsrooms write it, case as written (so "un-" is not the UN). Its Assembly: general-assembly.',
  ['United Nations', 'UN', 'U.N.'],
  { caseSensitive: true },
);

export const GENERAL_ASSEMBLY = family(
  'general-assembly',
  'The UN General Assembly, whose size is the UN membership. Not a party congress or a national assembly.',
  ['general assembly'],
);

export const MEMBERSHIP_BODIES = family(
  'membership-bodies',
  'Other words an "N-member" adjective describes when it gives the size of the UN ("the 193-member body").',
  ['assembly', 'body', 'organisation', 'organization', 'world body'],
);

export const ORGANISATION_NOUNS = family(
  'organisation-nouns',
  'Nouns for an organisation with members of its own ("the organisation now has 46 member states", "the UN Economic ' +
    'Commission for Europe", "the bloc\'s 27 members"): its members are neither a treaty\'s parties nor the UN ' +
    'membership. Not "assembly" or "world body" (the UN itself: membership-bodies).',
  ['organisation', 'organization', 'union', 'alliance', 'council', 'commission', 'community', 'agency', 'programme'],
);

export const EU_NAMES = family(
  'eu-names',
  'The European Union by name, its forerunner\'s names (older reports sign "the European Community"), and "the ' +
    'bloc" as reports about it call it. Not the African Union.',
  ['EU', 'E.U.', 'European Union', 'European Community', 'European Economic Community', 'EEC', 'bloc'],
);

// Comparisons: where a sentence turns from one thing counted to another.

export const CONTRASTING = family(
  'contrasting',
  'Conjunctions that set one clause against another even without a comma before them ("the accord has 160 ' +
    'parties while the newer one has 37", "more parties than the older pact"): a count after one belongs to what ' +
    'its own clause names. Not "but" or "and" (without a comma they join words as often as clauses).',
  ['while', 'whereas', 'than'],
);

export const COMPARING = family(
  'comparing',
  'After a comma, words that turn a sentence to another thing counted: the contrasting conjunctions and these ' +
    '("…, compared with 195 for the ozone treaty", "…, against 40 a year earlier", "…, but the other has 12"). Not ' +
    'relative pronouns (", which has 40 parties" still speaks of what came before).',
  [...CONTRASTING.words, 'but', 'and', 'compared with', 'compared to', 'against', 'versus'],
);

export const CONTINUING = family(
  'continuing',
  'Words before a bare number that give a count of states just named again, at another time ("37 had ratified by ' +
    '2000 and 186 by last year", "184 parties, against 183 when they last met"). Not the contrasting conjunctions ' +
    '(a count after them belongs to what its own clause names).',
  ['and', 'against', 'compared with', 'compared to', 'versus'],
);

// Entry-into-force rules.

export const WAITING_CONJUNCTIONS = family(
  'waiting-conjunctions',
  'Conjunctions that open a clause a later event waits on ("enters into force 90 days after it has been ratified by ' +
    '40", "once", "when", "until"). Not "if" or "unless" (a condition that may never be met, not a moment) and not ' +
    '"since" (it looks back).',
  ['after', 'once', 'when', 'until'],
);

export const TRIGGERING = family(
  'triggering',
  'Verbs by which the states or instruments that met the condition set off entry into force ("the 15 that triggered ' +
    'entry into force"); a rule wants the entry-into-force words after them. Not "caused" (of anything).',
  ['triggered', 'trigger', 'triggers', 'set off'],
);

export const BRINGING_INTO_FORCE = family(
  'bringing-into-force',
  'Phrases by which the states that met the condition made a treaty bind ("the ten states that brought it into ' +
    'force"). Not "brought into line".',
  [
    'brought it into force',
    'brought the treaty into force',
    'brings it into force',
    'put it into force',
    'puts it into force',
  ],
);

export const MET_CONDITIONS = family(
  'met-conditions',
  'Conjunctions that tell an entry into force done by the condition it waited on ("entered into force in 1970, once ' +
    '40 states had ratified it"): the count after them is the threshold met. Not "after", "when" or "following" (they ' +
    'date the event, and their count may be any count reached by then).',
  ['once', 'as soon as'],
);

export const THRESHOLD_CUES = family(
  'threshold-cues',
  'Words shortly before a count that make it a condition of entry into force ("once 40 states", "ratification by 40"): ' +
    'the waiting conjunctions and these.',
  [
    ...WAITING_CONJUNCTIONS.words,
    'provided',
    'provided that',
    'as soon as',
    'subject to',
    'upon',
    'following',
    'unless',
    'if',
    'require',
    'requires',
    'required',
    'need',
    'needs',
    'needed',
    'by',
    'of',
    'least',
    'than',
    'reach',
    'reaches',
    'reached',
  ],
);

export const DELAY_LINKS = family(
  'delay-links',
  'What links a delay in days to the event it runs from ("90 days after", "the 30th day following", "a 90-day ' +
    'countdown", "the text\'s 90-day rule", "set running the 30-day clock"). Not "before" or "ago" (those place a ' +
    'date, not a delay).',
  ['after', 'following', 'from', 'of', 'countdown', 'period', 'later', 'clock', 'rule'],
);

export const PRESENT_ANCHORS = family(
  'present-anchors',
  'Words after a delay link that count the days from the time of writing, not from an act ("90 days from now", ' +
    '"30 days from today"): no entry-into-force delay.',
  ['now', 'today'],
);

// Running totals.

export const TOTAL_WORDS = family(
  'total-words',
  'Nouns that name a running total ("the number of parties", "the tally of signatures"). Not "total" as adjective.',
  ['number', 'total', 'tally', 'count'],
);

export const TOTAL_LINKS = family(
  'total-links',
  'What joins a total to its value ("the number of parties rose to 41", "stands at 12", "reached 80").',
  ['to', 'at', 'is', 'was', 'reached', 'hit', 'of'],
);

export const TOTALLING = family(
  'totalling',
  'Verbs that give the value of a count named by its plural noun ("ratifications now total 45", "signatures stood at ' +
    '80", "parties rose to 61"). Not "exceed" or "top" (those give a floor, not the count).',
  [
    'total',
    'totals',
    'totalled',
    'totaled',
    'number',
    'numbered',
    'stand at',
    'stands at',
    'stood at',
    'reached',
    'rose to',
    'risen to',
    'climbed to',
    'grew to',
    'grown to',
    'increased to',
    'came to',
  ],
);

export const GOALS = family(
  'goals',
  'Words before a count that make it a target still to reach, not a count reached ("a campaign aiming for 50 ' +
    'ratifications by 2018", "a target of 40 parties"). Not "needs" or "requires" (a treaty\'s own condition: ' +
    'thresholds).',
  [
    'aiming for',
    'aims for',
    'aim for',
    'aiming at',
    'target of',
    'goal of',
    'hoping for',
    'hopes for',
    'pushing for',
    'push for',
    'campaign for',
    'campaigns for',
    'campaigning for',
    'campaigned for',
    'aimed for',
    'hope for',
  ],
);

export const RISING = family(
  'rising',
  'Verbs that say a count went up, before the "from … to …" that gives its start and its value ("parties have climbed ' +
    'from the 20 it needed to 95", "the pact has grown from 12 members to 40"). Not "rose to" alone (see totalling).',
  ['rose', 'risen', 'climbed', 'grew', 'grown', 'increased', 'went up', 'gone up', 'swelled', 'expanded', 'jumped'],
);

export const ACT_LEADS = family(
  'act-leads',
  'Words between a count\'s auxiliary and its act that keep the act done ("45 have gone on to ratify", "12 went on to ' +
    'sign", "30 proceeded to ratify"). Not "decided to" or "agreed to" (a decision, not the act).',
  ['gone on to', 'went on to', 'go on to', 'proceeded to'],
);

export const FALLING = family(
  'falling',
  'Words that say a count of parties went down ("leaving it with 161 parties, down from 165", "the number fell to ' +
    '80", "three ceased to be parties"); with the withdrawing words (acts.ts) they make a smaller count an update, ' +
    'not a misreport. Not "fewer than" (a qualifier) nor "down" alone ("sat down", "voted down").',
  [
    'down from',
    'down to',
    'fell to',
    'fallen to',
    'falls to',
    'dropped to',
    'drops to',
    'shrank to',
    'shrunk to',
    'decreased to',
    'ceased to be parties',
    'ceased to be a party',
    'no longer parties',
    'no longer a party',
  ],
);

export const WHOLE_WORLD = family(
  'whole-world',
  'Phrases after a ranked state that rank it among all states, not a region\'s ("the second state in the world to ' +
    'ratify"). Not a continent or a region (a regional rank is another count).',
  ['in the world', 'on the planet', 'on earth'],
);

export const MAKING = family(
  'making',
  'Verbs that make their object what the noun after it says ("the accession made it the 181st"): a rank said of ' +
    'the object.',
  ['make', 'makes', 'made', 'making'],
);

export const ACT_REPEATED = family(
  'act-repeated',
  'Words that stand for the act the sentence named before ("needs 40 ratifications; 37 have done so", "12 followed ' +
    'suit"). Not "did" alone (an auxiliary of any verb).',
  ['done so', 'did so', 'do so', 'done the same', 'did the same', 'followed suit', 'follow suit'],
);

export const PERFECT_AUXILIARIES = family(
  'perfect-auxiliaries',
  'Auxiliaries of a completed act ("61 have ratified"). Not modal verbs ("could ratify" is no count).',
  ['have', 'has', 'had'],
);

export const SO_FAR = family(
  'so-far',
  'Adverbs between an auxiliary and the act that keep it a completed act ("have now ratified", "had already signed", ' +
    '"have formally accepted", "are therefore bound"): of time, of form, or a connective. Not "not" or "never".',
  ['now', 'already', 'so far', 'to date', 'thus far', 'since', 'formally', 'officially', 'therefore', 'thus'],
);

// What a number is when it is no count of states.

export const DAY_UNITS = family(
  'day-units',
  'Days, the unit of entry-into-force delays. Apart from other time units because "90 days" is a count we keep.',
  ['day', 'days'],
);

export const OTHER_TIME_UNITS = family(
  'other-time-units',
  'Units of time other than days: a number before them is a duration or an age, never a count of states.',
  [
    'year',
    'years',
    'decade',
    'decades',
    'century',
    'centuries',
    'month',
    'months',
    'week',
    'weeks',
    'hour',
    'hours',
    'minute',
    'minutes',
  ],
);

export const PERCENT_WORDS = family('percent-words', 'A number before these is a share, not a count.', [
  'per cent',
  'percent',
  'percentage points',
]);

export const LARGE_SCALES = family(
  'large-scales',
  'Scales that count people or money, never states ("1.3 million smokers", "30 billion dollars").',
  ['million', 'billion', 'trillion'],
);

export const CURRENCY_SIGNS = family(
  'currency-signs',
  'Signs and codes written before an amount of money. Case as written ("EUR", not "eur").',
  ['$', '€', '£', '¥', 'US$', 'USD', 'EUR', 'GBP'],
  { caseSensitive: true },
);

export const COUNT_QUESTIONS = family(
  'count-questions',
  'Words that ask for a count: the bare number that answers ("How many have ratified? Thirty-eight.") counts what ' +
    'the question asks about. Not "how much" (an amount, not states).',
  ['how many'],
);

export const BARE_NUMBER_VERBS = family(
  'bare-number-verbs',
  'Forms of "to be" after a number that stands alone as a subject ("thirty-eight is not enough"): it names a count ' +
    'the article gave before. Not other verbs ("forty signed": the act counts them).',
  ['is', 'are', 'was', 'were'],
);
