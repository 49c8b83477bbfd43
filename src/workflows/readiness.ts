// PingOne is eventually consistent: for a short while after an environment is created,
// requests inside it can answer 403 or 404. Wait for it with a bounded, backing-off poll.
import type { PingOneClient } from "../client.ts";
import { PingOneError } from "../errors.ts";
import { systemClock, type Clock } from "../request.ts";

/** Bounds of {@link waitForEnvironmentReady}. */
export interface ReadinessOptions {
  /** Give up after this long. Default 60 s. */
  timeoutMs?: number;
  /** First pause between polls; doubles up to `maxDelayMs`. Default 500 ms. */
  initialDelayMs?: number;
  /** Longest pause between polls. Default 5 s. */
  maxDelayMs?: number;
  clock?: Clock;
  /** Stops the wait (and any request in flight) when it fires. */
  signal?: AbortSignal;
}

/** The environment still answered 403/404 when the wait ran out. */
export class EnvironmentNotReadyError extends PingOneError {
  static {
    this.prototype.name = "EnvironmentNotReadyError";
  }
  constructor(
    readonly environmentId: string,
    readonly waitedMs: number,
    readonly lastStatus: number,
  ) {
    super(`Environment ${environmentId} was still not ready after ${waitedMs} ms (last answer: HTTP ${lastStatus}).`);
  }
}

/**
 * Resolves once a read inside the environment succeeds. 403 and 404 mean "not yet";
 * any other error is real and thrown at once.
 */
export async function waitForEnvironmentReady(
  client: PingOneClient,
  environmentId: string,
  options: ReadinessOptions = {},
): Promise<void> {
  const { timeoutMs = 60_000, initialDelayMs = 500, maxDelayMs = 5_000, clock = systemClock, signal } = options;
  const started = clock.now();
  for (let delay = initialDelayMs; ; delay = Math.min(delay * 2, maxDelayMs)) {
    const { error } = await client.GET("/environments/{environmentID}/populations", {
      params: { path: { environmentID: environmentId }, query: { limit: 1 } },
      signal,
    });
    if (!error) return;
    if (error.status !== 403 && error.status !== 404) throw error;
    const waited = clock.now() - started;
    if (waited + delay > timeoutMs) throw new EnvironmentNotReadyError(environmentId, waited, error.status);
    await clock.sleep(delay, signal);
  }
}
