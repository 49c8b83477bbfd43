// Wall time of `npm run generate` and of each step it prints (`✓ lint  864 ms`), run against
// a scratch copy of openapi/, generated/ and redocly.yaml so the repository is not touched.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../test/support/toolchain.ts";
import { median } from "./stats.ts";

const COPIED = ["openapi", "generated", "redocly.yaml", ".prettierrc", ".prettierrc.json", ".prettierignore"];

/** One run's step durations as printed, plus `wall`: the whole `npm run generate`, npm's own start included. */
export function regenerateOnce(): Record<string, number> {
  const copy = mkdtempSync(join(tmpdir(), "pingone-bench-gen-"));
  try {
    for (const entry of COPIED)
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    const started = performance.now();
    const result = spawnSync("npm", ["run", "-s", "generate", "--", "--root", copy], { cwd: ROOT, encoding: "utf8" });
    const wall = performance.now() - started;
    if (result.status !== 0) throw new Error(`generate failed:\n${result.stdout}${result.stderr}`);
    const steps: Record<string, number> = {};
    for (const match of result.stdout.matchAll(/✓ (\w+)\s+(\d+) ms/g)) steps[match[1]!] = Number(match[2]);
    const total = /\((\d+) ms total\)/.exec(result.stdout);
    if (total) steps.total = Number(total[1]);
    steps.wall = wall;
    return steps;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Median of each figure over `runs` runs. */
export function regenerate(runs = 3): Record<string, number> {
  const all = Array.from({ length: runs }, regenerateOnce);
  const keys = Object.keys(all[0]!);
  return Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k] ?? Number.NaN))]));
}
