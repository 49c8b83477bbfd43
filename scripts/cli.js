// Shared bits of the command-line entry points: where the project is, and how a failure ends.
// Plain JavaScript (typed through JSDoc, checked by `tsc`), like the rest of the generation
// pipeline, so `npm run generate` starts on bare Node instead of paying for a TypeScript loader.
import { resolve } from "node:path";
import { parseArgs } from "node:util";

/** A failed step; `message` is what the maintainer needs (file:line:col and rule), no stack. */
export class PipelineError extends Error {
  /**
   * @param {string} step
   * @param {string} detail
   */
  constructor(step, detail) {
    super(`${step} failed:\n${detail}`);
    this.name = "PipelineError";
    this.step = step;
  }
}

/**
 * `--root <dir>` lets tests point a command at a scratch copy of the project; `--watch` keeps generate running.
 * @returns {{ root: string; watch: boolean }}
 */
export function cliOptions() {
  const { values } = parseArgs({
    options: { root: { type: "string" }, watch: { type: "boolean", default: false } },
    allowPositionals: false,
  });
  return { root: resolve(values.root ?? process.cwd()), watch: values.watch ?? false };
}

/**
 * @param {string} name
 * @param {number} ms
 */
export function printStep(name, ms) {
  console.log(`  ✓ ${name.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms`);
}

/**
 * Pipeline errors are for people: the located message, not a stack trace.
 * @param {unknown} error
 */
export function describeFailure(error) {
  return error instanceof PipelineError ? `✗ ${error.message}` : String(error instanceof Error ? error.stack : error);
}

/** @param {() => Promise<void>} body */
export async function main(body) {
  try {
    await body();
  } catch (error) {
    console.error(describeFailure(error));
    process.exitCode = 1;
  }
}
