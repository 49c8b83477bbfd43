// Turns the document's path templates into a route table. A template ending in a parameter is
// an item; one with a POST, a list response or an item below it is a collection; anything
// else (billOfMaterials) is a singleton sub-resource.
import {
  METHODS,
  declaredProperties,
  immutableProperties,
  findProperty,
  firstExample,
  operationParameters,
  requestBody,
  requiredProperties,
  serverBasePath,
  successContent,
  writeOnlyPaths,
} from "./spec.ts";
import type {
  Method,
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  RequestBodyInfo,
  SchemaObject,
} from "./spec.ts";

/** How the simulator treats a path template. */
export type RouteKind = "collection" | "item" | "singleton";

/** One operation of a route, with what validation needs. */
export interface OperationInfo {
  readonly method: Method;
  readonly parameters: readonly ParameterObject[];
  readonly body: RequestBodyInfo | undefined;
}

/** What the simulator knows about one kind of resource; a collection and its item routes share it. */
export interface ResourceShape {
  /** Property of `_embedded` that holds the items of a list page. */
  readonly embeddedName: string;
  /** Property paths that are accepted but never returned. */
  readonly writeOnly: readonly (readonly string[])[];
  /** Top-level properties a PUT body may carry: a PUT replaces exactly these. */
  readonly writable: ReadonlySet<string>;
  /** Properties a PUT may repeat but not change. */
  readonly immutable: ReadonlySet<string>;
  /** Properties the read schema requires; a PUT that leaves one out keeps the stored value. */
  readonly required: ReadonlySet<string>;
  /** Top-level properties the read schema declares. */
  readonly readable: ReadonlySet<string>;
  /** For singletons: the document's example, served until something is stored. */
  readonly example: unknown;
}

type Segment = { readonly literal: string } | { readonly param: string };

/** A path template of the document and how to serve it. */
export interface Route {
  readonly template: string;
  readonly segments: readonly Segment[];
  readonly kind: RouteKind;
  readonly operations: ReadonlyMap<Method, OperationInfo>;
  readonly shape: ResourceShape;
  /** Link names (`applications`, `propagation/stores`) of the sub-resources below an item. */
  readonly children: readonly string[];
  /** Lengths of the path prefixes that name parent items, which must exist. */
  readonly ancestors: readonly number[];
}

/** A request path matched to a route; `segments` are the decoded path segments after the base. */
export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
  readonly segments: readonly string[];
}

function parseTemplate(template: string): Segment[] {
  return template
    .split("/")
    .filter((s) => s !== "")
    .map((s) => (s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : { literal: s }));
}

function joinTemplate(segments: readonly Segment[]): string {
  return "/" + segments.map((s) => ("param" in s ? `{${s.param}}` : s.literal)).join("/");
}

/** The route table of a document. */
export class RouteTable {
  /** Path prefix of the API (`/v1`), from the document's server URL. */
  readonly basePath: string;
  private readonly routes: Route[];

  constructor(private readonly doc: OpenApiDocument) {
    this.basePath = serverBasePath(doc);
    const templates = Object.keys(doc.paths);
    const parsed = new Map(templates.map((t) => [t, parseTemplate(t)]));
    const kinds = new Map(templates.map((t) => [t, this.kindOf(t, parsed.get(t) ?? [], templates)]));
    const shapes = new Map<string, ResourceShape>();
    const shapeKey = (t: string): string => {
      const segments = parsed.get(t) ?? [];
      return kinds.get(t) === "item" ? joinTemplate(segments.slice(0, -1)) : t;
    };
    for (const t of templates) {
      const key = shapeKey(t);
      if (!shapes.has(key))
        shapes.set(
          key,
          this.shapeOf(
            key,
            kinds.get(key),
            templates.filter((o) => shapeKey(o) === key),
          ),
        );
    }
    this.routes = templates.map((template) => {
      const segments = parsed.get(template) ?? [];
      const kind = kinds.get(template) ?? "singleton";
      return {
        template,
        segments,
        kind,
        operations: this.operationsOf(template),
        shape: shapes.get(shapeKey(template)) as ResourceShape,
        children: kind === "item" ? childLinks(template, parsed) : [],
        ancestors: segments
          .map((_, length) => length)
          .filter((length) => length > 0 && kinds.get(joinTemplate(segments.slice(0, length))) === "item"),
      };
    });
  }

  /** Every operation of every route. */
  *operations(): Iterable<OperationInfo> {
    for (const route of this.routes) yield* route.operations.values();
  }

