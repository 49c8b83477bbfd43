// Lint → bundle → types → format, then swap the results into generated/ in one step.
// Any failure leaves generated/ exactly as it was.
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { main, printStep, projectRoot } from "./cli.ts";
import { runPipeline } from "./pipeline.ts";

await main(async () => {
  const root = projectRoot();
  const target = join(root, "generated");
  const started = performance.now();
  console.log(`Generating from openapi/openapi.yaml`);
  const fresh = await runPipeline(root, printStep);

  await mkdir(target, { recursive: true });
  const old = `${fresh}-old`;
  await rename(target, old);
  try {
    await rename(fresh, target);
  } catch (error) {
    await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
  console.log(`  ✓ swapped into generated/ (${(performance.now() - started).toFixed(0)} ms total)`);
});
