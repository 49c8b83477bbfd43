// The generation pipeline, in one process: lint → bundle → types → format. The description
// is parsed once (one Redocly resolver serves lint and bundle) and openapi-typescript gets the
// bundled document with no rules of its own, so nothing is linted twice. generate.ts (and its
// watch mode) and check-generated.ts both call buildOutputs; only generate.ts writes.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  BaseResolver,
  bundle as bundleDocument,
  createConfig,
  getLineColLocation,
  lintDocument,
  loadConfig,
} from "@redocly/openapi-core";
import type { Config, Document, NormalizedProblem } from "@redocly/openapi-core";
import openapiTS, { astToString, NULL, oapiRef, STRING, tsIntersection, tsLiteral, tsUnion } from "openapi-typescript";
import type { OpenAPI3, SchemaObject } from "openapi-typescript";
import ts from "typescript";

export const SPEC_ROOT = "openapi/openapi.yaml";
export const OUTPUT_FILES = ["openapi.json", "schema.ts"] as const;
export type Outputs = Record<(typeof OUTPUT_FILES)[number], string>;

/** A failed step; `message` is what the maintainer needs (file:line:col and rule), no stack. */
export class PipelineError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(`${step} failed:\n${message}`);
    this.name = "PipelineError";
  }
}

/** `  openapi/components/schemas/X.yaml:12:5 [rule] error: message` */
function locate(root: string, problem: NormalizedProblem): string {
  const where = problem.location[0];
  if (!where) return `  ${SPEC_ROOT} [${problem.ruleId}] ${problem.severity}: ${problem.message}`;
  const file = relative(root, where.source.absoluteRef);
  const { start } = getLineColLocation(where);
  return `  ${file}:${start.line}:${start.col} [${problem.ruleId}] ${problem.severity}: ${problem.message}`;
}

/** What one run works on: the project's Redocly config and the parsed root document. */
interface Source {
  readonly root: string;
  readonly config: Config;
  readonly resolver: BaseResolver;
  readonly document: Document;
}

async function parse(root: string): Promise<Source> {
  const config = await loadConfig({ configPath: join(root, "redocly.yaml") });
  const resolver = new BaseResolver(config.resolve);
  const document = await resolver.resolveDocument(null, join(root, SPEC_ROOT), true);
  if (document instanceof Error) {
    throw new PipelineError("lint", `  ${SPEC_ROOT}: ${document.message}`);
  }
  return { root, config, resolver, document };
}

export async function lint({ root, config, resolver, document }: Source): Promise<void> {
  const problems = await lintDocument({ document, config: config.styleguide, externalRefResolver: resolver });
  const lines = problems.map((p) => locate(root, p));
  if (problems.some((p) => p.severity === "error")) throw new PipelineError("lint", lines.join("\n"));
  if (lines.length > 0) console.warn(lines.join("\n"));
}

export async function bundle({ root, config, resolver, document }: Source): Promise<OpenAPI3> {
  const result = await bundleDocument({ config, doc: document, externalRefResolver: resolver, dereference: false });
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new PipelineError("bundle", errors.map((p) => locate(root, p)).join("\n"));
  return result.bundle.parsed as OpenAPI3;
}

const isBareString = (s: unknown) =>
  typeof s === "object" && s !== null && Object.keys(s).length === 1 && (s as SchemaObject).type === "string";
const OPEN_STRING = tsIntersection([STRING, ts.factory.createTypeLiteralNode([])]);

/**
 * Response enums are written as `anyOf: [known values, {type: string}]` so that a value
 * PingOne adds later still validates. openapi-typescript would collapse that to `string`;
 * emit `Known | (string & {})` instead, which keeps editor completion for the known values.
 */
function openEnum(schema: SchemaObject): ts.TypeNode | undefined {
  // openapi-typescript only offers the hook to schemas that have a `type` or are object
  // properties, so an array of open enums is handled from the array itself.
  if (schema.type === "array" && "items" in schema && schema.items && !Array.isArray(schema.items)) {
    const item = openEnum(schema.items as SchemaObject);
    return item && ts.factory.createArrayTypeNode(ts.factory.createParenthesizedType(item));
  }
  const members = (schema as { anyOf?: SchemaObject[] }).anyOf;
  if (!Array.isArray(members) || !members.some(isBareString)) return undefined;
  const known = members.filter((m) => !isBareString(m));
  if (known.length === 0) return undefined;
  const parts: ts.TypeNode[] = [];
  for (const m of known) {
    if ("$ref" in m && typeof m.$ref === "string") parts.push(oapiRef(m.$ref));
    else if (Array.isArray(m.enum)) parts.push(...m.enum.map((v) => tsLiteral(v)));
    else if (m.type === "null") parts.push(NULL);
    else return undefined;
  }
  return tsUnion([...parts, OPEN_STRING]);
}

// The bundle is already linted with the project's rules; openapi-typescript would lint it
// again with the same rules unless it gets a config without any.
const NO_RULES = createConfig({ extends: [], rules: {} });

export async function types(document: OpenAPI3): Promise<ts.Node[]> {
  try {
    return await openapiTS(structuredClone(document), { redocly: await NO_RULES, transform: openEnum, silent: true });
  } catch (error) {
    throw new PipelineError("types", error instanceof Error ? error.message : String(error));
  }
}

/**
 * Both outputs are printed by deterministic printers (JSON with two-space indentation, the
 * TypeScript printer), so they need no formatter pass: prettier took longer than every other
 * step together and grew with the description. generated/ is in .prettierignore.
 */
export function format(document: OpenAPI3, ast: ts.Node[]): Outputs {
  return {
    "openapi.json": `${JSON.stringify(document, null, 2)}\n`,
    "schema.ts": astToString(ast),
  };
}

/**
 * Lints, bundles, compiles and formats the description under `root`, in memory. Throws a
 * located PipelineError on the first failing step; writes nothing.
 */
export async function buildOutputs(
  root: string,
  onStep: (name: string, ms: number) => void = () => {},
): Promise<Outputs> {
  let started = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    onStep(name, now - started);
    started = now;
  };
  const source = await parse(root);
  await lint(source);
  step("lint");
  const document = await bundle(source);
  step("bundle");
  const ast = await types(document);
  step("types");
  const outputs = format(document, ast);
  step("format");
  return outputs;
}

/** True when every output file in `dir` already holds exactly `outputs`. */
export async function unchanged(dir: string, outputs: Outputs): Promise<boolean> {
  for (const name of OUTPUT_FILES) {
    const current = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (current !== outputs[name]) return false;
  }
  return true;
}
