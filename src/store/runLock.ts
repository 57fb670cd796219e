/** The run lock that keeps two runs from writing one store at once. */
import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { RunInProgressError } from './api.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface RunningRow {
  id: number;
  pid: number;
  host: string;
  started_at: string;
}

/**
 * Takes the run lock: refuses while another live process holds a run; a run whose process died is
 * marked aborted (what it committed stays) and the new run goes ahead.
 */
export function beginRun(db: Database.Database, path: string): number {
  const now = new Date().toISOString();
  const host = hostname();
  return db
    .transaction(() => {
      const running = db
        .prepare(`SELECT id, pid, host, started_at FROM runs WHERE status = 'running'`)
        .all() as RunningRow[];
      for (const r of running) {
        // A pid only means something on the machine that wrote it; elsewhere assume the run is alive.
        if (r.host === host && !isAlive(r.pid)) {
          db.prepare(`UPDATE runs SET status = 'aborted', finished_at = ? WHERE id = ?`).run(now, r.id);
        } else {
          throw new RunInProgressError(
            `${path}: run ${r.id} is already in progress (pid ${r.pid} on ${r.host}, started ${r.started_at})`,
          );
        }
      }
      const info = db
        .prepare(`INSERT INTO runs (started_at, pid, host, status) VALUES (?, ?, ?, 'running')`)
        .run(now, process.pid, host);
      return Number(info.lastInsertRowid);
    })
    .immediate();
}
