// The request path under faults, over real HTTP against the simulator: each case here was a
// defect a user hit (aborts ignored during the token fetch, empty bodies taken as success,
// loggers causing re-sends, secrets echoed into errors, links escaping the API base, ...),
// plus openapi-fetch middleware and the client-wide reaction to rate limits.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AbortError,
  BadRequestError,
  ConnectionError,
  createPingOneClient,
  filter,
  InvalidResponseError,
  paginate,
  PingOneConfigError,
  setupSamlApplication,
  TimeoutError,
  TokenError,
  unwrap,
  type Middleware,
} from "../src/index.ts";
import { startPingOneSimulator } from "../src/testing/index.ts";
import { FakeClock } from "./support/clock.ts";
import { recordError, SENTINEL_SECRET, SENTINEL_TOKEN } from "./support/sentinel.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();
const api = () => context.sim.requests.filter((r) => r.path.startsWith("/v1/"));
const adminPath = () => ({ params: { path: { environmentID: context.sim.environmentId } } });
const tokenRequest = (r: { path: string }) => r.path.endsWith("/as/token");
// Longer than any test may run: a call still waiting on it fails by timing out.
const FOREVER = 120_000;

afterEach(() => vi.restoreAllMocks());

describe("abort and timeout while the token is fetched", () => {
  it("honours the caller's abort while the token endpoint hangs", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "delay", delayMs: FOREVER, path: "/as/token" });
    const controller = new AbortController();
    void context.sim.waitForRequest(tokenRequest).then(() => controller.abort(new Error("user went away")));
    const error = await client
      .GET("/environments/{environmentID}", { ...adminPath(), signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(api()).toEqual([]);
  });

  it("bounds the token wait by the call's own timeout", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.faults.inject({ kind: "delay", delayMs: FOREVER, path: "/as/token" });
    const error = await client
      .GET("/environments/{environmentID}", { ...adminPath(), timeout: 100, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(api()).toEqual([]);
  });
});

