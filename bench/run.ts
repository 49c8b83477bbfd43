// `npm run bench`: every benchmark in one run, printed as a table and written to
// bench/RESULTS.md with the machine, Node version and date. Targets are marked met or missed,
// never asserted. Not part of `npm test`.
//   npm run bench                          all sections
//   npm run bench -- --only overhead,size  some of: overhead paging heap regenerate typecheck size
//   npm run bench -- --quick               fewer iterations (a smoke run; RESULTS.md is not written)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildAndPack, createConsumer } from "../test/support/consumer.ts";
import { ROOT, TYPESCRIPT_7 } from "../test/support/toolchain.ts";
import { overhead, pairedRatio, paging, startServer } from "./http.ts";
import { regenerate } from "./regenerate.ts";
import { sizes } from "./size.ts";
import { bytes, ms, ratio, table, us, type Row } from "./stats.ts";
import { typecheck } from "./typecheck.ts";

const SECTIONS = ["overhead", "paging", "heap", "regenerate", "typecheck", "size"] as const;
const { values } = parseArgs({
  options: { only: { type: "string" }, quick: { type: "boolean", default: false } },
});
const only = new Set(values.only ? values.only.split(",") : SECTIONS);
for (const name of only)
  if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`unknown section ${name}`);
const quick = values.quick;
const rows: Row[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);

if (only.has("overhead") || only.has("paging")) {
  const server = await startServer();
  try {
    if (only.has("overhead")) {
      const [rounds, perRound] = quick ? [20, 20] : [200, 20];
      log(`overhead: ${rounds} rounds × ${perRound} reads per variant…`);
      const r = await overhead(server, rounds, perRound, quick ? 200 : 1000);
      const full = r["pingone-client"]!;
      const bare = r["openapi-fetch"]!;
      const plain = r.fetch!;
      for (const [name, d] of Object.entries(r)) {
        rows.push({ section: "1 request", measure: `${name} median / p90`, value: `${us(d.median)} / ${us(d.p90)}` });
      }
      const vsBare = pairedRatio(full, bare);
      rows.push({
        section: "1 request",
        measure: "pingone-client ÷ openapi-fetch (median)",
        value: ratio(vsBare),
        target: "≤ 1.05×",
        met: vsBare <= 1.05,
      });
      rows.push({
        section: "1 request",
        measure: "pingone-client ÷ openapi-fetch (p90)",
        value: ratio(full.p90 / bare.p90),
      });
      const untimed = pairedRatio(r["pingone-client, timeout 0"]!, bare);
      rows.push({
        section: "1 request",
        measure: "pingone-client with timeout: 0 ÷ openapi-fetch (median)",
        value: ratio(untimed),
        target: "≤ 1.05×",
        met: untimed <= 1.05,
      });
      rows.push({
        section: "1 request",
        measure: "pingone-client ÷ fetch (median)",
        value: ratio(pairedRatio(full, plain)),
      });
      rows.push({
        section: "1 request",
        measure: "openapi-fetch ÷ fetch (median)",
        value: ratio(pairedRatio(bare, plain)),
      });
    }
    if (only.has("paging")) {
      const rounds = quick ? 3 : 60;
      log(`paging: 10,000 environments over 100 pages, ${rounds} rounds…`);
      const r = await paging(server, 10_000, rounds);
      const walked = r.paginate!;
      const hand = r["fetch loop"]!;
      rows.push({
        section: "2 paging",
        measure: "paginate, 10,000 items (median / p90)",
        value: `${ms(walked.median)} / ${ms(walked.p90)}`,
      });
      rows.push({
        section: "2 paging",
        measure: "fetch loop, 10,000 items (median / p90)",
        value: `${ms(hand.median)} / ${ms(hand.p90)}`,
      });
      const slower = pairedRatio(walked, hand);
      rows.push({
        section: "2 paging",
        measure: "paginate ÷ fetch loop (median)",
        value: ratio(slower),
        target: "≤ 1.10×",
        met: slower <= 1.1,
      });
    }
  } finally {
    server.close();
  }
}

if (only.has("heap")) {
  log("heap: paginate over 10,000 then 100,000 environments (--expose-gc)…");
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(ROOT, "bench/heap.ts")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`bench/heap.ts failed:\n${child.stderr}`);
  const { small, large } = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as Record<
    "small" | "large",
    { during: number; after: number }
  >;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  rows.push({
    section: "2 paging",
    measure: "heap at last item, 10,000 / 100,000",
    value: `${mb(small.during)} / ${mb(large.during)}`,
  });
  rows.push({
    section: "2 paging",
    measure: "heap after, 10,000 / 100,000",
    value: `${mb(small.after)} / ${mb(large.after)}`,
  });
  const growth = large.after / small.after;
  rows.push({
    section: "2 paging",
    measure: "heap after 100,000 ÷ after 10,000",
    value: ratio(growth),
    target: "within 10%",
    met: Math.abs(growth - 1) <= 0.1,
  });
  rows.push({
    section: "2 paging",
    measure: "heap at last item 100,000 ÷ 10,000",
    value: ratio(large.during / small.during),
  });
}

