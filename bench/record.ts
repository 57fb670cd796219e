/** Status-table reading: a depositary's table of 200 participants, read as records (goal: under 50 ms). */
import countries from 'i18n-iso-countries';
import { readStatusTable } from '../src/record/index.js';

/** 200 distinct participants, by the names the country index knows. */
function table(rows: number): string {
  const names = Object.values(countries.getNames('en', { select: 'official' })).slice(0, rows);
  const body = names
    .map((name, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      const suffix = i % 5 === 0 ? ' a' : i % 7 === 0 ? ' AA' : '';
      const signed = i % 5 === 0 ? '' : `${day} Jun 2016`;
      return `<tr><td>${name}</td><td>${signed}</td><td>${day} Oct 2017${suffix}</td></tr>`;
    })
    .join('\n');
  return (
    `<html><body><p>Status as at: 01-12-2026</p><table><tr><th>Participant</th><th>Signature</th>` +
    `<th>Ratification, Acceptance(A), Approval(AA), Accession(a)</th></tr>${body}</table></body></html>`
  );
}

export async function main(): Promise<void> {
  const html = table(200);
  readStatusTable({ html }); // warm the country index, built once per process
  const runs = 20;
  const t0 = process.hrtime.bigint();
  let participants = 0;
  for (let i = 0; i < runs; i++) participants = readStatusTable({ html })?.participants.length ?? 0;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / runs;
  const met = ms < 50 ? 'met' : 'NOT met';
  process.stdout.write(
    `status table of 200 rows (${participants} participants): ${ms.toFixed(1)} ms (goal < 50 ms: ${met})\n`,
  );
}
