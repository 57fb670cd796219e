import type { CountryName } from './countries.js';
import { capitalizedRuns, fullName, isTitleWord, lastPersonBefore, mentionIndex, nameAtEnd, peopleIn, type Mentions, type Person } from './people.js';
import { rangeAt, tokenize, type Range } from './text.js';
import type { QuoteMention } from './types.js';
import type { ExtractorSpec } from './rules/version.js';

/** What the quotes extractor is made of; its version (EXTRACTORS in index.ts) is a hash of this. */
export const QUOTES_SPEC: ExtractorSpec = { name: 'quotes', families: [], tables: [] };

/** Quoted passages never span a line; the length bound keeps unbalanced marks cheap. */
const QUOTED = [
  /“([^“”\n]{1,3000})”/g,
  /"([^"\n]{1,3000})"/g,
  /(?<=^|[\s(\[—–-])‘([^‘’\n]{1,1000}?)’(?=[\s.,;:!?)\]—–-]|$)/gm,
  // British style with plain marks: an opening mark after a space before a letter, a closing one after punctuation
  // or a letter and before a space or punctuation, so apostrophes ("haven't", "countries' ") do not end it.
  /(?<=^|[\s(\[—–-])'(?=\p{L})([^'\n]{1,1000}?(?:'[\p{L}][^'\n]{0,1000}?){0,20})'(?=[\s.,;:!?)\]—–-]|$)/gmu,
];
/** A quote left open at the end of a paragraph that the next paragraph reopens: the news style for long quotes. */
const CONTINUED = [/“([^“”\n]{1,3000})(?=\n[^\S\n]*“)/g, /"([^"\n]{1,3000})(?=\n[^\S\n]*")/g];

const SPEECH = String.raw`(?:said|says|say|told|tells|wrote|writes|added|adds|noted|notes|stated|explained|explains|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|argued|argues|warned|warns|warning|declared|insisted|recalled|remarked|observed|commented|announced|asserted|claimed|affirmed|continued|concluded|urged|urging|described|describing|called|calling|hailed|hailing|termed|dubbed|labell?ed|branded|praised|tweeted|posted|acknowledged|admitted|replied|responded|asked|pointed (?:out|to)|according to)`;
const SPEECH_RE = new RegExp(String.raw`\b${SPEECH}\b`, 'gi');
const PRONOUN = /^(?:he|she|they|we|i)$/i;
/** After the closing mark: ", he wrote", ", said Ghada Waly", ", the statement noted", ", Khaleel said". */
const POST_VERB_FIRST = new RegExp(String.raw`^[\s,.!?—–-]*${SPEECH}\b\s*(.*)$`, 'is');
const POST_SUBJECT_FIRST = new RegExp(String.raw`^[\s,.!?—–-]*((?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+)\s+(?:also\s+)?${SPEECH}\b`, 'isu');
const ADVERBS = /\s+(?:also|then|later|further|again|repeatedly|once|has|had|have|was|is)\s*$/i;
const SHORT_QUOTE_WORDS = 3;
const ATTRIBUTION_REACH = 400;
/** The end of the attribution: a period or semicolon, not the period of a title or an initial ("Dr. Lena Haugland", "Marwan H. Adwan"). */
const CLAUSE_END = /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Jr|Sr|St|Amb|Hon|Rev|\p{Lu}))[.;]/u;

interface Quoted extends Range {
  open: number;
  close: number;
  /** Left open: the words go on in the next paragraph's quote, whose speaker they share. */
  continued: boolean;
}

function quotedSpans(text: string): Quoted[] {
  const all: Quoted[] = [];
  for (const re of QUOTED) {
    for (const m of text.matchAll(re)) {
      const open = m.index;
      all.push({ open, close: open + m[0].length, start: open + 1, end: open + m[0].length - 1, continued: false });
    }
  }
  for (const re of CONTINUED) {
    for (const m of text.matchAll(re)) {
      const open = m.index;
      all.push({ open, close: open + m[0].length, start: open + 1, end: open + m[0].length, continued: true });
    }
  }
  all.sort((a, b) => a.open - b.open);
  const out: Quoted[] = [];
  for (const q of all) if (!out.length || q.open >= out[out.length - 1].close) out.push(q);
  return out;
}

/** The text with every quotation blanked, so attribution never reads a speaker out of quoted words. */
function masked(text: string, quotes: readonly Quoted[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.open) + ' '.repeat(q.close - q.open);
    at = q.close;
  }
  return out + text.slice(at);
}

interface Context {
  plain: string;
  people: Person[];
  /** Full names and surnames of the people above. */
  known: Set<string>;
  mentions: Mentions;
  countryWords: Set<string>;
}

