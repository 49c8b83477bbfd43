// The generation pipeline, in one process: lint → bundle → types → format. The description
// is parsed once (one Redocly resolver serves lint and bundle), and openapi-typescript's
// transform gets the bundled document directly, so nothing is parsed, linted or bundled
// twice. generate.js (and its watch mode) and check-generated.js both call buildOutputs; only
// generate.js writes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { PipelineError } from "./cli.js";
import { digest, RunCache } from "./cache.js";
import { withExampleCache } from "./example-cache.js";

// Loaded as CommonJS (openapi-typescript ships both): through the ES module build, Node would
// scan all 9 MB of TypeScript for export names on every run, a third of a second.
const require = createRequire(import.meta.url);
/** @type {typeof import("@redocly/openapi-core")} */
const redocly = require("@redocly/openapi-core");
/** @type {typeof import("openapi-typescript")} */
const oats = require("openapi-typescript");
/** @type {typeof import("typescript")} */
const ts = require("typescript");

/** @typedef {import("openapi-typescript").OpenAPI3} OpenAPI3 */
/** @typedef {import("openapi-typescript").SchemaObject} SchemaObject */
/** @typedef {Record<(typeof OUTPUT_FILES)[number], string>} Outputs */

export const SPEC_ROOT = "openapi/openapi.yaml";
export const OUTPUT_FILES = /** @type {const} */ (["openapi.json", "schema.ts"]);

/**
 * `  openapi/components/schemas/X.yaml:12:5 [rule] error: message`
 * @param {string} root
 * @param {import("@redocly/openapi-core").NormalizedProblem} problem
 */
function locate(root, problem) {
  const where = problem.location[0];
  if (!where) return `  ${SPEC_ROOT} [${problem.ruleId}] ${problem.severity}: ${problem.message}`;
  const file = relative(root, where.source.absoluteRef);
  const { start } = redocly.getLineColLocation(where);
  return `  ${file}:${start.line}:${start.col} [${problem.ruleId}] ${problem.severity}: ${problem.message}`;
}

/**
 * What one run works on: the project's Redocly config and the parsed root document.
 * @typedef {{
 *   root: string;
 *   config: import("@redocly/openapi-core").Config;
 *   resolver: import("@redocly/openapi-core").BaseResolver;
 *   document: import("@redocly/openapi-core").Document;
 *   caches: { parses: RunCache; examples: RunCache };
 * }} Source
 */

/**
 * Redocly's resolver, reading local files synchronously (its `fs.promises.readFile` costs
 * about a millisecond a file on Node 20, a third of a second for this description's files),
 * and reusing the parse of a file whose text it has parsed before: js-yaml on a cold process
 * takes about 0.35 s for the description's ~1,200 files, JSON.parse of the same a tenth of that.
 */
class LocalFileResolver extends redocly.BaseResolver {
  /**
   * @param {import("@redocly/openapi-core").Config["resolve"]} config
   * @param {RunCache} parses
   */
  constructor(config, parses) {
    super(config);
    this.parses = parses;
  }

  /**
   * @override
   * @param {string} absoluteRef
   */
  async loadExternalRef(absoluteRef) {
    if (redocly.isAbsoluteUrl(absoluteRef)) return super.loadExternalRef(absoluteRef);
    try {
      return new redocly.Source(absoluteRef, readFileSync(absoluteRef, "utf8").replace(/\r\n/g, "\n"));
    } catch {
      // Redocly words the failure (a missing file, a folder) the way its lint reports it.
      return super.loadExternalRef(absoluteRef);
    }
  }

  /**
   * @override
   * @param {import("@redocly/openapi-core").Source} source
   * @param {boolean} [isRoot]
   */
  parseDocument(source, isRoot) {
    const key = digest(source.absoluteRef, source.body);
    const parsed = this.parses.get(key);
    if (parsed !== undefined) return { source, parsed };
    const document = super.parseDocument(source, isRoot);
    if (isJson(document.parsed)) this.parses.set(key, document.parsed);
    return document;
  }
}

/**
 * Whether a JSON round trip gives `value` back (Redocly's YAML schema also knows binary data,
 * sets and the like, which JSON cannot carry).
 * @param {unknown} value
 */
function isJson(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  return typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isJson);
}

