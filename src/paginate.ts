// Walks PingOne's HAL pages: the first through the typed client, every later one by
// following `_links.next.href` exactly as the service gave it (it carries the cursor).
// Only one page is held at a time, so memory stays flat however long the list is.
import type { paths } from "../generated/schema.ts";
import type { MaybeOptionalInit } from "openapi-fetch";
import type { PingOneClient, RequestInit_, ResponseData } from "./client.ts";
import { PingOneError } from "./errors.ts";
import type { CallOptions } from "./request.ts";

/** GET paths whose response is a HAL collection. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends { get: object }
    ? ResponseData<P, "get"> extends { _embedded: object }
      ? P
      : never
    : never;
}[keyof paths];

type Embedded<P extends ListPath> = ResponseData<P, "get"> extends { _embedded: infer E } ? E : never;
/** The item type of a list operation. */
export type ListItem<P extends ListPath> = Embedded<P>[keyof Embedded<P>] extends readonly (infer I)[] ? I : never;

/** The call's options (required when the path has parameters), then the paging options. */
export type PageArgs<P extends ListPath> =
  {} extends MaybeOptionalInit<paths[P], "get">
    ? [init?: RequestInit_<P, "get">, options?: PageOptions]
    : [init: RequestInit_<P, "get">, options?: PageOptions];

/** Limits of a paging loop. */
export interface PageOptions {
  /** Stop with an error after this many pages, in case a server keeps handing out `next`. Default 10 000. */
  maxPages?: number;
}

/** One page: its items (from whichever `_embedded` array it has) and the raw body. */
export interface Page<P extends ListPath> {
  items: ListItem<P>[];
  body: ResponseData<P, "get">;
  correlationId: string | undefined;
}

/** The page-limit guard fired. */
export class PageLimitError extends PingOneError {
  static {
    this.prototype.name = "PageLimitError";
  }
  constructor(
    readonly url: string,
    readonly maxPages: number,
  ) {
    super(
      `Stopped after ${maxPages} pages of ${url}: the service kept returning a next link (raise maxPages if that is expected).`,
    );
  }
}

/**
 * Iterates over the pages of a list operation. Errors are thrown as PingOneApiError.
 * @example
 * for await (const page of paginatePages(client, "/environments", { params: { query: { limit: 100 } } })) {
 *   console.log(page.items.length);
 * }
 */
export async function* paginatePages<P extends ListPath>(
  client: PingOneClient,
  path: P,
  ...[init, options = {}]: PageArgs<P>
): AsyncGenerator<Page<P>, void, undefined> {
  const maxPages = options.maxPages ?? 10_000;
  const { maxRetries, timeout, signal, headers, params } = (init ?? {}) as CallOptions & {
    signal?: AbortSignal;
    headers?: Record<string, string>;
    params?: { header?: Record<string, string> };
  };
  // Later pages carry the same headers (transaction id, session id) as the first.
  const pageHeaders = { ...headers, ...params?.header };
  const get = client.GET as (path: string, init?: unknown) => ReturnType<PingOneClient["getUrl"]>;
  let result = await get(path, init);
  for (let count = 1; ; count++) {
    if (result.error) throw result.error;
    const body = result.data as ResponseData<P, "get">;
    yield { items: itemsOf(body) as ListItem<P>[], body, correlationId: result.correlationId };
    const next = (body as { _links?: { next?: { href?: string } } })._links?.next?.href;
    if (!next) return;
    if (count >= maxPages) throw new PageLimitError(String(path), maxPages);
    result = await client.getUrl(next, { maxRetries, timeout, signal, headers: pageHeaders });
  }
}

/**
 * Iterates over every item of a list operation, across all pages.
 * @example
 * for await (const environment of paginate(client, "/environments", { params: { query: { filter: 'name sw "Dev"' } } })) {
 *   console.log(environment.name);
 * }
 */
export async function* paginate<P extends ListPath>(
  client: PingOneClient,
  path: P,
  ...args: PageArgs<P>
): AsyncGenerator<ListItem<P>, void, undefined> {
  for await (const page of paginatePages(client, path, ...args)) yield* page.items;
}

/** A collection body has one array under `_embedded`; its name differs per resource. */
function itemsOf(body: unknown): unknown[] {
  const embedded = (body as { _embedded?: Record<string, unknown> })?._embedded;
  if (!embedded) return [];
  for (const value of Object.values(embedded)) if (Array.isArray(value)) return value;
  return [];
}
