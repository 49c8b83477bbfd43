// Regenerates into a scratch directory and fails, naming the files, if generated/ differs.
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { main, printStep, projectRoot } from "./cli.ts";
import { runPipeline } from "./pipeline.ts";

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).sort();
}

await main(async () => {
  const root = projectRoot();
  const committed = join(root, "generated");
  const fresh = await runPipeline(root, printStep);
  try {
    const names = [...new Set([...(await listing(committed)), ...(await listing(fresh))])].sort();
    const drift: string[] = [];
    for (const name of names) {
      const [a, b] = await Promise.all([
        readFile(join(committed, name)).catch(() => undefined),
        readFile(join(fresh, name)).catch(() => undefined),
      ]);
      if (!a) drift.push(`generated/${name} is missing (the spec produces it)`);
      else if (!b) drift.push(`generated/${name} is not produced by the spec (stale file)`);
      else if (!a.equals(b)) drift.push(`generated/${name} differs from what the spec produces`);
    }
    if (drift.length > 0) {
      console.error(
        `✗ generated/ has drifted from openapi/:\n  ${drift.join("\n  ")}\nRun \`npm run generate\` and commit the result.`,
      );
      process.exitCode = 1;
    } else {
      console.log("  ✓ generated/ matches the spec");
    }
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
});
