/** `newsfacts report`: the static site written from the fact store, read-only. */
import { resolve } from 'node:path';
import { readReport } from '../report/model.js';
import { writeReport } from '../report/write.js';
import { openStore } from '../store/index.js';
import { canonicalSubject, resolveConfig } from './context.js';
import { CommandError } from './errors.js';

export interface ReportOptions {
  config?: string;
  db?: string;
  out: string;
  subject?: string;
}

export async function reportAction(opts: ReportOptions): Promise<void> {
  const config = await resolveConfig(opts);
  // Read-only: a report never changes the store, and a missing file is an error, not a new empty database.
  const store = openStore(config.db, { readonly: true });
  try {
    const subject = opts.subject && canonicalSubject(opts.subject, config.subjects);
    const model = readReport(store, config.reconcile.cumulative, { subject });
    if (subject && !model.subjects.length)
      throw new CommandError(`report: no facts about '${opts.subject}' in ${config.db}`);
    const summary = writeReport(model, resolve(opts.out));
    process.stdout.write(
      `report: ${summary.pages} pages (${summary.subjects} subjects, ${summary.conflicts} conflicts) ` +
        `in ${summary.out}; ` +
        `open ${resolve(summary.out, 'index.html')}\n`,
    );
  } finally {
    store.close();
  }
}
