// The slice of an OpenAPI 3.1 document the simulator reads, and the schema walks it needs.
// Everything resource-specific is derived here from the document, so paths added to the
// spec are simulated without code changes.

/** A JSON Schema object as it appears in the OpenAPI document (OpenAPI 3.1 = JSON Schema 2020-12). */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  items?: SchemaObject;
  additionalProperties?: SchemaObject | boolean;
  writeOnly?: boolean;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  [keyword: string]: unknown;
}

/** An OpenAPI parameter, after `$ref` resolution. */
export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: SchemaObject;
}

interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

interface RequestBodyObject {
  $ref?: string;
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

/** An OpenAPI operation. */
export interface OperationObject {
  operationId?: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
}

/** The HTTP methods an OpenAPI path item can describe, in lower case as the document spells them. */
export const METHODS = ["get", "put", "post", "delete", "patch"] as const;
export type Method = (typeof METHODS)[number];

type PathItemObject = { parameters?: Array<ParameterObject | { $ref: string }> } & {
  [M in Method]?: OperationObject;
};

/** The parts of an OpenAPI 3.1 document the simulator uses. */
export interface OpenApiDocument {
  servers?: Array<{ url: string; variables?: Record<string, { default: string }> }>;
  paths: Record<string, PathItemObject>;
  components?: Record<string, unknown>;
  [key: string]: unknown;
}

const JSON_MEDIA_TYPE = "application/json";

/** Resolves a local `#/...` reference to the object it points at. */
function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#")) throw new Error(`Only local references are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) {
      throw new Error(`Unresolvable reference ${ref}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows `$ref` until reaching an object that is not a reference. */
export function deref<T>(doc: OpenApiDocument, node: T | { $ref: string }): T {
  let current: unknown = node;
  const seen = new Set<string>();
  while (current !== null && typeof current === "object" && typeof (current as { $ref?: unknown }).$ref === "string") {
    const ref = (current as { $ref: string }).$ref;
    if (seen.has(ref)) throw new Error(`Reference cycle at ${ref}`);
    seen.add(ref);
    current = resolvePointer(doc, ref);
  }
  return current as T;
}

/** An operation's JSON request body: its schema per JSON media type, and whether it is required. */
export interface RequestBodyInfo {
  /** Media type (lower case, without parameters) → schema, for `application/json` and `+json` types. */
  readonly media: ReadonlyMap<string, SchemaObject>;
  readonly required: boolean;
}

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/i;

/** The JSON request bodies an operation accepts, if any. */
export function requestBody(doc: OpenApiDocument, op: OperationObject | undefined): RequestBodyInfo | undefined {
  if (!op?.requestBody) return undefined;
  const body = deref<RequestBodyObject>(doc, op.requestBody);
  const media = new Map<string, SchemaObject>();
  for (const [type, content] of Object.entries(body.content ?? {})) {
    if (JSON_MEDIA.test(type) && content.schema) media.set(type.toLowerCase(), content.schema);
  }
  return media.size > 0 ? { media, required: body.required === true } : undefined;
}

/** The path prefix of the API server URL (`/v1`), with server variables at their defaults. */
export function serverBasePath(doc: OpenApiDocument): string {
  const server = doc.servers?.[0];
  if (!server) return "";
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? name);
  return new URL(url, "http://placeholder").pathname.replace(/\/$/, "");
}

/** The operation's parameters merged with its path item's (operation-level ones win), resolved. */
export function operationParameters(doc: OpenApiDocument, template: string, method: Method): ParameterObject[] {
  const item = doc.paths[template];
  const merged = new Map<string, ParameterObject>();
  for (const raw of [...(item?.parameters ?? []), ...(item?.[method]?.parameters ?? [])]) {
    const param = deref<ParameterObject>(doc, raw);
    merged.set(`${param.in}:${param.name}`, param);
  }
  return [...merged.values()];
}

/** The JSON content of the first 2xx response of an operation. */
export function successContent(doc: OpenApiDocument, op: OperationObject | undefined): MediaTypeObject | undefined {
  for (const [status, response] of Object.entries(op?.responses ?? {})) {
    if (!status.startsWith("2")) continue;
    const content = deref<ResponseObject>(doc, response).content?.[JSON_MEDIA_TYPE];
    if (content) return content;
  }
  return undefined;
}

/** The first documented example of a media type, if any. */
export function firstExample(doc: OpenApiDocument, media: MediaTypeObject | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  return first ? deref<{ value?: unknown }>(doc, first).value : undefined;
}

/**
 * Visits every schema that applies to the same instance as `schema` (through `$ref`, `allOf`,
 * `oneOf`, `anyOf`). Branches of a union are all visited: callers want the union of what any
 * variant may say.
 */
function eachFacet(doc: OpenApiDocument, schema: SchemaObject, visit: (facet: SchemaObject) => void): void {
  const stack = [schema];
  const seen = new Set<SchemaObject>();
  while (stack.length > 0) {
    const facet = deref<SchemaObject>(doc, stack.pop() as SchemaObject);
    if (seen.has(facet)) continue;
    seen.add(facet);
    visit(facet);
    stack.push(...(facet.allOf ?? []), ...(facet.oneOf ?? []), ...(facet.anyOf ?? []));
  }
}

/** Finds the schema of a property, looking through composition keywords. */
export function findProperty(doc: OpenApiDocument, schema: SchemaObject, name: string): SchemaObject | undefined {
  let found: SchemaObject | undefined;
  eachFacet(doc, schema, (facet) => {
    found ??= facet.properties?.[name];
  });
  return found;
}

/** Names of the top-level properties any variant of the schema declares. */
export function declaredProperties(doc: OpenApiDocument, schema: SchemaObject): Set<string> {
  const names = new Set<string>();
  eachFacet(doc, schema, (facet) => Object.keys(facet.properties ?? {}).forEach((n) => names.add(n)));
  return names;
}

/**
 * Top-level properties marked `x-pingone-immutable`: set at creation, and a PUT may only
 * repeat their current value (an environment's `region`, an application's `protocol`).
 */
export function immutableProperties(doc: OpenApiDocument, schema: SchemaObject): Set<string> {
  const names = new Set<string>();
  eachFacet(doc, schema, (facet) => {
    for (const [name, property] of Object.entries(facet.properties ?? {})) {
      if ((property as Record<string, unknown>)["x-pingone-immutable"] === true) names.add(name);
    }
  });
  return names;
}

/** Names of the top-level properties any variant of the schema requires. */
export function requiredProperties(doc: OpenApiDocument, schema: SchemaObject): Set<string> {
  const names = new Set<string>();
  eachFacet(doc, schema, (facet) => facet.required?.forEach((n) => names.add(n)));
  return names;
}

/** `*` stands for every array element or every value of a map in a property path. */
export const ANY = "*";

/**
 * Paths of the properties marked `writeOnly` anywhere in the schema, e.g.
 * `[["configuration", "CLIENT_SECRET"]]`. Over-approximates across union variants on purpose:
 * hiding a property too many is harmless, leaking a secret is not.
 */
export function writeOnlyPaths(doc: OpenApiDocument, schema: SchemaObject): string[][] {
  const paths: string[][] = [];
  const walk = (node: SchemaObject, path: string[], active: Set<SchemaObject>): void => {
    eachFacet(doc, node, (facet) => {
      if (active.has(facet)) return;
      const inner = new Set(active).add(facet);
      for (const [name, prop] of Object.entries(facet.properties ?? {})) {
        if (deref<SchemaObject>(doc, prop).writeOnly === true) paths.push([...path, name]);
        else walk(prop, [...path, name], inner);
      }
      if (facet.items) walk(facet.items, [...path, ANY], inner);
      if (typeof facet.additionalProperties === "object") walk(facet.additionalProperties, [...path, ANY], inner);
    });
  };
  walk(schema, [], new Set());
  return paths;
}