  /** The route a path (relative to `basePath`, already split and decoded) belongs to, if any. */
  match(segments: readonly string[]): RouteMatch | undefined {
    let best: { route: Route; score: string } | undefined;
    for (const route of this.routes) {
      if (route.segments.length !== segments.length) continue;
      const matches = route.segments.every((s, i) => "param" in s || s.literal === segments[i]);
      if (!matches) continue;
      // Literal segments beat parameters, position by position, so `/x/me` wins over `/x/{id}`.
      const score = route.segments.map((s) => ("param" in s ? "0" : "1")).join("");
      if (!best || score > best.score) best = { route, score };
    }
    if (!best) return undefined;
    const params: Record<string, string> = {};
    best.route.segments.forEach((s, i) => {
      if ("param" in s) params[s.param] = segments[i] ?? "";
    });
    return { route: best.route, params, segments };
  }

  private kindOf(template: string, segments: Segment[], templates: string[]): RouteKind {
    const last = segments.at(-1);
    if (last && "param" in last) return "item";
    const path = this.doc.paths[template];
    const hasItemBelow = templates.some((t) => {
      const other = parseTemplate(t);
      const tail = other.at(-1);
      return (
        other.length === segments.length + 1 && tail !== undefined && "param" in tail && t.startsWith(`${template}/`)
      );
    });
    const list = successContent(this.doc, path?.get)?.schema;
    const isList = list !== undefined && findProperty(this.doc, list, "_embedded") !== undefined;
    return hasItemBelow || path?.post !== undefined || isList ? "collection" : "singleton";
  }

  private operationsOf(template: string): Map<Method, OperationInfo> {
    const operations = new Map<Method, OperationInfo>();
    for (const method of METHODS) {
      const op = this.doc.paths[template]?.[method];
      if (!op) continue;
      operations.set(method, {
        method,
        parameters: operationParameters(this.doc, template, method),
        body: requestBody(this.doc, op),
      });
    }
    return operations;
  }

  /**
   * Builds the shape of the resource behind `key` (a collection or singleton template) from
   * every template that serves it: the collection itself and its item template.
   */
  private shapeOf(key: string, kind: RouteKind | undefined, templates: string[]): ResourceShape {
    const opsOf = (method: Method): OperationObject[] =>
      templates.map((t) => this.doc.paths[t]?.[method]).filter((op) => op !== undefined);
    const bodiesOf = (op: OperationObject): SchemaObject[] => [...(requestBody(this.doc, op)?.media.values() ?? [])];
    const bodies = METHODS.flatMap(opsOf).flatMap(bodiesOf);
    const putBody = opsOf("put").flatMap(bodiesOf)[0];
    // The read schema: what GET of one resource returns (not a list page), else what writes return.
    const readOps = [
      ...opsOf("get").filter((op) => kind !== "collection" || op !== this.doc.paths[key]?.get),
      ...opsOf("post"),
      ...opsOf("put"),
    ];
    const readSchema = readOps.map((op) => successContent(this.doc, op)?.schema).find((r) => r !== undefined);
    const listSchema = kind === "collection" ? successContent(this.doc, this.doc.paths[key]?.get)?.schema : undefined;
    const embedded = listSchema ? findProperty(this.doc, listSchema, "_embedded") : undefined;
    const embeddedName = embedded ? [...declaredProperties(this.doc, embedded)][0] : undefined;
    return {
      embeddedName: embeddedName ?? key.split("/").at(-1) ?? "items",
      writeOnly: dedupe(bodies.flatMap((b) => writeOnlyPaths(this.doc, b))),
      writable: putBody ? declaredProperties(this.doc, putBody) : new Set(),
      immutable: putBody ? immutableProperties(this.doc, putBody) : new Set(),
      required: readSchema ? requiredProperties(this.doc, readSchema) : new Set(),
      readable: readSchema ? declaredProperties(this.doc, readSchema) : new Set(),
      example:
        kind === "singleton" ? firstExample(this.doc, successContent(this.doc, this.doc.paths[key]?.get)) : undefined,
    };
  }
}

function childLinks(template: string, parsed: ReadonlyMap<string, Segment[]>): string[] {
  const own = parsed.get(template)?.length ?? 0;
  const names: string[] = [];
  for (const [other, segments] of parsed) {
    if (!other.startsWith(`${template}/`)) continue;
    const tail = segments.slice(own);
    if (tail.every((s) => "literal" in s)) names.push(tail.map((s) => ("literal" in s ? s.literal : "")).join("/"));
  }
  return names;
}

function dedupe(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
