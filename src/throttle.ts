// When PingOne rate-limits one call, the whole client slows down, as octokit's throttling
// plugin does, instead of every call finding the limit on its own: a 429's Retry-After pauses
// every call of the client, and the pace reached just before the 429 becomes the pace after
// it. A cap on requests in flight keeps the first burst from overshooting far.
import type { Clock } from "./request.ts";

/** How one client shares PingOne's request budget among its calls. */
export interface ThrottleOptions {
  /** Requests in flight at once, per client. Default 10. */
  maxConcurrent?: number;
}

const WINDOW_MS = 1_000;
// A learned pace is dropped after this long without another 429.
const FORGET_AFTER_MS = 60_000;

export class Throttle {
  private pausedUntil = 0;
  /** Spacing between request starts learned from the last 429; 0 when not pacing. */
  private intervalMs = 0;
  private nextStart = 0;
  private limitedAt = 0;
  /** Successful responses in the current one-second window, and in the window before it. */
  private windowStart = 0;
  private successes = 0;
  private previousSuccesses = 0;
  private inFlight = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly maxConcurrent: number,
  ) {}

  /**
   * Waits for a free slot, the end of a pause and the learned pace, then returns the function
   * that frees the slot; without a wait, at once. Rejects with the signal's reason when it
   * aborts first.
   */
  acquire(signal: AbortSignal | undefined): (() => void) | Promise<() => void> {
    if (this.inFlight < this.maxConcurrent && this.intervalMs === 0 && this.clock.now() >= this.pausedUntil) {
      this.inFlight++;
      return this.release;
    }
    return this.wait(signal);
  }

  /** Frees one slot. Called exactly once per slot: by the request path, or by `wait` when it fails. */
  private readonly release = (): void => {
    const next = this.queue.shift();
    if (next) next();
    else this.inFlight--;
  };

  private async wait(signal: AbortSignal | undefined): Promise<() => void> {
    // A freed slot passes straight to the next waiter, so no newcomer can slip in between.
    if (this.inFlight < this.maxConcurrent) this.inFlight++;
    else await this.queued(signal);
    try {
      for (let now = this.clock.now(); now < this.pausedUntil; now = this.clock.now())
        await this.clock.sleep(this.pausedUntil - now, signal);
      if (this.intervalMs > 0) {
        const now = this.clock.now();
        if (now - this.limitedAt > FORGET_AFTER_MS) this.intervalMs = 0;
        const start = Math.max(now, this.nextStart);
        this.nextStart = start + this.intervalMs;
        if (start > now) await this.clock.sleep(start - now, signal);
      }
      return this.release;
    } catch (error) {
      this.release();
      throw error;
    }
  }

  /** Learns from one response: a 429 pauses the client for `retryAfterMs` and sets the pace. */
  observe(status: number, retryAfterMs: number | undefined): void {
    const now = this.clock.now();
    const elapsed = now - this.windowStart;
    if (elapsed >= WINDOW_MS) {
      this.previousSuccesses = elapsed < 2 * WINDOW_MS ? this.successes : 0;
      this.successes = 0;
      this.windowStart = elapsed < 2 * WINDOW_MS ? this.windowStart + WINDOW_MS : now;
    }
    if (status !== 429) {
      if (status < 400) this.successes++;
      return;
    }
    // Successes in the last second: this window's, and the part of the previous window's
    // that the last second still covers. Counters, not a list of timestamps, so the memory
    // stays the same however fast responses arrive.
    const covered = 1 - (now - this.windowStart) / WINDOW_MS;
    const recent = this.successes + this.previousSuccesses * covered;
    this.pausedUntil = Math.max(this.pausedUntil, now + (retryAfterMs ?? WINDOW_MS));
    this.intervalMs = WINDOW_MS / Math.max(1, recent);
    this.nextStart = this.pausedUntil;
    this.limitedAt = now;
  }

  private queued(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.queue.splice(this.queue.indexOf(wake), 1);
        reject(signal!.reason);
      };
      const wake = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      };
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(wake);
    });
  }
}
