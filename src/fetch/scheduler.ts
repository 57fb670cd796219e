/** Politeness per host: how many requests at once and how far apart. */

/** Lets one request go; call it when the response is read (or failed), to free the slot. */
export type Release = () => void;

interface HostState {
  active: number;
  /** Earliest time the next request to this host may start. */
  nextStartAt: number;
  delayMs: number;
  waiting: ((release: Release) => void)[];
}

export interface SchedulerLimits {
  perHostConcurrency: number;
  globalConcurrency: number;
  minDelayMs: number;
}

/**
 * Hands out request slots under three limits at once: requests in flight per host, the gap between two request
 * starts to one host, and requests in flight overall. One scheduler decides all three, because chaining two queues
 * either holds a global slot while a host's delay runs out (starving other hosts) or lets the global wait push two
 * starts to one host closer together than the delay allows.
 */
export class PoliteScheduler {
  private readonly hosts = new Map<string, HostState>();
  /** Hosts with someone waiting, so a release looks at those only, not at every host ever seen. */
  private readonly pending = new Set<HostState>();
  private active = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(private readonly limits: SchedulerLimits) {}

  /**
   * Waits for a slot for `host`; the returned function frees it. When `signal` aborts first, the wait ends with
   * the signal's reason and the place in line is given up, so a stopped run starts no request.
   */
  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const state = this.host(host);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const at = state.waiting.indexOf(granted);
        if (at >= 0) state.waiting.splice(at, 1);
        if (!state.waiting.length) this.pending.delete(state);
        reject(abortError(signal));
      };
      const granted = (release: Release) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(release);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiting.push(granted);
      this.pending.add(state);
      this.pump();
    });
  }

  /** Raises the gap between request starts to `host` (robots.txt Crawl-delay, a 429); never lowers it. */
  raiseDelay(host: string, delayMs: number): void {
    const state = this.host(host);
    state.delayMs = Math.max(state.delayMs, delayMs);
  }

  /** No request to `host` starts before `until` (a Retry-After the server asked for). */
  holdUntil(host: string, until: number): void {
    const state = this.host(host);
    state.nextStartAt = Math.max(state.nextStartAt, until);
  }

  delayOf(host: string): number {
    return this.host(host).delayMs;
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private host(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) {
      state = { active: 0, nextStartAt: 0, delayMs: this.limits.minDelayMs, waiting: [] };
      this.hosts.set(key, state);
    }
    return state;
  }

  /** Grants every slot the limits allow now, hosts in turn; sets a timer for the next start a delay holds back. */
  private pump(): void {
    let wakeAt = Infinity;
    let granted = true;
    while (granted && this.active < this.limits.globalConcurrency) {
      granted = false;
      const now = Date.now();
      for (const state of this.pending) {
        if (this.active >= this.limits.globalConcurrency) break;
        if (state.active >= this.limits.perHostConcurrency) continue;
        if (state.nextStartAt > now) {
          wakeAt = Math.min(wakeAt, state.nextStartAt);
          continue;
        }
        this.grant(state, now);
        granted = true;
      }
    }
    this.wakeAt(wakeAt);
  }

  private grant(state: HostState, now: number): void {
    state.active++;
    this.active++;
    state.nextStartAt = now + state.delayMs;
    const resolve = state.waiting.shift()!;
    // Served hosts go to the back of the line, so when the global cap is tight every host still gets its turn.
    this.pending.delete(state);
    if (state.waiting.length) this.pending.add(state);
    let released = false;
    resolve(() => {
      if (released) return;
      released = true;
      state.active--;
      this.active--;
      this.pump();
    });
  }

  private wakeAt(at: number): void {
    if (at === Infinity || (this.timer && this.timerAt <= at)) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(0, at - Date.now()),
    );
  }
}

/** Why a wait ended: the signal's reason, an Error unless a caller aborted with something else (then wrapped). */
function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new Error(`aborted: ${String(reason)}`);
}
