/** A fact store whose articles carry markup and script URLs everywhere a web page can put them, for the XSS suite. */
import { join } from 'node:path';
import type { ClaimDraft } from '../../src/claims/types.js';
import { emptyTally, summarize } from '../../src/pipeline/summary.js';
import { openStore } from '../../src/store/index.js';
import { storeSyntheticArticle } from '../../bench/storedArticle.js';
import { scratch } from './store.js';

/** Every payload logs this marker (and opens a dialog) if it ever runs. */
export const MARKER = 'XSS-FIRED';

export const PAYLOADS = {
  script: `<script>console.log('${MARKER}');alert(1)</script>`,
  img: `<img src=x onerror="console.log('${MARKER}');alert(2)">`,
  svg: `"><svg onload="console.log('${MARKER}');alert(3)">`,
  javascriptUrl: `javascript:console.log('${MARKER}');alert(4)//`,
  dataUrl: `data:text/html,<script>console.log('${MARKER}');alert(5)</script>`,
};

export const HOSTILE_SUBJECT = `Treaty ${PAYLOADS.svg}`;

interface HostileArticle {
  url: string;
  title: string;
  siteName: string;
  text: string;
  claims: (span: (needle: string) => { evidenceStart: number; evidenceEnd: number }) => Partial<ClaimDraft>[];
}

const rule = (instrument: string) => ({ delay_days: 90, threshold: 40, instrument });

const ARTICLES: HostileArticle[] = [
  {
    url: PAYLOADS.javascriptUrl,
    title: PAYLOADS.svg,
    siteName: PAYLOADS.script,
    text:
      `Minister ${PAYLOADS.script} said 10 states signed. ` +
      `It enters into force after 40 ratifications ${PAYLOADS.img}.`,
    claims: (span) => [
      { property: 'signatory_count', value: 10, asOf: '2025-01-10', ...span('Minister') },
      { property: 'entry_into_force_rule', value: rule('ratification'), ...span('It enters') },
      { property: 'country_status', key: 'FR', value: 'signed', asOf: '2025-01-10', ...span('Minister') },
    ],
  },
  {
    url: PAYLOADS.dataUrl,
    title: PAYLOADS.img,
    siteName: PAYLOADS.svg,
    text: `Speaker ${PAYLOADS.svg} said 20 states signed. It enters into force after 40 signatures ${PAYLOADS.script}.`,
    claims: (span) => [
      { property: 'signatory_count', value: 20, asOf: '2025-02-10', ...span('Speaker') },
      { property: 'entry_into_force_rule', value: rule('signature'), ...span('It enters') },
      { property: 'country_status', key: 'DE', value: PAYLOADS.img, asOf: '2025-02-10', ...span('Speaker') },
    ],
  },
  {
    url: `https://outlet.example/story?q="><svg onload=alert(6)>&x=<script>`,
    title: `${PAYLOADS.script} headline`,
    siteName: `Outlet ${PAYLOADS.img}`,
    text: `An official said 20 states signed, ${PAYLOADS.img} according to ${PAYLOADS.javascriptUrl}.`,
    claims: (span) => [{ property: 'signatory_count', value: 20, asOf: '2025-02-10', ...span('An official') }],
  },
];

export const SETTINGS = {
  trust: {},
  defaultTrust: 1,
  cumulative: ['signatory_count', 'ratification_count'],
  dates: ['adoption_date'],
};

export function hostileStore(): string {
  const db = join(scratch(), 'hostile.sqlite');
  const store = openStore(db);
  try {
    const run = store.beginRun();
    const sourceId = store.upsertSource('hostile pages', 'page');
    for (const a of ARTICLES) {
      const span = (needle: string) => {
        const start = a.text.indexOf(needle);
        return { evidenceStart: start, evidenceEnd: start + needle.length };
      };
      const base = { subject: HOSTILE_SUBJECT, key: null, qualifiers: {}, asOf: null, confidence: 0.9 };
      const drafts = a
        .claims(span)
        .map((c) => ({ ...base, extractor: 'test', extractorVersion: '1', ...c }) as ClaimDraft);
      const article = { url: a.url, title: a.title, siteName: a.siteName, published: '2025-02-11', text: a.text };
      storeSyntheticArticle(store, run, sourceId, article, drafts);
    }
    store.reconcile(SETTINGS, { all: true });
    store.finishRun(
      run,
      summarize(run, new Date(), 'finished', { ...emptyTally(), fetched: 3, articles_new: 3, claims_new: 7 }),
    );
  } finally {
    store.close();
  }
  return db;
}
