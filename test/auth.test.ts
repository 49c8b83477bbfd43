// Authentication over real HTTP against the simulator: client credentials (basic and post),
// caching, refresh before expiry, single flight, one refresh on 401, token endpoint errors.
import { describe, expect, it } from "vitest";
import { AuthenticationError, createPingOneClient, TokenError, unwrap } from "../src/index.ts";
import { recordError, said, SENTINEL_SECRET, SENTINEL_TOKEN } from "./support/sentinel.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator({ tokenTtlSeconds: 3600 });

const tokenRequests = () => context.sim.requests.filter((r) => r.path.endsWith("/as/token"));
const readAdmin = (client: ReturnType<typeof clientFor>) =>
  client.GET("/environments/{environmentID}", { params: { path: { environmentID: context.sim.environmentId } } });

describe("client credentials", () => {
  it("uses client_secret_basic by default and sends the token on API calls", async () => {
    const client = clientFor(context.sim, context.clock);
    expect((await unwrap(readAdmin(client))).id).toBe(context.sim.environmentId);
    const [tokenRequest] = tokenRequests();
    expect(tokenRequest?.headers.authorization).toMatch(/^Basic /);
    expect(Buffer.from(tokenRequest!.headers.authorization!.slice(6), "base64").toString()).toBe(
      `${context.sim.clientId}:${SENTINEL_SECRET}`,
    );
    expect(tokenRequest?.body).toBe("grant_type=client_credentials");
  });

  it("can use client_secret_post", async () => {
    const client = clientFor(context.sim, context.clock, {
      clientCredentials: {
        clientId: context.sim.clientId,
        clientSecret: context.sim.clientSecret,
        environmentId: context.sim.environmentId,
        method: "client_secret_post",
      },
    });
    await unwrap(readAdmin(client));
    const [tokenRequest] = tokenRequests();
    expect(tokenRequest?.headers.authorization).toBeUndefined();
    expect(new URLSearchParams(String(tokenRequest?.body)).get("client_id")).toBe(context.sim.clientId);
  });

  it("asks for one token for 50 concurrent calls", async () => {
    const client = clientFor(context.sim, context.clock);
    const results = await Promise.all(Array.from({ length: 50 }, () => readAdmin(client)));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(context.sim.tokensIssued).toBe(1);
  });

  it("reuses the token until shortly before it expires, then fetches a new one", async () => {
    const client = clientFor(context.sim, context.clock);
    await unwrap(readAdmin(client));
    context.clock.advance(3600_000 - 61_000); // still outside the 60 s margin
    await unwrap(readAdmin(client));
    expect(context.sim.tokensIssued).toBe(1);
    context.clock.advance(2_000); // inside the margin: refresh before PingOne would reject it
    await unwrap(readAdmin(client));
    expect(context.sim.tokensIssued).toBe(2);
    const apiCalls = context.sim.requests.filter((r) => !r.path.endsWith("/as/token"));
    expect(apiCalls.map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it("refreshes once on a 401 and retries the request once", async () => {
    const client = clientFor(context.sim, context.clock);
    await unwrap(readAdmin(client));
    context.sim.revokeTokens();
    await unwrap(readAdmin(client));
    expect(context.sim.tokensIssued).toBe(2);
    const apiCalls = context.sim.requests.filter((r) => !r.path.endsWith("/as/token"));
    expect(apiCalls.map((r) => r.status)).toEqual([200, 401, 200]);
  });

  it("shares one refresh between concurrent calls that all got a 401", async () => {
    const client = clientFor(context.sim, context.clock);
    await unwrap(readAdmin(client));
    context.sim.revokeTokens();
    await Promise.all(Array.from({ length: 20 }, () => unwrap(readAdmin(client))));
    expect(context.sim.tokensIssued).toBe(2);
  });

  it("surfaces a second 401 instead of looping", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 401, path: "/v1/environments/", times: 2 });
    const error = await recordError(unwrap(readAdmin(client))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(context.sim.requests.filter((r) => r.path.startsWith("/v1/")).length).toBe(2);
    expect(context.sim.tokensIssued).toBe(2);
  });

  it("explains a rejected client secret without revealing it", async () => {
    const client = clientFor(context.sim, context.clock, {
      clientCredentials: {
        clientId: context.sim.clientId,
        clientSecret: `${SENTINEL_SECRET}-wrong`,
        environmentId: context.sim.environmentId,
      },
    });
    const error = (await recordError(readAdmin(client)).catch((e: unknown) => e)) as TokenError;
    expect(error).toBeInstanceOf(TokenError);
    expect(error.message).toContain(context.sim.tokenUrl);
    expect(error.message).toMatch(/401 invalid_client: Invalid client credentials/);
    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_client");
    expect(JSON.stringify(error)).not.toContain(SENTINEL_SECRET);
    expect(error.message).not.toContain(SENTINEL_SECRET);
  });

  it("retries a token endpoint that answers 503, then reports a persistent failure", async () => {
    const client = clientFor(context.sim, context.clock, { maxRetries: 1 });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/as/token", times: 1 });
    await unwrap(readAdmin(client));
    expect(tokenRequests().map((r) => r.status)).toEqual([503, 200]);

    const fresh = clientFor(context.sim, context.clock, { maxRetries: 1 });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/as/token", times: 2, body: "empty" });
    const error = await recordError(readAdmin(fresh)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).message).toMatch(new RegExp(`from ${context.sim.tokenUrl}: 503`));
  });
});

