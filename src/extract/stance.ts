import type { CountryName } from './countries.js';
import { foldQuotes, rangeAt, type Range } from './text.js';
import { aboutAnotherTreaty, referencesIn, sameTreaty } from './treaties.js';
import type { CountryMention, Stance, TreatyMention } from './types.js';

// Clauses with their own subject and verb: "France signed, but Japan did not", "…hosted the ceremony, where 72 signed".
const CLAUSE_BREAK = /;|,?\s\b(?:but|while|whereas|although|though|however|where|at which|during which)\b/gi;

const NOT_SIGNED = [
  /(?:\bnot|\bnever|n't)\s+(?:yet\s+|already\s+|to\s+|be\s+)?(?:sign|signed|signing|join|joined|ratif\w*|become (?:a )?(?:party|signatory))\b/,
  /\b(?:yet|declined|refused|failed|chose not|opted not|decided not)\s+to\s+(?:sign|join|ratify)\b/,
  /\b(?:absent|absence|absences|missing|holdouts?|non-?signator(?:y|ies)|stayed away|boycott\w*|not among)\b/,
  /\bbut not\b/,
  /\bneither\b.*\bnor\b.*\b(?:sign|signed|ratif\w*|join|joined)\b/,
  /\babstain(?:ed|s)? from (?:sign|ratif|join)/,
  /\b(?:none|neither) of (?:them|these|those)\b[^.;]*\b(?:sign|signed|ratif\w*|join|joined)\b/,
];

// "joined" without an object ("Britain joined in December 2024.") is joining the article's treaty; with one it is the treaty only.
const SIGNED = /\b(?:signed|signs|inked|ratified|ratifies|acceded|accedes|co-signed|countersigned|signator(?:y|ies)|sign|joined(?= (?:as an? |the |it\b)(?:[\w-]+ ){0,3}?(?:convention|treaty|agreement|pact|accord|protocol|signatory|party|parties)\b|\s+(?:in|on|last|this|earlier|later)(?:\s+[^\s,.;]+){1,3}\s*[,.;]|\s*[,.;]))\b/g;
/** A sign word after these is an intention, not an act: "expected to sign", "will be signed", "to become a signatory". */
const INTENT_BEFORE = /\b(?:to|will|would|could|should|may|might|must|can|cannot)\s+(?:be\s+|become\s+)?(?:an?\s+|among\s+the\s+)?$/;
/** Acts named by a noun: "first to sign", "the signing of the treaty by Chile", "Peru's signature of the accord". */
const SIGNING_ACT = /\b(?:first|second|third|last|latest|next|only|\d+(?:st|nd|rd|th))(?: \w+)? to (?:sign|ratify|join|accede)\b|\bsign(?:ing|ature) of\b[^.;]{0,80}?\bby\b|'s (?:signing|signature) of\b/;
/** "signed a trade deal", "signed into law": the object is some other instrument, unless a treaty reference follows. */
const OTHER_OBJECT = /^\s+(?:a|an|into)\b/;
const OBJECT_REACH = 40;
/** "carrying hand-painted signs", "the signs read", "protest signs": the noun, not the verb. */
const SIGN_NOUN_BEFORE = /\b(?:the|these|those|their|our|his|her|its|with|carrying|holding|waving|many|some|few|no|protest|warning|road|street|campaign|[\w-]+ed|[\w-]+ful|\d+)\s+$/;
const SIGN_NOUN_AFTER = /^\s+(?:of|read|reading|saying|said|that|which|with|were|are|and|or)\b|^\s*[,.;:)]/;

function isSignNoun(clause: string, at: number, word: string): boolean {
  if (word !== 'signs') return false;
  return SIGN_NOUN_BEFORE.test(clause.slice(Math.max(0, at - 30), at)) || SIGN_NOUN_AFTER.test(clause.slice(at + word.length, at + word.length + 20));
}

interface ClauseCue extends Range {
  stance: Stance | null;
}

function signedHere(clause: string, offset: number, treaties: readonly TreatyMention[], mainKey: string | null): boolean {
  if (SIGNING_ACT.test(clause)) return true;
  for (const m of clause.matchAll(SIGNED)) {
    if (INTENT_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index)) || isSignNoun(clause, m.index, m[0])) continue;
    const objectAt = offset + m.index + m[0].length;
    if (OTHER_OBJECT.test(clause.slice(m.index + m[0].length)) && !ourTreatyAt(objectAt, treaties, mainKey)) continue;
    return !aboutAnotherTreaty(offset, offset + clause.length, treaties, mainKey);
  }
  return false;
}

function ourTreatyAt(at: number, treaties: readonly TreatyMention[], mainKey: string | null): boolean {
  return referencesIn(treaties, at, at + OBJECT_REACH).some((t) => !t.key || (mainKey !== null && sameTreaty(t.key, mainKey)));
}

/** "signed in 2013 and has not ratified": a signatory that has not ratified is still a signatory. */
const SIGNED_NOT_RATIFIED = /\bsigned\b[^.;]*?\band\s+(?:has|have|had)\s+(?:not|never|yet to)\s+(?:yet\s+)?ratif/;

