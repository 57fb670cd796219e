/** HTML tables as grids of cell texts, spans expanded, footnote markers kept apart from the text. */
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { collapseSpace, elements } from '../article/dom.js';

export interface Cell {
  text: string;
  /** Footnote markers the cell carries (`<sup>3</sup>`, "1/"), without the text. */
  notes: string[];
  header: boolean;
}

export type Grid = Cell[][];

const MAX_ROWS = 5000;
const MAX_SPAN = 50;

function cellOf(el: Element): Cell {
  const parts: string[] = [];
  const notes: string[] = [];
  const visit = (n: AnyNode, inSup: boolean, depth: number): void => {
    if (depth > 50) return;
    if (isText(n)) (inSup ? notes : parts).push(n.data);
    else if (isTag(n) && n.name !== 'script' && n.name !== 'style') {
      if (n.name === 'br') parts.push(' ');
      for (const c of n.children) visit(c, inSup || n.name === 'sup', depth + 1);
    }
  };
  for (const c of el.children) visit(c, false, 0);
  return {
    text: collapseSpace(parts.join('')),
    notes: notes.map((s) => s.trim()).filter(Boolean),
    header: el.name === 'th',
  };
}

function span(el: Element, name: 'rowspan' | 'colspan'): number {
  const n = Number(el.attribs[name] ?? 1);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_SPAN) : 1;
}

/** The rows of one table, its nested tables left out, with colspan and rowspan cells repeated where they stand. */
export function gridOf(table: Element): Grid {
  const rows: Element[] = [];
  for (const el of elements(table)) {
    if (el.name === 'tr' && nearestTable(el) === table) rows.push(el);
    if (rows.length >= MAX_ROWS) break;
  }
  const grid: Grid = [];
  const pending: (Cell & { left: number })[] = [];
  for (const tr of rows) {
    const row: Cell[] = [];
    const cells = tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));
    let col = 0;
    const fillSpanned = () => {
      while (pending[col] && pending[col].left > 0) {
        row[col] = pending[col];
        pending[col].left--;
        col++;
      }
    };
    for (const td of cells) {
      fillSpanned();
      const cell = cellOf(td);
      const rowspan = span(td, 'rowspan');
      for (let k = 0; k < span(td, 'colspan'); k++) {
        row[col] = cell;
        pending[col] = { ...cell, left: rowspan - 1 };
        col++;
      }
    }
    fillSpanned();
    grid.push(Array.from(row, (c) => c ?? { text: '', notes: [], header: false }));
  }
  return grid;
}

function nearestTable(el: Element): Element | null {
  let p = el.parent;
  while (p && !(isTag(p) && p.name === 'table')) p = p.parent;
  return p && isTag(p) ? p : null;
}

/** Every table of the document, outermost first. */
export function tablesOf(root: AnyNode): Element[] {
  return [...elements(root)].filter((el) => el.name === 'table');
}
