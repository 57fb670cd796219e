/** Plain-text tables of facts, conflicts and sources for the CLI's output. */
import type { Conflict, Fact, SourceRef } from '../reconcile/types.js';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

/** Plain-text table: columns padded to their widest cell, capped so a terminal line stays readable. */
export function table(header: string[], rows: string[][], maxWidth = 60): string {
  const widths = header.map((h, i) => Math.min(maxWidth, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => clip(c, widths[i]).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const hosts = (sources: SourceRef[]) =>
  [...new Set(sources.map((s) => (s.url ? safeHost(s.url) : '?')))].join(', ');

function safeHost(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

export function factsTable(facts: Fact[]): string {
  if (!facts.length) return 'no facts';
  return table(
    ['subject', 'property', 'key', 'value', 'as of', 'status', 'sources'],
    facts.map((f) => [f.subject, f.property, f.key ?? '', show(f.value), f.as_of ?? '', f.status, String(f.sources.length)]),
  );
}

/** The evidence behind each competing value: one line per source, so the analyst reads the words, not just the tally. */
function evidenceLines(c: Conflict): string[] {
  return c.alternatives.flatMap((a, i) =>
    a.sources.map((s) => `    ${label(i)} ← ${s.url ? safeHost(s.url) : '?'}${s.published ? ` (${s.published.slice(0, 10)})` : ''}: “${clip(s.evidence, 160)}”`),
  );
}

/** Alternatives are lettered so the evidence lines can point at them without repeating long values. */
const label = (i: number): string => String.fromCharCode(65 + (i % 26));

const shellQuote = (s: string): string => `'${s.replaceAll("'", `'\\''`)}'`;

/** What an analyst reads to decide: each competing value with where it comes from, and why it is a conflict. */
export function conflictsReport(conflicts: Conflict[]): string {
  if (!conflicts.length) return 'no open conflicts';
  return conflicts
    .map((c) => {
      const head = `#${c.id} [${c.status}] ${c.subject} / ${c.property}${c.key ? ` (${c.key})` : ''}`;
      const alts = table(
        ['', 'value', 'sources', 'from'],
        c.alternatives.map((a, i) => [label(i), show(a.value), String(a.sources.length), hosts(a.sources)]),
      );
      const decided = c.decision ? `\n  decided: ${show(c.decision.value)} by ${c.decision.by} at ${c.decision.at}: ${c.decision.note}` : '';
      const example = c.alternatives[0] ? shellQuote(show(c.alternatives[0].value)) : '<value>';
      return [
        `${head}\n  ${c.explanation}${decided}`,
        alts.replace(/^/gm, '  '),
        '  evidence:',
        ...evidenceLines(c),
        `  resolve: newsfacts resolve ${c.id} --value ${example} --note "<why>"`,
      ].join('\n');
    })
    .join('\n\n');
}
