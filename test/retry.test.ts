// Retries, timeouts and errors over real HTTP against the simulator, with a controlled context.clock
// (delays are recorded, not waited) and no jitter (random = 0).
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import {
  AbortError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PingOneApiError,
  PingOneConfigError,
  RateLimitError,
  TimeoutError,
  unwrap,
} from "../src/index.ts";
import { recordError } from "./support/sentinel.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

const api = () => context.sim.requests.filter((r) => r.path.startsWith("/v1/"));
const readAdmin = (client: ReturnType<typeof clientFor>, init: object = {}) =>
  client.GET("/environments/{environmentID}", {
    params: { path: { environmentID: context.sim.environmentId } },
    ...init,
  });
const newEnvironment = { name: "Dev", region: "EU", type: "SANDBOX" } as const;
const environmentsNamed = (name: string) => context.sim.list("/environments").filter((e) => e.name === name);

describe("retries", () => {
  it("retries 503 with exponential backoff, then succeeds", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 503, method: "GET", path: "/v1/environments/", times: 2 });
    expect((await readAdmin(client)).response.status).toBe(200);
    expect(api().map((r) => r.status)).toEqual([503, 503, 200]);
    expect(context.clock.sleeps).toEqual([500, 1000]);
  });

  it.each([408, 429, 500, 502, 503, 504])("retries a GET answered %i", async (status) => {
    const client = clientFor(context.sim, context.clock, { maxRetries: 1 });
    context.sim.faults.inject({ kind: "status", status, method: "GET", path: "/v1/environments/" });
    expect((await readAdmin(client)).response.status).toBe(200);
    expect(api().length).toBe(2);
  });

  it.each([400, 403, 404, 409, 501])("does not retry %i", async (status) => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status, method: "GET", path: "/v1/environments/" });
    expect((await readAdmin(client)).response.status).toBe(status);
    expect(api().length).toBe(1);
  });

  it("honours Retry-After in seconds and as an HTTP date, capped at 60 s", async () => {
    const client = clientFor(context.sim, context.clock, { maxRetries: 3 });
    context.sim.faults.inject({ kind: "status", status: 429, path: "/v1/environments/", retryAfter: 7 });
    context.sim.faults.inject({
      kind: "status",
      status: 503,
      path: "/v1/environments/",
      retryAfter: new Date(context.clock.now() + 7_000 + 12_000).toUTCString(),
    });
    context.sim.faults.inject({ kind: "status", status: 429, path: "/v1/environments/", retryAfter: 3600 });
    expect((await readAdmin(client)).response.status).toBe(200);
    expect(context.clock.sleeps[0]).toBe(7000);
    // The date is read after the first 7 s wait; HTTP dates drop milliseconds.
    expect(context.clock.sleeps[1]).toBeGreaterThanOrEqual(11_000);
    expect(context.clock.sleeps[1]).toBeLessThanOrEqual(12_000);
    expect(context.clock.sleeps[2]).toBe(60_000);
  });

  it("adds up to 25% jitter to the backoff", async () => {
    const client = clientFor(context.sim, context.clock, { random: () => 1 });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/v1/environments/", times: 2 });
    await readAdmin(client);
    expect(context.clock.sleeps).toEqual([375, 750]);
  });

  it("stops after maxRetries, set per client or per call, and returns the last error", async () => {
    const client = clientFor(context.sim, context.clock, { maxRetries: 1 });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/v1/environments/", times: 5 });
    const { error } = await readAdmin(client);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(api().length).toBe(2);

    context.sim.faults.clear();
    context.sim.faults.inject({ kind: "status", status: 503, path: "/v1/environments/", times: 5 });
    await readAdmin(client, { maxRetries: 3 });
    await readAdmin(client, { maxRetries: 0 });
    expect(api().length).toBe(2 + 4 + 1);
  });

  it("does not repeat a POST answered 500, even though the service acted on it", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 500, method: "POST", path: "/v1/environments", applied: true });
    const error = await recordError(unwrap(client.POST("/environments", { body: newEnvironment }))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(api().filter((r) => r.method === "POST").length).toBe(1);
    expect(environmentsNamed("Dev")).toHaveLength(1);
  });

  it("does not repeat a POST whose connection was reset", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "reset", method: "POST", path: "/v1/environments", applied: true });
    const error = await recordError(client.POST("/environments", { body: newEnvironment })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(api().filter((r) => r.method === "POST").length).toBe(1);
    expect(environmentsNamed("Dev")).toHaveLength(1);
  });

  it("repeats a POST refused with 429, replaying the same body", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 429, method: "POST", path: "/v1/environments", retryAfter: 1 });
    const created = await unwrap(client.POST("/environments", { body: newEnvironment }));
    const posts = api().filter((r) => r.method === "POST");
    expect(posts.map((r) => r.status)).toEqual([429, 201]);
    expect(posts[0]?.body).toEqual(posts[1]?.body);
    expect(environmentsNamed("Dev").map((e) => e.id)).toEqual([created.id]);
  });

  it("repeats a POST on 503 when the call is marked idempotent", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 503, method: "POST", path: "/v1/environments" });
    expect((await client.POST("/environments", { body: newEnvironment, idempotent: true })).response.status).toBe(201);
    expect(
      api()
        .filter((r) => r.method === "POST")
        .map((r) => r.status),
    ).toEqual([503, 201]);
  });

  it("replays a PUT body on every attempt and retries a reset GET", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "reset", method: "PUT" });
    context.sim.faults.inject({ kind: "status", status: 502, method: "PUT", body: "empty" });
    const body = {
      name: "Renamed",
      region: "NA",
      type: "PRODUCTION",
      license: { id: "8b2f5e4a-6c1d-4e3f-9a7b-2d5c8e1f4a6b" },
    } as const;
    await unwrap(
      client.PUT("/environments/{environmentID}", {
        params: { path: { environmentID: context.sim.environmentId } },
        body,
      }),
    );
    const puts = api().filter((r) => r.method === "PUT");
    expect(puts.length).toBe(3);
    for (const put of puts) expect(put.body).toEqual(body);
    expect(context.sim.get(`/environments/${context.sim.environmentId}`)?.name).toBe("Renamed");
  });

  it("buffers a streamed body once and sends the same bytes on every attempt", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 429, method: "POST", path: "/v1/environments", retryAfter: 1 });
    const json = JSON.stringify(newEnvironment);
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          // Two chunks, so a body read only in part would show.
          controller.enqueue(new TextEncoder().encode(json.slice(0, 10)));
          controller.enqueue(new TextEncoder().encode(json.slice(10)));
          controller.close();
        },
      });
    await unwrap(client.POST("/environments", { body: newEnvironment, bodySerializer: stream }));
    const posts = api().filter((r) => r.method === "POST");
    expect(posts.map((r) => r.status)).toEqual([429, 201]);
    for (const post of posts) expect(post.body).toEqual(newEnvironment);
  });

  it("retries a POST when the connection was refused, since nothing was sent", async () => {
    const port = await closedPort();
    const client = clientFor(context.sim, context.clock, {
      apiBase: `http://127.0.0.1:${port}/v1`,
      accessToken: "t",
      maxRetries: 2,
    });
    const error = await recordError(client.POST("/environments", { body: newEnvironment })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect(context.clock.sleeps).toEqual([500, 1000]);
  });
});

