// Code samples for every operation, derived from the spec itself so the docs cannot drift from
// it: a pingone-client call and the equivalent curl command, both filled from the same
// example values and the same request-body example.
import { createHash } from "node:crypto";
import type {
  ExampleObject,
  MediaTypeObject,
  OpenAPI3,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
} from "openapi-typescript";
import { REGIONS } from "../src/regions.ts";

export interface CodeSamples {
  typescript: string;
  curl: string;
}

export interface Operation {
  path: string;
  method: string;
  operationId: string;
  summary: string | undefined;
  /** The operation object itself, so callers can add to it (x-codeSamples). */
  operation: OperationObject;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
// The methods PingOneClient has; anything else in the spec cannot be shown as a client call.
const CLIENT_METHODS = new Set(["get", "put", "post", "delete", "patch"]);
// The samples say `region: "NA"`, so curl must call the same region's host.
const SAMPLE_REGION = "NA";
// The docs' sample panel is narrow; wider lines scroll.
const LINE_WIDTH = 80;

/** Every operation of the spec, in document order. */
export function listOperations(spec: OpenAPI3): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const pathItem = resolve(spec, item);
    for (const method of HTTP_METHODS) {
      const entry = pathItem[method];
      if (!entry) continue;
      const operation = resolve(spec, entry);
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId.`);
      found.push({ path, method, operationId: operation.operationId, summary: operation.summary, operation });
    }
  }
  return found;
}

/** The samples of every operation, keyed by operationId. Throws naming the operation it cannot illustrate. */
export function generateCodeSamples(spec: OpenAPI3): Map<string, CodeSamples> {
  const apiBase = REGIONS.find((r) => r.code === SAMPLE_REGION)?.apiBase;
  if (!apiBase) throw new Error(`src/regions.ts has no region ${SAMPLE_REGION}.`);
  const samples = new Map<string, CodeSamples>();
  for (const op of listOperations(spec)) {
    try {
      const call = describeCall(spec, op);
      samples.set(op.operationId, { typescript: typescriptSample(call), curl: curlSample(call, apiBase) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Cannot write code samples for ${op.operationId} (${op.method.toUpperCase()} ${op.path}): ${reason}`,
      );
    }
  }
  return samples;
}

/** One concrete call of an operation: every value both samples need, decided once. */
interface Call {
  method: string;
  path: string;
  pathParams: [string, unknown][];
  query: [string, unknown][];
  headers: [string, unknown][];
  /** `chosen`: the operation takes several bodies, told apart by media type (sendAs). */
  /**
   * `file`: the body is a file sent as it is (an image upload). `formFiles`: the body is
   * `multipart/form-data`, and these of its fields are files (the example names them).
   */
  body: { mediaType: string; value: unknown; chosen: boolean; file?: string; formFiles?: string[] } | undefined;
  resultName: string | undefined;
}

function describeCall(spec: OpenAPI3, op: Operation): Call {
  if (!CLIENT_METHODS.has(op.method)) throw new Error(`pingone-client has no ${op.method.toUpperCase()} method.`);
  const params = parameters(spec, op);
  // Optional parameters are left out: a sample shows the least a caller must write.
  const valued = (where: ParameterObject["in"]): [string, unknown][] =>
    params
      .filter((p) => p.in === where && (p.required || where === "path"))
      .map((p) => [p.name, exampleValue(spec, p)]);
  return {
    method: op.method,
    path: op.path,
    pathParams: valued("path"),
    query: valued("query"),
    headers: valued("header"),
    body: requestBody(spec, op.operation),
    resultName: hasResponseBody(spec, op.operation) ? resultName(op.operationId) : undefined,
  };
}

/** Path-level parameters apply to every operation unless the operation redefines them. */
function parameters(spec: OpenAPI3, op: Operation): ParameterObject[] {
  const pathItem = resolve(spec, spec.paths?.[op.path] ?? {});
  const byKey = new Map<string, ParameterObject>();
  for (const ref of [...(pathItem.parameters ?? []), ...(op.operation.parameters ?? [])]) {
    const param = resolve(spec, ref);
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()];
}

