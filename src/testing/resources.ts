// Generic CRUD over the route table: every collection, item and singleton of the document is
// served by the same code, so new paths in the spec need no simulator changes.
import { randomUUID } from "node:crypto";
import { filterOrInvalid } from "./filter.ts";
import { decodeCursor, pageBody } from "./paging.ts";
import { errorResponse, invalid } from "./responses.ts";
import type { SimResponse } from "./responses.ts";
import type { OperationInfo, ResourceShape, RouteMatch, RouteTable } from "./routes.ts";
import type { ResourceAccess, RuleContext } from "./rules.ts";
import { RULES } from "./rules/index.ts";
import { ANY } from "./spec.ts";
import type { Method, SchemaObject } from "./spec.ts";
import type { Resource, Store, StoredResource } from "./store.ts";
import type { ParameterValues, RequestValidator } from "./validate.ts";

/** Settings of the resource API. */
export interface ResourceApiOptions {
  /** Absolute API base URL (`http://127.0.0.1:PORT/v1`); links and `Location` start with it. */
  readonly apiBase: string;
  /** Set as `organization.id` on top-level resources that have an `organization`. */
  readonly organizationId: string;
  readonly now: () => number;
  /** Page size when a list request has no `limit`. */
  readonly defaultPageSize: number;
  /** Largest page served, whatever `limit` asks for. */
  readonly maxPageSize: number;
}

/** A request to the API, already authenticated. */
export interface ApiRequest {
  readonly method: string;
  /** Decoded path segments after the API base path. */
  readonly segments: readonly string[];
  /** The full request URL, as the simulator's links spell it. */
  readonly url: URL;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly rawBody: string;
}

/** Path of stored things: decoded segments, re-encoded, so lookups do not depend on spelling. */
function pathOf(segments: readonly string[]): string {
  return "/" + segments.map(encodeURIComponent).join("/");
}

/** Serves the resources of the document from the store. */
export class ResourceApi {
  constructor(
    private readonly routes: RouteTable,
    private readonly store: Store,
    private readonly validator: RequestValidator,
    private readonly options: ResourceApiOptions,
  ) {
    this.access = {
      get: (path) => this.get(path),
      list: (collectionPath) => this.list(collectionPath),
      insert: (collectionPath, item) => this.seed(collectionPath, [item])[0] as Resource,
      put: (path, value) => {
        const segments = this.segmentsOf(path);
        if (this.routes.match(segments)?.route.kind === "singleton") this.store.putSingleton(pathOf(segments), value);
        else this.store.put(pathOf(segments.slice(0, -1)), { ...value, id: segments.at(-1) ?? "" });
      },
      remove: (path) => {
        const segments = this.segmentsOf(path);
        return this.routes.match(segments)?.route.kind === "singleton"
          ? this.store.removeSingleton(pathOf(segments))
          : this.store.remove(pathOf(segments.slice(0, -1)), segments.at(-1) ?? "");
      },
      apiBase: this.options.apiBase,
      now: () => this.timestamp(),
    };
  }

  /** What rules may do with the store, by API path. */
  private readonly access: ResourceAccess;

