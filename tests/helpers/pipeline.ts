/** One whole pipeline run into a scratch SQLite file, for tests that check the facts it reaches. */
import type { PipelineConfig } from '../../src/config/schema.js';
import { silentLogger } from '../../src/log.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { Fact } from '../../src/reconcile/types.js';
import { openStore } from '../../src/store/index.js';

export async function factsAfterRun(config: PipelineConfig): Promise<Fact[]> {
  const store = openStore(config.db);
  try {
    await runPipeline({ config, store, log: silentLogger, progress: { start() {}, tick() {}, stop() {} } });
    return store.facts();
  } finally {
    store.close();
  }
}
