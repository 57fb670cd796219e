/** Writes the static report: one file per page under the output folder, nothing fetched from anywhere. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { conflictPage } from './conflictPage.js';
import { indexPage } from './indexPage.js';
import type { ReportModel } from './model.js';
import { conflictPath, subjectPath, type RenderContext } from './render.js';
import { subjectPage } from './subjectPage.js';

export interface ReportSummary {
  out: string;
  subjects: number;
  conflicts: number;
  pages: number;
}

/** Every page of the site, keyed by its path relative to the report's root. */
export function* reportPages(ctx: RenderContext): Generator<[string, string]> {
  yield ['index.html', indexPage(ctx)];
  for (const s of ctx.model.subjects) {
    yield [subjectPath(s.slug), subjectPage(s, ctx)];
    for (const c of s.conflicts) yield [conflictPath(c.id), conflictPage(c, ctx)];
  }
}

export function writeReport(model: ReportModel, out: string): ReportSummary {
  let pages = 0;
  for (const [path, text] of reportPages({ model, forms: null })) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    pages++;
  }
  const conflicts = model.subjects.reduce((n, s) => n + s.conflicts.length, 0);
  return { out, subjects: model.subjects.length, conflicts, pages };
}
