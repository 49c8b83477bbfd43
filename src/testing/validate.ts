// Request validation against the OpenAPI document with Ajv (JSON Schema 2020-12), reported the
// way PingOne reports it: one `details` entry per problem, `target` naming the field.
import type { Ajv2020, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import type { AjvModules } from "./ajv.ts";
import type { OperationInfo } from "./routes.ts";
import { deref } from "./spec.ts";
import type { OpenApiDocument, SchemaObject } from "./spec.ts";

/** One problem with a request, in the shape of PingOne's `ErrorDetail`. */
export interface ErrorDetail {
  readonly code: string;
  readonly target: string;
  readonly message: string;
}

/** Parameter values by location, after validation coerced them to their schema types. */
export interface ParameterValues {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly header: Record<string, unknown>;
}

// The document is added to Ajv under this id; its own `#/components/...` refs then resolve
// as `spec.json#/components/...`.
const SPEC_ID = "spec.json";
// OpenAPI keywords that carry no validation meaning.
const OPENAPI_KEYWORDS = ["discriminator", "example", "xml", "externalDocs"];

/**
 * Validates requests against one document. Each validator is compiled the first time it is
 * needed and kept: with hundreds of operations, compiling all of them at every start would
 * cost seconds a test run mostly does not use. `compileAll()` compiles everything at once, to
 * prove that the whole description compiles.
 */
export class RequestValidator {
  private readonly bodyAjv: Ajv2020;
  // Parameters arrive as strings; this instance coerces them to their declared types.
  private readonly paramAjv: Ajv2020;
  private readonly paramValidators = new Map<OperationInfo, ValidateFunction>();
  // Keyed by the schema object, or by the `#/...` ref a discriminator maps to.
  private readonly bodyValidators = new Map<SchemaObject | string, ValidateFunction>();

  constructor(
    private readonly doc: OpenApiDocument,
    private readonly ajv: AjvModules,
  ) {
    this.bodyAjv = this.createAjv(false);
    this.paramAjv = this.createAjv(true);
  }

  /** Compiles the validators of every operation now; throws on the first schema Ajv rejects. */
  compileAll(operations: Iterable<OperationInfo>): void {
    for (const op of operations) {
      this.parameterValidator(op);
      for (const schema of op.body?.media.values() ?? []) {
        this.bodyValidator(schema);
        for (const ref of Object.values(deref<SchemaObject>(this.doc, schema).discriminator?.mapping ?? {}))
          this.bodyValidator(mappingPointer(ref));
      }
    }
  }

  private parameterValidator(op: OperationInfo): ValidateFunction {
    let validate = this.paramValidators.get(op);
    if (!validate) this.paramValidators.set(op, (validate = this.paramAjv.compile(this.parameterSchema(op))));
    return validate;
  }

  /** `key` is a media type's schema, or the `#/...` pointer a discriminator maps to. */
  private bodyValidator(key: SchemaObject | string): ValidateFunction {
    let validate = this.bodyValidators.get(key);
    if (!validate) {
      validate = this.bodyAjv.compile(typeof key === "string" ? { $ref: SPEC_ID + key } : absolutize(key));
      this.bodyValidators.set(key, validate);
    }
    return validate;
  }

  /**
   * Checks path, query and header parameters. Query parameters the operation does not declare
   * are rejected, so a client sending one the spec lacks finds out here.
   */
  parameters(
    op: OperationInfo,
    raw: { path: Record<string, string>; query: Record<string, string | string[]>; header: Record<string, unknown> },
  ): { values: ParameterValues; details: ErrorDetail[] } {
    const validate = this.parameterValidator(op);
    const header: Record<string, unknown> = {};
    for (const p of op.parameters) {
      const value = raw.header[p.name.toLowerCase()];
      if (p.in === "header" && value !== undefined) header[p.name] = value;
    }
    const values = { path: { ...raw.path }, query: { ...raw.query }, header };
    if (validate(values)) return { values, details: [] };
    return { values, details: toDetails(validate.errors ?? [], "parameter") };
  }

  /** Checks a parsed JSON body against one of the request body schemas of an operation. */
  body(schema: SchemaObject, body: unknown): ErrorDetail[] {
    const resolved = deref<SchemaObject>(this.doc, schema);
    const mapping = resolved.discriminator?.mapping;
    const tagName = resolved.discriminator?.propertyName;
    // Validating against the variant the discriminator names keeps the other variants' failures
    // out of the details; a client sending a PingOne store does not need to hear about scim.
    if (mapping && tagName && isObject(body)) {
      const tag = body[tagName];
      if (tag === undefined) return [{ code: "REQUIRED_VALUE", target: tagName, message: `${tagName} is required` }];
      const ref = typeof tag === "string" && Object.hasOwn(mapping, tag) ? mapping[tag] : undefined;
      if (ref === undefined) {
        const allowed = Object.keys(mapping).join(", ");
        return [{ code: "INVALID_VALUE", target: tagName, message: `${tagName} must be one of: ${allowed}` }];
      }
      return this.check(mappingPointer(ref), body);
    }
    return this.check(schema, body);
  }

  private check(key: SchemaObject | string, body: unknown): ErrorDetail[] {
    const validate = this.bodyValidator(key);
    return validate(body) ? [] : toDetails(validate.errors ?? [], "body");
  }

  private parameterSchema(op: OperationInfo): object {
    const location = (where: string, closed: boolean): object => {
      const params = op.parameters.filter((p) => p.in === where);
      return {
        type: "object",
        properties: Object.fromEntries(params.map((p) => [p.name, absolutize(p.schema ?? {})])),
        required: params.filter((p) => p.required).map((p) => p.name),
        additionalProperties: !closed,
      };
    };
    return {
      type: "object",
      properties: { path: location("path", false), query: location("query", true), header: location("header", false) },
    };
  }

  private createAjv(coerceTypes: boolean): Ajv2020 {
    const ajv = new this.ajv.Ajv2020({
      allErrors: true,
      coerceTypes,
      allowUnionTypes: true,
      strictTypes: false,
      strictTuples: false,
    });
    this.ajv.addFormats(ajv);
    const extensions = new Set<string>();
    collectExtensionKeys(this.doc, extensions);
    for (const keyword of [...OPENAPI_KEYWORDS, ...extensions]) ajv.addKeyword(keyword);
    // The document root is compiled as a schema too when refs point into it; its OpenAPI
    // top-level fields (openapi, info, paths, ...) must not trip strict mode.
    for (const key of Object.keys(this.doc)) if (!ajv.getKeyword(key)) ajv.addKeyword(key);
    ajv.addSchema({ ...this.doc, $id: SPEC_ID });
    return ajv;
  }
}

/** A discriminator mapping value as a local ref: OpenAPI also allows a bare schema name. */
function mappingPointer(ref: string): string {
  return ref.startsWith("#") ? ref : `#/components/schemas/${ref}`;
}

/** A copy of a schema fragment whose local refs point into the document added as {@link SPEC_ID}. */
function absolutize(node: unknown): SchemaObject {
  if (Array.isArray(node)) return node.map(absolutize) as unknown as SchemaObject;
  if (!isObject(node)) return node as SchemaObject;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === "$ref" && typeof v === "string" && v.startsWith("#") ? SPEC_ID + v : absolutize(v),
    ]),
  );
}

