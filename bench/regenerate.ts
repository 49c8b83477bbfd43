// Wall time of `npm run generate` and of each step it prints (`✓ lint  864 ms`), run against
// a scratch copy of openapi/, generated/ and redocly.yaml so the repository is not touched:
// once cold, then after edits (the pipeline reuses what an earlier run learned; scripts/cache.js).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HTTP_METHODS } from "../test/support/spec.ts";
import { ROOT } from "../test/support/toolchain.ts";
import { median } from "./stats.ts";

const COPIED = ["openapi", "generated", "redocly.yaml", ".prettierrc", ".prettierrc.json", ".prettierignore"];

/** One run's step durations as printed, plus `wall`: the whole `npm run generate`, npm's own start included. */
function generateIn(copy: string): Record<string, number> {
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
}

// The edit a spec author makes between two saves: one schema's text, here the description of
// Group.yaml, which the group operations' bodies and examples reach.
const EDITED = "openapi/components/schemas/Group.yaml";

/** A scratch copy of what generate reads; with `operations`, only the first paths of openapi.yaml that hold that many. */
function scratchCopy(operations?: number): string {
  const copy = mkdtempSync(join(tmpdir(), "pingone-bench-gen-"));
  for (const entry of COPIED)
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  if (operations !== undefined) keepFirstOperations(join(copy, "openapi"), operations);
  return copy;
}

/**
 * Cuts openapi.yaml's `paths:` after the entries that hold `operations` operations. Components
 * are reached only through the paths, so the rest of the description goes with them: what is
 * left is a smaller description of the same kind, as the project's was when it was smaller.
 */
function keepFirstOperations(dir: string, operations: number): void {
  const root = join(dir, "openapi.yaml");
  const lines = readFileSync(root, "utf8").split("\n");
  const start = lines.indexOf("paths:");
  const end = lines.findIndex((line, i) => i > start && /^\S/.test(line));
  const kept: string[] = [];
  let count = 0;
  for (const line of lines.slice(start + 1, end)) {
    const file = /^ {4}\$ref: (\S+)/.exec(line)?.[1];
    if (file === undefined) {
      if (/^ {2}\//.test(line)) kept.push(line);
      continue;
    }
    kept.push(line);
    count += readFileSync(join(dir, file), "utf8").match(/^(get|put|post|patch|delete):/gm)?.length ?? 0;
    if (count >= operations) break;
  }
  writeFileSync(root, [...lines.slice(0, start + 1), ...kept, ...lines.slice(end)].join("\n"));
}

/**
 * How the pipeline grows with the description: a cold run (nothing cached, the slowest case)
 * on the first `size` operations of the description, for each size.
 */
export function regenerateBySize(sizes: number[]): { operations: number; run: Record<string, number> }[] {
  return sizes.map((size) => {
    const copy = scratchCopy(size);
    try {
      const run = generateIn(copy);
      return { operations: countOperations(readJson(join(copy, "generated/openapi.json"))), run };
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as { paths: object };

function countOperations(spec: { paths: object }): number {
  return Object.values(spec.paths).flatMap((item) => HTTP_METHODS.filter((m) => m in (item as object))).length;
}

/**
 * `npm run generate` in a scratch copy: first cold, as on a fresh clone (no cache under
 * node_modules/.cache), then `edits` times after changing one schema, as a spec author runs it.
 * Returns the cold run, and the median of each figure over the edited runs.
 */
export function regenerate(edits = 3): { cold: Record<string, number>; edited: Record<string, number> } {
  const copy = scratchCopy();
  try {
    const cold = generateIn(copy);
    const edited = Array.from({ length: edits }, (_, i) => {
      const file = join(copy, EDITED);
      writeFileSync(
        file,
        readFileSync(file, "utf8").replace(/^description: (.*)$/m, `description: $1 (edit ${i + 1})`),
      );
      return generateIn(copy);
    });
    const keys = Object.keys(edited[0]!);
    return { cold, edited: Object.fromEntries(keys.map((k) => [k, median(edited.map((r) => r[k] ?? Number.NaN))])) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
