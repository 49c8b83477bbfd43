// createPingOneClient: the only module that knows openapi-fetch. Everything else talks to
// the PingOneClient interface below, so the HTTP library can be swapped here alone.
import createClient, { type MaybeOptionalInit } from "openapi-fetch";
import type { components, paths } from "../generated/schema.ts";
import {
  clientCredentialsToken,
  providedToken,
  staticAuthorization,
  type AccessTokenProvider,
  type ClientCredentials,
  type TokenRequester,
  type TokenSource,
} from "./auth.ts";
import {
  AbortError,
  ConnectionError,
  InvalidResponseError,
  PingOneApiError,
  PingOneConfigError,
  PingOneError,
  TimeoutError,
} from "./errors.ts";
import type { Logger } from "./events.ts";
import { resolveEndpoints, type EndpointOptions, type Endpoints } from "./regions.ts";
import { RETRY_DEFAULTS, type RetryOptions } from "./retry.ts";
import {
  createTransport,
  PreparedRequest,
  systemClock,
  type AttemptLease,
  type CallOptions,
  type Clock,
  type Fetch,
} from "./transport.ts";
import { VERSION } from "./version.ts";

/** Options of {@link createPingOneClient}: where to connect, how to authenticate, and how to behave. */
export interface PingOneClientOptions extends EndpointOptions, RetryOptions {
  /** A fixed access token, or a function that returns one for each request. */
  accessToken?: string | AccessTokenProvider;
  /** A worker application's credentials; the client then fetches and refreshes tokens itself. */
  clientCredentials?: ClientCredentials;
  /** Per-attempt timeout in milliseconds. Default 30 000; 0 disables. */
  timeout?: number;
  /** Sent as `X-Ping-External-Transaction-ID` on every request (a call's own header wins). */
  transactionId?: string;
  /** Sent as `X-Ping-External-Session-ID` on every request (a call's own header wins). */
  sessionId?: string;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /** The fetch to use, called as `fetch(url, init)`; defaults to the global one at call time. */
  fetch?: Fetch;
  /** Receives request, response, retry and token events, with secrets already redacted. */
  logger?: Logger;
  /** Replaces the clock and sleep used for expiry and backoff (tests). */
  clock?: Clock;
  /** Replaces the jitter source (tests). */
  random?: () => number;
}

type Method = "get" | "put" | "post" | "delete" | "patch";
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

/**
 * openapi-fetch call options a call cannot set: they would go around the client's transport
 * (its retries, timeouts and errors) or send its token to another host.
 */
const CLIENT_LEVEL = { baseUrl: "apiBase or region", fetch: "fetch", middleware: "fetch or logger", Request: "fetch" };
type ClientLevelKey = keyof typeof CLIENT_LEVEL;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A call's options: openapi-fetch's `params`/`body`/`headers`/`signal`, plus retry and timeout settings. */
export type RequestInit_<P extends keyof paths, M extends Method> = DistributiveOmit<
  MaybeOptionalInit<paths[P], M>,
  ClientLevelKey
> &
  CallOptions;
type InitArgs<P extends keyof paths, M extends Method> =
  {} extends MaybeOptionalInit<paths[P], M> ? [init?: RequestInit_<P, M>] : [init: RequestInit_<P, M>];

type NeverToUndefined<T> = [T] extends [never] ? undefined : T;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;
type JsonBody<R> = R extends { content: { "application/json": infer B } } ? B : never;
/**
 * The parsed body of an operation's success response (`undefined` for 204). Read straight
 * from the generated types: openapi-fetch's own mapping rebuilds object types recursively
 * and would turn the open enums (`"NA" | (string & {})`) into objects.
 */
export type ResponseData<P extends keyof paths, M extends Method> = NeverToUndefined<
  JsonBody<ResponsesOf<NonNullable<paths[P][M]>>[SuccessStatus & keyof ResponsesOf<NonNullable<paths[P][M]>>]>
>;

/**
 * What every call resolves to. Exactly one of `data` and `error` is set, decided by the
 * status: `error` is a PingOneApiError even when PingOne sent an empty or non-JSON body.
 */
export type PingOneResult<D> =
  | { data: D; error?: undefined; response: Response; correlationId: string | undefined }
  | { data?: undefined; error: PingOneApiError; response: Response; correlationId: string | undefined };

type ClientMethod<M extends Method> = <P extends PathsWith<M>>(
  path: P,
  ...init: InitArgs<P, M>
) => Promise<PingOneResult<ResponseData<P, M>>>;

/**
 * A typed PingOne client: one method per HTTP verb, taking a path of the spec and its typed
 * parameters and body (openapi-fetch style), resolving to a {@link PingOneResult}.
 */
