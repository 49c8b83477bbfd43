// Regenerates in memory and fails, naming the files, if generated/ differs.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { cliOptions, main, printStep } from "./cli.js";
import { buildOutputs, compareOutputs, OUTPUT_FILES } from "./pipeline.js";

await main(async () => {
  const { root } = cliOptions();
  const committed = join(root, "generated");
  const outputs = await buildOutputs(root, printStep);
  /** @type {string[]} */
  const drift = [];
  for (const { name, state } of compareOutputs(committed, outputs)) {
    if (state === "missing") drift.push(`generated/${name} is missing (the spec produces it)`);
    else if (state === "differs") drift.push(`generated/${name} differs from what the spec produces`);
  }
  const produced = new Set(/** @type {readonly string[]} */ (OUTPUT_FILES));
  for (const name of (await readdir(committed).catch(() => /** @type {string[]} */ ([]))).sort())
    if (!produced.has(name)) drift.push(`generated/${name} is not produced by the spec (stale file)`);
  if (drift.length > 0) {
    console.error(
      `✗ generated/ has drifted from openapi/:\n  ${drift.join("\n  ")}\nRun \`npm run generate\` and commit the result.`,
    );
    process.exitCode = 1;
  } else {
    console.log("  ✓ generated/ matches the spec");
  }
});
