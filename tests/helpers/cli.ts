/** The built CLI as a child process that tests can signal, with its output and exit status. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/src/cli/main.cjs');

export interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Who the child runs as: another user, for tests of file permissions (only root may ask). */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Starts `newsfacts ARGS` in `cwd`; `exited` resolves when it ends. */
export function startCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  as?: RunAs,
): { child: ChildProcess; exited: Promise<Exit> } {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...as,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<Exit>((done) => child.on('close', (code) => done({ code, stdout, stderr })));
  return { child, exited };
}

export const runCli = (args: string[], cwd: string, env?: NodeJS.ProcessEnv, as?: RunAs): Promise<Exit> =>
  startCli(args, cwd, env, as).exited;

/** Resolves once `ready()` holds, checking every 10 ms. */
export async function until(ready: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!ready()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
