// Shared bits of the command-line entry points: where the project is, and how a failure ends.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "./pipeline.ts";

/** `--root <dir>` lets tests point a command at a scratch copy of the project; `--watch` keeps generate running. */
export function cliOptions(): { root: string; watch: boolean } {
  const { values } = parseArgs({
    options: { root: { type: "string" }, watch: { type: "boolean", default: false } },
    allowPositionals: false,
  });
  return { root: resolve(values.root ?? process.cwd()), watch: values.watch ?? false };
}

export function printStep(name: string, ms: number): void {
  console.log(`  ✓ ${name.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms`);
}

/** Pipeline errors are for people: the located message, not a stack trace. */
export function describeFailure(error: unknown): string {
  return error instanceof PipelineError ? `✗ ${error.message}` : String(error instanceof Error ? error.stack : error);
}

export async function main(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(describeFailure(error));
    process.exitCode = 1;
  }
}
