/** `newsfacts serve`: the live pages on loopback until the operator stops it. */
import { userInfo } from 'node:os';
import { startLiveServer } from '../serve/server.js';
import { openStore } from '../store/index.js';
import { resolveConfig } from './context.js';
import { CommandError } from './errors.js';

export interface ServeCommandOptions {
  config?: string;
  db?: string;
  port: string;
  /** Set only by the flag that names the risk: the pages and forms have no login. */
  exposeUnauthenticatedOn?: string;
}

const LOOPBACK = '127.0.0.1';

export async function serveAction(opts: ServeCommandOptions): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CommandError(`serve: '${opts.port}' is not a port number`);
  const config = await resolveConfig(opts);
  const store = openStore(config.db);
  const host = opts.exposeUnauthenticatedOn ?? LOOPBACK;
  const server = await startLiveServer({
    store,
    settings: config.reconcile,
    host,
    port,
    user: userInfo().username,
  }).catch((err: NodeJS.ErrnoException) => {
    store.close();
    throw new CommandError(`serve: cannot listen on ${host}:${port} (${err.code ?? err.message})`);
  });
  if (host !== LOOPBACK)
    process.stderr.write(
      `newsfacts: serve: listening on ${host}: anyone who reaches it can read the facts and record decisions\n`,
    );
  process.stdout.write(`serving ${server.url}/ from ${config.db} (Ctrl-C to stop)\n`);
  const stop = () => {
    server
      .close()
      .finally(() => store.close())
      .catch((error: unknown) => {
        process.exitCode = 1;
        process.stderr.write(`newsfacts: serve: ${String(error)}\n`);
      });
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
}
