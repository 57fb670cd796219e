/** Who a phrase names as the speaker: a person (across titles and appositions), a pronoun's person, or a body. */
import { matchesIn } from '../text/matches.js';
import { alternation, isMember, LETTERS } from './lexicon/family.js';
import { countryName } from './countryName.js';
import { STATE_ANAPHORS } from './lexicon/clauses.js';
import {
  APPOSITION_OPENERS,
  BODIES,
  ENTOURAGE,
  GENERIC_BODY_NOUNS,
  GROUP_VOICES,
  GROUP_VOICE_LINKS,
  HONORIFICS,
  NOT_NAME_WORDS,
  POST_NOMINALS,
  REPRESENTATIVES,
} from './lexicon/people.js';
import {
  CIRCUMSTANCE_LEADS,
  SUBJECT_TIME_WORDS,
  CLAUSE_OPENERS,
  COLLECTIVE_PRONOUNS,
  DOCUMENT_NOUNS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  VERB_FILLERS,
} from './lexicon/speech.js';
import { WEEKDAYS } from './lexicon/time.js';
import { onFirstUse } from './rules/onFirstUse.js';
import { firstIndex } from './sorted.js';
import { rangeAt, tokenize, type Range, type Token } from './text.js';
import {
  capitalizedRuns,
  fullName,
  genderOf,
  isBodyWord,
  isTitleWord,
  lastPersonBefore,
  nameAtEnd,
  type Gender,
  type Mentions,
  type Person,
} from './people.js';

/** What speaker reading knows of the article: its people and the speakers of the quotes read so far. */
export interface Scene {
  /** The text with quotations blanked, so a speaker is never read out of quoted words. */
  plain: string;
  people: Person[];
  /** Full names and surnames of the people above. */
  known: Set<string>;
  mentions: Mentions;
  countryWords: Set<string>;
  /** Country codes by a name, demonym or seat of government as written, lower case ("egyptian", "cairo"). */
  countryCodes: ReadonlyMap<string, string>;
  /** Speakers already given to earlier quotes, in text order: a pronoun may stand for one of them. */
  spoken: { at: number; name: string; person: boolean }[];
  /** Pronouns learnt while reading: once "she said" stands for someone, "he" no longer can. */
  genders: Map<string, Gender>;
  /** The article's sentences, to find the subject a pronoun most likely continues. */
  sentences: readonly Range[];
}

/**
 * Whether a speaker is a person, whom "he" or "she" can stand for: one of the article's people, or a capitalized
 * name without a body word, an acronym, a country or an owner in it ("Jong-wook", not "WHO" or "Ruiz’s office").
 */
export function isPerson(scene: Scene, name: string): boolean {
  const words = name.split(/\s+/);
  if (scene.known.has(name) || scene.known.has(words[words.length - 1])) return true;
  const notPersonal = (w: string) =>
    isBodyWord(w) || isAcronym({ text: w }) || scene.countryWords.has(w) || OWNER_SUFFIX().test(w);
  return /^\p{Lu}/u.test(name) && !words.some(notPersonal);
}

/**
 * The person a pronoun stands for at an offset: the last compatible one named or quoted before it. "he" and "she"
 * skip bodies and people known by the other pronoun; "they" and "we" may stand for a body that spoke last.
 */
export function pronounReferent(scene: Scene, pronoun: string, offset: number): string | null {
  const personal = isMember(PERSONAL_PRONOUNS, pronoun);
  const wanted = /^(?:he|she)$/i.test(pronoun) ? (pronoun.toLowerCase() as Gender) : undefined;
  const fits = (name: string) => {
    const gender = scene.genders.get(name) ?? genderByName(scene.people, name);
    return !wanted || !gender || gender === wanted;
  };
  // "Kenya and Chile signed it. “…,” they said": a subject of several names is the group speaking.
  const joint = isMember(COLLECTIVE_PRONOUNS, pronoun) ? jointSubjectContinued(scene, offset) : null;
  if (joint) return joint;
  const subject = personal ? subjectContinued(scene, offset, (p) => fits(p.name)) : null;
  if (subject) {
    if (wanted && !scene.genders.has(subject.name)) scene.genders.set(subject.name, wanted);
    return subject.name;
  }
  const mentioned = lastPersonBefore(scene.mentions, offset, undefined, (p) => fits(p.name));
  const mentionedAt = mentioned ? lastMentionOf(mentioned, offset) : -1;
  let referent = mentioned?.name ?? null;
  let referentAt = mentionedAt;
  for (let i = scene.spoken.length - 1; i >= 0; i--) {
    const s = scene.spoken[i];
    if (s.at >= offset || (personal && !s.person) || !fits(s.name)) continue;
    if (s.at > mentionedAt) [referent, referentAt] = [s.name, s.at];
    break;
  }
  const state = representativeSince(scene, referentAt, offset, personal);
  if (state) return state;
  if (referent && wanted && !scene.genders.has(referent)) scene.genders.set(referent, wanted);
  return referent;
}

/** How many sentences before a pronoun's own the representative it stands for may open. */
const REPRESENTATIVE_SENTENCES = 3;

/** A sentence that opens, after a time stamp at most, with a state's unnamed representative: "10:15 — Brazil’s delegate". */
const OPENING_REPRESENTATIVE = onFirstUse(
  () =>
    new RegExp(
      `^[\\d\\s:.—–-]*(?:[Tt]he\\s+)?(\\p{Lu}[${LETTERS}.' -]*?)(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?` +
        `${alternation(REPRESENTATIVES)}(?![${LETTERS}])`,
      'u',
    ),
);

/**
 * An unnamed person as the subject of a verb, after an opening phrase at most: "A senior official of the trade ministry
 * insisted that …", "Speaking to us, an aide in the Senate, who asked not to be named, said …". The voice ends in an
 * office word, with where it sits after it.
 */
const unnamedVoiceBefore = (verb: string) =>
  new RegExp(
    `^(?:[^,]{0,80},\\s*)?(?:(?:But|And|Yet)\\s+)?((?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{Ll}-]+\\s+){0,2}([\\p{Ll}-]+)` +
      `(?:\\s+(?:in|at|of|from|for)\\s+(?:the\\s+)?(?:[${LETTERS}’'-]+\\s+){0,4}?[${LETTERS}’'-]+(?:\\s*\\([^()]*\\))?)?)` +
      `(?:,[^,]{1,80},)?\\s+(?:${alternation(VERB_FILLERS)}\\s+)?${verb}(?![${LETTERS}])`,
    'u',
  );
/** The unnamed person as the subject of a speech verb, in any sentence before the pronoun. */
const UNNAMED_SPEAKER = onFirstUse(() => unnamedVoiceBefore(alternation(SPEECH_VERBS)));
/**
 * In the pronoun's own sentence, an unnamed person as the subject of any verb in the past ("welcomed", "backed"): "A
 * spokesman for the league welcomed what he called …" (he is the spokesman, not someone named in the sentences
 * before). The past only: a present's "-s" would end the voice's body at a plural ("for the island states").
 */
const UNNAMED_SUBJECT = onFirstUse(() => unnamedVoiceBefore('\\p{Ll}{2,}ed'));

/** The unnamed person a sentence reports speaking, as written: "a senior official of the trade ministry". */
function unnamedSpeakerIn(sentence: string, holdsPronoun = false): string | null {
  const m = (holdsPronoun ? UNNAMED_SUBJECT() : UNNAMED_SPEAKER()).exec(sentence);
  // Without a short name in brackets after its body: "a spokesman for the Harbour League (HL)".
  return m && isTitleWord(m[2]) ? m[1].replace(ASIDE(), '') : null;
}

/**
 * The state whose unnamed representative opens a sentence after the last person named or quoted and before a pronoun:
 * "Brazil’s delegate takes the floor. “…,” she says" is Brazil. Not a representative named later in a sentence ("Ruiz
 * met Brazil’s delegate"). For "he" or "she", an unnamed person reported speaking in such a sentence ("An official in
 * the ministry insisted that … . “…,” he said") as written.
 */