  /** Answers one API request. */
  handle(request: ApiRequest): SimResponse {
    const match = this.routes.match(request.segments);
    if (!match) return errorResponse(404, `No resource exists at ${request.url.pathname}.`);
    const method = request.method.toLowerCase();
    const op = match.route.operations.get(method as Method);
    if (!op) {
      const allow = [...match.route.operations.keys()].map((m) => m.toUpperCase()).join(", ");
      return errorResponse(405, `${request.method} is not supported on ${match.route.template}.`, undefined, {
        Allow: allow,
      });
    }
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(request.url.searchParams.keys())) {
      const all = request.url.searchParams.getAll(key);
      query[key] = all.length === 1 ? (all[0] as string) : all;
    }
    const { values, details } = this.validator.parameters(op, {
      path: { ...match.params },
      query,
      header: request.headers,
    });
    if (details.length > 0) return invalid(details);
    const body = this.readBody(op, request);
    if ("status" in body) return body;
    const bodyDetails = body.schema ? this.validator.body(body.schema, body.value) : [];
    if (bodyDetails.length > 0) return invalid(bodyDetails);
    const missing = this.missingAncestor(match);
    if (missing) return notFound(missing);
    const ctx: RuleContext = {
      method: op.method,
      template: match.route.template,
      params: match.params,
      body: body.value,
      contentType: mediaTypeOf(request),
      query,
      resources: this.access,
    };
    const run = (index: number): SimResponse => {
      const rule = RULES[index];
      return rule ? rule(ctx, () => run(index + 1)) : this.dispatch(match, op, values, body.value, request.url);
    };
    return run(0);
  }

  /** Inserts resources into a collection without validation, as a POST would store them. */
  seed(collectionPath: string, items: readonly Resource[]): Resource[] {
    const match = this.routes.match(this.segmentsOf(collectionPath));
    if (match?.route.kind !== "collection") throw new Error(`${collectionPath} is not a collection of the API`);
    const missing = this.missingAncestor(match);
    if (missing)
      throw new Error(
        `Cannot seed ${collectionPath}: ${pathOf(match.segments.slice(0, missing.length))} does not exist`,
      );
    return items.map((item) => {
      const copy = structuredClone(item);
      return structuredClone(this.insert(match, { ...copy, id: String(copy.id ?? randomUUID()) }));
    });
  }

  /** The stored state of an item or singleton, write-only properties included. */
  get(path: string): Resource | undefined {
    const segments = this.segmentsOf(path);
    const route = this.routes.match(segments)?.route;
    const found =
      route?.kind === "singleton"
        ? this.store.getSingleton(pathOf(segments))
        : this.store.get(pathOf(segments.slice(0, -1)), segments.at(-1) ?? "");
    return found && structuredClone(found);
  }

  /** The stored items of a collection, in order, write-only properties included. */
  list(collectionPath: string): Resource[] {
    return this.store.all(pathOf(this.segmentsOf(collectionPath))).map((item) => structuredClone(item));
  }

  private dispatch(
    match: RouteMatch,
    op: OperationInfo,
    params: ParameterValues,
    body: unknown,
    url: URL,
  ): SimResponse {
    const { route, segments } = match;
    const { method } = op;
    const path = pathOf(segments);
    if (route.kind === "collection" && method === "get") return this.listPage(match, op, params, url);
    if (route.kind === "collection" && method === "post") {
      const created = this.insert(match, { ...(body as Resource), id: randomUUID() });
      const self = `${this.options.apiBase}${path}/${encodeURIComponent(created.id)}`;
      const itemMatch = this.routes.match([...segments, created.id]);
      return {
        status: 201,
        headers: { Location: self },
        body: this.present(created, self, route.shape, itemMatch?.route.children),
      };
    }
    if (route.kind === "item") {
      const collection = pathOf(segments.slice(0, -1));
      const id = segments.at(-1) ?? "";
      const stored = this.store.get(collection, id);
      if (!stored) return notFound(segments);
      const self = this.options.apiBase + path;
      if (method === "delete") {
        this.store.remove(collection, id);
        return { status: 204 };
      }
      if (method === "get") return { status: 200, body: this.present(stored, self, route.shape, route.children) };
      if (method === "put" || method === "patch") {
        const changed = [...route.shape.immutable].filter(
          (key) => Object.hasOwn(body as Resource, key) && key in stored && (body as Resource)[key] !== stored[key],
        );
        if (changed.length > 0) {
          return invalid(
            changed.map((key) => ({
              code: "INVALID_VALUE",
              target: key,
              message: `${key} cannot be changed after creation (it is ${JSON.stringify(stored[key])})`,
            })),
          );
        }
        const next =
          method === "put" ? replace(stored, body as Resource, route.shape) : (mergePatch(stored, body) as Resource);
        const updated = { ...next, id, updatedAt: this.timestamp() };
        this.store.put(collection, updated);
        this.syncSingletons(match, updated);
        return { status: 200, body: this.present(updated, self, route.shape, route.children) };
      }
    }
    if (route.kind === "singleton") {
      const self = this.options.apiBase + path;
      const stored = this.store.getSingleton(path);
      if (method === "get") {
        const value = stored ?? defaultSingleton(route.shape);
        return value ? { status: 200, body: this.present(value, self, route.shape) } : notFound(segments);
      }
      if (method === "delete") return this.store.removeSingleton(path) ? { status: 204 } : notFound(segments);
      if (method === "put" || method === "patch") {
        const base = stored ?? defaultSingleton(route.shape) ?? {};
        const next =
          method === "put" ? replace(base, body as Resource, route.shape) : (mergePatch(base, body) as Resource);
        const now = this.timestamp();
        const value = { ...next, createdAt: stored?.createdAt ?? now, updatedAt: now };
        this.store.putSingleton(path, value);
        return { status: 200, body: this.present(value, self, route.shape) };
      }
    }
    return errorResponse(501, `The simulator does not implement ${method.toUpperCase()} on ${route.template}.`);
  }

  private listPage(match: RouteMatch, listOp: OperationInfo, params: ParameterValues, url: URL): SimResponse {
    const query = params.query;
    const predicate = typeof query.filter === "string" ? filterOrInvalid(query.filter) : undefined;
    if (predicate !== undefined && typeof predicate !== "function") return predicate;
    let after = 0;
    if (typeof query.cursor === "string") {
      const decoded = decodeCursor(query.cursor);
      if (decoded === undefined)
        return invalid([{ code: "INVALID_VALUE", target: "cursor", message: "cursor is not a valid cursor" }]);
      after = decoded;
    }
    // Only operations that declare a cursor page; the others return everything at once.
    const paged = listOp.parameters.some((p) => p.in === "query" && p.name === "cursor");
    const requested = typeof query.limit === "number" ? query.limit : paged ? this.options.defaultPageSize : Infinity;
    const limit = Math.min(requested, paged ? this.options.maxPageSize : Infinity);
    const path = pathOf(match.segments);
    const page = this.store.page(path, after, limit, predicate);
    const resolved = paged ? page : { ...page, nextAfter: undefined };
    const items = page.items.map((item) => {
      const self = `${this.options.apiBase}${path}/${encodeURIComponent(String(item.id))}`;
      const children = this.routes.match([...match.segments, String(item.id)])?.route.children;
      return this.present(item, self, match.route.shape, children);
    });
    return { status: 200, body: pageBody(resolved, match.route.shape.embeddedName, url, items) };
  }

  private insert(match: RouteMatch, body: StoredResource): StoredResource {
    const now = this.timestamp();
    const environmentId =
      match.segments[0] === "environments" && match.segments.length > 2 ? match.segments[1] : undefined;
    const inOrganization = match.segments.length === 1 && match.route.shape.readable.has("organization");
    const item: StoredResource = {
      ...(inOrganization ? { organization: { id: this.options.organizationId } } : {}),
      ...body,
      ...(environmentId ? { environment: { id: environmentId } } : {}),
      createdAt: body.createdAt ?? now,
      updatedAt: body.updatedAt ?? now,
    };
    this.store.put(pathOf(match.segments), item);
    const itemMatch = this.routes.match([...match.segments, item.id]);
    if (itemMatch) this.syncSingletons(itemMatch, item);
    return item;
  }

  /**
   * A property named like a singleton below the item (an environment's `billOfMaterials`) is
   * what PingOne sets up that sub-resource with, so it becomes the sub-resource's state.
   */
  private syncSingletons(itemMatch: RouteMatch, item: Resource): void {
    for (const child of itemMatch.route.children) {
      const value = item[child];
      if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
      const segments = [...itemMatch.segments, ...child.split("/")];
      if (this.routes.match(segments)?.route.kind !== "singleton") continue;
      const now = this.timestamp();
      this.store.putSingleton(pathOf(segments), { ...(value as Resource), createdAt: now, updatedAt: now });
    }
  }

  private missingAncestor(match: RouteMatch): readonly string[] | undefined {
    for (const length of match.route.ancestors) {
      const segments = match.segments.slice(0, length);
      if (!this.store.get(pathOf(segments.slice(0, -1)), segments.at(-1) ?? "")) return segments;
    }
    return undefined;
  }

  /** Parses the body of an operation that takes one, choosing the schema by media type. */
  private readBody(op: OperationInfo, request: ApiRequest): { value: unknown; schema?: SchemaObject } | SimResponse {
    if (!op.body) return { value: undefined };
    if (request.rawBody === "") {
      return op.body.required
        ? invalid([{ code: "REQUIRED_VALUE", target: "body", message: "A request body is required" }])
        : { value: undefined };
    }
    const contentType = mediaTypeOf(request);
    const schema = op.body.media.get(contentType);
    if (!schema) {
      const accepted = [...op.body.media.keys()].join(", ");
      return errorResponse(
        415,
        `The request body must be sent as ${accepted}, not ${contentType || "without a Content-Type"}.`,
      );
    }
    try {
      return { value: JSON.parse(request.rawBody) as unknown, schema };
    } catch {
      return invalid([{ code: "INVALID_VALUE", target: "body", message: "The request body is not valid JSON" }]);
    }
  }

  private present(item: Resource, self: string, shape: ResourceShape, children: readonly string[] = []): Resource {
    let visible: unknown = item;
    for (const path of shape.writeOnly) visible = without(visible, path);
    // The store stamps every resource; show the stamps only where the description declares them.
    for (const stamp of TIMESTAMPS)
      if (shape.readable.size > 0 && !shape.readable.has(stamp)) visible = without(visible, [stamp]);
    const links: Record<string, { href: string }> = { self: { href: self } };
    for (const child of children) links[child] = { href: `${self}/${child}` };
    return { _links: links, ...(visible as Resource) };
  }

  private segmentsOf(path: string): string[] {
    const pathname = /^https?:/.test(path) ? new URL(path).pathname : (path.split("?")[0] ?? "");
    const base = this.routes.basePath;
    const relative = base && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
    return relative
      .split("/")
      .filter((s) => s !== "")
      .map(decodeURIComponent);
  }

  private timestamp(): string {
    return new Date(this.options.now()).toISOString();
  }
}

