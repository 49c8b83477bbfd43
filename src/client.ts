// createPingOneClient: wires openapi-fetch to the request path (src/request.ts) and holds the
// public types. openapi-fetch builds each Request and runs middleware; `send` does the rest.
import createClient, { type MaybeOptionalInit, type Middleware as OpenapiFetchMiddleware } from "openapi-fetch";
import { successAsBlob, successWithoutBody, type components, type paths } from "../generated/schema.ts";
import {
  clientCredentialsToken,
  providedToken,
  staticToken,
  type AccessTokenProvider,
  type ClientCredentials,
  type TokenRequester,
  type TokenSource,
} from "./auth.ts";
import { AbortError, InvalidResponseError, PingOneApiError, PingOneConfigError } from "./errors.ts";
import { safeLogger, type Logger } from "./events.ts";
import { resolveEndpoints, type EndpointOptions, type Endpoints } from "./regions.ts";
import {
  Call,
  callFailure,
  checkDestination,
  createRequestPath,
  RETRY_DEFAULTS,
  systemClock,
  type CallOptions,
  type Clock,
  type Fetch,
  type RetryOptions,
} from "./request.ts";
import { clientSecretForms, Secrets } from "./secrets.ts";
import { Throttle, type ThrottleOptions } from "./throttle.ts";
import { VERSION } from "./version.ts";

/** Options of {@link createPingOneClient}: where to connect, how to authenticate, and how to behave. */
export interface PingOneClientOptions extends EndpointOptions, RetryOptions, ThrottleOptions {
  /** A fixed access token, or a function that returns one for each request. */
  accessToken?: string | AccessTokenProvider;
  /** A worker application's credentials; the client then fetches and refreshes tokens itself. */
  clientCredentials?: ClientCredentials;
  /**
   * Per-attempt timeout in milliseconds: waiting for a token, the response and reading its
   * body. Default 30 000; 0 disables.
   */
  timeout?: number;
  /** Sent as `X-Ping-External-Transaction-ID` on every request (a call's own header wins). */
  transactionId?: string;
  /** Sent as `X-Ping-External-Session-ID` on every request (a call's own header wins). */
  sessionId?: string;
  /** Extra headers for every request. Not `Authorization`: use `accessToken` or `clientCredentials`. */
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

/**
 * openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), added with
 * {@link PingOneClient.use}. See there for what each hook sees.
 */
export type Middleware = OpenapiFetchMiddleware;

type Method = "get" | "put" | "post" | "delete" | "patch";
type PathsWith<Paths, M extends Method> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never;
}[keyof Paths];

/**
 * openapi-fetch call options a call cannot set: they would go around the request path (its
 * retries, timeouts and errors) or send its token to another host.
 */
const CLIENT_LEVEL = { baseUrl: "apiBase or region", fetch: "fetch", middleware: "client.use()", Request: "fetch" };
type ClientLevelKey = keyof typeof CLIENT_LEVEL;
/** The openapi-fetch options a call may not set, typed out of reach. */
type NoClientLevel = { [K in ClientLevelKey]?: never };

/** A call's options: openapi-fetch's `params`/`body`/`headers`/`signal`, plus retry and timeout settings. */
export type RequestInit_<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M> &
  CallOptions &
  NoClientLevel;

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type CallInit<Init> = Init & CallOptions & NoClientLevel;
type InitArgs<Init> = RequiredKeys<Init> extends never ? [init?: CallInit<Init>] : [init: CallInit<Init>];

type NeverToUndefined<T> = [T] extends [never] ? undefined : T;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;
// A success body that is not JSON (a CSR, a file) is handed over as a Blob.
type JsonBody<R> = R extends { content: { "application/json": infer B } }
  ? B
  : R extends { content: Record<string, unknown> }
    ? Blob
    : never;
/**
 * The parsed body of an operation's success response (`undefined` for 204, a Blob when it is
 * not JSON). Read straight
 * from the generated types: openapi-fetch's own mapping rebuilds object types recursively
 * and would turn the open enums (`"NA" | (string & {})`) into objects.
 */
export type ResponseData<P extends keyof paths, M extends Method> = SuccessData<paths[P][M]>;
type SuccessData<O> = NeverToUndefined<
  JsonBody<ResponsesOf<NonNullable<O>>[SuccessStatus & keyof ResponsesOf<NonNullable<O>>]>
>;

/**
 * What every call resolves to. Exactly one of `data` and `error` is set, decided by the
 * status: `error` is a PingOneApiError even when PingOne sent an empty or non-JSON body.
 */
export type PingOneResult<D> =
  | { data: D; error?: undefined; response: Response; correlationId: string | undefined }
  | { data?: undefined; error: PingOneApiError; response: Response; correlationId: string | undefined };