function collectExtensionKeys(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectExtensionKeys(n, into));
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("x-")) into.add(k);
      collectExtensionKeys(v, into);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function pointerSegments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** `["configuration", "REGION"]` → `configuration.REGION`; `["products", "0", "type"]` → `products[0].type`. */
function joinTarget(segments: string[]): string {
  return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}

function toDetails(errors: ErrorObject[], source: "body" | "parameter"): ErrorDetail[] {
  // Union keywords only summarise failures already reported by their branches.
  const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf");
  const chosen = specific.length > 0 ? specific : errors;
  const seen = new Set<string>();
  const details: ErrorDetail[] = [];
  for (const error of chosen) {
    const detail = toDetail(error, source);
    const key = `${detail.code}|${detail.target}|${detail.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    details.push(detail);
  }
  return details;
}

function toDetail(error: ErrorObject, source: "body" | "parameter"): ErrorDetail {
  // Parameter errors carry `/query/limit`; the location is not part of the target.
  const segments = pointerSegments(error.instancePath).slice(source === "parameter" ? 1 : 0);
  const params = error.params as Record<string, unknown>;
  const at = (extra?: string): string => joinTarget(extra === undefined ? segments : [...segments, extra]) || "body";
  switch (error.keyword) {
    case "required": {
      const target = at(String(params.missingProperty));
      return { code: "REQUIRED_VALUE", target, message: `${target} is required` };
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const target = at(String(params.additionalProperty ?? params.unevaluatedProperty));
      return source === "parameter"
        ? { code: "INVALID_PARAMETER", target, message: `${target} is not a supported parameter` }
        : { code: "INVALID_VALUE", target, message: `${target} is not a recognized property` };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String).join(", ");
      return { code: "INVALID_VALUE", target: at(), message: `${at()} must be one of: ${allowed}` };
    }
    case "const":
      return { code: "INVALID_VALUE", target: at(), message: `${at()} must be ${JSON.stringify(params.allowedValue)}` };
    case "minLength":
    case "minItems":
      return params.limit === 1
        ? { code: "EMPTY_VALUE", target: at(), message: `${at()} must not be empty` }
        : { code: "INVALID_VALUE", target: at(), message: `${at()} ${error.message}` };
    case "maxLength":
    case "maxItems":
    case "maxProperties":
      return { code: "SIZE_LIMIT_EXCEEDED", target: at(), message: `${at()} ${error.message}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { code: "OUT_OF_RANGE", target: at(), message: `${at()} ${error.message}` };
    default:
      return { code: "INVALID_VALUE", target: at(), message: `${at()} ${error.message}` };
  }
}
