// Request overhead and paging, measured against bench/server.ts in a child process.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.ts";
import { createPingOneClient, paginate, type PingOneClient } from "../src/index.ts";
import { ENVIRONMENT_ID, median, quantile } from "./stats.ts";

const TOKEN = "bench-token";

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

export function fullClient(server: BenchServer, timeout?: number): PingOneClient {
  return createPingOneClient({ apiBase: server.apiBase, region: "NA", accessToken: TOKEN, timeout });
}

type Variant = { name: string; read: () => Promise<unknown> };

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
  return median(a[of].map((value, i) => value / b[of][i]!));
}

/**
 * Reads one environment `rounds × perRound` times per variant: the full client, bare
 * openapi-fetch and plain fetch, each parsing the JSON body. Rounds interleave the variants in
 * a rotating order, after a warm-up, so drift on a shared machine hits all three alike.
 */
export async function overhead(server: BenchServer, rounds = 20, perRound = 200, warmup = 500) {
  const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };
  const client = fullClient(server);
  // The per-attempt timeout needs a signal on every fetch, which undici makes costly.
  const untimed = fullClient(server, 0);
  const bare = createClient<paths>({ baseUrl: server.apiBase, headers });
  const url = `${server.apiBase}/environments/${ENVIRONMENT_ID}`;
  const path = { params: { path: { environmentID: ENVIRONMENT_ID } } };
  const variants: Variant[] = [
    { name: "pingone-client", read: async () => (await client.GET("/environments/{environmentID}", path)).data },
    {
      name: "pingone-client, timeout 0",
      read: async () => (await untimed.GET("/environments/{environmentID}", path)).data,
    },
    { name: "openapi-fetch", read: async () => (await bare.GET("/environments/{environmentID}", path)).data },
    { name: "fetch", read: async () => (await fetch(url, { headers })).json() },
  ];
  for (const v of variants) {
    const body = (await v.read()) as { id?: string };
    if (body?.id !== ENVIRONMENT_ID) throw new Error(`${v.name} read ${JSON.stringify(body)}`);
    for (let i = 0; i < warmup; i++) await v.read();
  }
  const samples = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const roundMedians = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const roundMeans = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(round + k) % variants.length]!;
      const into: number[] = [];
      for (let i = 0; i < perRound; i++) {
        const started = performance.now();
        await v.read();
        into.push(performance.now() - started);
      }
      samples.get(v.name)!.push(...into);
      roundMedians.get(v.name)!.push(median(into));
      roundMeans.get(v.name)!.push(into.reduce((sum, ms) => sum + ms, 0) / into.length);
    }
  }
  return Object.fromEntries(
    [...samples].map(([name, s]) => [name, distribution(s, roundMedians.get(name)!, roundMeans.get(name)!)]),
  ) as Record<string, Distribution>;
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
  const client = fullClient(server);
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
