// The fetch that openapi-fetch calls: it signs each request, gives every attempt its own
// timeout, retries what is safe to retry and refreshes a rejected token once. Retrying
// here rather than in middleware means each attempt starts from an untouched request.
import type { TokenSource } from "./auth.ts";
import { Deadlines } from "./deadlines.ts";
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

/** A fetch as the platform defines it, called as `fetch(url, init)`. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * What openapi-fetch builds for each call in place of a WHATWG Request (our class is its
 * `Request` option): the URL and the RequestInit, later handed to `fetch(url, init)`. A real
 * Request would be built twice, once by openapi-fetch and once inside fetch, and its body
 * could be sent only once; this one is cheap, and its body is replayed on every attempt.
 */
export class PreparedRequest {
  readonly method: string;
  body: RequestInit["body"];
  private headerList: Headers | undefined;

  constructor(
    readonly url: string,
    private readonly init: RequestInit = {},
  ) {
    this.method = init.method?.toUpperCase() ?? "GET";
    this.body = init.body;
  }

  /** The headers, as a Headers object made on first use (fetch itself validates them anyway). */
  get headers(): Headers {
    const { headers } = this.init;
    return (this.headerList ??= headers instanceof Headers ? headers : new Headers(headers));
  }

  /** The RequestInit of one attempt (fetch treats an undefined signal as none). */
  initFor(signal: AbortSignal | undefined): RequestInit {
    return { ...this.init, headers: this.headerList ?? this.init.headers, body: this.body, signal };
  }
}

export interface TransportConfig {
  fetch: Fetch;
  /** Signs requests; absent for the token request itself and for a fixed token (a default header). */
  auth: TokenSource | undefined;
  retry: Required<RetryOptions>;
  timeoutMs: number;
  clock: Clock;
  random: () => number;
  logger: Logger | undefined;
}

const TIMED_OUT = Symbol("timeout");

/**
 * One call's abort and timeout wiring. Each attempt's wiring stays alive after its headers
 * arrive, until whoever reads the body calls `release()`: a body that stalls half-way still
 * hits the timeout and the caller's signal.
 */
export class AttemptLease {
  /** The request of the last attempt, for naming it in errors raised while its body is read. */
  method = "";
  url = "";
  timedOut = false;
  private cleanup: (() => void) | undefined;

  constructor(
    /** The caller's signal, if any. */
    readonly caller: AbortSignal | undefined,
    readonly timeoutMs: number,
    private readonly deadlines: Deadlines,
  ) {}

  /** A fresh signal for one attempt: aborted by the caller or by the timeout. */
  arm(): AbortSignal {
    const { caller, timeoutMs } = this;
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller!.reason);
    caller?.addEventListener("abort", onAbort, { once: true });
    this.timedOut = false;
    const deadline =
      timeoutMs > 0
        ? this.deadlines.add(timeoutMs, () => {
            this.timedOut = true;
            controller.abort(TIMED_OUT);
          })
        : undefined;
    this.hold(() => {
      if (deadline) this.deadlines.cancel(deadline);
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
  const deadlines = new Deadlines();

  /** The wiring of one call, with the call's own timeout or the client's. */
  function lease(call: CallOptions, caller: AbortSignal | null | undefined): AttemptLease {
    return new AttemptLease(caller ?? undefined, call.timeout ?? config.timeoutMs, deadlines);
  }

  /** One attempt, bounded by the call's timeout and the caller's signal. */
  async function attempt(request: PreparedRequest, lease: AttemptLease): Promise<Response> {
    const { caller } = lease;
    if (caller?.aborted) throw new AbortError(request.method, request.url, { cause: caller.reason });
    try {
      // Without a timeout or a caller's signal there is nothing to abort, and a signal is not
      // free: undici wires every one into the Request it builds.
      const signal = lease.timeoutMs > 0 || caller ? lease.arm() : undefined;
      return await config.fetch(request.url, request.initFor(signal));
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
  async function send(request: PreparedRequest, call: CallOptions, lease: AttemptLease): Promise<Response> {
    const { method, url } = request;
    const maxRetries = call.maxRetries ?? config.retry.maxRetries;
    const { caller } = lease;
    lease.method = method;
    lease.url = url;
    // A call that brings its own Authorization header keeps it (and is not refreshed).
    const signed = auth !== undefined && !request.headers.has("authorization");
    let token = signed ? await auth.token() : undefined;
    if (token !== undefined) request.headers.set("authorization", `Bearer ${token}`);
    // A stream can be read once; buffered, the same bytes go out on every attempt.
    if (request.body instanceof ReadableStream) request.body = await new Response(request.body).arrayBuffer();
    let refreshed = false;

    for (let attemptNo = 1, retries = 0; ; attemptNo++) {
      logger?.({ type: "request", method, url, attempt: attemptNo, headers: redactHeaders(request.headers) });
      const started = clock.now();
      let outcome: AttemptOutcome;
      let response: Response | undefined;
      try {
        response = await attempt(request, lease);
        logger?.({
          type: "response",
          method,
          url,
          attempt: attemptNo,
          status: response.status,
          durationMs: clock.now() - started,
          correlationId: response.headers.get("correlation-id") ?? undefined,
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

  return { lease, send };
}
