// Request overhead and paging, measured against bench/server.ts in a child process.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { paginate, type PingOneClient } from "../src/index.ts";
import { fullClient, TOKEN, VARIANTS, type VariantName } from "./overhead-worker.ts";
import { median, quantile } from "./stats.ts";

export interface BenchServer {
  url: string;
  apiBase: string;
  setTotal(total: number): Promise<void>;
  close(): void;
}

export async function startServer(): Promise<BenchServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./server.ts", import.meta.url).pathname],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  const url = chunk.toString().trim();
  return {
    url,
    apiBase: `${url}/v1`,
    async setTotal(total) {
      const response = await fetch(`${url}/total?value=${total}`, { method: "POST" });
      await response.arrayBuffer();
    },
    close: () => child.stdin!.end(),
  };
}

export interface Distribution {
  median: number;
  p90: number;
  samples: number;
  /** The median of each round, in order: rounds of different variants that ran side by side pair up. */
  rounds: number[];
  /** The mean of each round, in the same order: what a stream of calls costs, collections and slow requests included. */
  roundMeans: number[];
}

function distribution(samples: number[], rounds: number[], roundMeans: number[]): Distribution {
  return { median: median(samples), p90: quantile(samples, 0.9), samples: samples.length, rounds, roundMeans };
}

/**
 * How much slower `a` is than `b`: the median over rounds of a's round median ÷ b's, so load
 * that comes and goes on a shared machine cancels out within each pair.
 */
export function pairedRatio(a: Distribution, b: Distribution, of: "rounds" | "roundMeans" = "rounds"): number {
  return medianOfRatios(a[of], b[of]);
}

/** The paired ratio within each of `parts` equal runs of rounds: one per generation of processes. */
export function pairedRatios(a: Distribution, b: Distribution, parts: number): number[] {
  const size = Math.ceil(a.rounds.length / parts);
  const part = (values: number[], k: number) => values.slice(k * size, (k + 1) * size);
  return Array.from({ length: parts }, (_, k) => medianOfRatios(part(a.rounds, k), part(b.rounds, k)));
}

function medianOfRatios(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => value / b[i]!));
}

/** One process of the overhead benchmark: a variant, of this checkout or of the one at `root`. */
export interface Contender {
  name: string;
  variant: VariantName;
  /** Another checkout (bench/compare.ts makes one per git ref); this one when absent. */
  root?: string;
}

const EVERY_VARIANT: readonly Contender[] = VARIANTS.map((variant) => ({ name: variant, variant }));

/** A contender's worker process (bench/overhead-worker.ts), warmed up and waiting for rounds. */
async function startWorker(server: BenchServer, { name, variant, root }: Contender, warmup: number) {
  const worker = root
    ? join(root, "bench", "overhead-worker.ts")
    : new URL("./overhead-worker.ts", import.meta.url).pathname;
  const child = fork(worker, [server.apiBase, variant, String(warmup)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  // A worker that dies (its error is on stderr) ends the benchmark instead of leaving it waiting.
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`the ${name} worker exited with code ${String(code)}`);
  });
  exited.catch(() => {});
  const reply = async () => ((await Promise.race([once(child, "message"), exited])) as unknown[])[0];
  if ((await reply()) !== "ready") throw new Error(`the ${name} worker did not say it was ready`);
  return {
    name,
    async round(reads: number): Promise<number[]> {
      child.send({ reads });
      return (await reply()) as number[];
    },
    stop: () => child.connected && child.disconnect(),
  };
}

/** How long the overhead benchmark runs: sets of fresh processes, rounds in each, reads per round. */
export interface OverheadRun {
  generations: number;
  roundsPerGeneration: number;
  perRound?: number;
  /** Reads before the first round, so each process measures at its steady speed. */
  warmup?: number;
  contenders?: readonly Contender[];
}

/**
 * Reads one environment `generations × roundsPerGeneration × perRound` times per contender
 * (by default every variant of VARIANTS in overhead-worker.ts), each in its own process. A
 * process settles into its own JIT and heap state, which moves its speed by several per cent
 * for its whole life, so the rounds are spread over `generations` fresh sets of processes.
 * Each is warmed up until it runs at its steady speed (a few thousand reads: over the first
 * thousand the client's ratio is still several per cent lower). Within a round the contenders
 * run one after another, in an order shuffled per round, so drift on a shared machine hits all
 * of them alike.
 */
export async function overhead(
  server: BenchServer,
  { generations, roundsPerGeneration, perRound = 20, warmup = 5000, contenders = EVERY_VARIANT }: OverheadRun,
): Promise<Record<string, Distribution>> {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const roundMedians = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const roundMeans = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let generation = 0; generation < generations; generation++) {
    const workers: Awaited<ReturnType<typeof startWorker>>[] = [];
    try {
      // One after another, so no process is compiled and warmed up while competing for the CPU.
      for (const contender of contenders) workers.push(await startWorker(server, contender, warmup));
      for (let round = 0; round < roundsPerGeneration; round++) {
        for (const worker of shuffled(workers)) {
          const durations = await worker.round(perRound);
          samples.get(worker.name)!.push(...durations);
          roundMedians.get(worker.name)!.push(median(durations));
          roundMeans.get(worker.name)!.push(durations.reduce((sum, ms) => sum + ms, 0) / durations.length);
        }
      }
    } finally {
      for (const worker of workers) worker.stop();
    }
  }
  return Object.fromEntries(
    [...samples].map(([name, s]) => [name, distribution(s, roundMedians.get(name)!, roundMeans.get(name)!)]),
  );
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Counts the items of every page with `paginate`. */
export async function iteratePaginate(client: PingOneClient, limit = 100): Promise<number> {
  let count = 0;
  for await (const environment of paginate(client, "/environments", { params: { query: { limit } } })) {
    if (environment.id) count++;
  }
  return count;
}

/** The same walk by hand: fetch, parse, follow `_links.next.href`. */
export async function iterateByHand(apiBase: string, limit = 100): Promise<number> {
  const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };
  let count = 0;
  let url: string | undefined = `${apiBase}/environments?limit=${limit}`;
  while (url) {
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as {
      _embedded: { environments: { id: string }[] };
      _links: { next?: { href: string } };
    };
    for (const environment of body._embedded.environments) if (environment.id) count++;
    url = body._links.next?.href;
  }
  return count;
}

/** Wall time of walking `total` items with each, interleaved over `rounds` (after one warm-up walk each). */
export async function paging(server: BenchServer, total = 10_000, rounds = 25) {
  await server.setTotal(total);
  const client = fullClient(server.apiBase);
  const walks = [
    { name: "paginate", walk: () => iteratePaginate(client) },
    { name: "fetch loop", walk: () => iterateByHand(server.apiBase) },
  ];
  const samples = new Map<string, number[]>(walks.map((w) => [w.name, []]));
  for (const w of walks) if ((await w.walk()) !== total) throw new Error(`${w.name} did not see ${total} items`);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < walks.length; k++) {
      const w = walks[(round + k) % walks.length]!;
      const started = performance.now();
      await w.walk();
      samples.get(w.name)!.push(performance.now() - started);
    }
  }
  return Object.fromEntries([...samples].map(([name, s]) => [name, distribution(s, s, s)])) as Record<
    string,
    Distribution
  >;
}
