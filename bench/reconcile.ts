/** Reconcile benchmark: time to re-reconcile subjects when new claims arrive in a large store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimDraft } from '../src/claims/types.js';
import type { ReconcileSettings } from '../src/reconcile/types.js';
import type { Store } from '../src/store/api.js';
import { openStore } from '../src/store/index.js';
import { recordSyntheticFetch } from './storedArticle.js';

const SUBJECTS = 10_000;
const ARTICLES_PER_SUBJECT = 10;
const CLAIMS_PER_ARTICLE = 10;
const NEW_CLAIMS = 100;
const GOAL_FULL_S = 60;
const GOAL_INCREMENTAL_S = 1;

const settings: ReconcileSettings = {
  trust: { 'un.org': 3 },
  defaultTrust: 1,
  cumulative: ['signatory_count', 'ratification_count'],
  dates: ['adoption_date', 'signing_opened'],
};

const COUNTRIES = [
  'FR',
  'DE',
  'VN',
  'AU',
  'BR',
  'CA',
  'US',
  'JP',
  'MV',
  'ZA',
  'EG',
  'IN',
  'CN',
  'RU',
  'GB',
  'ES',
  'IT',
  'PL',
  'SE',
  'NO',
];

/** One synthetic article about a subject: a count that grows over the days, dates, a rule, statuses. */
function syntheticArticle(subject: number, article: number): { text: string; claims: ClaimDraft[] } {
  const day = String(1 + article).padStart(2, '0');
  const text =
    `Treaty ${subject} news ${article}. The treaty was signed by ${40 + article * 3} states as of 2025-10-${day}. ` +
    `It was adopted in December 2024. It enters into force 90 days after ratification by 40 states. ` +
    `More than 60 countries attended. Officials said ${COUNTRIES[article]} signed today.`;
  const span = (needle: string): { evidenceStart: number; evidenceEnd: number } => {
    const start = text.indexOf(needle);
    return { evidenceStart: start, evidenceEnd: start + needle.length };
  };
  const base = {
    subject: `Treaty ${subject}`,
    key: null,
    qualifiers: {},
    asOf: null,
    extractor: 'bench',
    extractorVersion: '1',
    confidence: 0.9,
  };
  const claims: ClaimDraft[] = [
    { ...base, property: 'signatory_count', value: 40 + article * 3, asOf: `2025-10-${day}`, ...span('signed by') },
    { ...base, property: 'adoption_date', value: article % 3 ? '2024-12' : '2024-12-24', ...span('adopted') },
    {
      ...base,
      property: 'entry_into_force_rule',
      value: { delay_days: 90, threshold: 40, instrument: article === 7 ? 'signature' : 'ratification' },
      ...span('enters'),
    },
    {
      ...base,
      property: 'attending_countries',
      value: 60,
      qualifiers: { qualifier: 'more_than' },
      ...span('More than'),
    },
    { ...base, property: 'signing_opened', value: '2025-10-01', qualifiers: { place: 'Hanoi, VN' }, ...span('Treaty') },
  ];
  for (let k = 0; claims.length < CLAIMS_PER_ARTICLE; k++) {
    const code = COUNTRIES[(article + k * 7) % COUNTRIES.length];
    claims.push({
      ...base,
      property: 'country_status',
      key: code,
      value: k % 4 ? 'signed' : 'not_signed',
      asOf: `2025-10-${day}`,
      ...span('Officials'),
    });
  }
  return { text, claims };
}

function load(
  store: Store,
  subjects: number[],
  articles: number[],
  run: number,
  sourceId: number,
  tag: string,
): number {
  let claims = 0;
  store.transaction(() => {
    for (const s of subjects) {
      for (const a of articles) {
        const { text, claims: drafts } = syntheticArticle(s, a);
        const url = `https://site${a}.example/${tag}/${s}`;
        const fetchId = recordSyntheticFetch(store, run, sourceId, url, '2025-10-29T00:00:00Z');
        const article = {
          url,
          title: null,
          byline: null,
          published: `2025-10-${String(1 + a).padStart(2, '0')}`,
          modified: null,
          language: 'en',
          siteName: null,
          text,
        };
        const saved = store.saveArticle(fetchId, article, 'bench@1');
        claims += store.appendClaims(saved.articleId, run, drafts);
      }
    }
  });
  return claims;
}

const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;
/** CPU seconds this process spent since `u0`: on a machine other jobs load, it moves far less than the clock does. */
const cpuSeconds = (u0: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1e6;
};

/** 1,000,000 synthetic claims over 10,000 subjects: full reconcile, then an incremental one after 100 new claims. */
export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
  const store = openStore(join(dir, 'bench.sqlite'));
  try {
    const run = store.beginRun();
    const sourceId = store.upsertSource('bench', 'page');
    const articles = Array.from({ length: ARTICLES_PER_SUBJECT }, (_, i) => i);
    let t0 = process.hrtime.bigint();
    let stored = 0;
    for (let s = 0; s < SUBJECTS; s += 500) {
      stored += load(
        store,
        Array.from({ length: 500 }, (_, i) => s + i),
        articles,
        run,
        sourceId,
        'first',
      );
    }
    console.log(
      `stored ${stored.toLocaleString('en')} claims over ${SUBJECTS.toLocaleString('en')} subjects in ${seconds(t0).toFixed(1)} s`,
    );

    t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const full = store.reconcile(settings);
    const fullS = seconds(t0);
    console.log(
      `full reconcile: ${fullS.toFixed(1)} s (${cpuSeconds(cpu0).toFixed(1)} s CPU; goal < ${GOAL_FULL_S} s), ${full.subjectsReconciled} subjects, ${full.factsChanged.toLocaleString('en')} facts, ${full.conflictsOpen.toLocaleString('en')} conflicts open`,
    );

    // A later report on ten subjects: a grown count and new statuses.
    const fresh = load(
      store,
      Array.from({ length: NEW_CLAIMS / CLAIMS_PER_ARTICLE }, (_, i) => i * 997),
      [ARTICLES_PER_SUBJECT],
      run,
      sourceId,
      'later',
    );
    t0 = process.hrtime.bigint();
    const inc = store.reconcile(settings);
    const incS = seconds(t0);
    console.log(
      `incremental reconcile after ${fresh} new claims: ${(incS * 1000).toFixed(0)} ms (goal < ${GOAL_INCREMENTAL_S * 1000} ms), ${inc.subjectsReconciled} subjects recomputed, ${inc.factsChanged} facts changed`,
    );
    console.log(fullS < GOAL_FULL_S && incS < GOAL_INCREMENTAL_S ? 'reconcile goals met' : 'reconcile goals MISSED');
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