describe("other token sources", () => {
  it("sends a static token and does not retry its 401", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    expect((await readAdmin(client)).response.status).toBe(200);
    const bad = clientFor(context.sim, context.clock, { accessToken: `${SENTINEL_TOKEN}-expired` });
    const { error } = await readAdmin(bad);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error?.code).toBe("ACCESS_FAILED");
    said.push(String(error?.message));
    expect(context.sim.requests.filter((r) => r.path.startsWith("/v1/")).length).toBe(2);
  });

  it("asks a token provider again, with forceRefresh, after a 401", async () => {
    const calls: boolean[] = [];
    const tokens = [`${SENTINEL_TOKEN}-stale`, SENTINEL_TOKEN];
    const client = clientFor(context.sim, context.clock, {
      accessToken: ({ forceRefresh }) => {
        calls.push(forceRefresh);
        return tokens[calls.length - 1] ?? SENTINEL_TOKEN;
      },
    });
    expect((await readAdmin(client)).response.status).toBe(200);
    expect(calls).toEqual([false, true]);
  });

  it("lets a call's own Authorization header win, and does not refresh it after a 401", async () => {
    const own = { headers: { authorization: `Bearer ${SENTINEL_TOKEN}-own` } };
    const path = { params: { path: { environmentID: context.sim.environmentId } } };
    const provided: boolean[] = [];
    const clients = [
      clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN }),
      clientFor(context.sim, context.clock, {
        accessToken: ({ forceRefresh }) => (provided.push(forceRefresh), SENTINEL_TOKEN),
      }),
      clientFor(context.sim, context.clock),
    ];
    for (const client of clients) {
      const { error } = await client.GET("/environments/{environmentID}", { ...path, ...own });
      expect(error).toBeInstanceOf(AuthenticationError);
      said.push(String(error?.message));
    }
    const api = context.sim.requests.filter((r) => r.path.startsWith("/v1/"));
    expect(api.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${SENTINEL_TOKEN}-own`));
    expect(provided).toEqual([]);
    expect(context.sim.tokensIssued).toBe(0);
  });

  it("rejects missing or conflicting credentials when the client is created", () => {
    expect(() => createPingOneClient({ region: "NA" })).toThrow(/exactly one of accessToken and clientCredentials/);
    expect(() =>
      createPingOneClient({
        region: "NA",
        accessToken: "a",
        clientCredentials: { clientId: "c", clientSecret: "s", environmentId: "e" },
      }),
    ).toThrow(/exactly one/);
    expect(() =>
      createPingOneClient({ region: "NA", clientCredentials: { clientId: "c", clientSecret: "", environmentId: "" } }),
    ).toThrow(/missing clientSecret, environmentId/);
  });
});
