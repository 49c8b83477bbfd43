// Lint → bundle → types → format, then swap the results into generated/ in one step; when
// nothing changed, generated/ is not touched at all. Any failure leaves generated/ exactly as
// it was. `--watch` regenerates on every save under openapi/ (and of redocly.yaml) and keeps
// running after a failure, printing the located errors.
import { watch } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cliOptions, describeFailure, main, printStep } from "./cli.js";
import { buildOutputs, compareOutputs, OUTPUT_FILES } from "./pipeline.js";

const { root, watch: watching } = cliOptions();
const target = join(root, "generated");

async function generate() {
  const started = performance.now();
  console.log(`Generating from openapi/openapi.yaml`);
  const outputs = await buildOutputs(root, printStep);
  const total = () => `(${(performance.now() - started).toFixed(0)} ms total)`;
  if (compareOutputs(target, outputs).every(({ state }) => state === "same")) {
    console.log(`  ✓ generated/ already up to date ${total()}`);
    return;
  }
  const fresh = await mkdtemp(join(root, ".gen-tmp-"));
  try {
    for (const name of OUTPUT_FILES) await writeFile(join(fresh, name), outputs[name]);
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
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
  console.log(`  ✓ swapped into generated/ ${total()}`);
}

if (!watching) {
  await main(generate);
} else {
  // Saves come in bursts (editors write temp files, then rename): wait for a quiet moment,
  // and never run two generations at once.
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let running = Promise.resolve();
  const run = () => {
    running = running.then(() => generate().catch((error) => console.error(describeFailure(error))));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };
  watch(join(root, "openapi"), { recursive: true }, schedule);
  watch(join(root, "redocly.yaml"), schedule);
  run();
  await running;
  console.log("Watching openapi/ and redocly.yaml; Ctrl-C to stop.");
}
