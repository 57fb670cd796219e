/** Terminal tables for analysts: fitted to the terminal, one heading per subject, the differing field singled out. */
import type { Conflict, Fact, SourceRef } from '../reconcile/types.js';
import { rejectCommand, resolveCommand } from '../report/commands.js';
import { codeAndName } from '../report/countries.js';
import { hostOf } from '../report/html.js';
import { letter, valueText } from '../report/labels.js';
import { differingFields, fieldLabel, isFields, showValue } from '../report/values.js';

/** The width to fit: the terminal's, else $COLUMNS, else a width that reads well in a pager or a log. */
export function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 120;
}

function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

/** Prose wrapped at word boundaries to `width`, each line indented. */
function wrap(text: string, width: number, indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

const GAP = 2;

/** Narrows the widest columns, one character at a time, until the row fits; no column gets narrower than its header. */
function fitWidths(natural: number[], header: string[], width: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++)
      if (widths[i] > Math.max(header[i].length, 4) && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0) break;
    widths[widest]--;
  }
  return widths;
}

/** Plain-text table fitted to `width`: cells that do not fit are cut with an ellipsis. */
export function table(header: string[], rows: string[][], width = terminalWidth()): string {
  const natural = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].replace(/\s+/g, ' ').length)));
  const widths = fitWidths(natural, header, width);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => clip(c, widths[i]).padEnd(widths[i]))
      .join(' '.repeat(GAP))
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function groupBySubject<T extends { subject: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.subject, [...(groups.get(item.subject) ?? []), item]);
  return groups;
}

const hosts = (sources: SourceRef[]) => [...new Set(sources.map((s) => hostOf(s.url)))].join(', ');

/** The claim ids an analyst can reject or accept: those the value rests on, then any set aside as outliers. */
function claimCell(f: Fact): string {
  const ids = (sources: SourceRef[]) => sources.flatMap((s) => (s.claim ? [`#${s.claim}`] : []));
  const outliers = (f.outliers ?? []).flatMap((o) => ids(o.sources));
  return [ids(f.sources).join(' '), outliers.length ? `outliers ${outliers.join(' ')}` : ''].filter(Boolean).join('; ');
}

export function factsTable(facts: Fact[], width = terminalWidth()): string {
  if (!facts.length) return 'no facts';
  return [...groupBySubject(facts)]
    .map(([subject, rows]) =>
      [
        `== ${subject} ==`,
        table(
          ['property', 'country', 'value', 'as of', 'status', 'sources', 'claims'],
          rows.map((f) => [
            f.property,
            f.key ? codeAndName(f.key) : '',
            valueText(f.value),
            f.as_of ?? '',
            f.status,
            String(f.sources.length),
            claimCell(f),
          ]),
          width,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

/** What tells the values apart: the differing fields of objects ("instrument: signature"), else the whole value. */
function distinguishing(value: unknown, differs: Set<string> | null): string {
  if (!differs || !isFields(value)) return valueText(value);
  return [...differs].map((k) => `${fieldLabel(k)}: ${showValue(value[k] ?? null)}`).join(', ');
}

/** The fields every competing value shares, said once above the table. */
function sharedFields(c: Conflict, differs: Set<string> | null): string | null {
  const first = c.alternatives[0]?.value;
  if (!differs || !isFields(first)) return null;
  const same = Object.keys(first).filter((k) => !differs.has(k));
  return same.length ? `same in all: ${same.map((k) => `${fieldLabel(k)} ${showValue(first[k])}`).join(', ')}` : null;
}

/** The evidence behind each competing value, one line per source: the analyst reads the words, not just the tally. */
function evidenceLines(c: Conflict, width: number): string[] {
  return c.alternatives.flatMap((a, i) =>
    a.sources.map((s) => {
      const head = `    ${letter(i)} ← ${hostOf(s.url)}${s.published ? ` (${s.published.slice(0, 10)})` : ''}: `;
      const claim = s.claim ? ` (claim #${s.claim})` : '';
      return `${head}“${clip(s.evidence, Math.max(20, width - head.length - claim.length - 2))}”${claim}`;
    }),
  );
}

function conflictBlock(c: Conflict, width: number): string {
  const differs = differingFields(c.alternatives.map((a) => a.value));
  const head = `#${c.id} [${c.status}] ${c.property}${c.key ? ` (${codeAndName(c.key)})` : ''}`;
  const shared = sharedFields(c, differs);
  const alts = table(
    ['', differs ? 'differs' : 'value', 'sources', 'from'],
    c.alternatives.map((a, i) => [
      letter(i),
      distinguishing(a.value, differs),
      String(a.sources.length),
      hosts(a.sources),
    ]),
    width - 2,
  );
  const decided = c.decision
    ? [
        wrap(
          `decided: ${showValue(c.decision.value)} by ${c.decision.by} at ${c.decision.at}: ${c.decision.note}`,
          width,
        ),
      ]
    : [];
  return [
    head,
    wrap(c.explanation, width),
    ...decided,
    ...(shared ? [`  ${shared}`] : []),
    alts.replace(/^/gm, '  '),
    '  evidence:',
    ...evidenceLines(c, width),
    `  resolve: ${resolveCommand(c.id, c.alternatives[0] ? c.alternatives[0].value : '<value>')}`,
    `  or reject one claim: ${rejectCommand('<claim>')}`,
  ].join('\n');
}

/** What an analyst reads to decide: each competing value with where it comes from, and why it is a conflict. */
export function conflictsReport(conflicts: Conflict[], width = terminalWidth()): string {
  if (!conflicts.length) return 'no open conflicts';
  return [...groupBySubject(conflicts)]
    .map(([subject, group]) => [`== ${subject} ==`, ...group.map((c) => conflictBlock(c, width))].join('\n\n'))
    .join('\n\n');
}
