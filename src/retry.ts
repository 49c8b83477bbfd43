// When a failed attempt is worth repeating, and how long to wait first. Pure functions:
// the transport owns the loop, the clock and the sockets.

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