function representativeSince(scene: Scene, from: number, offset: number, personal: boolean): string | null {
  let state: string | null = null;
  // Bounded, so a page of many pronouns stays linear: the representative opens one of the last few sentences.
  const own = firstIndex(scene.sentences, (r) => r.start > offset) - 1;
  const near = Math.max(0, own - REPRESENTATIVE_SENTENCES);
  for (
    let i = Math.max(
      near,
      firstIndex(scene.sentences, (r) => r.start > from),
    );
    i < scene.sentences.length;
    i++
  ) {
    const sentence = scene.sentences[i];
    if (sentence.start >= offset) break;
    const text = scene.plain.slice(sentence.start, Math.min(sentence.end, offset));
    const m = OPENING_REPRESENTATIVE().exec(text);
    const code = m && scene.countryCodes.get(m[1].toLowerCase());
    const holdsPronoun = sentence.end > offset;
    const voice = code ? countryName(code) : personal ? unnamedSpeakerIn(text.trimStart(), holdsPronoun) : null;
    if (voice) state = voice;
  }
  return state;
}

/**
 * A person's pronoun from the titles given with their name, else with any mention of their surname ("Mr. Hale" says
 * that Tom Hale is "he"); none when the article's people of that surname disagree ("Mr. Lee" and "Mrs. Lee") or are
 * two people named in full ("Donald Trump", "Ivanka Trump").
 */
function genderByName(people: readonly Person[], name: string): Gender | undefined {
  const last = name.split(/\s+/).pop();
  const own = people.find((p) => p.name === name);
  const ownGender = own && genderOf(own);
  if (ownGender) return ownGender;
  // "Mr. Trump" says nothing of Ivanka Trump's pronoun when the article names two people of that surname in full.
  const namesakes = people.filter((p) => p.name.includes(' ') && p.name.split(/\s+/).pop() === last);
  if (name.includes(' ') && namesakes.length > 1) return undefined;
  const genders = new Set(
    people.filter((p) => p.name === name || p.name.split(/\s+/).pop() === last).map((p) => genderOf(p)),
  );
  genders.delete(undefined);
  return genders.size === 1 ? [...genders][0] : undefined;
}

/** How many words may open a sentence before the pronoun for it to be the sentence's subject ("“…,” he added"). */
const PRONOUN_SUBJECT_WORDS = 2;
/** How far into its sentence a subject may start, in characters (titles before the name included). */
const SUBJECT_REACH = 200;

/**
 * The subject a personal pronoun continues: the person its own sentence opens with ("Clinton says she …"), else, for
 * a pronoun that opens its sentence, the person the sentence before opened with ("Trump said X … . He told …"), not
 * a person named later in that sentence. The opening person comes first, after capitalized words only (titles).
 */
function subjectContinued(scene: Scene, offset: number, fits: (p: Person) => boolean): Person | null {
  const index = rangeAt(scene.sentences, offset);
  if (index < 0) return null;
  const own = openingPerson(scene, scene.sentences[index], offset, fits);
  if (own) return own;
  const start = scene.sentences[index].start;
  // Bounded, so one endless sentence stays linear: a subject starts near its sentence's start.
  if (offset - start > SUBJECT_REACH) return null;
  const before = scene.plain.slice(start, offset).trim().split(/\s+/).filter(Boolean);
  if (index === 0 || before.length >= PRONOUN_SUBJECT_WORDS) return null;
  return openingPerson(scene, scene.sentences[index - 1], offset, fits);
}

/**
 * A word before a sentence's subject: a capitalized one (titles), or an office set off before the name in lower case
 * with its article and owner ("The minister, Ana Ruiz", "the country’s envoy, Tom Hale"). Not "of": "the chairman of
 * the Duma committee, Ana Ruiz" names a body before the person.
 */
const leadsSubject = (word: string) => {
  const w = word.replace(/,$/, '');
  const owner = /['’]s$/.test(w);
  return !w || owner || /^\p{Lu}/u.test(w) || isTitleWord(w) || DETERMINER().test(w);
};

/**
 * Names joined by "and" (commas before a third) opening a sentence, a lower-case verb after them, an apposition
 * between at most: "Kenya and Chile signed", "Minister Ana Ruiz, Envoy Tom Hale and Lena Berg, all envoys, met". Each
 * name with its titles, no article.
 */
const JOINT_SUBJECT = onFirstUse(
  () =>
    new RegExp(
      String.raw`^\s*((?:\p{Lu}[${LETTERS}.'’-]*\s+)*\p{Lu}[${LETTERS}'’-]*` +
        String.raw`(?:,\s+(?:\p{Lu}[${LETTERS}.'’-]*\s+)*\p{Lu}[${LETTERS}'’-]*)*` +
        String.raw`,?\s+and\s+(?:\p{Lu}[${LETTERS}.'’-]*\s+)*\p{Lu}[${LETTERS}'’-]*)(?:,[^,]{1,60},)?\s+\p{Ll}`,
      'u',
    ),
);

/**
 * The group "they" continues: names joined by "and" that open the pronoun's own sentence, else, for a pronoun that
 * opens its sentence, the sentence before; each name read as a speaker ("Ana Ruiz and Tom Hale", "Kenya and Chile").
 */
function jointSubjectContinued(scene: Scene, offset: number): string | null {
  const index = rangeAt(scene.sentences, offset);
  if (index < 0) return null;
  const own = scene.sentences[index];
  const before = scene.plain.slice(own.start, offset).trim().split(/\s+/).filter(Boolean);
  const sentence = before.length < PRONOUN_SUBJECT_WORDS && index > 0 ? scene.sentences[index - 1] : own;
  const m = JOINT_SUBJECT().exec(scene.plain.slice(sentence.start, Math.min(sentence.end, offset)));
  if (!m) return null;
  const names = m[1].split(/,\s+|,?\s+and\s+/).map((part) => speakerOfPart(part, sentence.start, scene, false));
  return names.every((n) => n !== null) ? names.join(' and ') : null;
}

function openingPerson(scene: Scene, sentence: Range, offset: number, fits: (p: Person) => boolean): Person | null {
  const end = Math.min(offset, sentence.end, sentence.start + SUBJECT_REACH);
  for (const { start, p } of mentionsIn(scene.mentions, sentence.start, end)) {
    const lead = scene.plain.slice(sentence.start, start);
    if (!lead.split(/\s+/).every(leadsSubject)) return null;
    // A name that qualifies the role of the next one is not the subject: "Clinton spokeswoman Jen Lind said".
    const qualifies = rolePrecedesName(scene.plain.slice(start + surnameLength(scene.plain, start), end));
    if (fits(p) && !qualifies) return p;
  }
  return null;
}

/** Lower-case words ending in an office or an aide's role, then a capital: " communication director Jen", " aide Tom". */
const ROLE_THEN_NAME = onFirstUse(() => /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*))\s+\p{Lu}/u);

/** Whether a role another name holds follows: the words before a name's role qualify it ("Clinton aide Jen Lind"). */
function rolePrecedesName(after: string): boolean {
  const m = ROLE_THEN_NAME().exec(after);
  return !!m && (isTitleWord(m[2]) || isMember(ENTOURAGE, m[2]));
}

