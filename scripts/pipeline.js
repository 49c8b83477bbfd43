// The generation pipeline: lint, bundle, types, format. Lint runs on a worker thread
// (lint.js) while this thread bundles and compiles, and its verdict decides the result: the
// outputs exist only in memory until it passes. openapi-typescript gets the bundled document
// with no rules of its own, so nothing is linted twice. generate.js (and its watch mode) and
// check-generated.js both call buildOutputs; only generate.js writes.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PipelineError } from "./cli.js";
import { lintOnWorker, locate, parse } from "./lint.js";

// Loaded as CommonJS, which openapi-typescript also ships: through its ES modules, Node would
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

export const OUTPUT_FILES = /** @type {const} */ (["openapi.json", "schema.ts"]);

/**
 * @param {import("./lint.js").Source} source
 * @returns {Promise<OpenAPI3>}
 */
export async function bundle({ root, config, resolver, document }) {
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

// The bundle is already linted with the project's rules; openapi-typescript would lint it
// again with the same rules unless it gets a config without any.
const NO_RULES = redocly.createConfig({ extends: [], rules: {} });

/**
 * @param {OpenAPI3} document
 * @returns {Promise<import("typescript").Node[]>}
 */
export async function types(document) {
  try {
    return await oats.default(structuredClone(document), {
      redocly: await NO_RULES,
      transform: openEnum,
      silent: true,
    });
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
export function format(document, ast) {
  return {
    "openapi.json": `${JSON.stringify(document, null, 2)}\n`,
    "schema.ts": oats.astToString(ast),
  };
}

/**
 * Lints, bundles, compiles and formats the description under `root`, in memory. Throws a
 * located PipelineError for the first failing step (lint's errors first: they say more than
 * the bundle or compile failure they cause); writes nothing.
 * @param {string} root
 * @param {(name: string, ms: number) => void} [onStep]
 * @returns {Promise<Outputs>}
 */
export async function buildOutputs(root, onStep = () => {}) {
  const linting = lintOnWorker(root);
  /** @type {Outputs} */
  let outputs;
  try {
    let started = performance.now();
    /** @param {string} name */
    const step = (name) => {
      const now = performance.now();
      onStep(name, now - started);
      started = now;
    };
    const document = await bundle(await parse(root));
    step("bundle");
    const ast = await types(document);
    step("types");
    outputs = format(document, ast);
    step("format");
  } catch (error) {
    const report = await linting;
    throw report.failed ? lintFailure(report) : error;
  }
  const report = await linting;
  onStep("lint", report.ms);
  if (report.failed) throw lintFailure(report);
  if (report.lines.length > 0) console.warn(report.lines.join("\n"));
  return outputs;
}

/** @param {import("./lint.js").LintReport} report */
const lintFailure = (report) => new PipelineError("lint", report.lines.join("\n"));

/**
 * True when every output file in `dir` already holds exactly `outputs`.
 * @param {string} dir
 * @param {Outputs} outputs
 */
export async function unchanged(dir, outputs) {
  for (const name of OUTPUT_FILES) {
    const current = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (current !== outputs[name]) return false;
  }
  return true;
}