// Generic in the paths, as openapi-fetch's ClientMethod is. Written over `paths` itself, the
// signature's constraints resolve through M's own constraint to every path under every
// method: ~500 evaluations of MaybeOptionalInit, some 30 000 instantiations on a consumer's
// first call. Unlike openapi-fetch, the init is not a type parameter of its own: checked
// against the operation's init type directly, a body with a property the operation does not
// have is an error even when the call also has `params` (inferred first, it slipped through).
type MethodOf<Paths extends Record<keyof Paths, Partial<Record<Method, unknown>>>, M extends Method> = <
  P extends PathsWith<Paths, M>,
>(
  path: P,
  ...init: InitArgs<MaybeOptionalInit<Paths[P], M>>
) => Promise<PingOneResult<SuccessData<Paths[P][M]>>>;
type ClientMethod<M extends Method> = MethodOf<paths, M>;

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
  /**
   * Adds openapi-fetch middleware, with openapi-fetch's semantics: `onRequest` runs once per
   * call (what it changes applies to every attempt), `onResponse` sees the final response
   * (after retries and a token refresh), `onError` sees what fetch threw. The access token is
   * added after `onRequest`, and a request moved outside the API base is refused.
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with {@link PingOneClient.use}. */
  eject(...middleware: Middleware[]): void;
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
  checkSetting("maxConcurrent", options.maxConcurrent, true);
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeout ?? 30_000;
  const retry = { ...RETRY_DEFAULTS, ...definedOnly(options) };
  const secrets = new Secrets();
  const emit = safeLogger(options.logger);
  const shared = {
    // Looked up per call, so a fetch replaced after the client was created is still used.
    fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
    retry,
    clock,
    random: options.random ?? Math.random,
    secrets,
  } satisfies Partial<Parameters<typeof createRequestPath>[0]>;

  // Token requests get the same retries and timeouts, but are not signed, paced or logged as API calls.
  const tokenPath = createRequestPath({
    ...shared,
    auth: undefined,
    apiBase: undefined,
    throttle: new Throttle(clock, Infinity),
    emit: undefined,
  });
  const requestToken: TokenRequester = async (url, init) => {
    const started = clock.now();
    const call = new Call("POST", url, undefined, timeoutMs, retry.maxRetries, true);
    let status: number | undefined;
    try {
      const response = await tokenPath.send(new Request(url, init), call);
      status = response.status;
      return { ok: response.ok, status, statusText: response.statusText, text: await response.text() };
    } catch (error) {
      throw callFailure(error, call);
    } finally {
      call.finish();
      emit?.({ type: "token", url, status, durationMs: clock.now() - started });
    }
  };
  const headers = defaultHeaders(options);
  const auth = authFrom(options, endpoints, requestToken, clock, secrets);
  const requestPath = createRequestPath({
    ...shared,
    auth,
    apiBase: new URL(endpoints.apiBase),
    throttle: new Throttle(clock, options.maxConcurrent ?? 10),
    emit,
  });
  const inner = createClient<paths>({ baseUrl: endpoints.apiBase, headers });

  function method<M extends Method>(name: Uppercase<M>): ClientMethod<M> {
    const send = inner[name] as (
      path: string,
      init: object,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    return (async (path: string, init: Record<string, unknown> = {}) => {
      // Our options stay here, and so does the caller's signal: each attempt combines it with
      // the timeout. The rest is openapi-fetch's.
      const { maxRetries, timeout, idempotent, signal, ...forward } = init as CallOptions &
        Record<string, unknown> & { signal?: AbortSignal | null };
      checkCallOptions({ maxRetries, timeout });
      for (const key in CLIENT_LEVEL) {
        if (forward[key] !== undefined) {
          throw new PingOneConfigError(
            `${key} cannot be set on one call; set ${CLIENT_LEVEL[key as ClientLevelKey]} when creating the client.`,
          );
        }
      }
      checkPathParameters(name, path, (forward.params as { path?: Record<string, unknown> } | undefined)?.path);
      const call = new Call(
        name,
        path,
        signal ?? undefined,
        timeout ?? timeoutMs,
        maxRetries ?? retry.maxRetries,
        idempotent,
      );
      if (call.signal?.aborted) throw new AbortError(name, path, { cause: call.signal.reason });
      try {
        // Lets a bodySerializer return a stream; send() buffers it once for every attempt.
        forward.duplex = "half";
        forward.fetch = (request: Request) => requestPath.send(request, call);
        // An operation that answers without a body may still send a few bytes (or no
        // Content-Length); read them as text, so there is no JSON to fail on.
        const operation = `${name} ${path}`;
        const bodiless = successWithoutBody.has(operation);
        if (bodiless) forward.parseAs ??= "text";
        else if (successAsBlob.has(operation)) forward.parseAs ??= "blob";
        const result = await send(path, forward);
        return toResult(call, result, secrets, bodiless);
      } catch (error) {
        throw callFailure(error, call);
      } finally {
        call.finish();
      }
    }) as ClientMethod<M>;
  }

  const GET = method("GET");
  return {
    GET,
    POST: method("POST"),
    PUT: method("PUT"),
    PATCH: method("PATCH"),
    DELETE: method("DELETE"),
    endpoints,
    use: (...middleware) => inner.use(...middleware),
    eject: (...middleware) => inner.eject(...middleware),
    async getUrl(url, init = {}) {
      const apiBase = new URL(endpoints.apiBase);
      checkDestination(url, apiBase);
      // Followed through the same path as any GET: the link, relative to the API base.
      const target = new URL(url);
      const relative = target.pathname.slice(apiBase.pathname.replace(/\/$/, "").length) + target.search;
      return (GET as unknown as (path: string, init: object) => Promise<PingOneResult<unknown>>)(relative, init);
    },
  };
}

