// Did a change make a request slower? Runs one variant of the overhead benchmark from this
// working tree and from a git ref side by side (bench/http.ts: each in its own process, rounds
// paired and shuffled), and prints this tree ÷ the ref. A process keeps the speed its JIT and
// heap settle into for its whole life, several per cent either way, so the comparison runs
// over many short-lived pairs of processes ("generations") and reports each pair's ratio.
//   npx tsx bench/compare.ts [ref] [--variant pingone-client] [--generations 12] [--rounds 40]
// Comparing a clean tree with HEAD shows the noise of the machine: a ratio inside that
// spread is no difference.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../test/support/toolchain.ts";
import { overhead, pairedRatio, pairedRatios, startServer } from "./http.ts";
import { VARIANTS, type VariantName } from "./overhead-worker.ts";
import { ratio, us } from "./stats.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    variant: { type: "string", default: "pingone-client" },
    generations: { type: "string", default: "12" },
    rounds: { type: "string", default: "40" },
  },
});
const ref = positionals[0] ?? "HEAD";
const variant = values.variant as VariantName;
if (!VARIANTS.includes(variant)) throw new Error(`unknown variant ${variant}; one of ${VARIANTS.join(", ")}`);
function wholeNumber(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${option} must be a whole number ≥ 1, got ${value}`);
  return n;
}
const generations = wholeNumber("generations", values.generations);
const roundsPerGeneration = wholeNumber("rounds", values.rounds);

function git(...args: string[]): void {
  const result = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr.trim()}`);
}

const scratch = mkdtempSync(join(tmpdir(), "pingone-compare-"));
const checkout = join(scratch, "tree");
let added = false;
try {
  git("worktree", "add", "--detach", checkout, ref);
  added = true;
  if (!existsSync(join(checkout, "bench", "overhead-worker.ts"))) {
    throw new Error(`${ref} has no bench/overhead-worker.ts, so it cannot be measured the same way.`);
  }
  // The ref runs against this tree's installed packages: a comparison of our code, not of theirs.
  symlinkSync(join(ROOT, "node_modules"), join(checkout, "node_modules"));
  const server = await startServer();
  try {
    process.stderr.write(`${variant}: this tree against ${ref}, ${generations} pairs of processes…\n`);
    const here = "this tree";
    const r = await overhead(server, {
      generations,
      roundsPerGeneration,
      contenders: [
        { name: here, variant },
        { name: ref, variant, root: checkout },
      ],
    });
    const a = r[here]!;
    const b = r[ref]!;
    console.log(`${here}: ${us(a.median)} median; ${ref}: ${us(b.median)} median (${variant})`);
    console.log(`${here} ÷ ${ref}, median of paired rounds: ${ratio(pairedRatio(a, b))}`);
    const bySet = pairedRatios(a, b, generations).sort((x, y) => x - y);
    console.log(`each pair of processes, lowest to highest: ${bySet.map((x) => x.toFixed(3)).join(" ")}`);
  } finally {
    server.close();
  }
} finally {
  if (added) git("worktree", "remove", "--force", checkout);
  rmSync(scratch, { recursive: true, force: true });
}
