// One variant of the overhead benchmark, in a process of its own (see overhead() in
// http.ts). Variants that share a process share undici's inline caches and one heap: each
// then pays for the others' call shapes and garbage, and the ratio measures the mix. The
// parent sends {reads: n} over IPC; the worker answers with the n durations in milliseconds.
//   node --import tsx bench/overhead-worker.ts <apiBase> <variant> <warm-up reads>
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.ts";
import { createPingOneClient, type PingOneClient } from "../src/index.ts";
import { ENVIRONMENT_ID } from "./stats.ts";

export const TOKEN = "bench-token";
export const VARIANTS = [
  "pingone-client",
  "pingone-client, timeout 0",
  "openapi-fetch",
  "openapi-fetch with a timeout",
  "fetch",
] as const;
export type VariantName = (typeof VARIANTS)[number];

export function fullClient(apiBase: string, timeout?: number): PingOneClient {
  return createPingOneClient({ apiBase, region: "NA", accessToken: TOKEN, timeout });
}

/** One read of the bench server's environment through `variant`, resolving to the parsed body. */
export function reader(variant: VariantName, apiBase: string): () => Promise<unknown> {
  const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json" };
  const path = { params: { path: { environmentID: ENVIRONMENT_ID } } };
  switch (variant) {
    case "pingone-client":
    case "pingone-client, timeout 0": {
      // The per-attempt timeout needs a signal on every fetch, which undici makes costly.
      const client = fullClient(apiBase, variant === "pingone-client" ? undefined : 0);
      return async () => (await client.GET("/environments/{environmentID}", path)).data;
    }
    case "openapi-fetch": {
      const bare = createClient<paths>({ baseUrl: apiBase, headers });
      return async () => (await bare.GET("/environments/{environmentID}", path)).data;
    }
    case "openapi-fetch with a timeout": {
      // What a timeout costs by itself: the AbortController and timer the client arms for
      // each attempt, which bare openapi-fetch does without.
      const timed = createClient<paths>({ baseUrl: apiBase, headers, fetch: fetchWithTimeout(30_000) });
      return async () => (await timed.GET("/environments/{environmentID}", path)).data;
    }
    case "fetch": {
      const url = `${apiBase}/environments/${ENVIRONMENT_ID}`;
      return async () => (await fetch(url, { headers })).json();
    }
    default:
      throw new Error(`unknown variant ${String(variant)}; one of ${VARIANTS.join(", ")}`);
  }
}

/**
 * A fetch that aborts when the response headers take longer than `ms`. (The client's timer
 * also covers the body; keeping it armed that much longer made no difference I could measure.)
 */
function fetchWithTimeout(ms: number): (request: Request) => Promise<Response> {
  return async (request) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      return await fetch(request, { signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  };
}

if (process.send && process.argv[1] === new URL(import.meta.url).pathname) {
  const [apiBase, variant, warmup] = process.argv.slice(2) as [string, VariantName, string];
  const read = reader(variant, apiBase);
  const body = (await read()) as { id?: string };
  if (body?.id !== ENVIRONMENT_ID) throw new Error(`${variant} read ${JSON.stringify(body)}`);
  for (let i = 0; i < Number(warmup); i++) await read();
  process.on("message", async ({ reads }: { reads: number }) => {
    const durations: number[] = [];
    for (let i = 0; i < reads; i++) {
      const started = performance.now();
      await read();
      durations.push(performance.now() - started);
    }
    process.send!(durations);
  });
  process.on("disconnect", () => process.exit(0));
  process.send("ready");
}
