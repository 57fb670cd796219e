/** The `extract` command: runs the extractors over one file and prints what they read. */
import { readFileSync } from 'node:fs';
import type { Article } from '../article/types.js';
import type { Explained, Extractions } from '../extract/types.js';
import { extractionsOf, readPage, type PageReading } from '../pipeline/read.js';

export interface ExtractOptions {
  text?: boolean;
  published?: string;
  url?: string;
  /** Keep each reading's `rule` and `why` (`--explain`). */
  explain?: boolean;
}

/** One `newsfacts extract` record (../shared/CONTRACT.md). */
export type ExtractRecord = { input: string } & Omit<Article, 'modified' | 'siteName'> &
  Pick<Article, 'modified' | 'siteName'> &
  Omit<Extractions, 'treaties'> & { treaties: Extractions['treaties'] };

function articleFromText(text: string, opts: ExtractOptions): Article {
  return {
    url: opts.url ?? null,
    title: null,
    byline: null,
    published: opts.published ?? null,
    modified: null,
    language: null,
    siteName: null,
    text: text.replace(/\r\n?/g, '\n'),
  };
}

/** Reads one file and runs the article stage (unless it is plain text) and the extractors. */
export function extractFile(file: string, opts: ExtractOptions): ExtractRecord {
  const bytes = readFileSync(file);
  let reading: PageReading;
  if (opts.text) {
    const article = articleFromText(bytes.toString('utf8'), opts);
    reading = { article, extractions: extractionsOf(article) };
  } else {
    reading = readPage({ bytes, url: opts.url ?? null, fetchedAt: null, published: opts.published });
  }
  const extractions = opts.explain ? reading.extractions : withoutExplanations(reading.extractions);
  return { input: file, ...reading.article, ...extractions };
}

/**
 * `newsfacts extract`: one record per file, as JSON Lines as each is read or as one JSON document at the end.
 * A file that cannot be read is named on stderr and sets exit status 1; the others are still printed.
 */
export function extractCommand(files: string[], opts: ExtractOptions & { json?: boolean; jsonl?: boolean }): void {
  let failed = 0;
  const records = [];
  for (const file of files) {
    try {
      const record = extractFile(file, opts);
      // Still a record (the scorers count one per file), but the operator hears why it is empty.
      if (!record.text.trim())
        process.stderr.write(`newsfacts: ${file}: no article text found (not HTML, empty, or no body)\n`);
      if (opts.jsonl) process.stdout.write(JSON.stringify(record) + '\n');
      else records.push(record);
    } catch (err) {
      failed++;
      process.stderr.write(`newsfacts: ${file}: ${(err as Error).message.split('\n')[0]}\n`);
    }
  }
  if (opts.json) process.stdout.write(JSON.stringify(files.length === 1 ? (records[0] ?? null) : records) + '\n');
  if (failed) process.exitCode = 1;
}

/** The readings without the rule names and deciding words that `--explain` prints. */
function withoutExplanations(x: Extractions): Extractions {
  const bare = <T extends Explained>({ rule: _rule, why: _why, ...rest }: T): Omit<T, 'rule' | 'why'> => rest;
  return {
    ...x,
    countries: x.countries.map(bare),
    numbers: x.numbers.map(bare),
    dates: x.dates.map(bare),
    quotes: x.quotes.map(bare),
  };
}
