/**
 * A stateful, in-memory PingOne for tests: the management API of the package's OpenAPI
 * description and the worker application's token endpoint, served over HTTP on loopback.
 *
 * Everything about resources comes from the description: routes, request validation, list
 * collection names, write-only properties. Paths added to the description are simulated
 * without changes here.
 *
 * @example
 * import { startPingOneSimulator } from "pingone-client/testing";
 *
 * const sim = await startPingOneSimulator();
 * // point the client at sim.apiBase / sim.authBase with sim.environmentId, sim.clientId, sim.clientSecret
 * sim.faults.inject({ kind: "status", status: 429, retryAfter: 1 });
 * await sim.close();
 *
 * @packageDocumentation
 */
// The package build compiles without ambient Node types (the client itself runs anywhere);
// this entry point is Node-only, so it brings them in for its own modules.
/// <reference types="node" />
import { randomBytes, randomUUID } from "node:crypto";
import spec from "../../generated/openapi.json" with { type: "json" };
import { loadAjv } from "./ajv.ts";
import { createDispatcher } from "./dispatch.ts";
import { FaultQueue } from "./faults.ts";
import { RateLimiter, type RateLimitOptions } from "./rate-limit.ts";
import type { FaultController } from "./faults.ts";
import { ResourceApi } from "./resources.ts";
import { RouteTable } from "./routes.ts";
import { SimulatorServer } from "./server.ts";
import type { RecordedRequest } from "./server.ts";
import type { OpenApiDocument } from "./spec.ts";
import { Store } from "./store.ts";
import type { Resource } from "./store.ts";
import { TokenService } from "./tokens.ts";
import type { ClientAuthMethod } from "./tokens.ts";
import { RequestValidator } from "./validate.ts";

export type {
  DelayFault,
  FaultBody,
  FaultController,
  FaultMatch,
  FaultSpec,
  InjectedFault,
  ResetFault,
  StatusFault,
} from "./faults.ts";
export type { RecordedRequest } from "./server.ts";
export type { RateLimitOptions } from "./rate-limit.ts";
export type { OpenApiDocument } from "./spec.ts";
export type { Resource } from "./store.ts";
export type { ClientAuthMethod } from "./tokens.ts";

/** Settings of {@link startPingOneSimulator}; every one is optional. */
export interface PingOneSimulatorOptions {
  /** Interface to listen on; default `127.0.0.1`. */
  readonly host?: string;
  /** Port to listen on; default 0 (any free port). */
  readonly port?: number;
  /** ID of the environment that holds the worker application; default a random UUID. */
  readonly environmentId?: string;
  /** ID of the organization; environments report it as `organization.id`. Default a random UUID. */
  readonly organizationId?: string;
  /** Client ID of the worker application; default a random UUID. */
  readonly clientId?: string;
  /** Client secret of the worker application; default a random URL-safe string. */
  readonly clientSecret?: string;
  /** Client authentication methods the token endpoint accepts; default both. */
  readonly tokenAuthMethods?: readonly ClientAuthMethod[];
  /** `expires_in` of issued tokens, and how long the API accepts them; default 3600. */
  readonly tokenTtlSeconds?: number;
  /** Bearer tokens the API accepts besides issued ones, never expiring. */
  readonly staticTokens?: readonly string[];
  /** Page size of list operations when the request has no `limit`; default 100. */
  readonly defaultPageSize?: number;
  /** Largest page served whatever `limit` asks; default 1000. */
  readonly maxPageSize?: number;
  /**
   * The clock, in milliseconds since the epoch, for token expiry and timestamps; default
   * `Date.now`. Pass a controllable one to expire tokens without waiting.
   */
  readonly now?: () => number;
  /**
   * A request budget per environment and second, answered past its end with 429 and
   * `Retry-After`, as PingOne does; default none.
   */
  readonly rateLimit?: RateLimitOptions;
  /** The OpenAPI description to simulate; default the package's own. */
  readonly spec?: OpenApiDocument;
}

