// The client under PingOne's rate limit: 500 concurrent GETs through one client, with default
// settings, against the simulator limited to 50 requests per second per environment.
import { createPingOneClient } from "../src/index.ts";
import { startPingOneSimulator } from "../src/testing/index.ts";

export async function rateLimited(calls = 500, requestsPerSecond = 50) {
  const sim = await startPingOneSimulator({ staticTokens: ["bench-token"], rateLimit: { requestsPerSecond } });
  try {
    const client = createPingOneClient({ apiBase: sim.apiBase, authBase: sim.authBase, accessToken: "bench-token" });
    const path = { params: { path: { environmentID: sim.environmentId } } };
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: calls }, () => client.GET("/environments/{environmentID}", path)),
    );
    const wallMs = performance.now() - started;
    const succeeded = results.filter((r) => r.status === "fulfilled" && r.value.response.ok).length;
    const sent = sim.requests.length;
    const limited = sim.requests.filter((r) => r.status === 429).length;
    return { calls, succeeded, sent, limited, wallMs };
  } finally {
    await sim.close();
  }
}
