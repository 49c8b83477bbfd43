// The generation pipeline, one function per step: lint → bundle → types → format.
// generate.ts and check-generated.ts both run it into a scratch directory; only
// generate.ts swaps the result into generated/.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { loadConfig } from "@redocly/openapi-core";
import openapiTS, { astToString, NULL, oapiRef, STRING, tsIntersection, tsLiteral, tsUnion } from "openapi-typescript";
import type { SchemaObject } from "openapi-typescript";
import * as prettier from "prettier";
import ts from "typescript";

export const SPEC_ROOT = "openapi/openapi.yaml";
export const OUTPUT_FILES = ["openapi.json", "schema.ts"] as const;

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

const require = createRequire(import.meta.url);
const REDOCLY_BIN = require.resolve("@redocly/cli/bin/cli.js");
// Keep Redocly quiet and offline: no telemetry, no update check.
const REDOCLY_ENV = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/** Runs Redocly CLI in `cwd` and collects its output. */
export function runRedocly(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [REDOCLY_BIN, ...args], { cwd, env: REDOCLY_ENV });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { source: { ref: string }; start?: { line: number; col: number }; pointer?: string }[];
}

export async function lint(root: string): Promise<void> {
  const result = await runRedocly(["lint", SPEC_ROOT, "--format=json"], root);
  let report: { problems: LintProblem[] };
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new PipelineError("lint", (result.stderr || result.stdout).trim());
  }
  const errors = report.problems.filter((p) => p.severity === "error");
  const lines = report.problems.map((p) => {
    const where = p.location[0];
    const file = where ? relative(root, join(root, where.source.ref)) : SPEC_ROOT;
    const at = where?.start ? `${file}:${where.start.line}:${where.start.col}` : `${file} ${where?.pointer ?? ""}`;
    return `  ${at} [${p.ruleId}] ${p.severity}: ${p.message}`;
  });
  if (errors.length > 0 || result.code !== 0) {
    throw new PipelineError("lint", lines.join("\n") || result.stderr.trim());
  }
  if (lines.length > 0) console.warn(lines.join("\n"));
}

export async function bundle(root: string, outDir: string): Promise<void> {
  const out = join(outDir, "openapi.json");
  const result = await runRedocly(["bundle", SPEC_ROOT, "--output", out, "--ext", "json"], root);
  if (result.code !== 0) throw new PipelineError("bundle", result.stderr.trim());
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

export async function types(root: string, outDir: string): Promise<void> {
  const redocly = await loadConfig({ configPath: join(root, "redocly.yaml") });
  const source = await readFile(join(outDir, "openapi.json"), "utf8");
  try {
    const ast = await openapiTS(source, { redocly, transform: openEnum, silent: true });
    await writeFile(join(outDir, "schema.ts"), astToString(ast));
  } catch (error) {
    throw new PipelineError("types", error instanceof Error ? error.message : String(error));
  }
}

export async function format(root: string, outDir: string): Promise<void> {
  for (const name of OUTPUT_FILES) {
    const file = join(outDir, name);
    const options = (await prettier.resolveConfig(join(root, name))) ?? {};
    const text = await readFile(file, "utf8");
    await writeFile(file, await prettier.format(text, { ...options, filepath: file }));
  }
}

export const STEPS = { lint, bundle, types, format } as const;

/**
 * Runs every step into a fresh scratch directory inside `root` (same filesystem, so the
 * caller can rename it into place). On failure the scratch directory is removed and the
 * error rethrown; nothing outside it has been touched.
 */
export async function runPipeline(
  root: string,
  onStep: (name: string, ms: number) => void = () => {},
): Promise<string> {
  const outDir = await mkdtemp(join(root, ".gen-tmp-"));
  try {
    for (const [name, step] of Object.entries(STEPS)) {
      const started = performance.now();
      await step(root, outDir);
      onStep(name, performance.now() - started);
    }
    return outDir;
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