export interface PingOneClient {
  GET: ClientMethod<"get">;
  POST: ClientMethod<"post">;
  PUT: ClientMethod<"put">;
  PATCH: ClientMethod<"patch">;
  DELETE: ClientMethod<"delete">;
  /**
   * GETs an absolute URL that PingOne handed out (such as `_links.next.href`), with the same
   * authentication, retries and errors. Only URLs under the client's API base are accepted,
   * so the token is never sent elsewhere.
   */
  getUrl(
    url: string,
    init?: CallOptions & { signal?: AbortSignal; headers?: Record<string, string> },
  ): Promise<PingOneResult<unknown>>;
  /** The API base and token URL the client resolved its options to. */
  readonly endpoints: Endpoints;
}

// Read through globalThis so the package's types do not depend on @types/node. Browsers
// forbid setting User-Agent, so it is only sent from Node.
const nodeVersion = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
const USER_AGENT = nodeVersion ? `pingone-client/${VERSION} node/${nodeVersion}` : undefined;

/**
 * Creates a client for one PingOne region (or custom endpoints) and one way of
 * authenticating. Throws PingOneConfigError for an unknown region, a non-https URL, or
 * missing or conflicting credentials.
 */
export function createPingOneClient(options: PingOneClientOptions): PingOneClient {
  const endpoints = resolveEndpoints(options);
  checkCallOptions(options);
  for (const key of ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const)
    checkSetting(key, options[key], false);
  const clock = options.clock ?? systemClock;
  // Looked up per call, so a fetch replaced after the client was created is still used.
  const baseFetch: Fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const retry = { ...RETRY_DEFAULTS, ...definedOnly(options) };
  const shared = {
    fetch: baseFetch,
    retry,
    timeoutMs: options.timeout ?? 30_000,
    clock,
    random: options.random ?? Math.random,
  };
  // Token requests get the same retries and timeouts, but are not signed with a token.
  const tokenTransport = createTransport({ ...shared, auth: undefined, logger: undefined });
  const requestToken: TokenRequester = async (url, init) => {
    const started = clock.now();
    let status: number | undefined;
    try {
      const call = { idempotent: true };
      return await leased(tokenTransport.lease(call, undefined), async (lease) => {
        const response = await tokenTransport.send(new PreparedRequest(url, init), call, lease);
        status = response.status;
        return { ok: response.ok, status, statusText: response.statusText, text: await response.text() };
      });
    } finally {
      options.logger?.({ type: "token", url, status, durationMs: clock.now() - started });
    }
  };
  const auth = authFrom(options, endpoints, requestToken, clock);
  const transport = createTransport({
    ...shared,
    auth: typeof auth === "string" ? undefined : auth,
    logger: options.logger,
  });

  const headers: Record<string, string> = { ...options.headers };
  if (typeof auth === "string") headers.authorization = auth;
  if (USER_AGENT) headers["user-agent"] = USER_AGENT;
  if (options.transactionId) headers["X-Ping-External-Transaction-ID"] = options.transactionId;
  if (options.sessionId) headers["X-Ping-External-Session-ID"] = options.sessionId;
  const inner = createClient<paths>({
    baseUrl: endpoints.apiBase,
    headers,
    Request: PreparedRequest as unknown as typeof Request,
  });

  function method<M extends Method>(name: Uppercase<M>): ClientMethod<M> {
    const call = inner[name] as (
      path: string,
      init: object,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    return (async (path: string, init: Record<string, unknown> = {}) => {
      // Our options stay here, and so does the caller's signal: the transport combines it with
      // the timeout. The rest is openapi-fetch's.
      const { maxRetries, timeout, idempotent, signal, ...forward } = init as CallOptions &
        Record<string, unknown> & { signal?: AbortSignal };
      const callOptions = checkCallOptions({ maxRetries, timeout, idempotent });
      for (const key in CLIENT_LEVEL) {
        if (forward[key] !== undefined) {
          throw new PingOneConfigError(
            `${key} cannot be set on one call; set ${CLIENT_LEVEL[key as ClientLevelKey]} when creating the client.`,
          );
        }
      }
      return leased(transport.lease(callOptions, signal), async (lease) => {
        const fetch = (request: PreparedRequest) => transport.send(request, callOptions, lease);
        return toResult(name, await call(path, { ...forward, fetch }));
      });
    }) as ClientMethod<M>;
  }

  return {
    GET: method("GET"),
    POST: method("POST"),
    PUT: method("PUT"),
    PATCH: method("PATCH"),
    DELETE: method("DELETE"),
    endpoints,
    async getUrl(url, init = {}) {
      if (!url.startsWith(`${endpoints.apiBase}/`)) {
        throw new PingOneConfigError(
          `Refusing to follow ${url}: it is outside the client's API base ${endpoints.apiBase}.`,
        );
      }
      const { signal, headers: callHeaders, ...callOptions } = init;
      checkCallOptions(callOptions);
      return leased(transport.lease(callOptions, signal), async (lease) => {
        const request = new PreparedRequest(url, {
          headers: { ...headers, ...callHeaders, accept: "application/json" },
        });
        const response = await transport.send(request, callOptions, lease);
        const text = await response.text();
        // Like openapi-fetch: a success body must be JSON; an error body may be anything.
        if (response.ok) return toResult("GET", { data: text === "" ? undefined : JSON.parse(text), response });
        return toResult("GET", { error: parseLenient(text), response });
      });
    },
  };
}

/** A NaN or negative setting would silently turn retries or timeouts off; refuse it instead. */
function checkSetting(name: string, value: number | undefined, wholeNumber: boolean): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (wholeNumber && !Number.isInteger(value))) {
    throw new PingOneConfigError(
      `${name} must be ${wholeNumber ? "a whole number" : "a number"} ≥ 0, got ${String(value)}.`,
    );
  }
}