function exampleValue(spec: OpenAPI3, param: ParameterObject): unknown {
  if (param.example !== undefined) return param.example;
  const firstExample = Object.values(param.examples ?? {})[0];
  if (firstExample) return exampleObjectValue(spec, firstExample);
  const schema = resolve<ValueHints>(spec, (param.schema ?? {}) as ValueHints);
  const fromSchema = schema.example ?? schema.examples?.[0] ?? schema.default ?? schema.enum?.[0];
  if (fromSchema !== undefined) return fromSchema;
  if (schema.type === "integer" || schema.type === "number") return schema.minimum ?? 1;
  if (schema.type === "boolean") return true;
  return uuidFor(param.name);
}

/** The schema keywords a parameter value can be taken from (SchemaObject's union hides some). */
interface ValueHints {
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  enum?: unknown[];
  type?: unknown;
  minimum?: number;
}

/** A stable, valid-looking UUID per parameter name, so rebuilding the docs changes nothing. */
function uuidFor(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The first named example, so the docs' payload tab, the curl and the TypeScript sample agree. */
function requestBody(spec: OpenAPI3, operation: OperationObject): Call["body"] {
  if (!operation.requestBody) return undefined;
  const body: RequestBodyObject = resolve(spec, operation.requestBody);
  const json = Object.entries(body.content).find(([type]) => /^application\/(?:[\w.-]+\+)?json\b/.test(type));
  // A file sent as it is (an image upload): the samples read it from disk.
  const file = Object.keys(body.content).find((type) =>
    /^(?:image|audio|video)\/|^application\/octet-stream$/.test(type),
  );
  if (!json && file) return { mediaType: file, value: undefined, chosen: false, file: `upload.${file.split("/")[1]}` };
  const form = body.content["multipart/form-data"];
  if (!json && form) {
    const media: MediaTypeObject = resolve(spec, form);
    const value = firstExampleValue(spec, media);
    if (value === undefined) throw new Error("its multipart/form-data body has no example; add one under `examples`.");
    const schema: SchemaObject | undefined = media.schema && resolve(spec, media.schema);
    const properties = (schema && "properties" in schema ? schema.properties : undefined) ?? {};
    const formFiles = Object.entries(properties)
      .filter(([, property]) => {
        const field: SchemaObject = resolve(spec, property as SchemaObject | ReferenceObject);
        return "contentMediaType" in field || field.format === "binary";
      })
      .map(([name]) => name);
    return { mediaType: "multipart/form-data", value, chosen: false, formFiles };
  }
  if (!json) throw new Error(`its request body has no JSON media type (${Object.keys(body.content).join(", ")}).`);
  const [mediaType, ref] = json;
  const value = firstExampleValue(spec, resolve(spec, ref));
  const chosen = Object.keys(body.content).length > 1;
  if (value !== undefined || chosen) return { mediaType, value, chosen };
  if (body.required) throw new Error(`its request body (${mediaType}) has no example; add one under \`examples\`.`);
  return undefined;
}

/** The value of a media type's first named example, or of its inline `example`. */
function firstExampleValue(spec: OpenAPI3, media: MediaTypeObject): unknown {
  const firstExample = Object.values(media.examples ?? {})[0];
  return firstExample ? exampleObjectValue(spec, firstExample) : media.example;
}

function exampleObjectValue(spec: OpenAPI3, ref: ExampleObject | ReferenceObject): unknown {
  const example: ExampleObject = resolve(spec, ref);
  if (example.value === undefined)
    throw new Error("an example has no inline `value` (externalValue is not supported).");
  return example.value;
}

function hasResponseBody(spec: OpenAPI3, operation: OperationObject): boolean {
  return Object.entries(operation.responses ?? {}).some(([status, ref]) => {
    if (!/^2/.test(status) || !ref) return false;
    const response: ResponseObject = resolve(spec, ref);
    return Object.keys(response.content ?? {}).length > 0;
  });
}

const RESERVED = new Set([
  "client",
  "await",
  "delete",
  "new",
  "default",
  "class",
  "function",
  "import",
  "export",
  "this",
]);

/** `readBillOfMaterials` → `billOfMaterials`: the operationId without its leading verb. */
function resultName(operationId: string): string {
  const noun = operationId.replace(/^[a-z]+(?=[A-Z])/, "");
  const name = noun.charAt(0).toLowerCase() + noun.slice(1);
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name) && name !== operationId ? name : "result";
}

