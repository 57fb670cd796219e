/** One file read for `extract`: the article stage (unless it is plain text), the extractors, and the record they give. */
import { readFileSync } from 'node:fs';
import type { Article } from '../article/types.js';
import type { Explained, Extractions } from '../extract/types.js';
import { extractionsOf, readPage, type PageReading } from '../pipeline/read.js';
import { withRegExpsTunedFor } from './regexpTuning.js';

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

/**
 * Reads one file and runs the article stage (unless it is plain text) and the extractors; `alone` when it is the only
 * file the process reads, whose patterns are then compiled for one text (regexpTuning.ts).
 */
export function extractFile(file: string, opts: ExtractOptions, alone = false): ExtractRecord {
  const bytes = readFileSync(file);
  const extract = alone
    ? (article: Article) => withRegExpsTunedFor(article.text.length, () => extractionsOf(article))
    : extractionsOf;
  let reading: PageReading;
  if (opts.text) {
    const article = articleFromText(bytes.toString('utf8'), opts);
    reading = { article, extractions: extract(article) };
  } else {
    reading = readPage({ bytes, url: opts.url ?? null, fetchedAt: null, published: opts.published }, extract);
  }
  const extractions = opts.explain ? reading.extractions : withoutExplanations(reading.extractions);
  return { input: file, ...reading.article, ...extractions };
}

/** What reading one file gave: its record as a line of JSON (and whether it holds no text), or why it failed. */
export type FileOutcome = { json: string; noText: boolean } | { error: string };

/** One file's outcome: the same in this thread and in a worker thread (extractWorker.ts); `alone` as extractFile's. */
export function outcomeOf(file: string, opts: ExtractOptions, alone = false): FileOutcome {
  try {
    const record = extractFile(file, opts, alone);
    return { json: JSON.stringify(record), noText: !record.text.trim() };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0] };
  }
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