/** The headers every request carries; an Authorization header here would fight the credentials. */
function defaultHeaders(options: PingOneClientOptions): Record<string, string> {
  const headers: Record<string, string> = { ...options.headers };
  if (Object.keys(headers).some((name) => name.toLowerCase() === "authorization")) {
    throw new PingOneConfigError(
      "headers must not include Authorization: give the token as accessToken, or the worker application as clientCredentials.",
    );
  }
  if (USER_AGENT) headers["user-agent"] = USER_AGENT;
  if (options.transactionId) headers["X-Ping-External-Transaction-ID"] = options.transactionId;
  if (options.sessionId) headers["X-Ping-External-Session-ID"] = options.sessionId;
  return headers;
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

function checkCallOptions(options: CallOptions): void {
  checkSetting("maxRetries", options.maxRetries, true);
  checkSetting("timeout", options.timeout, false);
}

/** The `{name}` parameters of each path template, read once per template. */
const PATH_PARAMETERS = new Map<string, string[]>();

/** A missing ID would otherwise be sent as `/environments/undefined/…`. */
function checkPathParameters(method: string, path: string, values: Record<string, unknown> | undefined): void {
  // Only templates are remembered: getUrl's concrete paths would grow the map without end.
  if (!path.includes("{")) return;
  let names = PATH_PARAMETERS.get(path);
  if (!names) PATH_PARAMETERS.set(path, (names = Array.from(path.matchAll(/\{([^}]+)\}/g), (m) => m[1]!)));
  for (const name of names) {
    const value = values?.[name];
    if (value === undefined || value === null || value === "") {
      throw new PingOneConfigError(`${method} ${path}: the path parameter ${name} is missing (got ${String(value)}).`);
    }
  }
}

function definedOnly(options: RetryOptions): RetryOptions {
  const out: RetryOptions = {};
  for (const key of Object.keys(RETRY_DEFAULTS) as (keyof RetryOptions)[]) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  return out;
}

/** Where each request's token comes from: a fixed token, the caller's provider, or client credentials. */
function authFrom(
  options: PingOneClientOptions,
  endpoints: Endpoints,
  request: TokenRequester,
  clock: Clock,
  secrets: Secrets,
): TokenSource {
  const { accessToken, clientCredentials } = options;
  if ((accessToken === undefined) === (clientCredentials === undefined)) {
    throw new PingOneConfigError("Give exactly one of accessToken and clientCredentials.");
  }
  if (clientCredentials) {
    secrets.addFixed(...clientSecretForms(clientCredentials.clientId, clientCredentials.clientSecret));
    const tokenUrl = endpoints.tokenUrl(clientCredentials.environmentId);
    return clientCredentialsToken(clientCredentials, tokenUrl, request, () => clock.now(), secrets);
  }
  if (typeof accessToken === "function") return providedToken(accessToken);
  secrets.addFixed(accessToken!);
  return staticToken(accessToken!);
}

/**
 * A call's result from openapi-fetch's. Branches on the status, never on `error`:
 * openapi-fetch leaves it undefined or "" for an empty body. A success must carry the JSON
 * the operation promises (only 204, and the operations the description says answer without
 * a body, have none); error bodies are cleaned of credentials a server may have echoed.
 */
function toResult(
  call: Call,
  result: { data?: unknown; error?: unknown; response: Response },
  secrets: Secrets,
  bodiless: boolean,
): PingOneResult<any> {
  const { response } = result;
  const correlationId = response.headers.get("correlation-id") ?? undefined;
  if (response.ok) {
    if (bodiless) return { data: undefined, response, correlationId };
    if (result.data === undefined && response.status !== 204) {
      throw new InvalidResponseError(call.method, call.url, {
        cause: new Error(`${response.status} with an empty body`),
      });
    }
    return { data: result.data, response, correlationId };
  }
  const body = result.error === "" ? undefined : secrets.scrub(result.error);
  const error = PingOneApiError.from({ method: call.method, url: call.url, response, body });
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