function typescriptSample(call: Call): string {
  const params = Object.fromEntries(
    (
      [
        ["path", call.pathParams],
        ["query", call.query],
        ["header", call.headers],
      ] as const
    )
      .filter(([, entries]) => entries.length > 0)
      .map(([where, entries]) => [where, Object.fromEntries(entries)]),
  );
  const formFiles = call.body?.formFiles;
  const init = {
    ...(Object.keys(params).length > 0 ? { params } : {}),
    ...(call.body?.value !== undefined && !formFiles ? { body: call.body.value } : {}),
    ...(call.body?.file ? { body: RAW_BODY, bodySerializer: RAW_SERIALIZER } : {}),
    // File fields become placeholders here, and `new Blob([await readFile(…)])` after layout.
    ...(formFiles
      ? {
          body: Object.fromEntries(
            Object.entries(call.body!.value as Record<string, unknown>).map(([name, value]) => [
              name,
              formFiles.includes(name) ? `${FORM_FILE}${String(value)}` : value,
            ]),
          ),
          bodySerializer: FORM_SERIALIZER,
        }
      : {}),
    // The client sends application/json unless told otherwise; PingOne's vendor types
    // (application/vnd.pingidentity.…+json) select the action, so they must be sent as given.
    // Form data is the exception: fetch sets its Content-Type, with the part boundary.
    ...(call.body && !call.body.chosen && !formFiles && call.body.mediaType !== "application/json"
      ? { headers: { "Content-Type": call.body.mediaType } }
      : {}),
  };
  // Where the media type picks the action, sendAs types the body from it.
  const head = call.body?.chosen
    ? `sendAs(client, ${JSON.stringify(call.method.toUpperCase())}, ${JSON.stringify(call.path)}, ${JSON.stringify(call.body.mediaType)}`
    : `client.${call.method.toUpperCase()}(${JSON.stringify(call.path)}`;
  // Laid out for the multi-line form, where the call starts at column 2.
  const request = `${head}${Object.keys(init).length > 0 ? `, ${tsLiteral(init, 1, head.length + 4)}` : ""})`
    .replace(JSON.stringify(RAW_BODY), `await readFile(${JSON.stringify(call.body?.file)})`)
    .replace(JSON.stringify(RAW_SERIALIZER), "(file: unknown) => file as BodyInit")
    .replaceAll(/"\\u0000file:([^"]*)"/g, (_, name: string) => `new Blob([await readFile("${name}")])`)
    .replace(
      JSON.stringify(FORM_SERIALIZER),
      "(fields) => {\n      const form = new FormData();\n      for (const [name, value] of Object.entries(fields)) form.append(name, value as string | Blob);\n      return form;\n    }",
    );
  const assign = call.resultName ? `const ${call.resultName} = ` : "";
  const oneLine = `${assign}await unwrap(${request});`;
  const statement =
    !request.includes("\n") && oneLine.length <= LINE_WIDTH ? oneLine : `${assign}await unwrap(\n  ${request},\n);`;
  return [
    ...(call.body?.file || formFiles?.length ? [`import { readFile } from "node:fs/promises";`] : []),
    `import { createPingOneClient, ${call.body?.chosen ? "sendAs, " : ""}unwrap } from "pingone-client";`,
    ``,
    `const client = createPingOneClient({`,
    `  region: "${SAMPLE_REGION}",`,
    `  accessToken: process.env.PINGONE_ACCESS_TOKEN!,`,
    `});`,
    ``,
    statement,
    ...(call.resultName ? [`console.log(${call.resultName});`] : []),
    ``,
  ].join("\n");
}

