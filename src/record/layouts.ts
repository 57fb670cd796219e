/** The layouts status tables come in: which column names the participant, which hold actions and dates. */
import { alternation, isMember, wordsOf } from '../extract/lexicon/family.js';
import {
  RECORD_ACTION_HEADERS,
  RECORD_ACTIONS,
  RECORD_DATE_HEADERS,
  RECORD_PARTICIPANT_HEADERS,
} from '../extract/lexicon/record.js';
import { dateCell, participantCell, type ParticipantCell } from './cells.js';
import type { Cell, Grid } from './grid.js';
import type { RecordAction, RecordedAction, TableLayout } from './types.js';

/** What one column of a table holds, read from its header. */
type ColumnRole =
  | { role: 'participant' }
  | { role: 'action-name' }
  | { role: 'date' }
  | { role: 'action'; action: RecordAction }
  | { role: 'other' };

const ACTION_ORDER = Object.keys(RECORD_ACTIONS) as RecordAction[];
const ACTION_WORDS = ACTION_ORDER.map((action) => ({ action, re: wordsOf(RECORD_ACTIONS[action], 'iu') }));

/** The actions a text names, in the order it names them ("Ratification, Accession (a)" → ratification, accession). */
export function actionsNamed(text: string): RecordAction[] {
  const found: { action: RecordAction; at: number }[] = [];
  for (const { action, re } of ACTION_WORDS) {
    const m = re.exec(text);
    if (m) found.push({ action, at: m.index });
  }
  // "definitive signature" also holds "signature": the longer phrase wins where both start in one place.
  return found
    .filter((f) => !(f.action === 'signature' && found.some((g) => g.action === 'definitive_signature')))
    .sort((a, b) => a.at - b.at)
    .map((f) => f.action);
}

/** A header that is, or opens with, a date header ("Date", "Date of deposit (a: accession)"). */
const DATE_HEADER_START = new RegExp(`^${alternation(RECORD_DATE_HEADERS)}(?![\\p{L}])`, 'u');

function roleOf(header: string): ColumnRole {
  const h = header.toLowerCase().replace(/[:*]/g, '').trim();
  if (!h) return { role: 'other' };
  if (isMember(RECORD_PARTICIPANT_HEADERS, h)) return { role: 'participant' };
  if (isMember(RECORD_ACTION_HEADERS, h)) return { role: 'action-name' };
  const actions = actionsNamed(h);
  if (actions.length) return { role: 'action', action: actions[0] };
  if (DATE_HEADER_START.test(h)) return { role: 'date' };
  return { role: 'other' };
}

export interface RowReading {
  participant: ParticipantCell;
  actions: RecordedAction[];
  /** Footnote markers on the participant's cell. */
  notes: string[];
}

export interface LayoutReading {
  layout: TableLayout;
  rows: RowReading[];
  /** Texts of rows whose first cell names no country. */
  unread: string[];
}

const isHeaderRow = (row: Cell[]) =>
  row.some((c) => c.header) || row.filter((c) => roleOf(c.text).role !== 'other').length >= 2;

/** Finds the header row (the first one within the first five that gives a participant column and more). */
function headerOf(grid: Grid): { at: number; roles: ColumnRole[] } | null {
  for (let i = 0; i < Math.min(5, grid.length); i++) {
    if (!isHeaderRow(grid[i])) continue;
    const roles = grid[i].map((c) => roleOf(c.text));
    const hasParticipant = roles.some((r) => r.role === 'participant');
    const hasAction = roles.some((r) => r.role === 'action' || r.role === 'action-name');
    if (hasParticipant && hasAction) return { at: i, roles };
  }
  return null;
}

/** A cell's action and date in a column headed by an action: the suffix letter, when there is one, says which. */
function columnAction(cell: Cell, action: RecordAction): RecordedAction | null {
  const d = dateCell(cell.text);
  return d ? { action: d.action ?? action, date: d.date } : null;
}

/** Reads a grid in whichever layout its header shows; null when it is no status table. */
export function readLayout(grid: Grid): LayoutReading | null {
  const header = headerOf(grid);
  if (!header) return null;
  const col = (role: ColumnRole['role']) => header.roles.findIndex((r) => r.role === role);
  const participantAt = col('participant');
  const actionNameAt = col('action-name');
  const dateAt = col('date');
  const layout: TableLayout = actionNameAt >= 0 && dateAt >= 0 ? 'row-per-action' : 'column-per-action';
  const rows: RowReading[] = [];
  const unread: string[] = [];
  let last: RowReading | null = null;
  for (const row of grid.slice(header.at + 1)) {
    const name = row[participantAt]?.text ?? '';
    const participant = name ? participantCell(name) : null;
    if (name && !participant) {
      if (row.some((c) => dateCell(c.text))) unread.push(name);
      last = null;
      continue;
    }
    // In one-row-an-action tables a blank participant cell continues the participant above.
    const reading: RowReading | null = participant
      ? { participant, actions: [], notes: row[participantAt].notes }
      : layout === 'row-per-action'
        ? last
        : null;
    if (!reading) continue;
    if (layout === 'row-per-action') {
      const action = actionsNamed(row[actionNameAt]?.text ?? '')[0];
      const date = dateCell(row[dateAt]?.text ?? '');
      if (action) reading.actions.push({ action: date?.action ?? action, date: date?.date ?? null });
    } else {
      header.roles.forEach((r, i) => {
        if (r.role !== 'action' || !row[i]) return;
        const found = columnAction(row[i], r.action);
        if (found) reading.actions.push(found);
      });
    }
    if (reading !== last) rows.push(reading);
    last = reading;
  }
  return rows.length ? { layout, rows, unread } : null;
}