/** A running simulator; see {@link startPingOneSimulator}. */
export interface PingOneSimulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Management API base URL, the equivalent of `https://api.pingone.com/v1`. */
  readonly apiBase: string;
  /** Authorization server base URL; the token endpoint is `<authBase>/<environmentId>/as/token`. */
  readonly authBase: string;
  /** The token endpoint of the worker application's environment. */
  readonly tokenUrl: string;
  /** The environment holding the worker application; it exists as an Environment resource (NA, PRODUCTION). */
  readonly environmentId: string;
  /** The organization the environments belong to (`organization.id`), for organization-level paths such as licenses. */
  readonly organizationId: string;
  /** Client ID of the worker application. */
  readonly clientId: string;
  /** Client secret of the worker application. */
  readonly clientSecret: string;
  /** Every request received, oldest first, with raw headers and bodies (credentials included). */
  readonly requests: readonly RecordedRequest[];
  /** Tokens issued since start or the last {@link PingOneSimulator.reset}. */
  readonly tokensIssued: number;
  /** Fault injection. */
  readonly faults: FaultController;
  /**
   * Inserts resources into a collection as a POST would store them (ID, timestamps, owning
   * environment), without validation, so tests can set up thousands quickly.
   *
   * @param collectionPath A collection path, with or without the API base:
   *   `/environments`, `/environments/<id>/applications`.
   * @param items The resources; an item's own `id` and timestamps are kept.
   * @returns The stored resources.
   * @throws Error when the path is not a collection of the API or its parent does not exist.
   */
  seed(collectionPath: string, items: readonly Resource[]): Resource[];
  /** The stored state of an item or singleton (write-only properties included), or undefined. */
  get(path: string): Resource | undefined;
  /** The stored items of a collection, in order (write-only properties included). */
  list(collectionPath: string): Resource[];
  /**
   * Resolves with the first request received from now on that `match` accepts (every
   * request when omitted): lets a test act once a request has arrived instead of guessing
   * how long that takes.
   */
  waitForRequest(match?: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Invalidates every issued token, as if all had expired; the next API call answers 401. */
  revokeTokens(): void;
  /**
   * Back to the initial state: only the admin environment exists; faults, the request log and
   * the token count are cleared, and answers still waiting on a delay fault are dropped.
   * Issued tokens stay valid.
   */
  reset(): void;
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

// Route tables and compiled validators depend only on the description; simulators share them.
const compiled = new WeakMap<OpenApiDocument, { routes: RouteTable; validator: RequestValidator }>();

async function compile(doc: OpenApiDocument): Promise<{ routes: RouteTable; validator: RequestValidator }> {
  let entry = compiled.get(doc);
  if (!entry) {
    const routes = new RouteTable(doc);
    entry = { routes, validator: new RequestValidator(doc, await loadAjv()) };
    compiled.set(doc, entry);
  }
  return entry;
}

/** Starts a simulator on loopback. Close it when done. */
export async function startPingOneSimulator(options: PingOneSimulatorOptions = {}): Promise<PingOneSimulator> {
  const doc = options.spec ?? (spec as unknown as OpenApiDocument);
  const { routes, validator } = await compile(doc);
  const environmentId = options.environmentId ?? randomUUID();
  const organizationId = options.organizationId ?? randomUUID();
  const clientId = options.clientId ?? randomUUID();
  const clientSecret = options.clientSecret ?? randomBytes(32).toString("base64url");
  const now = options.now ?? Date.now;

  const server = await SimulatorServer.start(options.host ?? "127.0.0.1", options.port ?? 0);
  const apiBase = server.url + routes.basePath;
  const store = new Store();
  const api = new ResourceApi(routes, store, validator, {
    apiBase,
    organizationId,
    now,
    defaultPageSize: options.defaultPageSize ?? 100,
    maxPageSize: options.maxPageSize ?? 1000,
  });
  const tokens = new TokenService({
    environmentId,
    clientId,
    clientSecret,
    ttlSeconds: options.tokenTtlSeconds ?? 3600,
    staticTokens: options.staticTokens ?? [],
    authMethods: options.tokenAuthMethods ?? ["client_secret_basic", "client_secret_post"],
    now,
    authBase: server.url,
  });
  const faults = new FaultQueue();
  const seedAdminEnvironment = (): void => {
    api.seed("/environments", [
      { id: environmentId, name: "Administrators", region: "NA", type: "PRODUCTION", status: "ACTIVE" },
    ]);
    // Paths below an organization need it to exist, as paths below an environment do.
    api.seed("/organizations", [{ id: organizationId, name: "Simulated organization", type: "PAID" }]);
  };
  seedAdminEnvironment();
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit, now) : undefined;
  server.serve(faults, createDispatcher(tokens, api, routes.basePath, limiter));

  return {
    url: server.url,
    apiBase,
    authBase: server.url,
    tokenUrl: `${server.url}/${environmentId}/as/token`,
    environmentId,
    organizationId,
    clientId,
    clientSecret,
    requests: server.requests,
    get tokensIssued() {
      return tokens.issued;
    },
    faults,
    seed: (collectionPath, items) => api.seed(collectionPath, items),
    get: (path) => api.get(path),
    list: (collectionPath) => api.list(collectionPath),
    waitForRequest: (match) => server.waitForRequest(match),
    revokeTokens: () => tokens.revokeAll(),
    reset: () => {
      store.clear();
      seedAdminEnvironment();
      faults.clear();
      server.reset();
      limiter?.clear();
      tokens.resetCount();
    },
    close: () => server.close(),
  };
}
