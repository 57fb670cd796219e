/** `newsfacts serve` as users start it: a child process of the real CLI, on a free loopback port. */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { bin, root } from './store.js';

export interface Served {
  url: string;
  stop(): Promise<void>;
}

export async function serve(db: string): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving (http:\/\/\S+?)\/ /.exec(output);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** What a decision or review changes in the store, without the times at which it was made. */
export function storeState(db: string): Record<string, unknown[]> {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = (sql: string) => conn.prepare(sql).all();
    return {
      decisions: rows(
        `SELECT id, conflict_id, value_json, note, decided_by, seen_claim_ids_json, as_of FROM decisions ORDER BY id`,
      ),
      reviews: rows(`SELECT id, claim_id, action, note, reviewed_by FROM claim_reviews ORDER BY id`),
      conflicts: rows(
        `SELECT id, subject, property, key, status, explanation, alternatives_json, claim_ids_json
         FROM conflicts ORDER BY id`,
      ),
      facts:
        rows(`SELECT subject, property, key, value_json, as_of, status, explanation, conflict_id, fact_json FROM facts
                   ORDER BY subject, property, key`),
      factClaims: rows(`SELECT * FROM fact_claims ORDER BY subject, property, key, claim_id, role`),
      claims: rows(`SELECT count(*) AS n FROM claims`),
    };
  } finally {
    conn.close();
  }
}