/**
 * @param {string} root
 * @returns {Promise<Source>}
 */
async function parse(root) {
  const config = await redocly.loadConfig({ configPath: join(root, "redocly.yaml") });
  const caches = { parses: new RunCache(root, "parses"), examples: new RunCache(root, "examples") };
  const resolver = new LocalFileResolver(config.resolve, caches.parses);
  // A root that cannot be read or parsed is returned as an error, or thrown (a YAML syntax
  // error, with its line and column); either way there is nothing to lint.
  const document = await resolver.resolveDocument(null, join(root, SPEC_ROOT), true).catch((error) => error);
  if (document instanceof Error) {
    const { line, col } = /** @type {{ line?: number; col?: number }} */ (document);
    const where = Number.isFinite(line) ? `:${line}:${col}` : "";
    throw new PipelineError("lint", `  ${SPEC_ROOT}${where} error: ${document.message}`);
  }
  return { root, config, resolver, document, caches };
}

/**
 * The caches are written here, before bundle() rewrites `$ref`s in the parsed files. A run
 * that fails lint keeps what it learned too.
 * @param {Source} source
 */
async function lint({ root, config, resolver, document, caches }) {
  const styleguide = withExampleCache(config.styleguide, caches.examples);
  const problems = await redocly
    .lintDocument({ document, config: styleguide, externalRefResolver: resolver })
    .finally(() => Object.values(caches).forEach((cache) => cache.save()));
  const lines = problems.map((p) => locate(root, p));
  if (problems.some((p) => p.severity === "error")) throw new PipelineError("lint", lines.join("\n"));
  if (lines.length > 0) console.warn(lines.join("\n"));
}

/**
 * @param {Source} source
 * @returns {Promise<OpenAPI3>}
 */
async function bundle({ root, config, resolver, document }) {
  const result = await redocly.bundle({ config, doc: document, externalRefResolver: resolver, dereference: false });
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new PipelineError("bundle", errors.map((p) => locate(root, p)).join("\n"));
  return /** @type {OpenAPI3} */ (result.bundle.parsed);
}

/** @param {unknown} s */
const isBareString = (s) =>
  typeof s === "object" &&
  s !== null &&
  Object.keys(s).length === 1 &&
  /** @type {SchemaObject} */ (s).type === "string";
const OPEN_STRING = oats.tsIntersection([oats.STRING, ts.factory.createTypeLiteralNode([])]);

/**
 * Response enums are written as `anyOf: [known values, {type: string}]` so that a value
 * PingOne adds later still validates. openapi-typescript would collapse that to `string`;
 * emit `Known | (string & {})` instead, which keeps editor completion for the known values.
 * @param {SchemaObject} schema
 * @returns {import("typescript").TypeNode | undefined}
 */
function openEnum(schema) {
  // openapi-typescript only offers the hook to schemas that have a `type` or are object
  // properties, so an array of open enums is handled from the array itself.
  if (schema.type === "array" && "items" in schema && schema.items && !Array.isArray(schema.items)) {
    const item = openEnum(/** @type {SchemaObject} */ (schema.items));
    return item && ts.factory.createArrayTypeNode(ts.factory.createParenthesizedType(item));
  }
  const members = /** @type {{ anyOf?: SchemaObject[] }} */ (schema).anyOf;
  if (!Array.isArray(members) || !members.some(isBareString)) return undefined;
  const known = members.filter((m) => !isBareString(m));
  if (known.length === 0) return undefined;
  /** @type {import("typescript").TypeNode[]} */
  const parts = [];
  for (const m of known) {
    if ("$ref" in m && typeof m.$ref === "string") parts.push(oats.oapiRef(m.$ref));
    else if (Array.isArray(m.enum)) parts.push(...m.enum.map((v) => oats.tsLiteral(v)));
    else if (m.type === "null") parts.push(oats.NULL);
    else return undefined;
  }
  return oats.tsUnion([...parts, OPEN_STRING]);
}

/**
 * The values schema.ts holds, for the client: the operations whose success is not a JSON
 * body. `successWithoutBody`: no body at all, other than with 204 (which never has one); the
 * client reads any other empty success as an invalid response. `successAsBlob`: a body, but
 * none of it JSON (a CSR, a file); the client hands it over as a Blob.
 * @param {OpenAPI3} document
 */
