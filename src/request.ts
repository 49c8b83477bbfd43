// The path of one request, top to bottom. openapi-fetch builds the Request and runs the
// middleware; it then calls `send` below (its `fetch`), which for each attempt waits for the
// client's rate-limit gate, authorizes, sends under the call's timeout and signal, classifies
// the outcome, and either returns the response or waits and tries again. What an attempt
// cannot settle itself (its body is read by openapi-fetch afterwards) is settled by
// `callFailure`, with the same timeout and signal still armed.
import type { TokenSource } from "./auth.ts";
import {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  PingOneConfigError,
  PingOneError,
  TimeoutError,
} from "./errors.ts";
import { redactHeaders, type ClientEvent } from "./events.ts";
import type { Secrets } from "./secrets.ts";
import type { Throttle } from "./throttle.ts";

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

/** A fetch as the platform defines it, called as `fetch(url, init)`. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Settings a single call can override. */
export interface CallOptions {
  /** Retries after the first attempt for this call. */
  maxRetries?: number;
  /**
   * Per-attempt timeout in milliseconds (0 disables). It covers waiting for a token, the
   * response and reading its body.
   */
  timeout?: number;
  /**
   * Declares that repeating this call is safe even though its method is POST, so it is
   * retried like a GET. Use it only for calls that cannot create duplicates.
   */
  idempotent?: boolean;
}

/** How failed attempts are retried; settable per client, `maxRetries` also per call. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** First backoff delay; doubles each retry. Default 500 ms. */
  initialDelayMs?: number;
  /** Longest backoff delay. Default 8 s. */
  maxDelayMs?: number;
  /** Longest wait a `Retry-After` header can impose. Default 60 s. */
  maxRetryAfterMs?: number;
}

export const RETRY_DEFAULTS: Required<RetryOptions> = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** What the request path needs from the client. */
export interface RequestPathConfig {
  fetch: Fetch;
  /** Signs requests; absent for the token request itself. */
  auth: TokenSource | undefined;
  /** Requests may only go below this URL (origin and path), since they carry the token. */
  apiBase: URL | undefined;
  retry: Required<RetryOptions>;
  clock: Clock;
  random: () => number;
  throttle: Throttle;
  secrets: Secrets;
  /** Undefined without a logger. */
  emit: ((event: ClientEvent) => void) | undefined;
}

const TIMED_OUT = Symbol("timeout");
// A plain function and an argument rather than a closure for every attempt.
const timeOut = (call: Call) => call.expire();

/**
 * One call: the caller's signal and settings, and the abort wiring of its current attempt.
 * The wiring stays armed after the response headers arrive, until `finish()`, so a body that
 * stalls half-way still meets the timeout and the caller's signal.
 */
export class Call {
  timedOut = false;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    public method: string,
    /** The path template until `send` knows the URL. */
    public url: string,
    readonly signal: AbortSignal | undefined,
    readonly timeoutMs: number,
    readonly maxRetries: number,
    readonly idempotent: boolean | undefined,
  ) {}

  /**
   * A fresh signal for one attempt: aborted by the caller, or by the timeout. None when
   * neither exists: on Node 20 a signal costs some 25 µs per request (making it, and undici
   * following it), and nothing could ever fire it.
   */
  arm(): AbortSignal | undefined {
    this.finish();
    this.timedOut = false;
    if (this.timeoutMs <= 0 && !this.signal) return undefined;
    this.controller = new AbortController();
    this.signal?.addEventListener("abort", this.callerAborted, { once: true });
    if (this.timeoutMs > 0) this.timer = setTimeout(timeOut, this.timeoutMs, this);
    return this.controller.signal;
  }

  /** Ends the current attempt's wiring. */
  finish(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this.callerAborted);
    this.controller = this.timer = undefined;
  }

  private readonly callerAborted = () => this.controller?.abort(this.signal!.reason);

  /** Called by the attempt's timer. */
  expire(): void {
    this.timedOut = true;
    this.controller?.abort(TIMED_OUT);
  }

  /** What the caller sees when the attempt's signal fired: AbortError or TimeoutError. */
  stopped(): PingOneError | undefined {
    if (this.signal?.aborted) return new AbortError(this.method, this.url, { cause: this.signal.reason });
    if (this.timedOut) return new TimeoutError(this.method, this.url, this.timeoutMs);
    return undefined;
  }
}

