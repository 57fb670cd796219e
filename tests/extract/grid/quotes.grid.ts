/** The variation grid of quotations and their speakers: cells generated across the ways writers attribute words. */

/** One generated article with the quotations and speakers it must give. */
export interface GridCell {
  id: string;
  text: string;
  /** Every quotation that must be read, by its words, with its speaker. */
  wants: { words: string; speaker: string | null }[];
}

/** How the speaker is named, with the words that introduce them earlier when the form needs it. */
interface Who {
  key: string;
  /** The subject as written before the verb, given the person's name. */
  subject: (name: string) => string;
  /** The same after an inverted verb ("said X"). */
  inverted: (name: string) => string;
  /** A sentence naming the person first, for forms that refer back to them. */
  intro?: (name: string) => string;
  /** The speaker the extractor must give. */
  speaker: (name: string) => string;
}

const WHO: Who[] = [
  { key: 'full-name', subject: (n) => n, inverted: (n) => n, speaker: (n) => n },
  {
    key: 'title-before',
    subject: (n) => `Foreign Minister ${n}`,
    inverted: (n) => `Foreign Minister ${n}`,
    speaker: (n) => n,
  },
  {
    key: 'apposition-after',
    subject: (n) => `${n}, the country’s chief envoy,`,
    inverted: (n) => `${n}, the country’s chief envoy`,
    speaker: (n) => n,
  },
  {
    key: 'title-only',
    intro: (n) => `Trade Minister ${n} flew in on Monday for the last round.`,
    subject: () => 'the minister',
    inverted: () => 'the minister',
    speaker: (n) => n,
  },
  {
    key: 'office',
    subject: () => 'the foreign ministry',
    inverted: () => 'the foreign ministry',
    speaker: () => 'the foreign ministry',
  },
  {
    key: 'pronoun-next-sentence',
    intro: (n) => `Envoy ${n} arrived late for the session.`,
    subject: () => 'she',
    inverted: () => 'she',
    speaker: (n) => n,
  },
  {
    key: 'pronoun-next-paragraph',
    intro: (n) => `Envoy ${n} arrived late for the session.\n\n`,
    subject: () => 'she',
    inverted: () => 'she',
    speaker: (n) => n,
  },
  { key: 'unnamed', subject: () => 'one delegate', inverted: () => 'one delegate', speaker: () => 'one delegate' },
];

/** A speech verb as written after its subject; `inverts` when "…,” verb X" is good English. */
interface Verb {
  key: string;
  after: string;
  inverts: boolean;
}

const VERBS: Verb[] = [
  { key: 'said', after: 'said', inverts: true },
  { key: 'says', after: 'says', inverts: true },
  { key: 'told-reporters', after: 'told reporters', inverts: false },
  { key: 'told-gathering', after: 'told the gathering', inverts: false },
  { key: 'stressed', after: 'stressed', inverts: false },
  { key: 'noted', after: 'noted', inverts: true },
  { key: 'argued', after: 'argued', inverts: true },
  { key: 'warned', after: 'warned', inverts: true },
  { key: 'added', after: 'added', inverts: true },
  { key: 'insisted', after: 'insisted', inverts: true },
  { key: 'wrote', after: 'wrote', inverts: true },
  { key: 'posted', after: 'posted on social media', inverts: false },
  { key: 'tweeted', after: 'tweeted', inverts: false },
  { key: 'recalled', after: 'recalled', inverts: true },
  { key: 'in-a-statement', after: 'said in a statement', inverts: false },
];

/** Quotation marks: opening and closing. */
const MARKS: [string, string, string][] = [
  ['straight', '"', '"'],
  ['curly', '“', '”'],
  ['single', '‘', '’'],
  ['guillemets', '«', '»'],
  ['german', '„', '“'],
];

/** Names as real articles spell them: particles, diacritics, initials, hyphens, East Asian order, one word. */
const NAMES = [
  'Luis de la Fuente',
  'Pieter van Dijk',
  'Khalid al-Amin',
  'Omar bin Laden',
  'José Núñez',
  'J.K. Moreau',
  'Anne-Marie Dupont',
  'Kim Jong-su',
  'Lula',
  'Ingrid Solberg',
];

/** The quoted words: a full sentence, a second sentence, and a phrase for partial quotes. */
const FIRST = 'We came here ready to sign the text';
const SECOND = 'Nobody should expect us to wait another decade';
const THIRD = 'The coast has waited long enough for this';
const PARTIAL = 'a fair start for the whole coast';