function successShapes(document) {
  /** @type {{ withoutBody: string[]; asBlob: string[] }} */
  const shapes = { withoutBody: [], asBlob: [] };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of ["get", "put", "post", "patch", "delete"]) {
      const responses = /** @type {Record<string, { $ref?: string; content?: object }> | undefined} */ (
        /** @type {Record<string, { responses?: object } | undefined>} */ (item)[method]?.responses
      );
      const successes = Object.entries(responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      const mediaTypes = successes.flatMap(([, r]) =>
        Object.keys((r.$ref ? oats.resolveRef(document, r.$ref, { silent: true }) : r)?.content ?? {}),
      );
      const operation = `${method.toUpperCase()} ${path}`;
      if (mediaTypes.length === 0 && successes.some(([status]) => status !== "204")) shapes.withoutBody.push(operation);
      if (mediaTypes.length > 0 && !mediaTypes.some((type) => /^application\/(.+\+)?json$/.test(type))) {
        shapes.asBlob.push(operation);
      }
    }
  }
  /** @param {string[]} operations */
  const set = (operations) => `new Set([${operations.map((o) => JSON.stringify(o)).join(", ")}])`;
  return `export const successWithoutBody: ReadonlySet<string> = ${set(shapes.withoutBody)};
export const successAsBlob: ReadonlySet<string> = ${set(shapes.asBlob)};`;
}

/**
 * openapi-typescript's transform, on the document bundle() made. Its `openapiTS()` entry
 * point would parse, lint and bundle that document again, which took two thirds of this
 * step; the context below is the one `openapiTS()` builds from default options (its type
 * makes `tsc` name any field a new version adds).
 * @param {OpenAPI3} document
 * @param {import("@redocly/openapi-core").Config} config
 * @returns {import("typescript").Node[]}
 */
function types(document, config) {
  // The transform writes into the document (discriminator properties it adds), and the
  // document is also the output openapi.json.
  const schema = structuredClone(document);
  /** @type {import("openapi-typescript").GlobalContext} */
  const ctx = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: oats.scanDiscriminators(schema, { silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: config,
    silent: true,
    inject: successShapes(schema),
    transform: openEnum,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => oats.resolveRef(schema, $ref, { silent: true }),
  };
  try {
    return oats.transformSchema(schema, ctx);
  } catch (error) {
    throw new PipelineError("types", error instanceof Error ? error.message : String(error));
  }
}

/**
 * Both outputs are printed by deterministic printers (JSON with two-space indentation, the
 * TypeScript printer), so they need no formatter pass: prettier took longer than every other
 * step together and grew with the description. generated/ is in .prettierignore.
 * @param {OpenAPI3} document
 * @param {import("typescript").Node[]} ast
 * @returns {Outputs}
 */
function format(document, ast) {
  return {
    "openapi.json": `${JSON.stringify(document, null, 2)}\n`,
    "schema.ts": oats.astToString(ast),
  };
}

/**
 * Lints, bundles, compiles and formats the description under `root`, in memory. Throws a
 * located PipelineError on the first failing step; writes nothing.
 * @param {string} root
 * @param {(name: string, ms: number) => void} [onStep]
 * @returns {Promise<Outputs>}
 */
export async function buildOutputs(root, onStep = () => {}) {
  let started = performance.now();
  /** @param {string} name */
  const step = (name) => {
    const now = performance.now();
    onStep(name, now - started);
    started = now;
  };
  const source = await parse(root);
  await lint(source);
  step("lint");
  const document = await bundle(source);
  step("bundle");
  const ast = types(document, source.config);
  step("types");
  const outputs = format(document, ast);
  step("format");
  return outputs;
}

/**
 * How each output file in `dir` compares with `outputs`: what generate checks before it swaps,
 * and what check-generated reports.
 * @param {string} dir
 * @param {Outputs} outputs
 * @returns {{ name: (typeof OUTPUT_FILES)[number]; state: "same" | "differs" | "missing" }[]}
 */
export function compareOutputs(dir, outputs) {
  return OUTPUT_FILES.map((name) => {
    let current;
    try {
      current = readFileSync(join(dir, name), "utf8");
    } catch {
      return { name, state: "missing" };
    }
    return { name, state: current === outputs[name] ? "same" : "differs" };
  });
}
