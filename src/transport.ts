// The fetch that openapi-fetch calls: it signs each request, gives every attempt its own
// timeout, retries what is safe to retry and refreshes a rejected token once. Retrying
// here rather than in middleware means each attempt starts from an untouched Request.
import type { TokenSource } from "./auth.ts";
import { AbortError, ConnectionError, TimeoutError } from "./errors.ts";
import { redactHeaders, type Logger } from "./events.ts";
import { isRetryable, parseRetryAfter, retryDelay, type AttemptOutcome, type RetryOptions } from "./retry.ts";

/** Time, made replaceable so tests can check delays without waiting for them. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** Settings a single call can override. */
export interface CallOptions {
  /** Retries after the first attempt for this call. */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds (0 disables). */
  timeout?: number;
  /**
   * Declares that repeating this call is safe even though its method is POST, so it is
   * retried like a GET. Use it only for calls that cannot create duplicates.
   */
  idempotent?: boolean;
}

export interface TransportConfig {
  fetch: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Signs requests; absent for the token request itself. */
  auth: TokenSource | undefined;
  retry: Required<RetryOptions>;
  timeoutMs: number;
  clock: Clock;
  random: () => number;
  logger: Logger | undefined;
}

const TIMED_OUT = Symbol("timeout");

/**
 * Keeps the last attempt's timeout and abort wiring alive after its headers arrive, until
 * whoever reads the body calls `release()`. Without it, a body that stalls half-way would
 * outlive both the timeout and the caller's signal.
 */
export class AttemptLease {
  /** The request of the last attempt, for naming it in errors raised while its body is read. */
  method = "";
  url = "";
  timeoutMs = 0;
  timedOut = false;
  private cleanup: (() => void) | undefined;

  hold(cleanup: () => void): void {
    this.release();
    this.cleanup = cleanup;
  }

  release(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }
}

export function createTransport(config: TransportConfig) {
  const { auth, clock, logger } = config;

  /** One attempt, bounded by the call's timeout and the caller's signal. */
  async function attempt(
    request: Request,
    timeoutMs: number,
    caller: AbortSignal,
    lease: AttemptLease,
  ): Promise<Response> {
    if (caller.aborted) throw new AbortError(request.method, request.url, { cause: caller.reason });
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller.reason);
    caller.addEventListener("abort", onAbort, { once: true });
    lease.timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            lease.timedOut = true;
            controller.abort(TIMED_OUT);
          }, timeoutMs)
        : undefined;
    const cleanup = () => {
      clearTimeout(timer);
      caller.removeEventListener("abort", onAbort);
    };
    try {
      const response = await config.fetch(request, { signal: controller.signal });
      lease.hold(cleanup);
      return response;
    } catch (error) {
      cleanup();
      if (caller.aborted) throw new AbortError(request.method, request.url, { cause: caller.reason });
      if (lease.timedOut) throw new TimeoutError(request.method, request.url, timeoutMs);
      throw new ConnectionError(request.method, request.url, { cause: error });
    }
  }

  /**
   * Sends a request with retries. The response's body is still covered by the timeout and
   * the caller's signal until `lease.release()`; the caller must release it once read.
   */
  async function send(request: Request, call: CallOptions, lease: AttemptLease): Promise<Response> {
    const { method, url } = request;
    const maxRetries = call.maxRetries ?? config.retry.maxRetries;
    const timeoutMs = call.timeout ?? config.timeoutMs;
    const caller = request.signal;
    Object.assign(lease, { method, url, timeoutMs });
    let token = await auth?.token();
    if (token !== undefined) request.headers.set("authorization", `Bearer ${token}`);
    let refreshed = false;

    for (let attemptNo = 1, retries = 0; ; attemptNo++) {
      // A body can be read once; keep the original intact while another attempt may follow.
      const anotherMayFollow = retries < maxRetries || !refreshed;
      const input = request.body !== null && anotherMayFollow ? request.clone() : request;
      logger?.({ type: "request", method, url, attempt: attemptNo, headers: redactHeaders(input.headers) });
      const started = clock.now();
      let outcome: AttemptOutcome;
      let response: Response | undefined;
      try {
        response = await attempt(input, timeoutMs, caller, lease);
        const correlationId = response.headers.get("correlation-id") ?? undefined;
        logger?.({
          type: "response",
          method,
          url,
          attempt: attemptNo,
          status: response.status,
          durationMs: clock.now() - started,
          correlationId,
        });
        if (response.ok) return response;
        outcome = { kind: "status", status: response.status };
      } catch (error) {
        if (error instanceof AbortError) throw error;
        outcome =
          error instanceof TimeoutError ? { kind: "timeout" } : { kind: "network", error: (error as Error).cause };
        if (retries >= maxRetries || !isRetryable(method, outcome, call.idempotent)) throw error;
      }

      if (response?.status === 401 && auth && token !== undefined && !refreshed && auth.rejected(token)) {
        // A token can expire or be revoked between our check and PingOne's; one fresh token
        // and one more attempt settle that without counting as a retry.
        refreshed = true;
        await response.body?.cancel();
        lease.release();
        token = await auth.token();
        request.headers.set("authorization", `Bearer ${token}`);
        continue;
      }
      if (response && (retries >= maxRetries || !isRetryable(method, outcome, call.idempotent))) return response;

      const retryAfter = response ? parseRetryAfter(response.headers.get("retry-after"), clock.now()) : undefined;
      const delayMs = retryDelay(retries, retryAfter, config.retry, config.random);
      const reason = outcome.kind === "status" ? `HTTP ${outcome.status}` : outcome.kind;
      logger?.({ type: "retry", method, url, attempt: attemptNo, reason, delayMs });
      await response?.body?.cancel();
      lease.release();
      try {
        await clock.sleep(delayMs, caller);
      } catch (reasonForAbort) {
        throw new AbortError(method, url, { cause: reasonForAbort });
      }
      retries++;
    }
  }

  return { send };
}
