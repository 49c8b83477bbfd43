// Every failure the client can raise, as one class tree rooted at PingOneError, so callers
// can catch broadly (`instanceof PingOneError`) or narrowly (`instanceof RateLimitError`).
// Names live on the prototypes (static blocks) because V8 reads `name` while building the
// stack header inside the Error constructor, before instance fields exist.
import type { components } from "../generated/schema.ts";

type ErrorBody = components["schemas"]["ErrorResponse"];
type ErrorDetail = components["schemas"]["ErrorDetail"];

/** Base class of every error this package throws. */
export class PingOneError extends Error {
  static {
    this.prototype.name = "PingOneError";
  }
}

/** The client was configured with something it cannot use (an unknown region, an http URL). */
export class PingOneConfigError extends PingOneError {
  static {
    this.prototype.name = "PingOneConfigError";
  }
}

/**
 * PingOne answered with a non-2xx status. `code`, `details` and `id` come from PingOne's
 * error body when there is one; `message` always reads as one log line:
 * `GET https://api.pingone.com/v1/environments/… → 404 NOT_FOUND: … (correlation id …)`.
 */
export class PingOneApiError extends PingOneError {
  static {
    this.prototype.name = "PingOneApiError";
  }
  /** HTTP status of the response. */
  readonly status: number;
  /** PingOne's error code (`INVALID_DATA`, `NOT_FOUND`, …), or `HTTP_<status>` when the body had none. */
  readonly code: string;
  /** PingOne's error id, when the body had one. */
  readonly id: string | undefined;
  /** Field-level problems, as PingOne reported them (`[]` when none). */
  readonly details: ErrorDetail[];
  /** The `Correlation-Id` response header: quote it to Ping support. */
  readonly correlationId: string | undefined;
  readonly method: string;
  readonly url: string;
  /** The raw response; its body has already been read. */
  readonly response: Response;
  /** The parsed body (object), its text when it was not JSON, or `undefined` when empty. */
  readonly body: unknown;

  constructor(init: { method: string; url: string; response: Response; body: unknown }) {
    const { method, url, response, body } = init;
    const parsed = isErrorBody(body) ? body : undefined;
    const status = response.status;
    const code = parsed?.code ?? `HTTP_${status}`;
    const correlationId = response.headers.get("correlation-id") ?? undefined;
    const text = parsed?.message ?? describeRawBody(body, response.statusText);
    const details = parsed?.details ?? [];
    const detailText = details.map((d) => `${d.target ? `${d.target}: ` : ""}${d.message ?? d.code}`).join("; ");
    super(
      `${method} ${url} → ${status} ${code}: ${text}` +
        (detailText ? ` [${detailText}]` : "") +
        (correlationId ? ` (correlation id ${correlationId})` : ""),
    );
    this.status = status;
    this.code = code;
    this.id = parsed?.id;
    this.details = details;
    this.correlationId = correlationId;
    this.method = method;
    this.url = url;
    this.response = response;
    this.body = body;
  }

  /** Builds the subclass that matches the status, so `instanceof NotFoundError` works. */
  static from(init: ConstructorParameters<typeof PingOneApiError>[0]): PingOneApiError {
    const Class =
      STATUS_CLASSES[init.response.status] ?? (init.response.status >= 500 ? InternalServerError : PingOneApiError);
    return new Class(init);
  }
}

/** 400: the request was invalid; `details` name the fields. */
export class BadRequestError extends PingOneApiError {
  static {
    this.prototype.name = "BadRequestError";
  }
}
/** 401: the token was missing, expired or revoked (after one refresh, when the client can refresh). */
export class AuthenticationError extends PingOneApiError {
  static {
    this.prototype.name = "AuthenticationError";
  }
}
/** 403: the token's roles do not allow this, or a new environment is not ready yet. */
export class PermissionDeniedError extends PingOneApiError {
  static {
    this.prototype.name = "PermissionDeniedError";
  }
}
/** 404: no such resource (or, briefly, one in a just-created environment). */
export class NotFoundError extends PingOneApiError {
  static {
    this.prototype.name = "NotFoundError";
  }
}
/** 409: the request conflicts with the current state (a name already taken). */
export class ConflictError extends PingOneApiError {
  static {
    this.prototype.name = "ConflictError";
  }
}
/** 429: too many requests; returned once retries honouring `Retry-After` are spent. */
export class RateLimitError extends PingOneApiError {
  static {
    this.prototype.name = "RateLimitError";
  }
}
/** Any 5xx. */
export class InternalServerError extends PingOneApiError {
  static {
    this.prototype.name = "InternalServerError";
  }
}

const STATUS_CLASSES: Record<number, typeof PingOneApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** A request that failed without a PingOne error response; says which request it was. */
export class RequestFailedError extends PingOneError {
  static {
    this.prototype.name = "RequestFailedError";
  }
  constructor(
    readonly method: string,
    readonly url: string,
    what: string,
    options?: { cause: unknown },
  ) {
    super(`${method} ${url} ${what}`, options);
  }
}

/** The request never produced a response: DNS, refused or reset connection, TLS. */
export class ConnectionError extends RequestFailedError {
  static {
    this.prototype.name = "ConnectionError";
  }
  constructor(method: string, url: string, options: { cause: unknown }) {
    super(method, url, `failed before a response arrived: ${causeText(options.cause)}`, options);
  }
}

/** PingOne answered 2xx with a body that is not the JSON the operation promises. */
export class InvalidResponseError extends RequestFailedError {
  static {
    this.prototype.name = "InvalidResponseError";
  }
  constructor(method: string, url: string, options: { cause: unknown }) {
    super(method, url, `returned a body that is not valid JSON: ${causeText(options.cause)}`, options);
  }
}

/** One attempt took longer than the configured `timeout`. */
export class TimeoutError extends RequestFailedError {
  static {
    this.prototype.name = "TimeoutError";
  }
  constructor(
    method: string,
    url: string,
    readonly timeoutMs: number,
  ) {
    super(method, url, `timed out after ${timeoutMs} ms`);
  }
}

/** The caller's AbortSignal fired. `cause` is the signal's reason. */
export class AbortError extends RequestFailedError {
  static {
    this.prototype.name = "AbortError";
  }
  constructor(method: string, url: string, options: { cause: unknown }) {
    super(method, url, "was aborted by the caller", options);
  }
}

/** The token endpoint refused to issue a token. Never carries the client secret. */
export class TokenError extends PingOneError {
  static {
    this.prototype.name = "TokenError";
  }
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
    detail: string,
    options?: { cause: unknown },
  ) {
    super(
      `Could not get an access token from ${url}: ` +
        (status === undefined ? detail : `${status}${code ? ` ${code}` : ""}: ${detail}`),
      options,
    );
  }
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === "object" && body !== null && typeof (body as ErrorBody).code === "string";
}

function describeRawBody(body: unknown, statusText: string): string {
  if (typeof body === "string" && body.trim()) {
    const oneLine = body.replace(/\s+/g, " ").trim();
    return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
  }
  if (body && typeof body === "object" && typeof (body as { message?: unknown }).message === "string") {
    return (body as { message: string }).message;
  }
  return statusText || "(empty response body)";
}

function causeText(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause.cause as { code?: string } | undefined)?.code ?? (cause as { code?: string }).code;
    return code ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
