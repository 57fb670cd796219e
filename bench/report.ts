/** The analyst's report over 10,000 facts on 100 subjects: read from the store and written as a static site. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import type { ClaimDraft } from '../src/claims/types.js';
import type { ReconcileSettings } from '../src/reconcile/types.js';
import { readReport } from '../src/report/model.js';
import { writeReport } from '../src/report/write.js';
import { openStore } from '../src/store/index.js';
import { storeSyntheticArticle } from './storedArticle.js';

const SUBJECTS = 100;
const FACTS_PER_SUBJECT = 100;
const ARTICLES_PER_SUBJECT = 8;
const GOAL_S = 10;

const settings: ReconcileSettings = {
  trust: {},
  defaultTrust: 1,
  cumulative: ['signatory_count', 'ratification_count'],
  dates: ['adoption_date'],
};

/** 96 country statuses and four treaty-wide facts make each subject's hundred facts. */
const CODES = Object.keys(countries.getAlpha2Codes())
  .sort()
  .slice(0, FACTS_PER_SUBJECT - 4);

/** One article about a subject: counts that grow from article to article, a rule, and twelve country statuses. */
function syntheticClaims(subject: number, article: number): { text: string; claims: ClaimDraft[] } {
  const day = String(1 + article * 3).padStart(2, '0');
  const text =
    `Treaty ${subject} report ${article}. Signed by ${30 + article * 5} states and ratified by ${article * 2} ` +
    `as of 2025-03-${day}. It was adopted on 2024-12-24 and enters into force after 40 ratifications. ` +
    `Among the signatories named today are several states.`;
  const span = (needle: string) => ({
    evidenceStart: text.indexOf(needle),
    evidenceEnd: text.indexOf(needle) + needle.length,
  });
  const base = {
    subject: `Treaty ${subject}`,
    key: null,
    qualifiers: {},
    asOf: `2025-03-${day}`,
    extractor: 'bench',
    extractorVersion: '1',
    confidence: 0.9,
  };
  const perArticle = Math.ceil(CODES.length / ARTICLES_PER_SUBJECT);
  return {
    text,
    claims: [
      { ...base, property: 'signatory_count', value: 30 + article * 5, ...span('Signed by') },
      { ...base, property: 'ratification_count', value: article * 2, ...span('ratified by') },
      { ...base, property: 'adoption_date', value: '2024-12-24', asOf: null, ...span('adopted') },
      {
        ...base,
        property: 'entry_into_force_rule',
        value: { threshold: 40, instrument: 'ratification' },
        ...span('enters'),
      },
      ...CODES.slice(article * perArticle, (article + 1) * perArticle).map((code, k) => ({
        ...base,
        property: 'country_status',
        key: code,
        value: k % 5 ? 'signed' : 'not_signed',
        ...span('Among'),
      })),
    ],
  };
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-report-'));
  const store = openStore(join(dir, 'bench.sqlite'));
  try {
    const run = store.beginRun();
    const sourceId = store.upsertSource('bench', 'page');
    store.transaction(() => {
      for (let s = 0; s < SUBJECTS; s++) {
        for (let a = 0; a < ARTICLES_PER_SUBJECT; a++) {
          const url = `https://outlet${a}.example/treaty-${s}`;
          const { text, claims } = syntheticClaims(s, a);
          const title = `Treaty ${s}, report ${a}`;
          const article = { url, title, siteName: `Outlet ${a}`, published: '2025-03-30', text };
          storeSyntheticArticle(store, run, sourceId, article, claims);
        }
      }
    });
    store.reconcile(settings, { all: true });
    const facts = store.facts().length;

    const out = join(dir, 'site');
    const t0 = process.hrtime.bigint();
    const model = readReport(store, settings.cumulative);
    const readS = seconds(t0);
    const summary = writeReport(model, out);
    const totalS = seconds(t0);
    const mb = folderBytes(out) / 1e6;
    console.log(
      `report of ${facts.toLocaleString('en')} facts over ${summary.subjects} subjects: ${summary.pages} pages, ` +
        `${mb.toFixed(1)} MB in ${totalS.toFixed(2)} s (store read ${readS.toFixed(2)} s; goal < ${GOAL_S} s)`,
    );
    console.log(totalS < GOAL_S ? 'report goal met' : 'report goal MISSED');
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
