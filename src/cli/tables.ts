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

/** What an analyst reads to decide: each competing value with where it comes from, and why it is a conflict. */
export function conflictsReport(conflicts: Conflict[]): string {
  if (!conflicts.length) return 'no open conflicts';
  return conflicts
    .map((c) => {
      const head = `#${c.id} [${c.status}] ${c.subject} / ${c.property}${c.key ? ` (${c.key})` : ''}`;
      const alts = table(
        ['value', 'sources', 'from'],
        c.alternatives.map((a) => [show(a.value), String(a.sources.length), hosts(a.sources)]),
      );
      const decided = c.decision ? `\n  decided: ${show(c.decision.value)} by ${c.decision.by} at ${c.decision.at}: ${c.decision.note}` : '';
      return `${head}\n  ${c.explanation}${decided}\n${alts.replace(/^/gm, '  ')}\n  resolve: newsfacts resolve ${c.id} --value <value> --note "<why>"`;
    })
    .join('\n\n');
}
