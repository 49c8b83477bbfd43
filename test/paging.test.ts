// Paging, filters, headers and the logger, over real HTTP against the simulator.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  filter,
  InternalServerError,
  PageLimitError,
  paginate,
  paginatePages,
  PingOneConfigError,
  type ClientEvent,
} from "../src/index.ts";
import { SENTINEL_TOKEN } from "./support/sentinel.ts";
import { clientFor, secretsOf, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function seedEnvironments(count: number, name = (i: number) => `Env ${String(i).padStart(5, "0")}`) {
  context.sim.seed(
    "/environments",
    Array.from({ length: count }, (_, i) => ({ id: randomUUID(), name: name(i), region: "EU", type: "SANDBOX" })),
  );
}

describe("paginate", () => {
  it("iterates over more than 1,000 items, following each next link exactly as given", async () => {
    seedEnvironments(1_050);
    const client = clientFor(context.sim, context.clock);
    const ids: string[] = [];
    for await (const environment of paginate(client, "/environments", { params: { query: { limit: 100 } } }))
      ids.push(environment.id);

    expect(ids).toHaveLength(1_051); // the seeded ones and the admin environment
    expect(new Set(ids).size).toBe(1_051);
    const pages = context.sim.requests.filter((r) => r.path.startsWith("/v1/environments"));
    expect(pages).toHaveLength(11);
    // Every page after the first was requested at exactly the href the previous page handed out.
    const hrefs = await nextLinks(client);
    expect(pages.slice(1).map((r) => `${context.sim.url}${r.path}`)).toEqual(hrefs);
  });

  it("yields pages with their items and correlation id", async () => {
    seedEnvironments(250);
    const client = clientFor(context.sim, context.clock);
    const sizes: number[] = [];
    for await (const page of paginatePages(client, "/environments", { params: { query: { limit: 100 } } })) {
      sizes.push(page.items.length);
      expect(page.correlationId).toBeTruthy();
    }
    expect(sizes).toEqual([100, 100, 51]);
  });

  it("stops at maxPages with a PageLimitError", async () => {
    seedEnvironments(500);
    const client = clientFor(context.sim, context.clock);
    const iterate = async () => {
      for await (const _ of paginate(client, "/environments", { params: { query: { limit: 100 } } }, { maxPages: 3 }));
    };
    await expect(iterate()).rejects.toBeInstanceOf(PageLimitError);
    expect(context.sim.requests.filter((r) => r.path.startsWith("/v1/environments")).length).toBe(3);
  });

  it("throws the API error of a failing page, after the pages before it", async () => {
    seedEnvironments(250);
    const client = clientFor(context.sim, context.clock, { maxRetries: 0 });
    context.sim.faults.inject({ kind: "status", status: 403, path: /cursor=/ });
    const seenIds: string[] = [];
    const iterate = async () => {
      for await (const e of paginate(client, "/environments", { params: { query: { limit: 100 } } }))
        seenIds.push(e.id);
    };
    await expect(iterate()).rejects.toMatchObject({ status: 403 });
    expect(seenIds).toHaveLength(100);
  });

  it("pages a list under an environment, and refuses a next link to another host", async () => {
    const client = clientFor(context.sim, context.clock);
    context.sim.seed(`/environments/${context.sim.environmentId}/applications`, []);
    const apps = [];
    for await (const app of paginate(client, "/environments/{environmentID}/applications", {
      params: { path: { environmentID: context.sim.environmentId } },
    }))
      apps.push(app);
    expect(apps).toEqual([]);
    await expect(client.getUrl("https://evil.example.com/v1/environments?cursor=x")).rejects.toBeInstanceOf(
      PingOneConfigError,
    );
    await expect(client.getUrl(`${context.sim.apiBase}.evil.example.com/environments`)).rejects.toBeInstanceOf(
      PingOneConfigError,
    );
  });
});

describe("filters", () => {
  it("finds by prefix and equality, and keeps hostile values inside their literal", async () => {
    const hostile = ['Tricky" or name sw "', 'Back\\slash"', "Plain"];
    context.sim.seed(
      "/environments",
      hostile.map((name) => ({ id: randomUUID(), name, region: "EU", type: "SANDBOX" })),
    );
    seedEnvironments(20);
    const client = clientFor(context.sim, context.clock);
    const names = async (expression: string) => {
      const out: string[] = [];
      for await (const e of paginate(client, "/environments", { params: { query: { filter: expression } } }))
        out.push(e.name);
      return out.sort();
    };
    expect(await names(filter.sw("name", "Env 0001"))).toHaveLength(10);
    for (const value of hostile) expect(await names(filter.eq("name", value))).toEqual([value]);
    // Unescaped, the first value would close the literal and match every environment.
    expect(await names(filter.sw("name", 'Tricky" or name sw "'))).toEqual(['Tricky" or name sw "']);
    expect(await names(filter.and(filter.sw("name", "Env 0000"), filter.eq("type", "SANDBOX")))).toHaveLength(10);
  });
});

describe("headers and logging", () => {
  it("sends transaction and session ids per client, lets a call override them, and names itself", async () => {
    const client = clientFor(context.sim, context.clock, { transactionId: "txn-client", sessionId: "session-client" });
    const environmentID = context.sim.environmentId;
    await client.GET("/environments/{environmentID}", { params: { path: { environmentID } } });
    await client.GET("/environments/{environmentID}", {
      params: { path: { environmentID }, header: { "X-Ping-External-Transaction-ID": "txn-call" } },
    });
    const [first, second] = context.sim.requests.filter((r) => r.path.startsWith("/v1/"));
    expect(first?.headers["x-ping-external-transaction-id"]).toBe("txn-client");
    expect(first?.headers["x-ping-external-session-id"]).toBe("session-client");
    expect(second?.headers["x-ping-external-transaction-id"]).toBe("txn-call");
    expect(second?.headers["x-ping-external-session-id"]).toBe("session-client");
    expect(first?.headers["user-agent"]).toMatch(/^pingone-client\/\d+\.\d+\.\d+ node\/\d+/);
  });

  it("reports request, response, retry and token events with secrets redacted", async () => {
    const events: ClientEvent[] = [];
    const client = clientFor(context.sim, context.clock, { logger: (e) => events.push(e) });
    context.sim.faults.inject({ kind: "status", status: 503, path: "/v1/environments/" });
    await client.GET("/environments/{environmentID}", {
      params: { path: { environmentID: context.sim.environmentId } },
    });
    expect(events.map((e) => e.type)).toEqual(["token", "request", "response", "retry", "request", "response"]);
    const request = events.find((e) => e.type === "request");
    expect(request?.type === "request" && request.headers.authorization).toBe("Bearer [redacted]");
    const response = events.at(-1);
    expect(response?.type === "response" && response.correlationId).toBe(context.sim.requests.at(-1)?.correlationId);
    const text = JSON.stringify(events);
    for (const secret of secretsOf(context.sim)) expect(text).not.toContain(secret);
  });

  it("redacts a static token in log events too", async () => {
    const events: ClientEvent[] = [];
    const client = clientFor(context.sim, context.clock, {
      accessToken: SENTINEL_TOKEN,
      logger: (e) => events.push(e),
    });
    await client.GET("/environments/{environmentID}", {
      params: { path: { environmentID: context.sim.environmentId } },
    });
    expect(JSON.stringify(events)).not.toContain(SENTINEL_TOKEN);
    expect(events).toHaveLength(2);
  });
});

/** Walks the pages again to collect the next links the service handed out (cursors are stable). */
async function nextLinks(client: ReturnType<typeof clientFor>): Promise<string[]> {
  const hrefs: string[] = [];
  for await (const page of paginatePages(client, "/environments", { params: { query: { limit: 100 } } })) {
    const next = page.body._links.next?.href;
    if (next) hrefs.push(next);
  }
  return hrefs;
}

describe("paginate on later pages", () => {
  it("sends the call's headers with every page", async () => {
    seedEnvironments(250);
    const client = clientFor(context.sim, context.clock);
    const query = { limit: 100 };
    const header = { "X-Ping-External-Transaction-ID": "txn-paging" };
    for await (const _ of paginate(client, "/environments", { params: { query, header } }));
    const pages = context.sim.requests.filter((r) => r.path.startsWith("/v1/environments"));
    expect(pages.map((r) => r.headers["x-ping-external-transaction-id"])).toEqual([
      "txn-paging",
      "txn-paging",
      "txn-paging",
    ]);
  });

  it("turns an HTML error page on a later page into the status's API error", async () => {
    seedEnvironments(250);
    const client = clientFor(context.sim, context.clock, { maxRetries: 0 });
    context.sim.faults.inject({
      kind: "status",
      status: 502,
      path: /cursor=/,
      body: { text: "<html>Bad gateway</html>", contentType: "text/html" },
    });
    const iterate = async () => {
      for await (const _ of paginate(client, "/environments", { params: { query: { limit: 100 } } }));
    };
    const error = await iterate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toMatch(/→ 502 HTTP_502: <html>Bad gateway<\/html>/);
  });
});