if (only.has("regenerate")) {
  const runs = quick ? 1 : 3;
  log(`regenerate: scripts/generate.ts on a scratch copy, ${runs} run(s)…`);
  const r = regenerate(runs);
  for (const [step, value] of Object.entries(r)) {
    const measure =
      step === "wall"
        ? "scripts/generate.ts wall time (tsx start included)"
        : step === "total"
          ? "pipeline total, as printed"
          : `step ${step}`;
    rows.push({ section: "3 regenerate", measure: `${measure} (median of ${runs})`, value: ms(value, 0) });
  }
}

if (only.has("typecheck") || only.has("size")) {
  const work = mkdtempSync(join(tmpdir(), "pingone-bench-"));
  try {
    log("packing the package and installing it into a consumer project…");
    const { tarball } = buildAndPack(work);
    const consumer = join(work, "consumer");
    createConsumer(consumer, tarball);
    if (only.has("typecheck")) {
      const runs = quick ? 1 : 5;
      log(
        `typecheck: test/types/operations/core.ts against the package, TypeScript 5.9.3 and ${TYPESCRIPT_7}, ${runs} runs…`,
      );
      for (const r of typecheck(consumer, ["5.9.3", TYPESCRIPT_7], runs)) {
        rows.push({
          section: "4 typecheck",
          measure: `TS ${r.version}: every operation, typed / any`,
          value: `${ms(r.typed, 0)} / ${ms(r.untyped, 0)}`,
        });
        rows.push({
          section: "4 typecheck",
          measure: `TS ${r.version}: typed ÷ any`,
          value: ratio(r.typed / r.untyped),
        });
      }
    }
    if (only.has("size")) {
      log("size: esbuild browser bundles from the installed package…");
      const s = await sizes(consumer);
      const show = (x: { minified: number; gzipped: number }) => `${bytes(x.minified)} min, ${bytes(x.gzipped)} gz`;
      rows.push({
        section: "5 size",
        measure: "import { createPingOneClient }",
        value: show(s.client),
        target: "≤ 10 kB gz",
        met: s.client.gzipped <= 10 * 1024,
      });
      rows.push({ section: "5 size", measure: "+ paginate, unwrap", value: show(s.withPaging) });
      rows.push({ section: "5 size", measure: "openapi-fetch alone (part of the above)", value: show(s.openapiFetch) });
      rows.push({ section: "5 size", measure: "export * from pingone-client", value: show(s.everything) });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const cpu = cpus();
const machine = `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Linux ${release()}`;
const header = [
  `Machine: ${machine}`,
  `Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; load average at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
];
const output = table(rows);
console.log(`${header.join("\n")}\n\n${output}`);

if (!quick && only.size === SECTIONS.length) {
  const doc = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts); rerun it to refresh. Targets are marked, not asserted.

${header.map((l) => `- ${l}`).join("\n")}

${output}

## How each figure is measured

1. **Request overhead.** A node:http server in its own process on loopback (bench/server.ts) returns one
   fixed environment. The same read is made through the full client (\`createPingOneClient\` with a static
   token: auth, retry, timeout and error mapping in the path), through bare openapi-fetch (\`createClient<paths>\`)
   and with plain \`fetch\` + \`response.json()\`. The client hands openapi-fetch a light request class
   and calls \`fetch(url, init)\`, so undici builds one Request where bare openapi-fetch builds two; that is
   why the fourth variant, the full client with \`timeout: 0\`, can beat bare openapi-fetch. The per-attempt
   timeout (on by default, 30 s) needs an AbortSignal on every fetch, and undici on Node 20 makes a
   request with a signal about 6% slower on loopback (measured with the signal alone, no timer); nearly
   all of the gap between the two client variants is that.
   1,000 warm-up reads each, then 200 rounds × 20 reads per variant,
   the variants' order rotating each round; median and p90 of the single-request latencies. Median ratios are
   paired: the median over rounds of one variant's round median ÷ the other's in the same round, so load from
   other work on the machine, which comes and goes, cancels within each pair.
2. **Paging.** The same server serves 10,000 environments in 100 HAL pages; \`paginate\` vs a hand-written loop
   following \`_links.next.href\`, 60 interleaved rounds after a warm-up (ratio paired per round as above). Heap: a child process with
   \`--expose-gc\` walks 10,000 and then 100,000 items with \`paginate\`; heap used is read after a full
   collection at the last item and after the loop.
3. **Regeneration.** \`scripts/generate.ts --root <scratch copy>\` (what \`npm run generate\` runs), its printed
   step times and the command's wall time, median of 3.
4. **Consumer type-check.** The package is packed and installed into a fresh project; \`test/types/operations/core.ts\`
   (every operation) importing from \`pingone-client\` vs the same file with those imports declared \`any\`,
   \`tsc --noEmit\` wall time (skipLibCheck), median of 5 after one warm-up run each.
5. **Size.** esbuild (platform browser, bundle, minify, tree-shaking) of an entry that imports only
   \`createPingOneClient\` from the installed package's dist, gzip -9.
`;
  writeFileSync(join(ROOT, "bench/RESULTS.md"), doc);
  log("wrote bench/RESULTS.md");
}
