// Where a read through the full client spends its time: CPU-profiles `count` reads of one
// environment (after a warm-up) and prints self time by function, ours (src/) marked.
//   npx tsx bench/profile.ts [count] [variant]   variant: one of VARIANTS in overhead-worker.ts
import { Session } from "node:inspector/promises";
import { startServer } from "./http.ts";
import { reader, type VariantName } from "./overhead-worker.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const count = Number(process.argv[2] ?? 20_000);
const variant = (process.argv[3] ?? "pingone-client") as VariantName;
const server = await startServer();
const once = reader(variant, server.apiBase);
for (let i = 0; i < 5000; i++) await once();

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 50 });
await session.post("Profiler.start");
const started = performance.now();
for (let i = 0; i < count; i++) await once();
const elapsed = performance.now() - started;
const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: ProfileNode[] } };
server.close();

const byFunction = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  total += hits;
  const { functionName, url: file, lineNumber } = node.callFrame;
  const where = file.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
  const key = `${functionName || "(anonymous)"}  ${where ? `${where}:${lineNumber + 1}` : ""}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
}
console.log(`${variant}: ${count} reads, ${((elapsed / count) * 1000).toFixed(0)} µs each (under the profiler)\n`);
// Self time per read, so two variants' profiles can be compared line by line.
const perRead = (hits: number) => ((hits / total) * elapsed * 1000) / count;
console.log("µs/read  self %   function  location");
for (const [key, hits] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  const ours = key.includes(" src/") && !key.includes("node_modules") ? "*" : " ";
  console.log(
    `${perRead(hits).toFixed(1).padStart(7)}  ${((hits / total) * 100).toFixed(1).padStart(5)} ${ours} ${key}`,
  );
}