interface Position {
  key: string;
  build: (o: string, c: string, subject: string, inverted: string, verb: Verb) => { text: string; quoted: string[] };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The subject with its trailing comma dropped when a verb does not follow (an apposition closes with the clause). */
const bare = (s: string) => s.replace(/,$/, '');

const POSITIONS: Position[] = [
  {
    key: 'before-verb-colon',
    build: (o, c, s, _i, v) => ({ text: `${cap(s)} ${v.after}: ${o}${FIRST}.${c}`, quoted: [`${FIRST}.`] }),
  },
  {
    key: 'before-verb-comma',
    build: (o, c, s, _i, v) => ({ text: `${cap(s)} ${v.after}, ${o}${FIRST}.${c}`, quoted: [`${FIRST}.`] }),
  },
  {
    key: 'before-colon-only',
    build: (o, c, s) => ({ text: `${cap(bare(s))}: ${o}${FIRST}.${c}`, quoted: [`${FIRST}.`] }),
  },
  {
    key: 'after-subject-verb',
    build: (o, c, s, _i, v) => ({ text: `${o}${FIRST},${c} ${s} ${v.after}.`, quoted: [`${FIRST},`] }),
  },
  {
    key: 'after-inverted',
    build: (o, c, s, i, v) => ({
      text: v.inverts ? `${o}${FIRST},${c} ${v.after} ${i}.` : `${o}${FIRST},${c} ${s} ${v.after}.`,
      quoted: [`${FIRST},`],
    }),
  },
  {
    key: 'mid-quote-split',
    build: (o, c, s, _i, v) => ({
      text: `${o}${FIRST},${c} ${s} ${v.after}, ${o}and nobody should expect us to wait another decade.${c}`,
      quoted: [`${FIRST},`, 'and nobody should expect us to wait another decade.'],
    }),
  },
  {
    key: 'follow-on-sentence',
    build: (o, c, s, _i, v) => ({
      text: `${o}${FIRST},${c} ${s} ${v.after}. ${o}${SECOND}.${c}`,
      quoted: [`${FIRST},`, `${SECOND}.`],
    }),
  },
  {
    key: 'paragraph-continued',
    build: (o, c, s, _i, v) => ({
      text: `${o}${FIRST},${c} ${s} ${v.after}. ${o}${SECOND}.\n\n${o}${THIRD}.${c}`,
      quoted: [`${FIRST},`, `${SECOND}.`, `${THIRD}.`],
    }),
  },
  {
    key: 'follow-on-after-reported-speech',
    build: (o, c, s, _i, v) => ({
      text: `${cap(s)} ${v.after} that the talks had stalled again. ${o}${SECOND}.${c}`,
      quoted: [`${SECOND}.`],
    }),
  },
  {
    key: 'partial-in-sentence',
    build: (o, c, s, _i, v) => ({
      text: `${cap(s)} ${v.after} the draft was ${o}${PARTIAL}${c} and urged others to join.`,
      quoted: [PARTIAL],
    }),
  },
];

/** "according to" replaces the verb: it stands before the speaker in every position. */
function accordingTo(position: string, o: string, c: string, who: string): { text: string; quoted: string[] } | null {
  const w = bare(who);
  switch (position) {
    case 'before-verb-comma':
      return { text: `According to ${w}, ${o}${FIRST}.${c}`, quoted: [`${FIRST}.`] };
    case 'after-subject-verb':
    case 'after-inverted':
      return { text: `${o}${FIRST},${c} according to ${w}.`, quoted: [`${FIRST},`] };
    case 'partial-in-sentence':
      return { text: `According to ${w}, the draft was ${o}${PARTIAL}${c} at best.`, quoted: [PARTIAL] };
    default:
      return null;
  }
}

/**
 * An even sample of the cross product: every position with every way of naming the speaker, three times each, the
 * verb, the marks and the name turning at different strides so each value meets many others.
 */
export function gridCells(): GridCell[] {
  const cells: GridCell[] = [];
  for (const [p, position] of POSITIONS.entries()) {
    for (const [w, who] of WHO.entries()) {
      for (let k = 0; k < 3; k++) {
        const verb = VERBS[(p * 3 + w * 5 + k * 7) % VERBS.length];
        const [markKey, o, c] = MARKS[(p + w * 2 + k * 3) % MARKS.length];
        const name = NAMES[(p * 2 + w + k * 3) % NAMES.length];
        const subject = who.subject(name);
        const inverted = who.inverted(name);
        const built =
          verb.key === 'in-a-statement' && k === 2 && !who.intro
            ? accordingTo(position.key, o, c, subject)
            : position.build(o, c, subject, inverted, verb);
        // A pronoun alone before a colon ("She: “…”") is no English a writer uses.
        if (!built || (position.key === 'before-colon-only' && who.subject(name) === 'she')) continue;
        const intro = who.intro ? who.intro(name) : '';
        const text = intro ? `${intro}${intro.endsWith('\n') ? '' : ' '}${built.text}` : built.text;
        const speaker = who.speaker(name);
        cells.push({
          id: `${position.key} × ${who.key} × ${verb.key} × ${markKey} × ${name}`,
          text,
          wants: built.quoted.map((words) => ({ words, speaker })),
        });
      }
    }
  }
  return cells;
}

/** How a treaty report names a speaker for a state or a body, with the speaker it must give. */
const VOICES: { key: string; subject: string; speaker: string }[] = [
  { key: 'un-title', subject: 'UN Secretary-General Maria Costa', speaker: 'Maria Costa' },
  { key: 'owned-office-apposition', subject: 'Egypt’s foreign minister, Sameh Farouk,', speaker: 'Sameh Farouk' },
  { key: 'state-representative', subject: 'Kenya’s delegate', speaker: 'Kenya' },
  { key: 'representative-of-state', subject: 'the ambassador of Peru', speaker: 'Peru' },
  { key: 'body-spokesperson', subject: 'Ocean Watch spokesperson Lin Yu', speaker: 'Lin Yu' },
  { key: 'person-of-body', subject: 'Tomas Reyes of the Coastal Fund', speaker: 'Tomas Reyes' },
  { key: 'relative-clause', subject: 'Ines Vale, who heads the island delegation,', speaker: 'Ines Vale' },
  { key: 'two-states', subject: 'Norway and Chile', speaker: 'Chile' },
  {
    key: 'unnamed-with-place',
    subject: 'a health ministry official in Lisbon',
    speaker: 'a health ministry official in Lisbon',
  },
  {
    key: 'unnamed-with-lower-case-place',
    subject: 'a senior official in the trade ministry',
    speaker: 'a senior official in the trade ministry',
  },
  // A state's office or body by its owner or demonym, no holder named: spoken for as written.
  { key: 'state-office', subject: 'Chile’s trade minister', speaker: 'Chile’s trade minister' },
  { key: 'state-body-by-demonym', subject: 'the Peruvian government', speaker: 'the Peruvian government' },
  { key: 'state-ministry', subject: 'Norway’s fisheries ministry', speaker: 'Norway’s fisheries ministry' },
  { key: 'state-office-capitalized', subject: 'Chile’s Foreign Minister', speaker: 'Chile’s Foreign Minister' },
  { key: 'state-office-two-words', subject: 'the Kenyan Prime Minister', speaker: 'the Kenyan Prime Minister' },
  {
    key: 'member-of-delegation',
    subject: 'a member of the Kenyan delegation',
    speaker: 'a member of the Kenyan delegation',
  },
  { key: 'hyphenated-office', subject: 'Chilean vice-minister Rosa Ortega', speaker: 'Rosa Ortega' },
  // An office with its portfolios listed by "and", commas among them: the list is no name.
  {
    key: 'portfolio-list',
    subject: 'Ghana’s Minister of Fisheries, Oceans and Coasts, Ama Owusu,',
    speaker: 'Ama Owusu',
  },
  { key: 'portfolio-pair', subject: 'the Minister of Gender and Social Welfare, Kofi Mensah,', speaker: 'Kofi Mensah' },
  // A portfolio or body after the office, in capitals: no name of its own, the name after the comma speaks.
  {
    key: 'portfolio-body-apposition',
    subject: 'the undersecretary of International Maritime Relations, Ana Soto,',
    speaker: 'Ana Soto',
  },
  {
    key: 'body-department-apposition',
    subject: 'the head of Regional Water Services, Omar Sall,',
    speaker: 'Omar Sall',
  },
];

/** What stands between the speaker and the verb or after the verb: time, place, medium, an adverb, an aside. */
const ADJUNCTS: { key: string; between: string; after: string }[] = [
  { key: 'none', between: '', after: '' },
  { key: 'time', between: '', after: ' on Tuesday' },
  { key: 'news-conference', between: '', after: ' at a news conference in Geneva' },
  { key: 'interview', between: '', after: ' in an interview with a local radio station' },
  { key: 'adverb', between: ' later', after: '' },
  { key: 'participle-aside', between: ', speaking after the vote,', after: '' },
];

const TREATY_QUOTE = 'The convention gives every coastal state the same rights';

/**
 * The second grid: how treaty reports name who speaks for a state or a body, across what may stand between the
 * speaker and the verb, in the three commonest positions.
 */
export function voiceCells(): GridCell[] {
  const cells: GridCell[] = [];
  const verbs = ['said', 'told reporters', 'stressed', 'added'];
  for (const [v, voice] of VOICES.entries()) {
    for (const [a, adjunct] of ADJUNCTS.entries()) {
      const verb = verbs[(v + a) % verbs.length];
      const [markKey, o, c] = MARKS[(v * 2 + a) % MARKS.length];
      const subject = adjunct.between && voice.subject.endsWith(',') ? bare(voice.subject) : voice.subject;
      const tail = `${subject}${adjunct.between} ${verb}${adjunct.after}`;
      const texts: [string, string, string][] = [
        ['after', `${o}${TREATY_QUOTE},${c} ${tail}.`, `${TREATY_QUOTE},`],
        ['before', `${cap(tail)}: ${o}${TREATY_QUOTE}.${c}`, `${TREATY_QUOTE}.`],
        ['partial', `${cap(tail)} that the pact was ${o}${PARTIAL}${c} for the region.`, PARTIAL],
        // A live report's entry: a time stamp, the speaker as a label and an aside, a colon, no speech verb.
        [
          'live-label',
          `14:05 – ${cap(bare(voice.subject))}, ${adjunct.key === 'none' ? 'leaving the hall' : 'after the vote'}: ${o}${TREATY_QUOTE}.${c}`,
          `${TREATY_QUOTE}.`,
        ],
      ];
      for (const [position, text, words] of texts) {
        cells.push({
          id: `voice ${position} × ${voice.key} × ${adjunct.key} × ${verb} × ${markKey}`,
          text,
          wants: [{ words, speaker: voice.speaker }],
        });
      }
    }
  }
  return cells;
}

/** Look-alikes: quoted words that are no quotation, or a name in or near the quote that is not the speaker. */
export interface LookAlike {
  id: string;
  text: string;
  /** Words that must not be read as a quotation. */
  notQuoted?: string[];
  /** Words that must be read as a quotation, with the speaker they must have (null: none). */
  wants?: { words: string; speaker: string | null }[];
  /** A speaker no quotation may be given. */
  notSpeaker?: string;
}

export const LOOK_ALIKES: LookAlike[] = [
  {
    id: 'report title after "titled"',
    text: 'The agency released a report titled “Open Ports, Fair Wages” on Monday.',
    notQuoted: ['Open Ports, Fair Wages'],
  },
  {
    id: 'report title after "its report"',
    text: 'The council will present its report, "Safer Seas for Small Boats", in Geneva next week.',
    notQuoted: ['Safer Seas for Small Boats'],
  },
  {
    id: 'slogan on a banner',
    text: 'Marchers carried banners reading «No deal without the coast» through the old town.',
    wants: [{ words: 'No deal without the coast', speaker: null }],
  },
  {
    id: 'scare quotes on one word',
    text: 'The so-called „reform“ left the harbour fees untouched for another year.',
    notQuoted: ['reform'],
  },
  {
    id: 'scare quotes on a short phrase',
    text: 'The plan offers little more than ‘green paint’ on old policies.',
    notQuoted: ['green paint'],
  },
  {
    id: 'person only mentioned inside the quote',
    text: '“We owe this result to Tom Hale and his team,” the mayor of Bergen said.',
    wants: [{ words: 'We owe this result to Tom Hale and his team,', speaker: 'the mayor of Bergen' }],
  },
  {
    id: 'person only mentioned inside the quote, named speaker',
    text: 'Minister Ana Ruiz spoke after the vote. "Tom Hale never once answered our letters," she said.',
    wants: [{ words: 'Tom Hale never once answered our letters,', speaker: 'Ana Ruiz' }],
  },
  {
    id: 'a person met is not the speaker',
    text: 'Ana Ruiz met Envoy Tom Hale in Oslo. “The annex is settled at last,” Hale said.',
    wants: [{ words: 'The annex is settled at last,', speaker: 'Tom Hale' }],
  },
  {
    id: '"she" is the woman of two people named before',
    text: 'Ms. Ines Vale met Mr. Omar Haddad in Lisbon. "The annex is closed now," she told reporters.',
    wants: [{ words: 'The annex is closed now,', speaker: 'Ines Vale' }],
  },
  {
    id: '"he" is the man of two people named before, across a paragraph',
    text: 'Ms. Ines Vale met Mr. Omar Haddad in Lisbon.\n\n«The annex is closed now,» he said later.',
    wants: [{ words: 'The annex is closed now,', speaker: 'Omar Haddad' }],
  },
  {
    id: 'a person named inside an earlier quote is not the pronoun’s referent',
    text: '“We owe this pact to Mr. Omar Haddad,” Ms. Ines Vale said. “He never gave up,” she added.',
    wants: [{ words: 'He never gave up,', speaker: 'Ines Vale' }],
  },
  {
    id: '"it" is a body the sentence before opened with in common nouns',
    text: 'The foreign ministry said the annex was settled. ‘No coastal state will be left out,’ it said.',
    wants: [{ words: 'No coastal state will be left out,', speaker: 'The foreign ministry' }],
  },
  {
    id: '"it" is not a body named in passing',
    text: 'The pact was signed by the government of Peru. “It sets a new bar for the region,” it said.',
    notSpeaker: 'the government',
  },
  {
    id: 'a country as the subject of "said" is not a person for a later pronoun',
    text:
      'Envoy Lena Berg opened the talks. Japan said on Monday it would not attend. ' +
      '“We regret their absence deeply,” she said.',
    wants: [{ words: 'We regret their absence deeply,', speaker: 'Lena Berg' }],
  },
  {
    id: 'a country as the subject of "said" speaks for its government',
    text: 'Japan said the launch was “a grave threat to the whole region and beyond.”',
    wants: [{ words: 'a grave threat to the whole region and beyond.', speaker: 'Japan' }],
  },
  {
    id: 'a phrase before a colon that names no one is not a speaker',
    text: 'The question for the ports now: “Who pays for the new harbour wall and its upkeep?”',
    notSpeaker: 'The question for the ports now',
  },
  {
    id: 'a heading of capitalized nouns before a colon is not a speaker',
    text: 'Bottom Line: “Nobody in this hall has read the annex, and everybody knows it.”',
    notSpeaker: 'Bottom Line',
  },
  {
    id: 'a surname before a colon, the person named with an office before',
    text: 'Mayor Marta Quist has run the harbour for ten years.\n\nQuist: “Nobody asked the pilots once.”',
    wants: [{ words: 'Nobody asked the pilots once.', speaker: 'Marta Quist' }],
  },
  {
    id: 'a word opening a sentence before an aside and a colon is not a speaker',
    text: 'Or, better still: “Ask the pilots what they need before the next storm comes.”',
    notSpeaker: 'Or',
  },
  {
    id: 'a capitalized noun ending a sentence before a colon is not a speaker',
    text: 'After a long night the panel reached its Final Verdict: “The harbour wall must be rebuilt.”',
    notSpeaker: 'Final Verdict',
  },
  {
    id: 'a live report’s entry: a time stamp, an office phrase and a name, an aside, a colon',
    text: '16:20 – Chile’s deputy foreign minister Rosa Ortega, between sessions: „We still need two more votes.“',
    wants: [{ words: 'We still need two more votes.', speaker: 'Rosa Ortega' }],
  },
  {
    id: 'a body’s document as a label before a paraphrase with a quote',
    text: '09:10 – Ocean Watch’s report, out this morning: the annex is “a map with half the coast left off.”',
    wants: [{ words: 'a map with half the coast left off.', speaker: 'Ocean Watch' }],
  },
  {
    id: 'a dateline before a colon is not a speaker',
    text: 'Day two in Oslo: “We came here to sign,” said Envoy Ana Ruiz.',
    wants: [{ words: 'We came here to sign,', speaker: 'Ana Ruiz' }],
  },
  {
    id: '"she" after an unnamed official reported speaking, opened by a participle phrase',
    text:
      'Speaking to reporters, a senior official of the fisheries agency said the vote was close. ' +
      '“We counted the ballots twice,” she added.',
    wants: [{ words: 'We counted the ballots twice,', speaker: 'a senior official of the fisheries agency' }],
  },
  {
    id: '"he" after an unnamed spokesman with a relative clause, in the next paragraph',
    text:
      'A spokesman at the port authority, who declined to be named, insisted the fees would fall.\n\n' +
      '«Nobody will pay more next year,» he said.',
    wants: [{ words: 'Nobody will pay more next year,', speaker: 'A spokesman at the port authority' }],
  },
  {
    id: '"he" after one unnamed diplomat who warned',
    text: 'One diplomat from the island states warned that time was short. "We have two weeks at most," he told us.',
    wants: [{ words: 'We have two weeks at most,', speaker: 'One diplomat from the island states' }],
  },
  {
    id: '"he" after a spokesperson for a body with its short name, opened by "But"',
    text:
      'Ana Ruiz said fees were rising. But a spokesperson for the Harbour Owners’ League (HOL) said its members had ' +
      'cut them. “We have listened to the crews,” he said.',
    wants: [{ words: 'We have listened to the crews,', speaker: 'a spokesperson for the Harbour Owners’ League' }],
  },
  {
    id: 'an owner’s office with its portfolios and no name speaks as written',
    text: 'The island’s Minister for Ports and Coastal Affairs called the deal “late but welcome”.',
    wants: [{ words: 'late but welcome', speaker: 'The island’s Minister for Ports and Coastal Affairs' }],
  },
  {
    id: 'an unnamed official only met is not the pronoun’s referent',
    text: 'Minister Ana Ruiz met a senior official of the fisheries agency. “We counted twice,” she said.',
    wants: [{ words: 'We counted twice,', speaker: 'Ana Ruiz' }],
  },
  {
    id: 'a person named after the unnamed official is the pronoun’s referent',
    text:
      'A senior official of the agency said the vote was close. Minister Ana Ruiz disagreed. ' +
      '“We counted twice,” she said.',
    wants: [{ words: 'We counted twice,', speaker: 'Ana Ruiz' }],
  },
  {
    id: 'a speaker and their manner before a colon',
    text: 'Lena Berg of the Nordic Shipping Trust was blunter: “Two votes stand between us and the fleet.”',
    wants: [{ words: 'Two votes stand between us and the fleet.', speaker: 'Lena Berg' }],
  },
  {
    id: 'a speaker with an apposition and their manner before a colon',
    text: 'Tom Hale, the envoy, was less sure: “Nobody has counted the votes yet.”',
    wants: [{ words: 'Nobody has counted the votes yet.', speaker: 'Tom Hale' }],
  },
  {
    id: 'words from a titled speaker before a colon',
    text: '18:10 – Final words from Envoy Ines Vale: «We leave with a text and without excuses.»',
    wants: [{ words: 'We leave with a text and without excuses.', speaker: 'Ines Vale' }],
  },
  {
    id: 'greetings from a place before a colon is not a speaker',
    text: 'Greetings from Oslo: “We came here to sign the pact and nothing else.”',
    notSpeaker: 'Oslo',
  },
  {
    id: 'a subject with a plain predicate before a colon names no speaker',
    text: 'The question was simple: “Who pays for the new harbour wall and its upkeep?”',
    notSpeaker: 'The question',
  },
  {
    id: 'a body’s short name in brackets after its full name',
    text: 'The Ministry of Ocean Affairs (Maritima) informed, in a note, that the matter "remains under study for now".',
    wants: [{ words: 'remains under study for now', speaker: 'Ministry of Ocean Affairs' }],
  },
  {
    id: 'a state’s office that opens a clause with a participle after it',
    text: 'Norway’s fisheries ministry issued a note on Friday, calling the pact "a fair deal for the coast".',
    wants: [{ words: 'a fair deal for the coast', speaker: 'Norway’s fisheries ministry' }],
  },
  {
    id: 'an office owned by a person is not a state’s office',
    text: 'Envoy Tom Hale flew home. Hale’s trade adviser said the annex was “full of holes.”',
    notSpeaker: 'Hale’s trade adviser',
  },
  {
    id: 'a state’s office with a named holder gives the holder',
    text: 'Chile’s trade minister, Rosa Ortega, repeated that the fees were “too high for small ports.”',
    wants: [{ words: 'too high for small ports.', speaker: 'Rosa Ortega' }],
  },
  {
    id: '"the coalition" for a title-case name the same noun follows',
    text:
      'The Fair Harbours for All coalition, which ran the campaign, said it would go on. ' +
      '“Ten ports is only a start,” the coalition said in a statement.',
    wants: [{ words: 'Ten ports is only a start,', speaker: 'Fair Harbours for All' }],
  },
  {
    id: '"the network" for a title-case name before it in the sentence before',
    text: 'The Open Reef network met in Suva on Friday. «We will take this to every capital,» the network said.',
    wants: [{ words: 'We will take this to every capital,', speaker: 'Open Reef' }],
  },
  {
    id: '"the group" for a name alone opening the sentence before',
    text: '10:05 – Oceana has issued a note urging a pause on trawling. “The pause costs nothing,” the group said.',
    wants: [{ words: 'The pause costs nothing,', speaker: 'Oceana' }],
  },
  {
    id: '"the group" is not a titled person opening the sentence before',
    text: 'Envoy Tom Hale met the fishers in Suva. “We are a group of friends here,” the group said.',
    notSpeaker: 'Envoy Tom Hale',
  },
  {
    id: '"the group" is not a state opening the sentence before',
    text: 'Norway opened the talks on Monday. “We will not sign a weaker text,” the group said.',
    notSpeaker: 'Norway',
  },
  {
    id: 'a named body in a colon heading with a speaker after the quote',
    text: 'Ocean Watch report: “Catches fell by a third in ten years,” the group’s director, Tom Hale, said.',
    wants: [{ words: 'Catches fell by a third in ten years,', speaker: 'Tom Hale' }],
  },
  // A circumstance set off by commas between the speaker and the verb names no speaker.
  {
    id: 'a body named inside a circumstance between the speaker and the verb does not speak',
    text: 'Ocean Watch, in a joint note with the IMO, warned that the plan “would not hold”.',
    wants: [{ words: 'would not hold', speaker: 'Ocean Watch' }],
  },
  {
    id: 'a person, then where they spoke with a body named, then the verb',
    text: 'Ana Ruiz, at a briefing with the OECD on Monday, said the fees were “far too steep”.',
    wants: [{ words: 'far too steep', speaker: 'Ana Ruiz' }],
  },
  {
    id: 'a person, then the body they come from, then the verb',
    text: 'Tom Hale, from the Harbour Council, called the deal “thin but real”.',
    wants: [{ words: 'thin but real', speaker: 'Tom Hale' }],
  },
  {
    id: 'a time phrase that runs into its subject with no comma stays with it',
    text: 'On Monday Ana Ruiz said the fees were “far too steep”.',
    wants: [{ words: 'far too steep', speaker: 'Ana Ruiz' }],
  },
  // A part opened by "and" is a clause of its own, no apposition of what came before it.
  {
    id: 'a speaker after ", and" is not the state the sentence opened with',
    text:
      'Peru, a party since 1990, has promised to shut its carving industry, and a spokeswoman for the Forest ' +
      'Service Agency said the team would “act in good faith”.',
    notSpeaker: 'Peru',
  },
  // An office owned by one state is not held by the person introduced as another state's.
  {
    id: 'a state’s minister is not the other state’s minister named before',
    text: 'Chile’s trade minister, Rosa Ortega, spoke first. “We sign today,” Peru’s trade minister told reporters.',
    wants: [{ words: 'We sign today,', speaker: 'Peru’s trade minister' }],
  },
  {
    id: '"the country’s minister" is the state named before it, not the one owning the later office',
    text:
      'Chile signed first. The country’s environment minister, Rosa Ortega, spoke briefly. “Fires know no border,” ' +
      'Peru’s environment minister said afterwards.',
    notSpeaker: 'Rosa Ortega',
  },
  // A participle after a clause that reports speech goes on with that clause's speaker.
  {
    id: '"adding" after "an official said" is the official’s, not the sentence’s opening subject',
    text:
      'The board cleared the plan in May, but the money is not yet paid, a treasury official said, adding that the ' +
      'state hoped to pay “well before the summer”.',
    wants: [{ words: 'well before the summer', speaker: 'a treasury official' }],
  },
  {
    id: '"adding" after a named speaker and a time phrase',
    text:
      'The talks ran late and the envoys left early, Tom Hale told reporters on Friday, adding that a deal was ' +
      '“close, very close”.',
    wants: [{ words: 'close, very close', speaker: 'Tom Hale' }],
  },
  // A document speaks for whoever it was said to come from.
  {
    id: '"the statement" after "X said in a statement"',
    text: 'Ocean Watch said in a statement that fees would rise. “Ports must adapt,” the statement said.',
    wants: [{ words: 'Ports must adapt,', speaker: 'Ocean Watch' }],
  },
  {
    id: '"the release" after "a press release from X"',
    text:
      'The fund opened in May, according to a press release from the Harbour Council. “The first loans go out ' +
      'in June,” the release said.',
    wants: [{ words: 'The first loans go out in June,', speaker: 'Harbour Council' }],
  },
  {
    id: '"the letter" after "In a letter, X"',
    text: 'In a letter, the Fisheries Board urged a pause. “We need one season off,” the letter said.',
    wants: [{ words: 'We need one season off,', speaker: 'Fisheries Board' }],
  },
  {
    id: 'a statement of something in lower case names no one',
    text: 'A statement of intent was signed in May. “We will act,” the statement said.',
    wants: [{ words: 'We will act,', speaker: 'the statement' }],
  },
  // An office on a portfolio before a name: "Special Envoy on the Rights of Fishers, X".
  {
    id: 'a name after an office "on" its portfolio is a person the pronoun may stand for',
    text:
      '“Laws are a start,” says Ana Ruiz, a lawyer. She points to gaps. The union’s Special Envoy on the Rights of ' +
      'Fishers, Lerato Dube, asked them to act. ‘Rules on paper feed nobody,’ she told the meeting.',
    wants: [{ words: 'Rules on paper feed nobody,', speaker: 'Lerato Dube' }],
  },
  // A quote of its own after a sentence with no speech verb: the person that sentence opens with speaks.
  {
    id: 'a quote after a gesture of a person named before',
    text:
      '“The vote is done,” said Envoy Kofi Mensah. Asked about the fleets, Mensah smiled. “They will adapt, as ' +
      'they always have.”',
    wants: [{ words: 'They will adapt, as they always have.', speaker: 'Kofi Mensah' }],
  },
  {
    id: 'a quote after a pronoun acting, no speech verb',
    text: 'Judge Ines Vale chaired the hearing. She later walked out of the hall. ‘Nobody wants this ruling.’',
    wants: [{ words: 'Nobody wants this ruling.', speaker: 'Ines Vale' }],
  },
  {
    id: 'a quote after a titled person acting, no speech verb',
    text: 'Mayor Lena Berg has run the port board since 2019. "We will not sell a single berth."',
    wants: [{ words: 'We will not sell a single berth.', speaker: 'Lena Berg' }],
  },
  {
    id: 'a person held by others is not the speaker of the quote after',
    text: 'Police detained Mayor Lena Berg at the port on Monday. "We will not sell a single berth."',
    wants: [{ words: 'We will not sell a single berth.', speaker: null }],
  },
  {
    id: 'capitalized nouns opening the sentence before are no speaker',
    text: 'Harbour Fees rose again in May. «Nobody expected the second rise so soon.»',
    wants: [{ words: 'Nobody expected the second rise so soon.', speaker: null }],
  },
  // "For X, …": the person or body whose view the sentence opens with.
  {
    id: 'a body whose view opens the sentence',
    text: 'For the Island Ports Council, the annex “shuts the small fleets out of the deal for a decade.”',
    wants: [{ words: 'shuts the small fleets out of the deal for a decade.', speaker: 'Island Ports Council' }],
  },
  {
    id: 'a titled person whose view opens the sentence',
    text: 'For Senator Ruth Okoro, the ruling is «a gift to the trawler fleets and nobody else at all».',
    wants: [{ words: 'a gift to the trawler fleets and nobody else at all', speaker: 'Ruth Okoro' }],
  },
  {
    id: 'a time opening the sentence with "for" names no one',
    text: 'For decades, the harbour was "a place where the small boats always came last in line".',
    wants: [{ words: 'a place where the small boats always came last in line', speaker: null }],
  },
  // A pronoun with an auxiliary contracted onto it is the verb's subject.
  {
    id: 'a contracted pronoun before the speech verb',
    text: 'Senator Ruth Okoro spoke in Lagos. She’s argued for months that the levy is “a tax on the poorest boats.”',
    wants: [{ words: 'a tax on the poorest boats.', speaker: 'Ruth Okoro' }],
  },
  // A later speech verb inside the reported words leaves the speaker to the one before it.
  {
    id: 'a participle inside the reported words is not the speaker’s verb',
    text: 'Mayor Lena Berg answered on Monday. She says the posts accusing Tom Hale of bribery are «lies from start to end».',
    wants: [{ words: 'lies from start to end', speaker: 'Lena Berg' }],
  },
  // A participle after a clause with no speech verb goes on with that clause's subject, not the sentence's first name.
  {
    id: 'a participle after a pronoun that acts',
    text: 'Mr. Omar Haddad met Ms. Ines Vale. When Vale asked him, he refused, arguing “the quota is not ours to cut.”',
    wants: [{ words: 'the quota is not ours to cut.', speaker: 'Omar Haddad' }],
  },
  {
    id: 'a participle after a named person that acts',
    text: 'On Monday, Senator Ivo Brandt walked out, calling the annex «a gift to the big ports and nobody else».',
    wants: [{ words: 'a gift to the big ports and nobody else', speaker: 'Ivo Brandt' }],
  },
  {
    id: 'a participle after a crowd that acts is not the named object’s',
    text: 'When the board fined Mayor Lena Berg, the dock crews cheered, chanting "small boats first, big ports last".',
    notSpeaker: 'Lena Berg',
  },
  // "the senator", "the governor" find the person an abbreviated rank introduced ("Sen. X", "Gov. X").
  {
    id: '"the senator" after "Sen." and a name',
    text: 'Sen. Ruth Okoro voted no. The senator said the levy was “a tax on the poorest boats in the bay.”',
    wants: [{ words: 'a tax on the poorest boats in the bay.', speaker: 'Ruth Okoro' }],
  },
  {
    id: '"the governor" after "Gov." and a name',
    text: 'Gov. Ivo Brandt signed the order. "We had no other way to keep the port open," the governor told reporters.',
    wants: [{ words: 'We had no other way to keep the port open,', speaker: 'Ivo Brandt' }],
  },
  {
    id: '"the mayor" after a headline that opens with the particle of the name',
    text: 'Van Dijk says port stays shut.\n\nMayor Pieter van Dijk spoke on Monday. The mayor said the port would stay “shut until the spring tides have passed.”',
    wants: [{ words: 'shut until the spring tides have passed.', speaker: 'Pieter van Dijk' }],
  },
  // "the minister said" before the minister is named: the holder the next sentences of the paragraph introduce.
  {
    id: '"the minister" named in the next sentence',
    text: '“We will sign before June,” the minister said. Fisheries Minister Lena Dahl flew in from Oslo on Monday.',
    wants: [{ words: 'We will sign before June,', speaker: 'Lena Dahl' }],
  },
  {
    id: '"the envoy" named in the sentence after next',
    text: 'The envoy told reporters the text was «fair to every coast». Talks went on late. Envoy Omar Haddad left at ten.',
    wants: [{ words: 'fair to every coast', speaker: 'Omar Haddad' }],
  },
  {
    id: '"the minister" is not a minister named in a later paragraph',
    text: '“We will sign before June,” the minister said.\n\nFisheries Minister Lena Dahl flew in from Oslo on Monday.',
    wants: [{ words: 'We will sign before June,', speaker: 'the minister' }],
  },
  // People who speak as a group, without a name: the subject as written.
  {
    id: 'a group of officials where they sit',
    text: 'Officials at the fisheries ministry said the quota was “not up for debate this year.”',
    wants: [{ words: 'not up for debate this year.', speaker: 'Officials at the fisheries ministry' }],
  },
  {
    id: 'a counted group with a qualifier',
    text: '«The annex is dead for now,» three senior negotiators told reporters after the session.',
    wants: [{ words: 'The annex is dead for now,', speaker: 'three senior negotiators' }],
  },
  {
    id: 'a group doing something as it speaks',
    text: 'Demonstrators blocking the harbour mouth chanted "no quota, no peace" until the police came.',
    wants: [{ words: 'no quota, no peace', speaker: 'Demonstrators blocking the harbour mouth' }],
  },
  {
    id: 'a group noun inside a clause is not the subject',
    text: 'The mayor has asked if the rules are "fair to the small boats", engaging in what critics call stalling.',
    notSpeaker: 'engaging in what critics',
  },
];