// Placeholders for the expressions of file uploads, swapped in after layout.
const RAW_BODY = "\u0000body";
const RAW_SERIALIZER = "\u0000serializer";
const FORM_FILE = "\u0000file:";
const FORM_SERIALIZER = "\u0000form";

const bareKey = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));

/**
 * A JSON value as a TypeScript literal the way a person would write it: bare keys, and on one
 * line when it fits (`column` is where it starts), otherwise one entry per line at `depth`.
 */
function tsLiteral(value: unknown, depth: number, column: number): string {
  const flat = flatLiteral(value);
  if (column + flat.length < LINE_WIDTH || value === null || typeof value !== "object") return flat;
  const pad = "  ".repeat(depth);
  const items = Array.isArray(value)
    ? value.map((v) => `${pad}  ${tsLiteral(v, depth + 1, pad.length + 2)}`)
    : Object.entries(value).map(
        ([k, v]) => `${pad}  ${bareKey(k)}: ${tsLiteral(v, depth + 1, pad.length + bareKey(k).length + 4)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${items.join(",\n")},\n${pad}${close}`;
}

function flatLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flatLiteral).join(", ")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value).map(([k, v]) => `${bareKey(k)}: ${flatLiteral(v)}`);
  return entries.length > 0 ? `{ ${entries.join(", ")} }` : "{}";
}

function curlSample(call: Call, apiBase: string): string {
  const path = call.pathParams.reduce(
    (p, [name, value]) => p.replaceAll(`{${name}}`, encodeURIComponent(String(value))),
    call.path,
  );
  const query = new URLSearchParams();
  for (const [name, value] of call.query) {
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  }
  const url = `${apiBase}${path}${query.size > 0 ? `?${query}` : ""}`;
  // Double quotes only where the shell must expand the token variable; single quotes elsewhere.
  const lines = [
    `curl --request ${call.method.toUpperCase()} ${shellQuote(url)}`,
    `--header "Authorization: Bearer $PINGONE_ACCESS_TOKEN"`,
  ];
  for (const [name, value] of call.headers) lines.push(`--header ${shellQuote(`${name}: ${String(value)}`)}`);
  if (call.body?.formFiles) {
    // curl sets multipart/form-data itself, with the part boundary.
    for (const [name, value] of Object.entries(call.body.value as Record<string, unknown>)) {
      const field = call.body.formFiles.includes(name) ? `${name}=@${String(value)}` : `${name}=${String(value)}`;
      lines.push(`--form ${shellQuote(field)}`);
    }
  } else if (call.body) {
    lines.push(`--header ${shellQuote(`Content-Type: ${call.body.mediaType}`)}`);
    if (call.body.value !== undefined) lines.push(`--data ${shellQuote(JSON.stringify(call.body.value, null, 2))}`);
    if (call.body.file) lines.push(`--data-binary ${shellQuote(`@${call.body.file}`)}`);
  }
  return lines.join(" \\\n  ") + "\n";
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Follows local `$ref`s (`#/components/...`), the only kind a bundled spec has. */
function resolve<T extends object>(spec: OpenAPI3, value: T | ReferenceObject): T {
  const seen = new Set<string>();
  let current: unknown = value;
  while (current !== null && typeof current === "object" && "$ref" in current && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`$ref ${ref} is not local; resolve the bundled spec.`);
    if (seen.has(ref)) throw new Error(`$ref ${ref} is circular.`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], spec);
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing.`);
  }
  return current as T;
}
