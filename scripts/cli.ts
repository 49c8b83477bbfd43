// Shared bits of the command-line entry points: where the project is, and how a failure ends.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PipelineError } from "./pipeline.ts";

/** `--root <dir>` lets tests point a command at a scratch copy of the project. */
export function projectRoot(): string {
  const { values } = parseArgs({ options: { root: { type: "string" } }, allowPositionals: false });
  return resolve(values.root ?? process.cwd());
}

export function printStep(name: string, ms: number): void {
  console.log(`  ✓ ${name.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms`);
}

/** Pipeline errors are for people: print the located message, not a stack trace. */
export async function main(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(error instanceof PipelineError ? `✗ ${error.message}` : error);
    process.exitCode = 1;
  }
}