/** The request's media type, lower-case, without parameters. */
function mediaTypeOf(request: ApiRequest): string {
  return (
    String(request.headers["content-type"] ?? "")
      .split(";")[0]
      ?.trim()
      .toLowerCase() ?? ""
  );
}

function notFound(segments: readonly string[]): SimResponse {
  return errorResponse(404, `Unable to find resource with id ${segments.at(-1) ?? ""}.`);
}

/** PUT semantics: the body replaces what the PUT schema declares; the rest stays. */
function replace(stored: Resource, body: Resource, shape: ResourceShape): Resource {
  const kept = Object.entries(stored).filter(
    ([key]) => !shape.writable.has(key) || (shape.required.has(key) && !Object.hasOwn(body, key)),
  );
  return { ...Object.fromEntries(kept), ...body };
}

/** JSON Merge Patch (RFC 7396): objects merge recursively, `null` removes. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    target !== null && typeof target === "object" && !Array.isArray(target) ? { ...(target as Resource) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The document's example for a singleton nobody has written yet, without its example links. */
function defaultSingleton(shape: ResourceShape): Resource | undefined {
  if (shape.example === null || typeof shape.example !== "object") return undefined;
  const { _links: _, ...rest } = shape.example as Resource;
  return structuredClone(rest);
}

/** A copy of `value` without the property at `path` (`*` = every element or value). */
const TIMESTAMPS = ["createdAt", "updatedAt"] as const;

function without(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return head === ANY ? value.map((v) => without(v, rest)) : value;
  const record = value as Resource;
  if (head === ANY) return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, without(v, rest)]));
  if (!Object.hasOwn(record, head)) return record;
  if (rest.length === 0) {
    const { [head]: _, ...others } = record;
    return others;
  }
  return { ...record, [head]: without(record[head], rest) };
}
