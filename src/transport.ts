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
 * One call's abort and timeout wiring. `prepare` arms the first attempt before the Request
 * exists, so openapi-fetch builds the Request with that signal and the first attempt is a
 * plain `fetch(request)` (passing a signal to fetch later would make undici build a second
 * Request). Each attempt's wiring stays alive after its headers arrive, until whoever reads
 * the body calls `release()`: a body that stalls half-way still hits the timeout and the
 * caller's signal.
 */
export class AttemptLease {
  /** The request of the last attempt, for naming it in errors raised while its body is read. */
  method = "";
  url = "";
  timeoutMs = 0;
  timedOut = false;
  /** The caller's signal, if any. */
  caller: AbortSignal | undefined;
  /** Whether the next attempt's Request already carries this lease's signal. */
  prepared = false;
  private cleanup: (() => void) | undefined;

  /** Arms the first attempt and returns the signal to build its Request with. */
  prepare(caller: AbortSignal | undefined, timeoutMs: number): AbortSignal | undefined {
    this.caller = caller;
    this.timeoutMs = timeoutMs;
    this.prepared = true;
    if (timeoutMs <= 0) return caller;
    const signal = this.arm();
    return signal;
  }

  /** A fresh signal for one attempt: aborted by the caller or by the timeout. */
  arm(): AbortSignal {
    const { caller, timeoutMs } = this;
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller!.reason);
    caller?.addEventListener("abort", onAbort, { once: true });
    this.timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            this.timedOut = true;
            controller.abort(TIMED_OUT);
          }, timeoutMs)
        : undefined;
    this.hold(() => {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    });
    return controller.signal;
  }

  private hold(cleanup: () => void): void {
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

  /** Arms a lease for one call with the call's timeout; returns the signal for its Request. */
  function prepare(lease: AttemptLease, call: CallOptions, caller: AbortSignal | null | undefined) {
    return lease.prepare(caller ?? undefined, call.timeout ?? config.timeoutMs);
  }

  /** One attempt, bounded by the call's timeout and the caller's signal. */
  async function attempt(request: Request, lease: AttemptLease): Promise<Response> {
    const { caller } = lease;
    if (caller?.aborted) throw new AbortError(request.method, request.url, { cause: caller.reason });
    try {
      if (lease.prepared) {
        lease.prepared = false;
        return await config.fetch(request);
      }
      return await config.fetch(request, { signal: lease.arm() });
    } catch (error) {
      lease.release();
      if (caller?.aborted) throw new AbortError(request.method, request.url, { cause: caller.reason });
      if (lease.timedOut) throw new TimeoutError(request.method, request.url, lease.timeoutMs);
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
    const { caller } = lease;
    lease.method = method;
    lease.url = url;
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
        response = await attempt(input, lease);
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

  return { prepare, send };
}