describe("timeouts and aborts", () => {
  it("times out a slow attempt, then retries it", async () => {
    const client = clientFor(context.sim, context.clock, { timeout: 100 });
    context.sim.faults.inject({ kind: "delay", delayMs: 2_000, method: "GET", path: "/v1/environments/" });
    expect((await readAdmin(client)).response.status).toBe(200);
    expect(context.clock.sleeps).toEqual([500]);
  });

  it("reports a timeout as TimeoutError once retries are spent", async () => {
    const client = clientFor(context.sim, context.clock, { timeout: 100, maxRetries: 0 });
    context.sim.faults.inject({ kind: "delay", delayMs: 2_000, path: "/v1/environments/" });
    const error = await recordError(readAdmin(client)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 100 ms/);
  });

  it("reports the caller's abort as AbortError, not a timeout, and does not retry it", async () => {
    const client = clientFor(context.sim, context.clock, { timeout: 5_000 });
    context.sim.faults.inject({ kind: "delay", delayMs: 2_000, path: "/v1/environments/" });
    const controller = new AbortController();
    // Abort once the request has reached the simulator, however long that takes here.
    void context.sim
      .waitForRequest((r) => r.path.startsWith("/v1/"))
      .then(() => controller.abort(new Error("user went away")));
    const error = await recordError(readAdmin(client, { signal: controller.signal })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(api().length).toBe(1);
  });

  it("does not start a call whose signal is already aborted", async () => {
    const client = clientFor(context.sim, context.clock);
    await expect(readAdmin(client, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(api().length).toBe(0);
  });
});

describe("errors", () => {
  it("turns a 404 into NotFoundError with PingOne's code and the correlation id", async () => {
    const client = clientFor(context.sim, context.clock);
    const result = await client.GET("/environments/{environmentID}", {
      params: { path: { environmentID: "00000000-0000-4000-8000-000000000000" } },
    });
    expect(result.error).toBeInstanceOf(NotFoundError);
    expect(result.error?.code).toBe("NOT_FOUND");
    expect(result.error?.correlationId).toBe(api()[0]?.correlationId);
    expect(result.correlationId).toBe(api()[0]?.correlationId);
    expect(result.error?.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/environments\/0{8}-.* → 404 NOT_FOUND: .* \(correlation id .+\)$/,
    );
    await expect(unwrap(Promise.resolve(result))).rejects.toBe(result.error);
  });

  it("names the offending field of an invalid request", async () => {
    const client = clientFor(context.sim, context.clock);
    const { error } = await client.POST("/environments", { body: { ...newEnvironment, region: "MARS" as "EU" } });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error?.code).toBe("INVALID_DATA");
    expect(error?.details.map((d) => d.target)).toContain("region");
    expect(error?.message).toContain("region");
  });

  it("rejects a PUT that would change an environment's region", async () => {
    const client = clientFor(context.sim, context.clock);
    const { error } = await client.PUT("/environments/{environmentID}", {
      params: { path: { environmentID: context.sim.environmentId } },
      body: {
        name: "Administrators",
        region: "EU",
        type: "PRODUCTION",
        license: { id: "8b2f5e4a-6c1d-4e3f-9a7b-2d5c8e1f4a6b" },
      },
    });
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error?.details).toEqual([expect.objectContaining({ code: "INVALID_VALUE", target: "region" })]);
    expect(context.sim.get(`/environments/${context.sim.environmentId}`)?.region).toBe("NA");
  });

  it("gives a useful error for empty and non-JSON error bodies", async () => {
    const client = clientFor(context.sim, context.clock, { maxRetries: 0 });
    context.sim.faults.inject({ kind: "status", status: 502, body: "empty", path: "/v1/" });
    const empty = (await readAdmin(client)).error!;
    expect(empty).toBeInstanceOf(InternalServerError);
    expect(empty.message).toMatch(/→ 502 HTTP_502: Bad Gateway/);

    context.sim.faults.inject({
      kind: "status",
      status: 503,
      body: { text: "<html><body>Down for maintenance</body></html>", contentType: "text/html" },
      path: "/v1/",
    });
    const html = (await readAdmin(client)).error!;
    expect(html.message).toMatch(/→ 503 HTTP_503: <html><body>Down for maintenance<\/body><\/html>/);

    context.sim.faults.inject({ kind: "status", status: 429, body: "malformed", path: "/v1/" });
    const malformed = (await readAdmin(client)).error!;
    expect(malformed).toBeInstanceOf(RateLimitError);
    expect(malformed.status).toBe(429);
  });

  it("reports a 2xx body that is not JSON as InvalidResponseError", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "status", status: 200, body: "malformed", path: "/v1/" });
    const error = await recordError(readAdmin(client)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).not.toBeInstanceOf(PingOneApiError);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("bodies that stall", () => {
  // Headers and the start of a JSON body, then nothing: the call must still end.
  async function stallingServer() {
    const { createServer: createHttpServer } = await import("node:http");
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id":"');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    return { apiBase: `http://127.0.0.1:${port}/v1`, close: () => server.closeAllConnections() };
  }

  it("times out while reading the body", async () => {
    const stalling = await stallingServer();
    try {
      const client = clientFor(context.sim, context.clock, {
        apiBase: stalling.apiBase,
        accessToken: "t",
        timeout: 200,
      });
      const error = await recordError(readAdmin(client)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).url).toBe(`${stalling.apiBase}/environments/${context.sim.environmentId}`);
    } finally {
      stalling.close();
    }
  });

  it("aborts while reading the body", async () => {
    const stalling = await stallingServer();
    try {
      const client = clientFor(context.sim, context.clock, { apiBase: stalling.apiBase, accessToken: "t", timeout: 0 });
      const error = await recordError(readAdmin(client, { signal: AbortSignal.timeout(200) })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortError);
    } finally {
      stalling.close();
    }
  });

  it("stops waiting out a backoff when the caller aborts", async () => {
    const controller = new AbortController();
    const waiting: number[] = [];
    const clock = {
      now: () => Date.now(),
      sleep: (ms: number, signal?: AbortSignal) =>
        new Promise<void>((_resolve, reject) => {
          waiting.push(ms);
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
          controller.abort(new Error("shutting down"));
        }),
    };
    const client = clientFor(context.sim, context.clock, { clock });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/v1/environments/", times: 3 });
    const error = await readAdmin(client, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(waiting).toEqual([500]);
    expect(api().length).toBe(1);
  });
});

describe("settings", () => {
  it.each([
    [{ maxRetries: Number.NaN }, /maxRetries must be a whole number ≥ 0, got NaN/],
    [{ maxRetries: 1.5 }, /maxRetries must be a whole number ≥ 0, got 1\.5/],
    [{ timeout: -1 }, /timeout must be a number ≥ 0, got -1/],
    [{ initialDelayMs: -100 }, /initialDelayMs must be a number ≥ 0/],
    [{ accessToken: "" }, /accessToken is empty/],
  ])("rejects %j when the client is created", (options, message) => {
    expect(() => clientFor(context.sim, context.clock, { accessToken: "t", ...options })).toThrow(PingOneConfigError);
    expect(() => clientFor(context.sim, context.clock, { accessToken: "t", ...options })).toThrow(message);
  });

  it("rejects a bad per-call setting before sending anything", async () => {
    const client = clientFor(context.sim, context.clock);
    await expect(readAdmin(client, { maxRetries: -1 })).rejects.toThrow(
      /maxRetries must be a whole number ≥ 0, got -1/,
    );
    expect(api()).toEqual([]);
  });

  it.each([
    [{ baseUrl: "https://elsewhere.example.com/v1" }, /baseUrl cannot be set on one call; set apiBase or region/],
    [{ fetch: globalThis.fetch }, /fetch cannot be set on one call; set fetch when creating the client/],
    [{ middleware: [] }, /middleware cannot be set on one call; set client.use\(\)/],
  ])("refuses the per-call openapi-fetch option %j, which would go around the transport", async (option, message) => {
    const client = clientFor(context.sim, context.clock);
    const call = readAdmin(client, option as object);
    await expect(call).rejects.toThrow(PingOneConfigError);
    await expect(call).rejects.toThrow(message);
    expect(api()).toEqual([]);
  });
});
