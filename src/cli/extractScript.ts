/** What the build bundles as the `extract` script (script.ts): the command, the workers' loop, and `extract`'s CLI. */
import { extractCommand } from './extract.js';
import { addExtractCommand } from './extractOptions.js';
import { rootCommand } from './rootCommand.js';

export { extractCommand } from './extract.js';
// The worker threads' loop: a worker finds it here, in the bundled script with its code cache (extractWorker.ts).
export { readClaimedFiles } from './extractPool.js';

/**
 * `newsfacts extract …` parsed by a program that holds `extract` alone (main.ts sends it here): the same root
 * command and the same declaration as the full program's, so its options, help and errors are the full program's.
 */
export async function extractCli(argv: readonly string[]): Promise<void> {
  const program = rootCommand();
  addExtractCommand(program, () => Promise.resolve(extractCommand));
  await program.parseAsync(argv);
}