export function createRequestPath(config: RequestPathConfig) {
  const { auth, clock, throttle, secrets, emit } = config;

  /** openapi-fetch's fetch for one call: sends `request` with retries and returns the final response. */
  async function send(request: Request, call: Call): Promise<Response> {
    const { method, url } = request;
    call.method = method;
    call.url = url;
    checkDestination(url, config.apiBase);
    // Read once, so the same bytes can go out on every attempt.
    const body = request.body ? await request.arrayBuffer() : undefined;
    // A call that brings its own Authorization header keeps it, and is not refreshed.
    const signed = auth !== undefined && !request.headers.has("authorization");
    let refreshed = false;

    for (let attempt = 1, retries = 0; ; attempt++) {
      let token: string | undefined;
      let response: Response | undefined;
      let failure: unknown;
      // Waiting for the client's rate-limit gate is not part of the attempt's timeout.
      const slot = throttle.acquire(call.signal);
      const release =
        typeof slot === "function"
          ? slot
          : await slot.catch((reason: unknown) => {
              throw new AbortError(method, url, { cause: reason });
            });
      try {
        const signal = call.arm();
        const headers = new Headers(request.headers);
        if (signed) {
          token = auth.current?.() ?? (await untilAborted(auth.token(), signal));
          secrets.addToken(token);
          headers.set("authorization", `Bearer ${token}`);
        }
        const started = emit && clock.now();
        emit?.({ type: "request", method, url, attempt, headers: redactHeaders(headers) });
        try {
          response = await config.fetch(url, { method, headers, body, signal, redirect: request.redirect });
        } catch (error) {
          // The only place a ConnectionError is made: fetch itself failed.
          throw call.stopped() ?? (isFetchFailure(error) ? new ConnectionError(method, url, { cause: error }) : error);
        }
        emit?.({
          type: "response",
          method,
          url,
          attempt,
          status: response.status,
          durationMs: clock.now() - started!,
          correlationId: response.headers.get("correlation-id") ?? undefined,
        });
      } catch (error) {
        call.finish();
        // Only a failed connection or a timeout may be tried again; the caller's abort, the
        // client's own errors (no token to be had) and the caller's own code end the call.
        failure = call.stopped() ?? error;
        if (!(failure instanceof ConnectionError || failure instanceof TimeoutError)) throw failure;
      } finally {
        release();
      }

      // Retry-After only means something on a refusal (429, 503), never on a success.
      const retryAfter =
        response && !response.ok ? parseRetryAfter(response.headers.get("retry-after"), clock.now()) : undefined;
      if (response) throttle.observe(response.status, retryAfter);
      if (response?.ok) return response;

      if (response?.status === 401 && token !== undefined && !refreshed && auth!.rejected(token)) {
        // A token can expire or be revoked between our check and PingOne's; one fresh token
        // and one more attempt settle that without counting as a retry.
        refreshed = true;
        await discard(response, call);
        continue;
      }
      const outcome: AttemptOutcome = response
        ? { kind: "status", status: response.status }
        : failure instanceof TimeoutError
          ? { kind: "timeout" }
          : { kind: "network", error: (failure as ConnectionError).cause };
      if (retries >= call.maxRetries || !isRetryable(method, outcome, call.idempotent)) {
        if (response) return response;
        throw failure;
      }

      const delayMs = retryDelay(retries, retryAfter, config.retry, config.random);
      const reason = outcome.kind === "status" ? `HTTP ${outcome.status}` : outcome.kind;
      emit?.({ type: "retry", method, url, attempt, reason, delayMs });
      if (response) await discard(response, call);
      try {
        await clock.sleep(delayMs, call.signal);
      } catch (reasonForAbort) {
        throw new AbortError(method, url, { cause: reasonForAbort });
      }
      retries++;
    }
  }

  return { send };
}

