/** The analyst's claim-level commands: `reject` and `accept` one claim, with what it changed. */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { PipelineConfig } from '../config/schema.js';
import type { Fact } from '../reconcile/types.js';
import type { ClaimReviewOutcome, Store, StoredClaim } from '../store/api.js';

/** What program.ts lends a command module: the shared store options, error handling and store lifetime. */
export interface CommandKit {
  storeCommand(name: string, description: string): Command;
  guarded(action: () => Promise<void> | void): Promise<void>;
  withStore<T>(opts: { config?: string; db?: string }, use: (store: Store, config: PipelineConfig) => T): Promise<T>;
  fail(message: string): never;
  /** A subject named by its name or a configured alias, in any case, as facts are filed. */
  canonicalSubject(asked: string, subjects: PipelineConfig['subjects']): string;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** One line per fact the review changed: its value and status before and after. */
function reviewReport(action: string, o: ClaimReviewOutcome): string {
  const c = o.claim;
  const what = `${c.property}${c.key ? ` (${c.key})` : ''} ${show(c.value)}${c.url ? ` from ${c.url}` : ''}`;
  const head = o.changed ? `claim #${c.id} ${action}: ${what}` : `claim #${c.id} was already ${action}: ${what}`;
  const state = (f: ClaimReviewOutcome['facts'][number]['before']) => (f ? `${show(f.value)} ${f.status}` : 'none');
  const lines = o.facts.map(
    (f) => `  ${f.property}${f.key ? ` (${f.key})` : ''}: ${state(f.before)} → ${state(f.after)}`,
  );
  return [head, ...(lines.length ? lines : ['  no fact changed'])].join('\n');
}

/** Facts with the claims that no longer count for them (rejected, superseded), as `facts --all` shows them. */
export function withSetAside(store: Store, facts: Fact[]): (Fact & { set_aside: StoredClaim[] })[] {
  return facts.map((f) => ({ ...f, set_aside: store.claimsOf(f).filter((c) => c.status !== 'active') }));
}

/** The reports facts set aside as outliers, each with the commands that settle it, for the conflicts page. */
export function outliersReport(facts: Fact[]): string {
  const lines = facts.flatMap((f) =>
    (f.outliers ?? []).flatMap((o) =>
      o.sources.map(
        (s) =>
          `  claim #${s.claim}: ${f.property}${f.key ? ` (${f.key})` : ''} ${show(o.value)}: ${o.reason}\n` +
          `    reject: newsfacts reject ${s.claim} --note "<why>"   count it: newsfacts accept ${s.claim}`,
      ),
    ),
  );
  return lines.length ? `\n\noutliers set aside for review (not counted, no conflict):\n${lines.join('\n')}` : '';
}

function claimId(text: string, kit: CommandKit, command: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) kit.fail(`${command}: '${text}' is not a claim id`);
  return id;
}

interface ReviewOptions {
  note: string;
  by: string;
  config?: string;
  db?: string;
  json?: boolean;
}

/** One review command: `reject` needs a note, `accept` takes one if given. */
function reviewCommand(kit: CommandKit, action: 'reject' | 'accept', description: string, note: string): void {
  const command = kit
    .storeCommand(action, description)
    .argument('<claim>', 'claim id (as facts and conflicts show them)')
    .option('--by <name>', `who ${action}s`, userInfo().username)
    .option('--json', 'print the claim and the facts that changed as JSON');
  if (action === 'reject') command.requiredOption('--note <text>', note);
  else command.option('--note <text>', note, '');
  command.action((id: string, opts: ReviewOptions) =>
    kit.guarded(() =>
      kit.withStore(opts, (store, config) => {
        const input = { note: opts.note, by: opts.by };
        const claim = claimId(id, kit, action);
        const outcome =
          action === 'reject'
            ? store.rejectClaim(claim, input, config.reconcile)
            : store.acceptClaim(claim, input, config.reconcile);
        const done = action === 'reject' ? 'rejected' : 'accepted';
        process.stdout.write(opts.json ? `${JSON.stringify(outcome)}\n` : `${reviewReport(done, outcome)}\n`);
      }),
    ),
  );
}

export function addReviewCommands(kit: CommandKit): void {
  reviewCommand(
    kit,
    'reject',
    'stop one claim counting (it stays in the log, marked); its facts are recomputed',
    'why the claim is wrong: kept with the rejection',
  );
  reviewCommand(
    kit,
    'accept',
    'withdraw a rejection; on a claim not rejected, confirm it (it then counts even as an outlier)',
    'why the claim is right',
  );
}