function clauseStance(clause: string, offset: number, treaties: readonly TreatyMention[], mainKey: string | null): Stance | null {
  const lower = clause.toLowerCase();
  if (SIGNED_NOT_RATIFIED.test(lower) && !/\b(?:not|never|n't)\s+(?:yet\s+)?signed\b/.test(lower)) return 'signed';
  if (NOT_SIGNED.some((re) => re.test(lower))) return 'not_signed';
  return signedHere(lower, offset, treaties, mainKey) ? 'signed' : null;
}

/** A range cut before every match of `breaks` (a global regex); each piece keeps its connective. */
function splitAt(folded: string, r: Range, breaks: RegExp): Range[] {
  const out: Range[] = [];
  let start = r.start;
  const text = folded.slice(r.start, r.end);
  const colon = text.indexOf(':');
  for (const m of text.matchAll(breaks)) {
    // After a colon, semicolons separate the items of a list ("The following States signed: A; B; and C").
    if (m[0] === ';' && colon >= 0 && colon < m.index) continue;
    out.push({ start, end: r.start + m.index });
    start = r.start + m.index;
  }
  out.push({ start, end: r.end });
  return out;
}

/** "These include…", "Among them…": a list that continues the previous sentence's statement. */
const CONTINUES_PREVIOUS = /^\s*(?:(?:these|they|those) (?:include|included|are|were|being)|among them|this includes|the list includes|such as)\b/i;

/** "China acceded in 2020, and Russia has never signed": pieces that may each say something of their own. */
const PIECE_BREAK = /:\s+|,\s+and\s+/g;

/** A clause whose subject points back to the countries of the clause before. */
const BACK_REFERENCE = /^\W*(?:but|while|whereas|although|though|however)?\s*(?:none|neither|all|both|each) of (?:them|these|those)\b/i;

/** "…, but Mexico did not.": the verb of the signing clause, denied. */
const ELLIPTIC_DENIAL = /\b(?:did|does|do|has|have|had|will|would|shall)(?:\s+not|n't|\s+never)(?:\s+yet)?\W*$/i;
/** A sentence that talks of signing gives an elliptic denial in the next its verb ("France will sign. Chile said it will not."). */
const SIGNING_TALK = /\b(?:sign|signs|signed|signing|ratif\w*|join|joined|acce(?:de|ded|ssion))\b/i;

/**
 * A clause that names only other treaties ("Russia never joined the Budapest Convention"), or refers by "it" to
 * the sentence before when that one names only other treaties ("Russia never joined it"), says nothing of ours.
 */
function aboutOtherTreaty(folded: string, c: Range, before: Range | null, treaties: readonly TreatyMention[], mainKey: string | null): boolean {
  if (aboutAnotherTreaty(c.start, c.end, treaties, mainKey)) return true;
  if (!before || referencesIn(treaties, c.start, c.end).length || !/\bit\b/i.test(folded.slice(c.start, c.end))) return false;
  return aboutAnotherTreaty(before.start, before.end, treaties, mainKey);
}

function cues(text: string, sentences: readonly Range[], treaties: readonly TreatyMention[], mainKey: string | null): ClauseCue[] {
  const folded = foldQuotes(text);
  const out: ClauseCue[] = [];
  let previous: Stance | null = null;
  let before: Range | null = null;
  for (const s of sentences) {
    const stanceOf = (c: Range): ClauseCue => ({
      ...c,
      stance: aboutOtherTreaty(folded, c, before, treaties, mainKey) ? null : clauseStance(folded.slice(c.start, c.end), c.start, treaties, mainKey),
    });
    const clauses = splitAt(folded, s, CLAUSE_BREAK).flatMap((c) => {
      const whole = stanceOf(c);
      if (!whole.stance) return [whole];
      const parts = splitAt(folded, c, PIECE_BREAK).map(stanceOf);
      return parts.filter((p) => p.stance).length > 1 ? parts : [whole];
    });
    const talkBefore = before !== null && SIGNING_TALK.test(folded.slice(before.start, before.end));
    before = s;
    if (talkBefore || clauses.some((c) => c.stance === 'signed')) {
      for (const c of clauses) if (!c.stance && ELLIPTIC_DENIAL.test(folded.slice(c.start, c.end))) c.stance = 'not_signed';
    }
    // "Observers from A and B are here, but none of them has signed": the list is in the clause before.
    for (let i = 1; i < clauses.length; i++) {
      if (!clauses[i - 1].stance && BACK_REFERENCE.test(folded.slice(clauses[i].start, clauses[i].end))) clauses[i - 1].stance = clauses[i].stance;
    }
    const said = clauses.filter((c) => c.stance).map((c) => c.stance);
    if (!said.length && previous && CONTINUES_PREVIOUS.test(folded.slice(s.start, s.end))) {
      for (const c of clauses) c.stance = previous;
    }
    previous = said.length ? said[said.length - 1] : null;
    out.push(...clauses);
  }
  return out;
}

/** "a ceremony in Geneva, hosted by Switzerland", "at the Vietnamese capital": the place of the signing, not a signatory. */
const PLACE_BEFORE = /\b(?:[Ii]n|[Aa]t|hosted by|host|hosts|held by|organi[sz]ed by)\s+(?:the\s+)?$/u;
/** "in Hanoi, Vietnam, on Saturday": a country set after its city; "In Asia, Japan signed" is not one. */
const CITY_BEFORE = /\b(?:[Ii]n|[Aa]t)\s+\p{Lu}[\p{L}'’-]*,\s+$/u;
const CITY_AFTER = /^\s*(?:[,.;)]|$)/;
const PLACE_REACH = 40;

/** Each country's stance toward the article's treaty, from the clause that names it. */
export function withStances(
  text: string,
  names: readonly CountryName[],
  sentences: readonly Range[],
  treaties: readonly TreatyMention[],
  mainKey: string | null,
): CountryMention[] {
  const clauses = cues(text, sentences, treaties, mainKey);
  return names.map((n) => {
    const stance = clauses[rangeAt(clauses, n.start)]?.stance ?? 'mentioned';
    const before = text.slice(Math.max(0, n.start - PLACE_REACH), n.start);
    const place = stance === 'signed' && (PLACE_BEFORE.test(before) || (CITY_BEFORE.test(before) && CITY_AFTER.test(text.slice(n.end, n.end + 2))));
    return { ...n, stance: place ? 'mentioned' : stance };
  });
}
