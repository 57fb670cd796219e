/** The `extract` command: reads files (in this thread or in worker threads) and prints their records in order. */
import { outcomeOf, type ExtractOptions, type FileOutcome } from './extractFile.js';
import { outcomesInThreads } from './extractPool.js';
import { threadsFor } from './extractThreads.js';

export interface ExtractCommandOptions extends ExtractOptions {
  json?: boolean;
  jsonl?: boolean;
  /** Threads to read the files in, this one and workers; 1 reads them in this thread alone (see extractThreads.ts). */
  jobs?: number;
}

/**
 * `newsfacts extract`: one record per file, in the order the files are given, as JSON Lines as each is read or as one
 * JSON document at the end. A file that cannot be read is named on stderr and sets exit status 1; the others are still
 * printed.
 */
export async function extractCommand(files: string[], opts: ExtractCommandOptions): Promise<void> {
  const { jobs, json, jsonl, ...readOpts } = opts;
  let failed = 0;
  const records: string[] = [];
  const report = (file: string, outcome: FileOutcome): void => {
    if ('error' in outcome) {
      failed++;
      process.stderr.write(`newsfacts: ${file}: ${outcome.error}\n`);
      return;
    }
    // Still a record (the scorers count one per file), but the operator hears why it is empty.
    if (outcome.noText)
      process.stderr.write(`newsfacts: ${file}: no article text found (not HTML, empty, or no body)\n`);
    if (jsonl) process.stdout.write(outcome.json + '\n');
    else records.push(outcome.json);
  };
  const threads = threadsFor(files.length, jobs);
  if (threads > 1) await outcomesInThreads(files, readOpts, threads, report);
  else for (const file of files) report(file, outcomeOf(file, readOpts, files.length === 1));
  // the records' JSON joined as JSON.stringify joins an array's items
  if (json) process.stdout.write((files.length === 1 ? (records[0] ?? 'null') : `[${records.join(',')}]`) + '\n');
  if (failed) process.exitCode = 1;
}
