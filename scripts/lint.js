// Reading the description with Redocly, and linting it with the project's rules. Lint is the
// slowest step of the pipeline (mostly Redocly compiling a validator for every example), so
// pipeline.js runs it on a worker thread, on the other core, while it bundles and compiles;
// this module is that worker's script as well.
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { PipelineError } from "./cli.js";

// Loaded as CommonJS: importing it as ESM makes Node scan its re-exported modules for names.
const require = createRequire(import.meta.url);
/** @type {typeof import("@redocly/openapi-core")} */
const redocly = require("@redocly/openapi-core");

export const SPEC_ROOT = "openapi/openapi.yaml";

/**
 * What one run works on: the project's Redocly config and the parsed root document.
 * @typedef {{
 *   root: string;
 *   config: import("@redocly/openapi-core").Config;
 *   resolver: import("@redocly/openapi-core").BaseResolver;
 *   document: import("@redocly/openapi-core").Document;
 * }} Source
 */

/**
 * @param {string} root
 * @returns {Promise<Source>}
 */
export async function parse(root) {
  const config = await redocly.loadConfig({ configPath: join(root, "redocly.yaml") });
  const resolver = new redocly.BaseResolver(config.resolve);
  const document = await resolver.resolveDocument(null, join(root, SPEC_ROOT), true);
  if (document instanceof Error) throw new PipelineError("lint", `  ${SPEC_ROOT}: ${document.message}`);
  return { root, config, resolver, document };
}

/**
 * `  openapi/components/schemas/X.yaml:12:5 [rule] error: message`
 * @param {string} root
 * @param {import("@redocly/openapi-core").NormalizedProblem} problem
 */
export function locate(root, problem) {
  const where = problem.location[0];
  if (!where) return `  ${SPEC_ROOT} [${problem.ruleId}] ${problem.severity}: ${problem.message}`;
  const file = relative(root, where.source.absoluteRef);
  const { start } = redocly.getLineColLocation(where);
  return `  ${file}:${start.line}:${start.col} [${problem.ruleId}] ${problem.severity}: ${problem.message}`;
}

/**
 * What lint found, located; `failed` when any problem is an error.
 * @typedef {{ lines: string[]; failed: boolean; ms: number }} LintReport
 */

/**
 * @param {string} root
 * @returns {Promise<LintReport>}
 */
export async function lint(root) {
  const started = performance.now();
  const { config, resolver, document } = await parse(root);
  const problems = await redocly.lintDocument({ document, config: config.styleguide, externalRefResolver: resolver });
  return {
    lines: problems.map((p) => locate(root, p)),
    failed: problems.some((p) => p.severity === "error"),
    ms: performance.now() - started,
  };
}

const TASK = "pingone-lint";

/**
 * Lints `root` on a worker thread. Resolves to the report; a lint that could not run at all
 * (an unreadable root document or redocly.yaml) rejects with a PipelineError.
 * @param {string} root
 * @returns {Promise<LintReport>}
 */
export function lintOnWorker(root) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { task: TASK, root } });
    worker.once("message", (/** @type {LintReport | { error: string }} */ message) => {
      if ("error" in message) reject(new PipelineError("lint", message.error));
      else resolve(message);
    });
    worker.once("error", (error) => reject(new PipelineError("lint", error.message)));
    worker.once("exit", (code) => reject(new PipelineError("lint", `the lint worker exited with code ${code}`)));
  });
}

if (!isMainThread && workerData?.task === TASK && parentPort) {
  const port = parentPort;
  await lint(workerData.root).then(
    (report) => port.postMessage(report),
    (error) => {
      port.postMessage({
        error: error instanceof PipelineError ? error.detail : error instanceof Error ? error.message : String(error),
      });
    },
  );
}
