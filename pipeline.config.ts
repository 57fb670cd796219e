/** The default pipeline config: which sources to ingest, into which database, with which settings. */
import { defineConfig } from './src/config/schema.js';

// The default job: ingest the bundled fixture pages (no network needed) into data/newsfacts.sqlite.
export default defineConfig({
  db: 'data/newsfacts.sqlite',
  sources: [{ location: 'fixtures/pages', name: 'bundled fixtures' }],
  fetch: {
    userAgent: 'newsfacts/0.1 (+https://github.com/newsfacts/newsfacts)',
    perHostConcurrency: 2,
    minDelayMs: 1000,
  },
  subjects: [
    {
      name: 'United Nations Convention against Cybercrime',
      aliases: [
        'UN Convention against Cybercrime',
        'United Nations Treaty on Cybercrime',
        'UN cybercrime convention',
        'Global Cybercrime Treaty',
        'first-ever global convention to prevent and combat cybercrime',
      ],
    },
  ],
  reconcile: {
    // Primary sources (the depositary, the UN) outweigh aggregators and reposts.
    trust: { 'un.org': 3, 'unodc.org': 3, 'treaties.un.org': 4 },
    defaultTrust: 1,
  },
});
