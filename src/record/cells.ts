/** The cells of a status table: a date with the action its suffix names, and a participant's name as a country. */
import { analyze } from '../extract/analysis.js';
import { countryNames } from '../extract/countries.js';
import { alternation } from '../extract/lexicon/family.js';
import { MONTH_ABBREVIATIONS, MONTHS } from '../extract/lexicon/time.js';
import { RECORD_SUFFIXES } from '../extract/lexicon/record.js';
import type { RecordAction } from './types.js';

const MONTH = `(${alternation(MONTHS, MONTH_ABBREVIATIONS)})\\.?`;
const SUFFIX = `(?:\\s*\\(?\\s*(${Object.keys(RECORD_SUFFIXES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\s*\\)?)?`;
/** Day-first numbers as depositaries outside the United States write them: 26-10-2025, 26.10.2025, 26/10/2025. */
const FORMS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string | number, string] }[] = [
  { re: new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${SUFFIX}$`), parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`^(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})${SUFFIX}$`), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`^(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${SUFFIX}$`), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${SUFFIX}$`), parts: (m) => [m[3], m[1], m[2]] },
];

function monthNumber(word: string | number): number {
  if (typeof word === 'number') return word;
  if (/^\d+$/.test(word)) return Number(word);
  const three = word.slice(0, 3).toLowerCase();
  return MONTHS.words.findIndex((m) => m.slice(0, 3).toLowerCase() === three) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface DateCell {
  date: string;
  /** The action a suffix letter names ("a" accession), when the cell has one. */
  action: RecordAction | null;
}

/** A cell holding one date (day first, or written month), with an optional suffix letter; null for anything else. */
export function dateCell(text: string): DateCell | null {
  const t = text.trim();
  // Every form has a four-digit year: most cells (names, blanks) are ruled out without running the patterns.
  if (t.length < 6 || t.length > 40 || !/\d{4}/.test(t)) return null;
  for (const { re, parts } of FORMS) {
    const m = re.exec(t);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const year = Number(y);
    const month = monthNumber(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
    const suffix = m[m.length - 1];
    return { date: `${year}-${pad(month)}-${pad(day)}`, action: suffix ? RECORD_SUFFIXES[suffix] : null };
  }
  return null;
}

export interface ParticipantCell {
  code: string;
  name: string;
  /** Written in brackets ("[United States of America]"): depositaries mark former participants so. */
  bracketed: boolean;
}

/**
 * The country a participant cell names, in the depositary's formal style as well ("Bolivia (Plurinational State
 * of)", "Korea, Republic of" read as "Republic of Korea"); null when the cell names none.
 */
export function participantCell(text: string): ParticipantCell | null {
  const raw = text.replace(/\s*\d+\/?$|\*+$/, '').trim();
  const bracketed = /^\[.*\]$/.test(raw);
  const name = bracketed ? raw.slice(1, -1).trim() : raw;
  if (!name || name.length > 80) return null;
  const inverted = /^([^,()]+),\s*([^,()]+)$/.exec(name);
  const candidates = inverted ? [`${inverted[2]} ${inverted[1]}`, name] : [name];
  for (const candidate of candidates) {
    const found = countryNames(analyze(candidate));
    // The name must be the cell's main words, not a country mentioned in a note ("Denmark (excluding Greenland)").
    if (found.length && found[0].start <= 4) return { code: found[0].code, name, bracketed };
  }
  return null;
}