/** The length of the capitalized word a mention starts with. */
const surnameLength = (text: string, start: number) => /^[\p{L}'’-]+/u.exec(text.slice(start))?.[0].length ?? 0;

function* mentionsIn(index: Mentions, start: number, end: number): Generator<{ start: number; p: Person }> {
  for (let i = firstIndex(index.starts, (s) => s >= start); i < index.starts.length && index.starts[i] < end; i++) {
    yield { start: index.starts[i], p: index.people[i] };
  }
}

function lastMentionOf(person: Person, offset: number): number {
  let at = -1;
  for (const m of person.mentions) if (m.start < offset && m.start > at) at = m.start;
  return at;
}

const OWNER_SUFFIX = onFirstUse(() => /['’]s$/);

/** A person the article names elsewhere too, in a phrase: "the chief of staff to Ana Ruiz", not "of Economic Relations". */
function knownPersonIn(phrase: string, scene: Scene, nearEnd: boolean): string | null {
  const who = personIn(phrase, scene, nearEnd);
  return who && (scene.known.has(who) || scene.known.has(who.split(/\s+/).pop()!)) ? who : null;
}

/** Full names before single words, known people before unknown; among equals the one nearest the verb. */
function personIn(phrase: string, scene: Scene, nearEnd: boolean): string | null {
  const names = capitalizedRuns(phrase)
    // A place or body before a role noun ("Throgs Neck resident Michael Lopiano") describes the speaker.
    .filter((r) => !describesNext(phrase.slice(r[r.length - 1].end)))
    // Between an article and a lower-case noun a name is a modifier: "the New York businessman", "a Texas lawyer",
    // also with the article capitalized at a sentence start ("A State Department spokesman").
    .filter((r) => !modifiesHeadNoun(phrase, r))
    .map((r) => nameAtEnd(r, scene.countryWords))
    // An owner ("the White House's spokesman") is not the speaker, nor a place or a portfolio.
    .filter(
      (r) =>
        r !== null &&
        !OWNER_SUFFIX().test(r.words[r.words.length - 1].text) &&
        !placeOrPortfolio(phrase.slice(0, r.words[0].start)),
    )
    .map((r) => phrase.slice(r!.words[0].start, r!.words[r!.words.length - 1].end));
  if (nearEnd) names.reverse();
  // A lone capitalized word is a speaker only when known or right next to the verb ("Khaleel said", "said Harry").
  const words = phrase.trim().split(/\s+/);
  const edge = nearEnd ? words[words.length - 1] : words[0];
  // Not after a lower-case link word: "the director of debate at the University of Michigan" names a place.
  const linked = words.length > 1 && isLinkWord(nearEnd ? words[words.length - 2] : '');
  const single = names.find((n) => !n.includes(' ') && edge.startsWith(n) && !linked);
  const best = names.find((n) => scene.known.has(n)) ?? names.find((n) => n.includes(' ')) ?? single;
  return best ? fullName(scene.people, best) : null;
}

/**
 * A capitalized run followed by one or two lowercase role nouns and another name ("… resident Michael …"), not by a
 * verb in the past ("Trump attacked Clinton": the run is the subject).
 */
function describesNext(after: string): boolean {
  const m = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?\s+\p{Lu}/u.exec(after);
  const verb = !!m && (isMember(SPEECH_VERBS, m[1]) || /ed$/.test(m[1]));
  return !!m && !verb && !isLinkWord(m[1]) && !(m[2] && isLinkWord(m[2]));
}

/**
 * Before a name: "in" or "at" (a place), or an office and "of" or "for" (a portfolio or the body it serves), with
 * the portfolios listed before it by "and": "Minister of Women and Social Action", "Minister of Science, Technology
 * and Environment".
 */
const PLACE_LEAD = onFirstUse(() => /(?:^|\s)(?:in|at)\s+$/);
const PORTFOLIO_LEAD = onFirstUse(
  () =>
    new RegExp(
      String.raw`([${LETTERS}-]+)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[${LETTERS}-]*(?:,?\s+\p{Lu}[${LETTERS}-]*)*,?\s+and\s+)?$`,
      'u',
    ),
);
/** The commas of a list of one-word portfolios after an office: "Minister of Science, Technology and Environment". */
const PORTFOLIO_LIST = onFirstUse(
  () =>
    new RegExp(
      String.raw`([${LETTERS}-]+)(\s+(?:of|for)\s+(?:the\s+)?)(\p{Lu}[${LETTERS}-]*(?:,\s+\p{Lu}[${LETTERS}-]*)+,?\s+and\s+\p{Lu}[${LETTERS}-]*)`,
      'gu',
    ),
);
/** What stands for a portfolio list's commas while a phrase is split into parts at commas. */
const LIST_COMMA = '\u0000';

/** The phrase with the commas of portfolio lists after an office hidden, so the list stays in its office's part. */
function portfolioListsJoined(phrase: string): string {
  return phrase.replace(PORTFOLIO_LIST(), (all: string, office: string, link: string, list: string) =>
    isTitleWord(office) ? office + link + list.replaceAll(',', LIST_COMMA) : all,
  );
}

/**
 * Whether the words before a name make it a place or a portfolio: "the unit in São Paulo", "the Minister of Ecological
 * Transition". Not "footage of Ana Ruiz" (no office before "of"), nor "Secretary of State John Kerry" (the name
 * itself follows "State").
 */
function placeOrPortfolio(before: string): boolean {
  if (PLACE_LEAD().test(before)) return true;
  const office = PORTFOLIO_LEAD().exec(before);
  return !!office && isTitleWord(office[1]);
}
const DETERMINER_BEFORE = onFirstUse(() => /(?:^|\s)(?:the|a|an|one)\s+$/i);
const DETERMINER = onFirstUse(() => /^(?:the|a|an|one)$/i);
const HEAD_NOUN_AFTER = onFirstUse(() => new RegExp(String.raw`^\s+\p{Ll}[${LETTERS}-]*\s*$`, 'u'));

/**
 * Whether a capitalized run qualifies the lower-case noun that ends the phrase after an article: "the New York
 * businessman", "one Latin American negotiator", "A State Department spokesman" (the article opening the run).
 */
function modifiesHeadNoun(phrase: string, run: Token[]): boolean {
  const determined =
    DETERMINER_BEFORE().test(phrase.slice(0, run[0].start)) || (run.length > 1 && DETERMINER().test(run[0].text));
  return determined && HEAD_NOUN_AFTER().test(phrase.slice(run[run.length - 1].end));
}

/** Lowercase words that link a name to what follows ("of", "the", "who") rather than name a role. */
const isLinkWord = (word: string) => isMember(NOT_NAME_WORDS, word);

/**
 * "Ruiz’s spokeswoman", "Obama’s former campaign strategist", "Ruiz’s letter": up to two words may qualify the role
 * or the document.
 */
const ENTOURAGE_AT_END = onFirstUse(
  () => new RegExp(`['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${alternation(ENTOURAGE, DOCUMENT_NOUNS)})$`, 'iu'),
);

/** "his spokesperson", "her former aide": the entourage of the person a possessive pronoun stands for. */
const PRONOUN_ENTOURAGE = onFirstUse(
  () =>
    new RegExp(`^(${alternation(POSSESSIVE_PRONOUNS)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${alternation(ENTOURAGE)})$`, 'iu'),
);
/** The personal pronoun a possessive one stands in for ("his" for "he"); "their" and "its" for "they". */
const SUBJECT_OF: Record<string, string> = { his: 'he', her: 'she' };
/** The personal pronoun an object one stands in for ("according to him"). */
const SUBJECT_OF_OBJECT: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** The person an object pronoun stands for at an offset ("According to her, …"); null for any other word. */
export function objectReferent(scene: Scene, word: string, offset: number): string | null {
  const subject = SUBJECT_OF_OBJECT[word.toLowerCase()];
  return subject ? pronounReferent(scene, subject, offset) : null;
}

/**
 * "Prime Minister Narendra Modi's office": the person's office or spokesperson, by the person's full name; for the
 * person's or the body's own document ("Ruiz’s letter said", "Human Rights Watch’s statement"), its owner.
 */
function entourageIn(phrase: string, offset: number, scene: Scene): string | null {
  const byPronoun = PRONOUN_ENTOURAGE().exec(phrase);
  if (byPronoun) {
    const owner = pronounReferent(scene, SUBJECT_OF[byPronoun[1].toLowerCase()] ?? 'they', offset);
    return owner ? `${owner}’s ${byPronoun[2]}` : null;
  }
  const m = ENTOURAGE_AT_END().exec(phrase);
  if (!m) return null;
  const owner = capitalizedRuns(phrase.slice(0, m.index + 2))
    .map((r) =>
      nameAtEnd(
        r.map((t) => ({ ...t, text: t.text.replace(OWNER_SUFFIX(), '') })),
        scene.countryWords,
      ),
    )
    .pop();
  // A body owns a document or a spokesperson too: "Human Rights Watch’s statement".
  const name = owner
    ? fullName(scene.people, owner.words.map((w) => w.text).join(' '))
    : namedBodyIn(phrase.slice(0, m.index));
  if (!name) return null;
  return isMember(DOCUMENT_NOUNS, m[1]) ? name : `${name}’s ${m[1]}`;
}

/**
 * A title-case name, its capitalized runs joined by the small words of institutional names: "Department of Foreign
 * Affairs", "Office of the High Commissioner for Human Rights", "Working Group on Enforced or Involuntary Disappearances".
 */
const TITLE_CASE_NAME = onFirstUse(
  () =>
    new RegExp(
      String.raw`\p{Lu}[${LETTERS}\p{N}'’.-]*(?:\s+(?:(?:of|for|and|or|on)\s+(?:the\s+)?)?\p{Lu}[${LETTERS}\p{N}'’.-]*)*`,
      'gu',
    ),
);

/**
 * A body by its full name: the last title-case name holding a body word ("Amnesty International", "the Foreign
 * Ministry", "the Secretariat of the Convention"), not one of acronyms only.
 */
export function namedBodyIn(phrase: string): string | null {
  let body: string | null = null;
  for (const m of matchesIn(phrase, TITLE_CASE_NAME())) {
    const words = capitalizedRuns(m[0]).flat();
    if (words.some((t) => isBodyWord(t.text)) && !words.every(isAcronym)) body = m[0].replace(/^the\s+/i, '');
  }
  return body || null;
}

const isAcronym = (t: { text: string }) => /^\p{Lu}{2,6}$/u.test(t.text);

/**
 * Where an unnamed voice sits or whom it belongs to, after it: "in Sejong", "at the Port Authority", "at the talks",
 * "from the ruling faction", "of the Chilean delegation", "for the ministry". Case-sensitive: after "in" or "at", a
 * capitalized place, or "the" and a few lower-case words ("in the trade ministry"), not a bare phrase ("in charge").
 */
const PLACE_SUFFIX =
  `(?:\\s+(?:in|at)\\s+(?:(?:the\\s+)?\\p{Lu}[${LETTERS}-]*(?:\\s+\\p{Lu}[${LETTERS}-]*){0,3}` +
  `|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)` +
  `|\\s+(?:from|of|for)\\s+(?:the\\s+)?[${LETTERS}'’-]+(?:\\s+[${LETTERS}'’-]+){0,3})?`;
/** "the", "a", "an" or "one" opening an unnamed voice, capitalized or not. */
const VOICE_DETERMINER = '(?:[Tt]he|[Aa]n?|[Oo]ne)';

/**
 * An unnamed voice in up to four words, and where it sits: "an official", "a health ministry official in Sejong", "one
 * delegate from the Pacific Islands Forum".
 */
const UNNAMED_SOURCE = onFirstUse(
  () => new RegExp(`^${VOICE_DETERMINER}\\s+([${LETTERS}'’-]+(?:\\s+[${LETTERS}'’-]+){0,3}?)${PLACE_SUFFIX}$`, 'u'),
);

/**
 * An unnamed voice as written, its words before where it sits a noun and its qualifiers only: not a clause that
 * runs on ("the researchers used the technique", "the man could be heard").
 */
function unnamedSource(phrase: string): string | null {
  const m = UNNAMED_SOURCE().exec(phrase);
  const clauseWord = (w: string) => DETERMINER().test(w) || isMember(VERB_FILLERS, w);
  return m && !m[1].split(/\s+/).some(clauseWord) ? m[0] : null;
}

/**
 * An unnamed voice opened by "a", "an" or "one", its noun an office, an aide's or a representative's role, where it
 * sits after it: "a spokesperson for the UN Secretary-General", "one delegate from the Pacific Islands Forum".
 */
function placedRole(phrase: string): string | null {
  const m = UNNAMED_SOURCE().exec(phrase);
  if (!m || !/^(?:an?|one)\s/i.test(m[0]) || m[0] === `${m[0].split(/\s+/)[0]} ${m[1]}`) return null;
  const noun = m[1].split(/\s+/).pop()!;
  const role = isTitleWord(noun) || isMember(ENTOURAGE, noun) || isMember(REPRESENTATIVES, noun);
  return role ? unnamedSource(phrase) : null;
}

/** An article, capitalized words and a lower-case noun: "a State Department spokesman", "the UN chief". */
const QUALIFIED_NOUN = onFirstUse(
  () => new RegExp(String.raw`^${VOICE_DETERMINER}\s+(?:\p{Lu}[${LETTERS}.'’-]*\s+){1,4}(\p{Ll}[${LETTERS}-]*)$`, 'u'),
);

/** Whether a phrase is a person's office or role that a body's name only qualifies ("a State Department spokesman"). */
function bodyQualifiesVoice(phrase: string): boolean {
  const noun = QUALIFIED_NOUN().exec(phrase)?.[1];
  return !!noun && (isTitleWord(noun) || isMember(ENTOURAGE, noun) || isMember(REPRESENTATIVES, noun));
}

/**
 * A body or document in words: an acronym ("the IMF"), or "the foreign ministry", "the statement"; an unnamed voice as
 * written ("an official", "one delegate").
 */
function bodyIn(phrase: string, offset: number, scene: Scene): string | null {
  // "a spokesperson for the UN Secretary-General", "an official at the Foreign Ministry": the voice as written.
  const rolePlaced = placedRole(phrase);
  if (rolePlaced) return rolePlaced;
  // "a State Department spokesman", "the UN chief": the body only qualifies the voice that speaks.
  if (!bodyQualifiesVoice(phrase)) {
    const named = namedBodyIn(phrase) ?? departmentIn(phrase, scene);
    if (named) return named;
    const acronym = /(?<![\p{L}])\p{Lu}{2,6}(?![\p{L}])/u.exec(phrase);
    // An office in capitals is a person's, not a body's: "the CEO of the grid operator", "the Conservative MP".
    if (acronym && !isTitleWord(acronym[0]) && !isMember(POST_NOMINALS, acronym[0])) return acronym[0];
  }
  const voice = unnamedSource(phrase);
  if (!voice) return null;
  const head = voice.split(/\s+/).pop()!;
  if (/^the\s+\S+$/i.test(voice) && isMember(GENERIC_BODY_NOUNS, head)) {
    return bodyNamedBefore(scene, offset) ?? bodyCalledBefore(scene, offset, head) ?? voice;
  }
  // "the release said": whoever the release was said to come from before ("a press release of the ministry").
  if (/^the\s+\S+$/i.test(voice) && isMember(DOCUMENT_NOUNS, head))
    return documentOwnerBefore(scene, offset, head) ?? voice;
  // "the minister said": the person last introduced with that office, else the one the next sentences introduce.
  const office = /^the\s/i.test(voice) && isTitleWord(head);
  const titled = office
    ? (lastPersonBefore(scene.mentions, offset, head.toLowerCase()) ?? officeNamedNext(scene, offset, head))
    : null;
  return titled?.name ?? voice;
}

/** How many sentences after "the minister said" may name the minister. */
const OFFICE_NAMED_SENTENCES = 2;

/**
 * The person the sentences right after an offset introduce with an office, in its paragraph: "“…,” the minister said.
 * Fisheries Minister Lena Dahl flew in …" names the minister. Not a holder named further on or in another paragraph.
 */
function officeNamedNext(scene: Scene, offset: number, office: string): Person | null {
  const own = rangeAt(scene.sentences, offset);
  if (own < 0) return null;
  const last = scene.sentences[Math.min(scene.sentences.length - 1, own + OFFICE_NAMED_SENTENCES)];
  const paragraphEnd = scene.plain.indexOf('\n', offset);
  const end = paragraphEnd < 0 ? last.end : Math.min(last.end, paragraphEnd);
  for (const { p } of mentionsIn(scene.mentions, offset, end)) if (p.titles.has(office.toLowerCase())) return p;
  return null;
}

/**
 * "Global Affairs Canada", "Health Canada": a department named by its portfolio and its country, one capitalized run
 * of office words ending in the country's name. Not a person ("Foreign Minister Ana Ruiz" ends in no country).
 */
function departmentIn(phrase: string, scene: Scene): string | null {
  const runs = capitalizedRuns(phrase);
  if (runs.length !== 1 || phrase.slice(runs[0][0].start).trim() !== phrase.trim()) return null;
  const run = runs[0];
  let end = run.length;
  while (end > 0 && scene.countryWords.has(run[end - 1].norm)) end--;
  const portfolio = run.slice(0, end);
  if (!portfolio.length || end === run.length || !portfolio.some((t) => isTitleWord(t.text))) return null;
  return phrase.slice(run[0].start, run[run.length - 1].end);
}

/** How far back "the group said" looks for the body it stands for, in sentences. */
const BODY_REFERENCE_SENTENCES = 2;

/** A sentence opened by a body in common nouns: "The foreign ministry said …", "The regional fisheries agency …". */
const OPENING_COMMON_BODY = onFirstUse(
  () => new RegExp(`^\\s*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${alternation(BODIES)}(?![${LETTERS}])`, 'u'),
);

/**
 * The body named last before an offset, in its own sentence or the one before: "the group" and "it" stand for it. By
 * its name ("the Foreign Ministry of Peru"), or by common nouns opening a later sentence as its subject ("The foreign
 * ministry said the annex was settled. “…,” it said"), not common nouns elsewhere ("signed by the government").
 */
export function bodyNamedBefore(scene: Scene, offset: number): string | null {
  const index = rangeAt(scene.sentences, offset);
  const first = index >= 0 ? Math.max(0, index - BODY_REFERENCE_SENTENCES + 1) : -1;
  const from = first >= 0 ? scene.sentences[first].start : offset;
  const before = scene.plain.slice(from, offset);
  const named = namedBodyIn(before);
  for (let i = index; i >= first && i >= 0; i--) {
    const start = scene.sentences[i].start;
    const subject = OPENING_COMMON_BODY().exec(scene.plain.slice(start, offset));
    if (!subject) continue;
    return named && before.lastIndexOf(named) > start - from ? named : subject[0].trim();
  }
  return named;
}

/** How far back "the statement said" looks for where the statement was said to come from, in characters. */
const DOCUMENT_REACH = 1500;

/** The four ways a text names where a document came from, built once per document noun ("statement", "letter"). */
const documentOwnerPatternsByNoun = new Map<string, readonly RegExp[]>();
function documentOwnerPatterns(noun: string): readonly RegExp[] {
  let patterns = documentOwnerPatternsByNoun.get(noun);
  if (!patterns) {
    const name = `(?:the\\s+)?(${TITLE_CASE_NAME().source})`;
    const speaking = `${alternation(SPEECH_VERBS)}\\s+in\\s+(?:a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+)?${noun}`;
    patterns = [
      new RegExp(`${noun}\\s+(?:[\\p{Ll}]+\\s+)?(?:of|from|by)\\s+${name}`, 'gu'),
      new RegExp(`${name}['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}(?![${LETTERS}])`, 'gu'),
      new RegExp(`${name}\\s+(?:${alternation(VERB_FILLERS)}\\s+)?${speaking}(?![${LETTERS}])`, 'gu'),
      new RegExp(`\\b[Ii]n\\s+(?:a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+)?${noun},\\s+${name}`, 'gu'),
    ];
    documentOwnerPatternsByNoun.set(noun, patterns);
  }
  return patterns;
}

/**
 * The body or person a document came from, as the text before gave it: "a press release of the Ministry of Foreign
 * Affairs", "a statement from Ocean Watch", "a letter signed by Ana Ruiz", "Ocean Watch’s statement", "Ocean Watch said
 * in a statement", "In a statement, Ocean Watch …"; the last one.
 */
function documentOwnerBefore(scene: Scene, offset: number, noun: string): string | null {
  const before = scene.plain.slice(Math.max(0, offset - DOCUMENT_REACH), offset);
  const found = documentOwnerPatterns(noun)
    .flatMap((re) => matchesIn(before, re))
    .sort((a, b) => a.index - b.index)
    .pop();
  // A name that ends its sentence ends before the sentence's period.
  return found ? fullName(scene.people, found[1].replace(/\.$/, '')) : null;
}

/** A sentence's subject by a name alone, after a time stamp at most: "Greenpeace has put out a note …". */
const OPENING_NAME = onFirstUse(
  () => new RegExp(String.raw`^[\d\s:.—–-]*(\p{Lu}[${LETTERS}'’-]*(?:\s+\p{Lu}[${LETTERS}'’-]*){0,3})\s+\p{Ll}`, 'u'),
);

/**
 * The body "the group" or "the coalition" stands for when no body word names it, in its own sentence or the one
 * before: a title-case name that the same noun follows ("the Solidarity for Coastal Women coalition"), else a name
 * alone opening a sentence as its subject ("Greenpeace put out a note. “…,” the group said"), not a person or a state
 * the article names, nor an office.
 */
function bodyCalledBefore(scene: Scene, offset: number, noun: string): string | null {
  const index = rangeAt(scene.sentences, offset);
  if (index < 0) return null;
  const first = Math.max(0, index - BODY_REFERENCE_SENTENCES + 1);
  const before = scene.plain.slice(scene.sentences[first].start, offset);
  const called = new RegExp(`(${TITLE_CASE_NAME().source})\\s+${noun}(?![${LETTERS}])`, 'gu');
  const named = matchesIn(before, called).pop();
  if (named) return named[1].replace(/^the\s+/i, '');
  for (let i = index; i >= first; i--) {
    const sentence = scene.sentences[i];
    const m = OPENING_NAME().exec(scene.plain.slice(sentence.start, Math.min(sentence.end, offset)));
    const words = m?.[1].split(/\s+/) ?? [];
    const other = (w: string) =>
      scene.countryCodes.has(w.toLowerCase()) || isTitleWord(w) || isLinkWord(w) || scene.known.has(w);
    if (m && !scene.known.has(m[1]) && !words.some(other)) return m[1];
  }
  return null;
}

/** "Egypt’s foreign minister": a state’s office, the words after the owner all office words. */
const OWNED_OFFICE = onFirstUse(
  () => new RegExp(String.raw`^(\p{Lu}[${LETTERS}.' -]*?)['’]s\s+((?:[${LETTERS}-]+\s+){0,3}[${LETTERS}-]+)$`, 'u'),
);
/**
 * An owned office right before a surname, its owner and office words captured, given names between: "Indonesia’s
 * environment minister, Nabiel " before "Makarim".
 */
const OWNED_OFFICE_BEFORE = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?:^|\s)((?:[Tt]he\s+)?[${LETTERS}][${LETTERS}.-]*)['’]s\s+((?:[${LETTERS}-]+\s+){0,3}?[${LETTERS}-]+),?\s+(?:\p{Lu}[${LETTERS}.'’-]*\s+){0,3}$`,
      'u',
    ),
);
/** How far before a name its owned office is read, and how far back "the country" looks for its state, in characters. */
const OWNER_REACH = 80;
const STATE_ANAPHOR_REACH = 400;

/**
 * The person who holds a state's office as the article names them elsewhere ("Egypt’s foreign minister said …" and
 * later "Foreign Minister Kamal Farid"): the last holder of every office word before, else the only one in the
 * article. None when two people hold it and none came before, nor one introduced as another state's ("Indonesia’s
 * environment minister, X" does not hold "Singapore’s environment minister").
 */
function officeHolderIn(part: string, offset: number, scene: Scene): string | null {
  const m = OWNED_OFFICE().exec(part);
  const offices = m?.[2].split(/\s+/).map((w) => w.toLowerCase());
  if (!m || !offices || !offices.every(isTitleWord)) return null;
  const state = ownerState(m[1], offset, scene);
  const holds = (p: Person) =>
    offices.every((o) => p.titles.has(o)) && !(state && p.mentions.some((at) => ownedByOther(scene, at.start, state)));
  const before = lastPersonBefore(scene.mentions, offset, undefined, holds);
  if (before) return before.name;
  const holders = scene.people.filter(holds);
  return holders.length === 1 ? holders[0].name : null;
}

/** Whether the office written right before a name belongs to a state other than the one given. */
function ownedByOther(scene: Scene, start: number, state: string): boolean {
  const lead = scene.plain.slice(Math.max(0, start - OWNER_REACH), start);
  const owner = OWNED_OFFICE_BEFORE().exec(lead);
  if (!owner || !owner[2].split(/\s+/).every(isTitleWord)) return false;
  const other = ownerState(owner[1], start - lead.length + owner.index, scene);
  return !!other && other !== state;
}

/** The state an owner stands for: its name or demonym, or for "the country" the last state named before it. */
function ownerState(owner: string, at: number, scene: Scene): string | undefined {
  const code = scene.countryCodes.get(owner.toLowerCase());
  if (code || !isMember(STATE_ANAPHORS, owner)) return code;
  const before = matchesIn(scene.plain.slice(Math.max(0, at - STATE_ANAPHOR_REACH), at), /\p{Lu}[\p{L}-]*/gu);
  for (let i = before.length - 1; i >= 0; i--) {
    const named = scene.countryCodes.get(before[i][0].toLowerCase());
    if (named) return named;
  }
  return undefined;
}

const PRONOUN_ALONE = onFirstUse(() => new RegExp(`^${alternation(PERSONAL_PRONOUNS, COLLECTIVE_PRONOUNS)}$`, 'i'));
const OPENED_BY_POSSESSIVE = onFirstUse(() => new RegExp(`^${alternation(POSSESSIVE_PRONOUNS)}\\s`, 'i'));
// Lower case only: "WHO Director-General …" is a body's acronym, not a relative clause.
const OPENED_BY_RELATIVE = onFirstUse(() => new RegExp(`^${alternation(RELATIVE_PRONOUNS)}\\s`));
const OPENED_BY_APPOSITION = onFirstUse(() => new RegExp(`^${alternation(APPOSITION_OPENERS)}\\s`, 'i'));
const OPENED_BY_CLAUSE = onFirstUse(() => new RegExp(`^${alternation(CLAUSE_OPENERS)}\\s`, 'i'));
/** A participial phrase opening a sentence, set off by commas: "Asked about it by a newspaper", "Speaking in Oslo". */
const OPENING_PARTICIPLE_PHRASE = onFirstUse(() => /^\p{Lu}\p{Ll}{2,}(?:ed|ing)\s+\p{Ll}/u);
/** A circumstance set off by commas: "in a letter to the WHO", "at the summit"; whoever it names is not speaking. */
const OPENED_BY_CIRCUMSTANCE = onFirstUse(() => new RegExp(`^${alternation(CIRCUMSTANCE_LEADS)}\\s`, 'i'));

/**
 * An apposition that describes someone named beside it: "the country's chief negotiator", "WIPO's director general",
 * "one of the states suing", a label ("D-Md."). Not one opened by a possessive pronoun ("his deputy": someone else).
 */
function isDescription(part: string): boolean {
  // A part opened by "and" or "when" is a clause or a subject of its own: "…, and a spokeswoman for the ministry".
  if (OPENED_BY_POSSESSIVE().test(part) || OPENED_BY_CLAUSE().test(part)) return false;
  // An acronym alone spells out the part before it: "the Preparatory Commission (CTBTO)".
  if (LABEL().test(part) || /^\p{Lu}{2,6}$/u.test(part) || OPENED_BY_APPOSITION().test(part)) return true;
  return part.split(/\s+/).some((w) => isTitleWord(w) && !isMember(HONORIFICS, w.replace(/\.$/, '')));
}

/** A short label beside a name, never a speaker: an age ("61"), a party and state ("(R)", "D-Md.", "R-N.Y."). */
const LABEL = onFirstUse(() => /^(?:\d{1,3}|\p{Lu}\.?(?:[-.]\p{Lu}\p{Ll}{0,3}\.?)*)$/u);

/** A bracketed aside: its words never name a speaker when a person's or a body's name stands right before it. */
const ASIDE = onFirstUse(() => /\s*\([^()]*\)/g);

/**
 * The phrase without the bracketed labels after people's names, a party, a constituency, an age ("Ana Ruiz (Greens,
 * Bergen)", "Rep. Dana Kwan (D-Ore.)", "Lars Berg (61)"), and without a body's short name after its full one ("the
 * Preparatory Commission (PCSA)", "the Ministry of Foreign Relations (Itamaraty)"): the full name speaks.
 */
function withoutLabels(phrase: string, scene: Scene): string {
  return phrase.replace(ASIDE(), (aside: string, at: number) =>
    endsWithPerson(phrase.slice(0, at), scene) || endsWithBody(phrase.slice(0, at)) ? '' : aside,
  );
}

/** Whether a text ends with a body's full name ("… the Ministry of Foreign Relations"). */
function endsWithBody(text: string): boolean {
  const body = namedBodyIn(text);
  return !!body && text.trimEnd().endsWith(body);
}

/** Whether a text ends with a person's name: two words or more, or a known surname, not a body's or a country's. */
function endsWithPerson(text: string, scene: Scene): boolean {
  const run = capitalizedRuns(text).pop();
  if (!run || run[run.length - 1].end !== text.trimEnd().length) return false;
  const name = nameAtEnd(run, scene.countryWords);
  return !!name && (name.words.length > 1 || scene.known.has(name.words[0].text));
}

/** How many words a subject may have beside a country name for the country to be the speaker ("Even China"). */
const COUNTRY_SUBJECT_WORDS = 3;

/** A country as the speaker, for its government: "Japan branded it …", "South Korea accused …", "Even China said". */
function countryIn(part: string, scene: Scene, nearEnd: boolean): string | null {
  if (part.split(/\s+/).length > COUNTRY_SUBJECT_WORDS) return null;
  const runs = capitalizedRuns(part)
    // Not the article or adverb that opens the sentence: "The Philippines", "Even China".
    .map((r) => r.filter((t, i) => i > 0 || !isLinkWord(t.text)))
    .filter((r) => r.length && r.every((t) => scene.countryWords.has(t.norm) && !OWNER_SUFFIX().test(t.text)));
  const run = nearEnd ? runs[runs.length - 1] : runs[0];
  return run ? part.slice(run[0].start, run[run.length - 1].end) : null;
}

/**
 * "Egypt’s delegate", "the Egyptian delegation", "Cairo’s envoy": a state's unnamed voice, one qualifier allowed; the
 * article may open its sentence ("The ambassador of Peru said: …").
 */
const REPRESENTATIVE = onFirstUse(
  () =>
    new RegExp(
      `^(?:(?:[Tt]he|[Aa]n?)\\s+)?(\\p{Lu}[${LETTERS}.' -]*?)(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?${alternation(REPRESENTATIVES)}$`,
      'u',
    ),
);
/** "the delegate of Egypt", "a representative from Brazil": the state after the representative. */
const REPRESENTATIVE_OF = onFirstUse(
  () =>
    new RegExp(
      `^(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+)?${alternation(REPRESENTATIVES)}\\s+(?:of|from)\\s+(?:the\\s+)?(\\p{Lu}[${LETTERS}.' -]*)$`,
      'u',
    ),
);

/** The state an unnamed representative speaks for, by its English short name: "Egypt’s delegate" is Egypt. */
function representedState(part: string, scene: Scene): string | null {
  const m = REPRESENTATIVE().exec(part) ?? REPRESENTATIVE_OF().exec(part);
  const code = m && scene.countryCodes.get(m[1].toLowerCase());
  return code ? countryName(code) : null;
}

/**
 * "Pakistan’s foreign minister", "the Malaysian government", "Japan’s trade ministry", "New Zealand’s Prime Minister":
 * a state's office or body named by its owner or demonym and a head noun that is an office or a body, in either case,
 * up to two qualifiers between. Spoken for as written: the article names no holder (a named one is found first).
 */
const STATE_VOICE = onFirstUse(
  () =>
    new RegExp(
      `^(?:(?:[Tt]he|[Aa]n?)\\s+)?(\\p{Lu}[${LETTERS}.' -]*?)(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}([\\p{L}-]+)$`,
      'u',
    ),
);

/** A state's office or body as written, when the owner is a state the article names and the head an office or body. */
function stateVoiceIn(part: string, scene: Scene): string | null {
  const m = STATE_VOICE().exec(part);
  if (!m || !scene.countryCodes.has(m[1].toLowerCase())) return null;
  return isTitleWord(m[2]) || isBodyWord(m[2]) ? part : null;
}

/** Words a state's office or body may have: "the", the owner, two qualifiers and the head. */
const STATE_VOICE_WORDS = 5;

/**
 * The state's office or body a clause opens with, its longest reading: "Japan’s foreign ministry also issued a note,
 * calling it …" opens with "Japan’s foreign ministry".
 */
export function stateVoiceOpening(clauseText: string, scene: Scene): string | null {
  const words = clauseText.trim().split(/\s+/);
  for (let n = Math.min(STATE_VOICE_WORDS, words.length); n >= 2; n--) {
    const voice = stateVoiceIn(words.slice(0, n).join(' '), scene);
    if (voice) return voice;
  }
  return null;
}

/**
 * People who speak as a group, as written: up to three words before a plural voice noun, and where they sit or what
 * they are doing after it ("Indian officials", "Two senior diplomats", "Officials at the trade ministry", "Protesters
 * marching through the streets"). Not an owner's ("Ruiz’s aides": an entourage).
 */
const GROUP_VOICE = onFirstUse(
  () =>
    new RegExp(
      `^((?:[${LETTERS}\\d-]+\\s+){0,3}?)${alternation(GROUP_VOICES)}` +
        `(?:\\s+(?:at|of|from|in|for|with|${alternation(GROUP_VOICE_LINKS)})\\s+(?:the\\s+)?[${LETTERS}'’-]+(?:\\s+[${LETTERS}'’-]+){0,3}` +
        `|\\s+\\p{Ll}+ing(?:\\s+[${LETTERS}'’-]+){0,4})?$`,
      'iu',
    ),
);

function groupVoiceIn(part: string): string | null {
  const m = GROUP_VOICE().exec(part);
  if (!m || /['’]s\s/.test(part)) return null;
  // The words before the noun qualify it ("Two senior"), never a clause's link words ("engaging in what analysts").
  return m[1].trim().split(/\s+/).some(isLinkWord) ? null : part;
}

/** The speaker a single phrase names, or null: pronoun, person, a named person's entourage, a body or a country. */
function speakerOfPart(part: string, offset: number, scene: Scene, nearEnd: boolean): string | null {
  if (PRONOUN_ALONE().test(part)) return pronounReferent(scene, part, offset);
  return (
    seatOfGovernment(part, scene) ??
    wholeBodyName(part) ??
    groupVoiceIn(part) ??
    personIn(part, scene, nearEnd) ??
    entourageIn(part, offset, scene) ??
    officeHolderIn(part, offset, scene) ??
    representedState(part, scene) ??
    stateVoiceIn(part, scene) ??
    bodyIn(part, offset, scene) ??
    countryIn(part, scene, nearEnd)
  );
}

/**
 * A seat of government alone as the speaker stands for its state: "Pyongyang said", "Bogota said in a statement". Not
 * one of the article's people ("Washington" as a surname) nor a state's own name (read as written by countryIn).
 */
function seatOfGovernment(part: string, scene: Scene): string | null {
  const code = /^\p{Lu}/u.test(part) ? scene.countryCodes.get(part.toLowerCase()) : undefined;
  if (!code || scene.known.has(part) || tokenize(part).every((t) => scene.countryWords.has(t.norm))) return null;
  return countryName(code);
}

/**
 * A part that is all one body's name, its first run a body with no person in it: "The Working Group on Enforced
 * Disappearances", whose later runs read as a name alone. Not "Ana Ruiz of the Ocean Forum" (a person first), nor
 * "European Commission President Ana Ruiz" (a person at the end of the first run).
 */
function wholeBodyName(part: string): string | null {
  const body = namedBodyIn(part);
  if (!body || body !== part.replace(/^the\s+/i, '')) return null;
  const first = capitalizedRuns(body)[0];
  return first.some((t) => isBodyWord(t.text)) && !nameAtEnd(first, new Set()) ? body : null;
}

/**
 * The body a part names, when it is not a description: "Ocean Watch", or a body's full name even with its article
 * ("The Global Recycling Council, a trade group, warned"); not "the head of Ocean Watch".
 */
function bodyNamed(part: string): string | null {
  const body = namedBodyIn(part);
  return body && (!isDescription(part) || body === part.replace(/^the\s+/i, '')) ? body : null;
}

/** Words a speaker label may have before its descriptions: a name with its titles, or an unnamed voice. */
const LABEL_HEAD_WORDS = 8;
/** Words the body a labelled name is "of" may have: "the International Association of Independent Sea Pilots". */
const LABEL_BODY_WORDS = 12;
/** Asides a speaker label may carry after commas ("Ana Ruiz, the envoy, on her way out:"), and their length. */
const LABEL_ASIDES = 2;
const LABEL_ASIDE_WORDS = 8;
/** Words an office phrase before a labelled name may have ("the country’s chief legal adviser"). */
const LABEL_OFFICE_WORDS = 5;
/** An unnamed voice: a determiner, up to two qualifiers and a head noun ("the minister", "one senior delegate"). */
const UNNAMED_VOICE = onFirstUse(
  () => new RegExp(`^${VOICE_DETERMINER}\\s+(?:[\\p{Ll}-]+\\s+){0,2}([\\p{Ll}-]+)${PLACE_SUFFIX}$`, 'u'),
);
/**
 * Whether a label's head is short enough to be a name or a voice, the body a name is "of" counted apart: a body's
 * full name may be long ("Ana Ruiz of the Federation of Coastal Fishing Communities").
 */
function labelHeadFits(head: string): boolean {
  const post = BODY_AFTER_NAME().exec(head);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const name = post ? head.slice(0, post.index) : head;
  return words(name) <= LABEL_HEAD_WORDS && (!post || words(post[1]) <= LABEL_BODY_WORDS);
}
/** A time stamp or a dash opening a live report's entry: "23:40 –", "10.15 —". */
const TIME_STAMP = onFirstUse(() => /^[\d\s:.—–-]*/);

/** An aside after a label's head: a description ("the envoy") or a lower-case circumstance ("on her way out"). */
const isLabelAside = (part: string) =>
  isDescription(part) || (/^\p{Ll}/u.test(part) && part.split(/\s+/).length <= LABEL_ASIDE_WORDS);

/** A body after a name: "of the Coastal Fund", "from Ocean Watch". */
const BODY_AFTER_NAME = onFirstUse(() => /\s+(?:of|from|at)\s+((?:the\s+)?\p{Lu}.*)$/u);

/**
 * The person a label's head names: capitalized words that are all the head, or a name that ends an office phrase
 * ("Germany’s legal adviser Katja Brenner"); a person when an office or a description comes with them or the article
 * names them elsewhere, not a heading of capitalized nouns ("Key Quote:", German "Das Problem:") nor a word that
 * opens a sentence before an aside ("Or, better still:").
 */
function labelledPerson(label: string, described: boolean, scene: Scene): string | null {
  // The body a person is "of" names their post, not them: "Tomas Reyes of the Coastal Fund".
  const post = BODY_AFTER_NAME().exec(label);
  // A body by a name of its own too: "of the Pew Charitable Trusts" (an article before a capitalized name).
  const affiliated = !!post && (!!namedBodyIn(post[1]) || /^the\s/.test(post[1]));
  const head = affiliated ? label.slice(0, post.index) : label;
  const runs = capitalizedRuns(head);
  const run = runs[runs.length - 1];
  if (!run || run[run.length - 1].end !== head.length) return null;
  const whole = runs.length === 1 && run[0].start === 0;
  const office = head.slice(0, run[0].start).trim();
  // An office phrase of a few words ends in its office right before the name ("Germany’s legal adviser Katja
  // Brenner"), not in a place ("a ministry official in Lisbon") nor in any word of a longer sentence.
  const officeWords = office.split(/\s+/);
  const titled = officeWords.length <= LABEL_OFFICE_WORDS && isTitleWord(officeWords[officeWords.length - 1]);
  if (!whole && !(office && titled && isDescription(office))) return null;
  const person = personIn(head.slice(run[0].start), scene, false);
  if (!person) return null;
  const named = !whole || described || affiliated || !!nameAtEnd(run, scene.countryWords)?.titled;
  return named || scene.known.has(person) || scene.known.has(person.split(/\s+/).pop()!) ? person : null;
}

/**
 * The speaker a label before a colon names, with no speech verb ("Ana Ruiz, the envoy: “…”"), after a live report's
 * time stamp at most: a person's name with titles or an office phrase, a body's name or a body's document ("Human
 * Rights Watch’s statement"), or an unnamed voice with an office or body noun ("the minister", "one delegate"), then
 * asides only. Not a phrase that merely opens with a name ("Ruiz on the vote:") nor a heading ("The question now:").
 */
export function speakerLabel(label: string, offset: number, scene: Scene): string | null {
  const [head, ...asides] = portfolioListsJoined(withoutLabels(label.replace(TIME_STAMP(), ''), scene))
    .split(',')
    .map((p) => p.replaceAll(LIST_COMMA, ',').trim());
  if (!head || asides.length > LABEL_ASIDES || !labelHeadFits(head)) return null;
  // An office then the name it describes: "Egypt’s foreign minister, Sameh Farouk, on his way out:".
  if (isDescription(head) && asides.length && asides.slice(1).every(isLabelAside)) {
    const described = labelledPerson(asides[0], true, scene);
    if (described) return described;
  }
  if (!asides.every(isLabelAside)) return null;
  const person =
    labelledPerson(head, asides.some(isDescription), scene) ??
    representedState(head, scene) ??
    stateVoiceIn(head, scene);
  if (person) return person;
  const named = capitalizedRuns(head)[0]?.[0].start === 0;
  const body = named ? (wholeBodyName(head) ?? entourageIn(head, offset, scene)) : null;
  if (body) return body;
  const voice = UNNAMED_VOICE().exec(head);
  // The voice's own noun or, for "a member of the Kenyan delegation", the body it belongs to.
  const nouns = [voice?.[1] ?? '', head.split(/\s+/).pop()!];
  if (voice && nouns.some((noun) => isTitleWord(noun) || isBodyWord(noun) || isMember(REPRESENTATIVES, noun))) {
    return bodyIn(head, offset, scene);
  }
  // States alone, as a live report labels a floor speech: "Brazil:", "Norway and Chile:".
  return head.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || w === 'and') ? countryIn(head, scene, true) : null;
}

/**
 * Words a clause's subject may have before the speaker's name: titles, given names, an article, a time stamp, lower-case
 * qualifiers ("Democratic presidential nominee", "deputy assistant secretary"), another subject ("Obama and"), but no
 * other link word nor a pronoun ("of", "where", "it").
 */
const leadsName = (words: string) =>
  words
    .split(/\s+/)
    .every((w) => !/\p{L}/u.test(w) || /^\p{Lu}/u.test(w) || /^(?:the|a|an|one|and)$/i.test(w) || !isLinkWord(w));

/**
 * Whether a speaker read from a clause is its subject: before the speaker's words only titles and given names, or
 * descriptions set off by commas ("The head of the drugs office, Mr. Piotr Lund"), not a verb whose object the speaker
 * is ("it attacked Trump", "groups granted Mr. Clarke a delay", "… where the Panthers played"). A speaker whose words
 * the clause does not spell out ("Kenya" for "the Kenyan delegation") is taken as read.
 */
export function opensClause(clauseText: string, speaker: string): boolean {
  const words = speaker.split(/\s+/).filter((w) => !DETERMINER().test(w));
  const at = [speaker, words[0] ?? speaker, words[words.length - 1] ?? speaker]
    .map((w) => clauseText.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u')))
    .find((i) => i >= 0);
  if (at === undefined) return true;
  // A clause opened by a lower-case word that is no article nor office has a subject in common nouns ("several groups").
  const first = /\p{L}[\p{L}-]*/u.exec(clauseText)?.[0] ?? '';
  if (/^\p{Ll}/u.test(first) && !DETERMINER().test(first) && !isTitleWord(first)) return false;
  const parts = clauseText.slice(0, at).split(',');
  const own = parts.pop()!;
  // A clause or phrase set off before the subject opens with a link word or a participle ("When …, Ruiz", "Asked …,").
  const opener = (p: string) => {
    const word = /\p{L}+/u.exec(p)?.[0] ?? '';
    return isLinkWord(word) || /\p{L}{3,}(?:ed|ing)$/u.test(word);
  };
  return leadsName(own) && parts.every((p, i) => leadsName(p) || isDescription(p.trim()) || (i === 0 && opener(p)));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A time phrase opening a subject with no comma, before "the" or "one": "Later the president", "On Tuesday the envoy",
 * "Hours later the minister"; the subject is what follows.
 */
const LEADING_TIME = onFirstUse(
  () =>
    new RegExp(`^(?:(?:${alternation(SUBJECT_TIME_WORDS)}|${alternation(WEEKDAYS)})\\s+){1,3}(?=(?:the|one)\\s)`, 'i'),
);
/** What is left of a time stamp split at its colon, with its dash: "45 — " of "12:45 — ". */
const STAMP_BEFORE_SUBJECT = onFirstUse(() => /^\d[\d\s.]*[—–-]\s*/);

/**
 * The speaker of a subject phrase, read part by part (parts split at commas, brackets and semicolons) from the one
 * nearest the speech verb: an apposition that describes a person named in the next part gives way to that name
 * ("Francis Gurry, WIPO's director general, said"; "said the envoy, Lars Berg").
 */
export function speakerOf(phrase: string, offset: number, scene: Scene, nearEnd: boolean): string | null {
  const parts = portfolioListsJoined(withoutLabels(phrase, scene))
    // Not at the comma of a figure: "more than 50,000 cases" is one part.
    .split(/,(?!\d{3}(?!\d))|(?<!\d),|[;:()]/)
    // A live report's time stamp before the subject is no part of it: "12:45 — Chile’s delegate told …".
    .map((p) => p.replaceAll(LIST_COMMA, ',').replace(STAMP_BEFORE_SUBJECT(), '').trim().replace(LEADING_TIME(), ''))
    .filter(Boolean);
  if (nearEnd) parts.reverse();
  // The part next to the verb, no comma between, is its subject even after a preposition: "with Ocean Watch saying",
  // "said to a radio station Ana Ruiz, the envoy".
  const touchesVerb = nearEnd ? !/[,;:(]\s*$/.test(phrase) : !/^\s*[,;:)]/.test(phrase);
  for (let i = 0; i < parts.length; i++) {
    if (LABEL().test(parts[i]) || OPENED_BY_RELATIVE().test(parts[i])) continue;
    // A circumstance set off by commas, not one that runs into the subject ("On Monday Ruiz said" is one part).
    const setOff = parts.length > 1 && !(i === 0 && touchesVerb);
    if (setOff && (OPENED_BY_CIRCUMSTANCE().test(parts[i]) || OPENING_PARTICIPLE_PHRASE().test(parts[i]))) continue;
    // A chain of descriptions ends at the name they describe: "Scott Pruitt, the attorney general, one of …, said".
    // Capitalized words in a description that the article never gives as a person's name are a portfolio or a body
    // ("said the undersecretary of International Economic Relations, Paula Ríos").
    let j = i;
    while (j + 1 < parts.length && isDescription(parts[j]) && !knownPersonIn(parts[j], scene, nearEnd)) j++;
    // A description also gives way to the states or body it describes: "Britain and France, the two powers, said".
    const described =
      j > i ? (personIn(parts[j], scene, nearEnd) ?? countryIn(parts[j], scene, nearEnd) ?? bodyNamed(parts[j])) : null;
    if (described) return described;
    const who = speakerOfPart(parts[i], offset, scene, nearEnd);
    if (who) return who;
  }
  return null;
}
