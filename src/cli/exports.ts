/** Exports for analysts who work in spreadsheets and documents: facts and conflicts as CSV, conflicts as Markdown. */
import type { Conflict, Fact } from '../reconcile/types.js';
import { resolveCommand } from '../report/commands.js';
import { codeAndName, countryName } from '../report/countries.js';
import { hostOf } from '../report/html.js';
import { letter, valueText } from '../report/labels.js';
import { differingFields, fieldLabel, isFields, showValue, valueArgument } from '../report/values.js';

/**
 * One RFC 4180 cell. Text that a spreadsheet would run as a formula (a source's words starting with "=", "+", "@"
 * or "-") is prefixed with an apostrophe, so opening the file never evaluates what a web page wrote.
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csv = (rows: (string | number | null)[][]): string =>
  rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

const FACT_COLUMNS = 'subject property key country value as_of status sources source_urls explanation'.split(' ');

export function factsCsv(facts: Fact[]): string {
  return csv([
    FACT_COLUMNS,
    ...facts.map((f) => [
      f.subject,
      f.property,
      f.key,
      f.key ? countryName(f.key) : null,
      valueArgument(f.value),
      f.as_of,
      f.status,
      f.sources.length,
      f.sources.map((s) => s.url ?? '').join(' '),
      f.explanation,
    ]),
  ]);
}

/** "instrument=signature": the fields in which this value differs from the others. */
function differingText(value: unknown, differs: Set<string> | null): string | null {
  if (!differs || !isFields(value)) return null;
  return [...differs].map((k) => `${k}=${showValue(value[k] ?? null)}`).join('; ');
}

/** One row per source of each competing value: the spreadsheet can be filtered by conflict, value or outlet. */
export function conflictsCsv(conflicts: Conflict[]): string {
  const header = [
    'conflict',
    'status',
    'subject',
    'property',
    'key',
    'country',
    'alternative',
    'value',
    'differs',
    'claim',
    'source_url',
    'published',
    'evidence',
    'resolve_command',
  ];
  const rows = conflicts.flatMap((c) => {
    const differs = differingFields(c.alternatives.map((a) => a.value));
    return c.alternatives.flatMap((a, i) =>
      a.sources.map((s) => [
        c.id,
        c.status,
        c.subject,
        c.property,
        c.key,
        c.key ? countryName(c.key) : null,
        letter(i),
        valueArgument(a.value),
        differingText(a.value, differs),
        s.claim ?? null,
        s.url,
        s.published,
        s.evidence,
        resolveCommand(c.id, a.value),
      ]),
    );
  });
  return csv([header, ...rows]);
}

/** Markdown text on one line: characters that would start markup or break a table cell are escaped. */
const md = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^([#+-])/, '\\$1');

function markdownValue(value: unknown, differs: Set<string> | null): string {
  if (!differs || !isFields(value)) return `**${md(valueText(value))}**`;
  return Object.entries(value)
    .map(([k, v]) => {
      const pair = `${md(fieldLabel(k))}: ${md(showValue(v))}`;
      return differs.has(k) ? `**${pair}**` : pair;
    })
    .join(', ');
}

/** A source in the evidence list: a link only for web addresses, wrapped in <> so that no character breaks it. */
function markdownSource(url: string | null): string {
  const host = md(hostOf(url));
  return url && /^https?:\/\//i.test(url) ? `[${host}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : host;
}

function markdownConflict(c: Conflict): string {
  const differs = differingFields(c.alternatives.map((a) => a.value));
  const where = c.key ? ` (${md(codeAndName(c.key))})` : '';
  const title = `## #${c.id} ${md(c.subject)}: ${md(fieldLabel(c.property))}${where} [${c.status}]`;
  const decision = c.decision;
  const decided = decision
    ? [
        `Decided: **${md(showValue(decision.value))}** by ${md(decision.by)} at ${decision.at}: ${md(decision.note)}`,
        '',
      ]
    : [];
  const outlets = (a: Conflict['alternatives'][number]) =>
    md([...new Set(a.sources.map((s) => hostOf(s.url)))].join(', '));
  const table = [
    '| | value | sources | from |',
    '|---|---|---|---|',
    ...c.alternatives.map(
      (a, i) => `| ${letter(i)} | ${markdownValue(a.value, differs)} | ${a.sources.length} | ${outlets(a)} |`,
    ),
  ];
  const evidence = c.alternatives.flatMap((a, i) =>
    a.sources.map((s) => {
      const when = s.published ? ` (${s.published.slice(0, 10)})` : '';
      const claim = s.claim ? `, claim #${s.claim}` : '';
      return `- ${letter(i)} ← ${markdownSource(s.url)}${when}${claim}: “${md(s.evidence)}”`;
    }),
  );
  const commands = c.alternatives.map((a) => resolveCommand(c.id, a.value));
  return [
    title,
    '',
    md(c.explanation),
    '',
    ...decided,
    ...table,
    '',
    'Evidence:',
    '',
    ...evidence,
    '',
    'To decide:',
    '',
    '```sh',
    ...commands,
    '```',
  ].join('\n');
}

export function conflictsMarkdown(conflicts: Conflict[]): string {
  return conflicts.length ? `${conflicts.map(markdownConflict).join('\n\n')}\n` : 'No open conflicts.\n';
}