/** Known people first, then full names, then single capitalized words; among equals the one nearest the verb. */
function rankedName(phrase: string, ctx: Context, nearEnd: boolean): string | null {
  const names = capitalizedRuns(phrase)
    // A place or body before a role noun ("Throgs Neck resident Michael Lopiano") describes the speaker.
    .filter((r) => !describesNext(phrase.slice(r[r.length - 1].end)))
    .map((r) => nameAtEnd(r, ctx.countryWords))
    // An owner ("the White House's spokesman") is not the speaker.
    .filter((r) => r !== null && !/['’]s$/.test(r.words[r.words.length - 1].text))
    .map((r) => r!.words.map((w) => w.text).join(' '));
  if (nearEnd) names.reverse();
  // A lone capitalized word is a speaker only when known or right next to the verb ("Khaleel said", "said Harry").
  const words = phrase.trim().split(/\s+/);
  const edge = nearEnd ? words[words.length - 1] : words[0];
  const single = names.find((n) => !n.includes(' ') && edge.startsWith(n));
  const best = names.find((n) => ctx.known.has(n)) ?? names.find((n) => n.includes(' ')) ?? single;
  return best ? fullName(ctx.people, best) : null;
}

/** Lowercase words that link a name to what follows rather than describe the next name. */
const LINK_WORDS = new Set(['of', 'the', 'a', 'an', 'at', 'in', 'from', 'for', 'and', 'or', 'to', 'with', 'on', 'by', 'who', 'as']);

/** A capitalized run followed by one or two lowercase role nouns and another name ("… resident Michael …"). */
function describesNext(after: string): boolean {
  const m = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?\s+\p{Lu}/u.exec(after);
  return !!m && !LINK_WORDS.has(m[1]) && !(m[2] && LINK_WORDS.has(m[2]));
}

const OWNED_BODY = /^(?:.*?\s)??(\p{Lu}[\p{L}.-]*(?:\s+[\p{L}.-]+){0,5}?)['’]s\s+(office|spokes(?:man|woman|person)|ministry|government|campaign|team|lawyers?|aides?)$/u;

function personFrom(phrase: string, offset: number, ctx: Context, nearEnd: boolean): string | null {
  const trimmed = phrase.trim();
  if (PRONOUN.test(trimmed)) return lastPersonBefore(ctx.mentions, offset)?.name ?? null;
  const name = rankedName(trimmed, ctx, nearEnd);
  if (name) return name;
  // "Prime Minister Narendra Modi's office said": the person's office, by the person's full name.
  const owned = OWNED_BODY.exec(trimmed);
  const owner = owned ? capitalizedRuns(owned[1]).map((r) => nameAtEnd(r, ctx.countryWords)).pop() : null;
  if (owned && owner) return `${fullName(ctx.people, owner.words.map((w) => w.text).join(' '))}’s ${owned[2]}`;
  // A body or document: "the IMF announced", "the statement noted", "the ministry said".
  const acronym = /\b\p{Lu}{2,6}\b/u.exec(trimmed);
  if (acronym) return acronym[0];
  const body = /^(?:the|a)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/iu.exec(trimmed);
  if (!body) return null;
  // "the minister said": the person last introduced with that office.
  const head = body[0].split(/\s+/).pop()!;
  const titled = /^the\s/i.test(body[0]) && isTitleWord(head) ? lastPersonBefore(ctx.mentions, offset, head.toLowerCase()) : null;
  return titled?.name ?? body[0];
}

function speakerAfter(post: string, at: number, ctx: Context): string | null {
  const verbFirst = POST_VERB_FIRST.exec(post);
  if (verbFirst) {
    const rest = verbFirst[1];
    const pronoun = /^(he|she|they)\b/i.exec(rest);
    return pronoun ? personFrom(pronoun[1], at, ctx, false) : personFrom(rest.split(CLAUSE_END)[0], at, ctx, false);
  }
  const subjectFirst = POST_SUBJECT_FIRST.exec(post);
  return subjectFirst ? personFrom(subjectFirst[1], at, ctx, true) : null;
}

function speakerBefore(pre: string, preStart: number, ctx: Context): string | null {
  const verbs = [...pre.matchAll(SPEECH_RE)];
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  if (/^according to$/i.test(verb[0])) return personFrom(pre.slice(verb.index + verb[0].length).split(',')[0], preStart + verb.index, ctx, false);
  const subject = pre.slice(0, verb.index).replace(ADVERBS, '').replace(ADVERBS, '');
  const pronoun = /\b(he|she|they)$/i.exec(subject.trimEnd());
  if (pronoun) return personFrom(pronoun[1], preStart + verb.index, ctx, false);
  const relative = /^(.*?),?\s+who\s*$/s.exec(subject);
  // The subject sits in the last comma-separated part before the verb that names someone
  // ("nine months on, the IMF announced"; "Ouahbi, the minister, said" looks one part further).
  const parts = (relative ? relative[1] : subject).split(/[,;:()]/);
  for (let i = parts.length - 1; i >= 0; i--) {
    if (!parts[i].trim()) continue;
    const who = personFrom(parts[i], preStart + verb.index, ctx, true);
    if (who) return who;
  }
  return null;
}

/** "He added:" closing the sentence or paragraph before the quote. */
function introducedBefore(q: Quoted, sentences: readonly Range[], ctx: Context): string | null {
  const before = ctx.plain.slice(Math.max(0, q.open - 200), q.open);
  if (!/:\s*$/.test(before)) return null;
  const colon = q.open - (before.length - before.trimEnd().length) - 1;
  const s = sentences[rangeAt(sentences, colon)];
  if (!s) return null;
  const from = Math.max(s.start, colon - ATTRIBUTION_REACH);
  return speakerBefore(ctx.plain.slice(from, colon), from, ctx);
}

function hasSpeechVerb(s: string): boolean {
  return s.search(SPEECH_RE) >= 0;
}

const TITLE_WORD = /^(?:[\p{Lu}\d]|(?:of|the|and|in|on|for|a|an|to|as|at|by|with|from|or|vs\.?)$)/u;
/** How close a speech verb must come before a short quote to make it one ("described it as a “historic moment”"). */
const SHORT_QUOTE_VERB_WORDS = 8;

/** Scare quotes and titles: a few quoted words, or a title-cased name, with nobody saying them. */
/** Quotation marks around a title, a name or a term: "a report titled “…”", "the so-called “…”". */
const NAMING_BEFORE = /\b(?:titled|entitled|named|known as|so-called|the (?:phrase|slogan|hashtag|term|word|motto|theme))\s*[,:]?\s*$/i;

function isQuotation(inner: string, pre: string, post: string): boolean {
  if (NAMING_BEFORE.test(pre)) return false;
  const words = inner.trim().split(/\s+/).filter(Boolean);
  const titleCase = words.every((w) => TITLE_WORD.test(w));
  const attributedAfter = /[,.!?]$/.test(inner.trim()) && (POST_VERB_FIRST.test(post) || POST_SUBJECT_FIRST.test(post));
  if (attributedAfter) return true;
  if (words.length <= SHORT_QUOTE_WORDS || (titleCase && words.length <= 8)) {
    if (titleCase) return false;
    const near = pre.trim().split(/\s+/).slice(-SHORT_QUOTE_VERB_WORDS).join(' ');
    return hasSpeechVerb(near);
  }
  return true;
}

/** Quotations with the person or body the article attributes them to. */
export function extractQuotes(text: string, sentences: readonly Range[], countries: readonly CountryName[]): QuoteMention[] {
  const spans = quotedSpans(text);
  if (!spans.length) return [];
  const plain = masked(text, spans);
  const countryWords = new Set(countries.flatMap((c) => tokenize(c.name).map((t) => t.norm)));
  const people = peopleIn(plain, spans.map((q) => ({ start: q.open, end: q.close })), countryWords);
  const known = new Set(people.flatMap((p) => [p.name, p.name.split(/\s+/).pop()!]));
  const ctx: Context = { plain, people, known, mentions: mentionIndex(people), countryWords };
  const out: QuoteMention[] = [];
  let previous: { speaker: string | null; paragraphEnd: number } | null = null;
  const continuedAt = new Set<number>();
  for (const q of spans) {
    const first = sentences[rangeAt(sentences, q.open)] ?? { start: q.open, end: q.close };
    const last = sentences[rangeAt(sentences, q.close - 1)] ?? first;
    // Attribution sits near the marks; bounded reads keep an article of one endless sentence linear.
    const pre = plain.slice(Math.max(first.start, q.open - ATTRIBUTION_REACH), q.open);
    const post = plain.slice(q.close, Math.min(Math.max(last.end, q.close), q.close + ATTRIBUTION_REACH));
    if (!isQuotation(text.slice(q.start, q.end), pre, post)) continue;
    let speaker = speakerAfter(post, q.close, ctx) ?? speakerBefore(pre, q.open - pre.length, ctx) ?? introducedBefore(q, sentences, ctx);
    const lineBreak = text.indexOf('\n', q.close);
    const paragraphEnd = lineBreak < 0 ? text.length : lineBreak;
    // "…,” he said. “More words.”: an unattributed quote continues the previous speaker's paragraph.
    if (!speaker && previous && previous.paragraphEnd === paragraphEnd) speaker = previous.speaker;
    out.push({ text: text.slice(q.start, q.end), speaker, start: q.start, end: q.end });
    if (q.continued) continuedAt.add(out.length - 1);
    previous = { speaker, paragraphEnd };
  }
  for (let i = out.length - 2; i >= 0; i--) if (continuedAt.has(i) && !out[i].speaker) out[i].speaker = out[i + 1].speaker;
  return out;
}