/** Waits for `promise` unless `signal` aborts first (the promise itself goes on for others). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

async function discard(response: Response, call: Call): Promise<void> {
  await response.body?.cancel().catch(() => {});
  call.finish();
}

/**
 * The token goes with every request, so a request may only go to the API base's origin and
 * below its path, compared after URL parsing (which resolves `.`, `..` and their
 * percent-encoded spellings). An encoded slash or backslash could still climb out on a
 * server that decodes it, so it is refused too.
 */
export function checkDestination(url: string, apiBase: URL | undefined): void {
  if (!apiBase) return;
  // Nearly every URL is the API base followed by plain segments; without a dot, a percent
  // sign or a backslash in its path nothing can climb out, and parsing would find no more.
  const prefix = apiBase.href.endsWith("/") ? apiBase.href : `${apiBase.href}/`;
  if (url.startsWith(prefix) && !/[.%\\]/.test(url.slice(prefix.length).split(/[?#]/, 1)[0]!)) return;
  const target = new URL(url);
  const base = apiBase.pathname.replace(/\/$/, "");
  const inside =
    target.origin === apiBase.origin &&
    (target.pathname === base || target.pathname.startsWith(`${base}/`)) &&
    !/%2f|%5c|%2e/i.test(target.pathname);
  if (!inside) {
    throw new PingOneConfigError(
      `Refusing to send a request to ${target.origin}${target.pathname}: it is outside the client's API base ${apiBase.href}, and requests carry the access token.`,
    );
  }
}

/**
 * Errors raised while the body is read, after `send` returned (openapi-fetch parses it), or
 * by openapi-fetch itself: the timeout and the caller's signal still apply, a body that is
 * not JSON is InvalidResponseError, and a connection that drops mid-body is ConnectionError.
 * Anything else (a bug in a caller's middleware, say) passes through unchanged.
 */
export function callFailure(error: unknown, call: Call): unknown {
  if (error instanceof PingOneError) return error;
  const stopped = call.stopped();
  if (stopped) return stopped;
  if (error instanceof SyntaxError) return new InvalidResponseError(call.method, call.url, { cause: error });
  if (isFetchFailure(error)) return new ConnectionError(call.method, call.url, { cause: error });
  return error;
}

/**
 * Whether fetch itself failed, as opposed to code around it: undici reports network failures
 * as `TypeError: fetch failed` (or `terminated` mid-body) with the reason in `cause`;
 * browsers as a TypeError whose message names the network.
 */
function isFetchFailure(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  return error.cause !== undefined || /fetch|network|load failed|terminated/i.test(error.message);
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * Error codes Node's fetch (undici) reports when no connection was made, so the server
 * cannot have seen the request. A reset or a timeout after connecting is not in this list.
 */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** What went wrong with one attempt. */
export type AttemptOutcome =
  { kind: "status"; status: number } | { kind: "network"; error: unknown } | { kind: "timeout" };

/**
 * Whether an attempt may be repeated. A POST can create something even when the answer was
 * lost, so it is repeated only on 429 (the service refused it) or when the connection was
 * never made, unless the caller says the call is idempotent.
 */
export function isRetryable(method: string, outcome: AttemptOutcome, idempotent?: boolean): boolean {
  if (outcome.kind === "status" && !RETRYABLE_STATUS.has(outcome.status)) return false;
  if (idempotent ?? IDEMPOTENT_METHODS.has(method.toUpperCase())) return true;
  if (outcome.kind === "status") return outcome.status === 429;
  return outcome.kind === "network" && NOT_SENT_CODES.has(errorCode(outcome.error) ?? "");
}

/** The system error code of a failed fetch: undici wraps it in `cause`, sometimes twice. */
export function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as Error).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `retry` (0-based): the server's `Retry-After` when it gave one
 * (capped), else exponential backoff with up to 25% jitter so clients that failed together
 * do not come back together.
 */
export function retryDelay(
  retry: number,
  retryAfterMs: number | undefined,
  options: Required<RetryOptions>,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, options.maxRetryAfterMs);
  const base = Math.min(options.initialDelayMs * 2 ** retry, options.maxDelayMs);
  return Math.round(base * (1 - 0.25 * random()));
}