describe("a 2xx body that is not the promised JSON", () => {
  it.each([
    ["empty", "empty" as const],
    ["not JSON", { text: "<html>maintenance</html>", contentType: "text/html" }],
  ])("%s: client.GET fails with InvalidResponseError", async (_label, body) => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    context.sim.faults.inject({ kind: "status", status: 200, body, path: "/v1/environments/" });
    const error = await client.GET("/environments/{environmentID}", adminPath()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it("empty: paginate fails with InvalidResponseError, not a TypeError", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    context.sim.faults.inject({ kind: "status", status: 200, body: "empty", path: "/v1/environments" });
    const pages = paginate(client, "/environments");
    await expect(pages.next()).rejects.toBeInstanceOf(InvalidResponseError);
  });
});

describe("a logger that throws", () => {
  it("never re-sends a request or changes its outcome, and is reported once", async () => {
    const report = vi.spyOn(console, "error").mockImplementation(() => {});
    const client = clientFor(context.sim, context.clock, {
      accessToken: SENTINEL_TOKEN,
      logger: () => {
        throw new TypeError("logger bug");
      },
    });
    expect((await client.GET("/environments/{environmentID}", adminPath())).response.status).toBe(200);
    expect((await client.GET("/environments/{environmentID}", adminPath())).response.status).toBe(200);
    expect(api().length).toBe(2);
    expect(report).toHaveBeenCalledTimes(1);
  });
});

describe("errors from the caller's own code", () => {
  it("stay what they are instead of becoming ConnectionError", async () => {
    const client = clientFor(context.sim, context.clock, {
      accessToken: SENTINEL_TOKEN,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        (undefined as unknown as { headers: Headers }).headers.get("x"); // a bug after the response came back
        return response;
      },
    });
    const error = await client.GET("/environments/{environmentID}", adminPath()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(api().length).toBe(1);
  });

  it("a failure of fetch itself is ConnectionError", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN, maxRetries: 0 });
    context.sim.faults.inject({ kind: "reset", path: "/v1/environments/" });
    await expect(client.GET("/environments/{environmentID}", adminPath())).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe("secrets a server echoes back", () => {
  it("never reach a TokenError: not the secret, not its Basic form", async () => {
    const basic = btoa(`${context.sim.clientId}:${SENTINEL_SECRET}`);
    context.sim.faults.inject({
      kind: "status",
      status: 401,
      path: "/as/token",
      body: {
        json: { error: "invalid_client", error_description: `Bad header: Basic ${basic} for ${SENTINEL_SECRET}` },
      },
    });
    const client = clientFor(context.sim, context.clock, { maxRetries: 0 });
    const error = await recordError(client.GET("/environments/{environmentID}", adminPath())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenError);
    const everything = `${(error as Error).message}\n${(error as Error).stack}\n${inspect(error, { depth: 5 })}`;
    expect(everything).toContain("Bad header: Basic [redacted]");
    expect(everything).not.toContain(basic);
    expect(everything).not.toContain(SENTINEL_SECRET);
  });

  it("never reach a PingOneApiError: not the bearer token, in message, stack or inspect", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    context.sim.faults.inject({
      kind: "status",
      status: 400,
      path: "/v1/environments/",
      body: {
        json: {
          id: "e1",
          code: "INVALID_DATA",
          message: `Header Authorization: Bearer ${SENTINEL_TOKEN} is malformed`,
          details: [{ code: "INVALID_VALUE", target: "Authorization", message: `Bearer ${SENTINEL_TOKEN}` }],
        },
      },
    });
    const { error } = await client.GET("/environments/{environmentID}", adminPath());
    expect(error).toBeInstanceOf(BadRequestError);
    const everything = `${error!.message}\n${error!.stack}\n${inspect(error, { depth: 5 })}`;
    expect(everything).toContain("Bearer [redacted] is malformed");
    expect(everything).not.toContain(SENTINEL_TOKEN);
  });
});

describe("links outside the API base", () => {
  it.each([
    ["a plain ..", "/../admin/environments"],
    ["an encoded ..", "/%2e%2e/admin/environments"],
    ["an encoded slash", "/environments%2f..%2f..%2fadmin"],
    ["another host", "https://evil.example.com/v1/environments"],
  ])("refuses %s, before sending anything", async (_label, link) => {
    const sim = await startPingOneSimulator({ staticTokens: [SENTINEL_TOKEN] });
    try {
      // An API base with a path prefix, as behind a gateway.
      const client = createPingOneClient({
        apiBase: `${sim.url}/tenant-a/v1`,
        authBase: sim.authBase,
        accessToken: SENTINEL_TOKEN,
      });
      const href = link.startsWith("https:") ? link : `${sim.url}/tenant-a/v1${link}`;
      await expect(client.getUrl(href)).rejects.toBeInstanceOf(PingOneConfigError);
      expect(sim.requests).toEqual([]);
    } finally {
      await sim.close();
    }
  });

  it("follows a redirect to another origin (a kit download) without the token", async () => {
    // PingOne answers a kit download with 307 to a presigned address on another host.
    const seen: (string | undefined)[] = [];
    const storage = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { "Content-Type": "application/zip" }).end("PK\u0005\u0006");
    });
    const gateway = createServer((_req, res) =>
      res.writeHead(307, { Location: `http://localhost:${(storage.address() as AddressInfo).port}/kit.zip` }).end(),
    );
    // Two host names, so two origins; the storage listens where `localhost` resolves.
    await new Promise<void>((r) => storage.listen(0, "localhost", r));
    await new Promise<void>((r) => gateway.listen(0, "127.0.0.1", r));
    try {
      const origin = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
      const client = createPingOneClient({ apiBase: `${origin}/v1`, authBase: origin, accessToken: SENTINEL_TOKEN });
      const kit = await unwrap(
        client.GET("/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}/asset", {
          params: { path: { environmentID: "e", integrationID: "i", integrationVersionID: "v" } },
        }),
      );
      expect(await kit.text()).toBe("PK\u0005\u0006");
      expect(seen).toEqual([undefined]);
    } finally {
      storage.close();
      gateway.close();
    }
  });

  it("refuses a next link that climbs out, while paging", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    const escape = `${context.sim.apiBase}/../other/environments`;
    context.sim.faults.inject({
      kind: "status",
      status: 200,
      path: "/v1/environments",
      body: { json: { _embedded: { environments: [] }, _links: { next: { href: escape } } } },
    });
    const pages = paginate(client, "/environments");
    await expect(pages.next()).rejects.toBeInstanceOf(PingOneConfigError);
    expect(api().length).toBe(1);
  });
});

