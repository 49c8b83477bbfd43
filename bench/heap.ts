// Run with --expose-gc (bench/run.ts does): heap in use while and after walking 10,000 and
// then 100,000 environments with `paginate`, each after a full collection. Prints JSON.
import { startServer, type BenchServer } from "./http.ts";
import { fullClient } from "./overhead-worker.ts";
import { paginate } from "../src/index.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

function heapUsed(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

async function walk(server: BenchServer, total: number) {
  await server.setTotal(total);
  const client = fullClient(server.apiBase);
  let count = 0;
  let during = 0;
  for await (const environment of paginate(client, "/environments", { params: { query: { limit: 100 } } })) {
    // Measured at the last item, with its page (and nothing earlier, if paging is flat) alive.
    if (++count === total) during = heapUsed();
    if (!environment.id) throw new Error("item without id");
  }
  if (count !== total) throw new Error(`saw ${count} of ${total}`);
  return { during, after: heapUsed() };
}

const server = await startServer();
try {
  await walk(server, 10_000); // warm-up: JIT, connection pool, module state
  const small = await walk(server, 10_000);
  const large = await walk(server, 100_000);
  console.log(JSON.stringify({ small, large }));
} finally {
  server.close();
}