function checkCallOptions(options: CallOptions): CallOptions {
  checkSetting("maxRetries", options.maxRetries, true);
  checkSetting("timeout", options.timeout, false);
  return options;
}

function definedOnly(options: RetryOptions): RetryOptions {
  const out: RetryOptions = {};
  for (const key of Object.keys(RETRY_DEFAULTS) as (keyof RetryOptions)[]) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  return out;
}

/** A TokenSource, or for a fixed token the Authorization header to send with every request. */
function authFrom(
  options: PingOneClientOptions,
  endpoints: Endpoints,
  request: TokenRequester,
  clock: Clock,
): TokenSource | string {
  const { accessToken, clientCredentials } = options;
  if ((accessToken === undefined) === (clientCredentials === undefined)) {
    throw new PingOneConfigError("Give exactly one of accessToken and clientCredentials.");
  }
  if (clientCredentials) {
    return clientCredentialsToken(clientCredentials, endpoints.tokenUrl(clientCredentials.environmentId), request, () =>
      clock.now(),
    );
  }
  return typeof accessToken === "function" ? providedToken(accessToken) : staticAuthorization(accessToken!);
}

/**
 * Runs one call (sending it and reading its body) under one lease, so the timeout and the
 * caller's signal cover the body too, and names what goes wrong while the body is read.
 */
async function leased<T>(lease: AttemptLease, run: (lease: AttemptLease) => Promise<T>): Promise<T> {
  try {
    return await run(lease);
  } catch (error) {
    throw bodyError(error, lease);
  } finally {
    lease.release();
  }
}

function bodyError(error: unknown, lease: AttemptLease): unknown {
  const { method, url, caller } = lease;
  if (error instanceof PingOneError) return error;
  if (caller?.aborted) return new AbortError(method, url, { cause: caller.reason });
  if (lease.timedOut) return new TimeoutError(method, url, lease.timeoutMs);
  // openapi-fetch parses a 2xx body as JSON and lets the SyntaxError through.
  if (error instanceof SyntaxError) return new InvalidResponseError(method, url, { cause: error });
  // The connection dropped while the body was streaming.
  if (error instanceof TypeError && url) return new ConnectionError(method, url, { cause: error });
  return error;
}

function parseLenient(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toResult(method: string, result: { data?: unknown; error?: unknown; response: Response }): PingOneResult<any> {
  const { response } = result;
  const correlationId = response.headers.get("correlation-id") ?? undefined;
  // Branch on the status, never on `error`: openapi-fetch leaves it undefined or "" for an empty body.
  if (response.ok) return { data: result.data, response, correlationId };
  const error = PingOneApiError.from({
    method,
    url: response.url,
    response,
    body: result.error === "" ? undefined : result.error,
  });
  return { error, response, correlationId };
}

/** Resolves to the data of a successful call, or throws its PingOneApiError. */
export async function unwrap<D>(result: PingOneResult<D> | Promise<PingOneResult<D>>): Promise<D> {
  const settled = await result;
  if (settled.error) throw settled.error;
  return settled.data as D;
}

type Environment = components["schemas"]["Environment"];

/**
 * A client for the region an environment lives in (from its `region` field), with the
 * other options given. Throws PingOneConfigError when the region is not one this package knows.
 */
export function createClientForEnvironment(
  environment: Pick<Environment, "region">,
  options: Omit<PingOneClientOptions, "region">,
): PingOneClient {
  return createPingOneClient({ ...options, region: environment.region });
}
