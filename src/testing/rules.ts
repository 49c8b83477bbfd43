// Behaviour the description cannot express (relations between resources, actions that are
// not plain CRUD) lives in small rules, one module per domain under rules/. A rule wraps the
// generic handler the way middleware wraps a request: it may answer instead of it, check
// before it, or act on what it stored.
import type { SimResponse } from "./responses.ts";
import type { Method } from "./spec.ts";
import type { Resource } from "./store.ts";

/** What a rule sees of one validated API request. */
export interface RuleContext {
  /** Lower-case method. */
  readonly method: Method;
  /** The route template that matched, as the description spells it: `/environments/{environmentID}/groups/{groupID}`. */
  readonly template: string;
  /** Decoded path parameters by name. */
  readonly params: Readonly<Record<string, string>>;
  /** The parsed, already validated request body (undefined when there is none). */
  readonly body: unknown;
  /** The request's media type, lower-case, without parameters (`application/vnd.pingidentity.password.reset+json`). */
  readonly contentType: string;
  /** The request's query parameters, as sent (a repeated one as an array). */
  readonly query: Readonly<Record<string, string | string[]>>;
  /** Read and change the stored resources, by path relative to the API base (`/environments/<id>/groups`). */
  readonly resources: ResourceAccess;
}

/** The store, by API path, for rules. Values are copies. */
export interface ResourceAccess {
  /** An item or singleton, write-only properties included; undefined when absent. */
  get(path: string): Resource | undefined;
  /** The items of a collection, in order. */
  list(collectionPath: string): Resource[];
  /** Stores a new item in a collection (ID and timestamps added when missing) and returns it. */
  insert(collectionPath: string, item: Resource): Resource;
  /** Replaces a stored item or singleton at its path. */
  put(path: string, value: Resource): void;
  /** Removes an item (and everything below it) or a singleton; false when it did not exist. */
  remove(path: string): boolean;
  /** The API base URL, for `_links`. */
  readonly apiBase: string;
  /** The simulator's clock, as an ISO timestamp. */
  now(): string;
}

/** One domain's behaviour. `next` runs the rules after it and then the generic handler. */
export type SimRule = (ctx: RuleContext, next: () => SimResponse) => SimResponse;

/** One segment of a store path, encoded as in a URL (store paths are compared as sent). */
export function pathSegment(value: string | undefined): string {
  return encodeURIComponent(value ?? "");
}

/** The store path the request addressed: its route template with the parameters filled in, encoded. */
export function requestPath(ctx: RuleContext): string {
  return ctx.template.replace(/\{([^}]+)\}/g, (_, name: string) => pathSegment(ctx.params[name]));
}

/**
 * The store path of an environment, its ID encoded as in a URL: the one a rule's request
 * names, or the one with the given ID (an environment just created, say).
 */
export function environmentPath(of: RuleContext | string | undefined): string {
  return `/environments/${pathSegment(typeof of === "object" ? of.params.environmentID : of)}`;
}