describe("configuration that would fight itself", () => {
  it.each([{ accessToken: "t" }, { clientCredentials: { clientId: "i", clientSecret: "s", environmentId: "e" } }])(
    "an Authorization header with %o is refused at creation",
    (auth) => {
      expect(() => createPingOneClient({ region: "NA", ...auth, headers: { authorization: "Bearer other" } })).toThrow(
        PingOneConfigError,
      );
    },
  );

  it("filter.and refuses a raw SCIM string, even through a cast", () => {
    expect(() => filter.and("name pr or id pr" as never)).toThrow(PingOneConfigError);
    expect(() => filter.and(filter.eq("name", "x"), 'id pr or name eq "y"' as never)).toThrow(PingOneConfigError);
  });

  it("a workflow without an environment ID fails before sending anything", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    const error = await setupSamlApplication(client, {
      environmentId: undefined as unknown as string,
      group: { name: "g" },
      application: { name: "a", enabled: true, type: "WEB_APP", spEntityId: "sp", acsUrls: ["https://sp.example/acs"] },
      population: { name: "p" },
      user: { username: "u", email: "u@example.com" },
      password: "P@ssw0rd-1",
    } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PingOneConfigError);
    expect(String(error)).toMatch(/environmentID is missing/);
    expect(api()).toEqual([]);
  });
});

describe("middleware", () => {
  it("onRequest runs once per call and its change reaches every attempt; onResponse sees the final response", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    const seen: string[] = [];
    client.use({
      onRequest: ({ request }) => {
        seen.push("request");
        request.headers.set("x-trace", "t-1");
        return request;
      },
      onResponse: ({ response }) => {
        seen.push(`response ${response.status}`);
      },
    });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/v1/environments/", times: 2 });
    expect((await client.GET("/environments/{environmentID}", adminPath())).response.status).toBe(200);
    expect(seen).toEqual(["request", "response 200"]);
    expect(api().map((r) => [r.status, r.headers["x-trace"]])).toEqual([
      [503, "t-1"],
      [503, "t-1"],
      [200, "t-1"],
    ]);
  });

  it("cannot send the token elsewhere: an onRequest that changes the origin is refused", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN });
    const redirect: Middleware = {
      onRequest: ({ request }) => new Request(request.url.replace("127.0.0.1", "localhost"), request),
    };
    client.use(redirect);
    await expect(client.GET("/environments/{environmentID}", adminPath())).rejects.toThrow(
      /outside the client's API base/,
    );
    expect(context.sim.requests).toEqual([]);
    client.eject(redirect);
    expect((await client.GET("/environments/{environmentID}", adminPath())).response.status).toBe(200);
  });

  it("onError sees what fetch threw", async () => {
    const client = clientFor(context.sim, context.clock, { accessToken: SENTINEL_TOKEN, maxRetries: 0 });
    const errors: unknown[] = [];
    client.use({ onError: ({ error }) => void errors.push(error) });
    context.sim.faults.inject({ kind: "reset", path: "/v1/environments/" });
    await expect(client.GET("/environments/{environmentID}", adminPath())).rejects.toBeInstanceOf(ConnectionError);
    expect(errors.length).toBe(1);
    expect(errors[0]).toBeInstanceOf(ConnectionError);
  });
});

describe("rate limits", () => {
  it("one 429 slows the whole client: the other calls wait, and all succeed", async () => {
    const clock = new FakeClock();
    const sim = await startPingOneSimulator({
      staticTokens: [SENTINEL_TOKEN],
      now: clock.now,
      rateLimit: { requestsPerSecond: 10 },
    });
    try {
      const client = clientFor(sim, clock, { accessToken: SENTINEL_TOKEN });
      const calls = Array.from({ length: 60 }, () =>
        unwrap(client.GET("/environments/{environmentID}", { params: { path: { environmentID: sim.environmentId } } })),
      );
      const results = await Promise.all(calls);
      expect(results.every((e) => e.id === sim.environmentId)).toBe(true);
      const limited = sim.requests.filter((r) => r.status === 429).length;
      // Without the shared pause and pace every call would find the limit on its own: at
      // least 50 of 60 would be answered 429 once.
      expect(limited).toBeLessThan(sim.requests.length / 10);
    } finally {
      await sim.close();
    }
  });
});
