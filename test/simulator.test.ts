// The PingOne simulator, exercised with plain fetch: tokens, auth, CRUD, validation, paging,
// filters, faults, and that what it answers conforms to the description.
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadAjv } from "../src/testing/ajv.ts";
import { RouteTable } from "../src/testing/routes.ts";
import { RequestValidator } from "../src/testing/validate.ts";

const ajvModules = await loadAjv();
import spec from "../generated/openapi.json" with { type: "json" };
import { startPingOneSimulator } from "../src/testing/index.ts";
import type { OpenApiDocument, PingOneSimulator, Resource } from "../src/testing/index.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORM = { "content-type": "application/x-www-form-urlencoded" };

let sim: PingOneSimulator;
let bearer: string;

beforeAll(async () => {
  sim = await startPingOneSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  sim.reset();
  bearer = await issueToken(sim);
});

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
}

async function issueToken(target: PingOneSimulator): Promise<string> {
  const res = await fetch(target.tokenUrl, {
    method: "POST",
    headers: { ...FORM, authorization: basic(target.clientId, target.clientSecret) },
    body: "grant_type=client_credentials",
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

/** A request to the API of `sim` with a valid token and a JSON body. */
function api(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const url = path.startsWith("http") ? path : `${sim.apiBase}${path}`;
  return fetch(url, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function json(res: Response): Promise<any> {
  return res.json();
}

async function createEnvironment(name = "Dev", extra: Record<string, unknown> = {}): Promise<any> {
  const res = await api("/environments", { method: "POST", body: { name, region: "EU", type: "SANDBOX", ...extra } });
  expect(res.status).toBe(201);
  return json(res);
}

const STORE = {
  type: "PingOne",
  name: "Provisioning target",
  configuration: {
    ENVIRONMENT_ID: "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6",
    REGION: "North America",
    CLIENT_ID: "target-client",
    CLIENT_SECRET: "s3cr3t-value",
    CREATE_USERS: true,
  },
};

describe("token endpoint", () => {
  it("issues a bearer token to client_secret_basic", async () => {
    const before = sim.tokensIssued;
    const res = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { ...FORM, authorization: basic(sim.clientId, sim.clientSecret) },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("correlation-id")).toMatch(UUID);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await json(res);
    expect(body).toEqual({ access_token: expect.any(String), token_type: "Bearer", expires_in: 3600 });
    expect(sim.tokensIssued).toBe(before + 1);
    expect((await api("/environments", { headers: { authorization: `Bearer ${body.access_token}` } })).status).toBe(
      200,
    );
  });

  it("issues a token to client_secret_post, and on the custom-domain URL", async () => {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: sim.clientId,
      client_secret: sim.clientSecret,
    });
    for (const url of [sim.tokenUrl, `${sim.authBase}/as/token`]) {
      const res = await fetch(url, { method: "POST", headers: FORM, body: form });
      expect(res.status).toBe(200);
      expect((await json(res)).token_type).toBe("Bearer");
    }
  });

  it("rejects bad credentials, another environment and missing client authentication with invalid_client", async () => {
    const wrongSecret = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { ...FORM, authorization: basic(sim.clientId, "nope") },
      body: "grant_type=client_credentials",
    });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.headers.get("www-authenticate")).toMatch(/^Basic/);
    expect(await json(wrongSecret)).toEqual({ error: "invalid_client", error_description: expect.any(String) });

    const otherEnv = await fetch(`${sim.authBase}/${crypto.randomUUID()}/as/token`, {
      method: "POST",
      headers: { ...FORM, authorization: basic(sim.clientId, sim.clientSecret) },
      body: "grant_type=client_credentials",
    });
    expect(otherEnv.status).toBe(401);
    expect((await json(otherEnv)).error).toBe("invalid_client");

    const anonymous = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: FORM,
      body: "grant_type=client_credentials",
    });
    expect(anonymous.status).toBe(401);
    expect((await json(anonymous)).error).toBe("invalid_client");
    expect(sim.tokensIssued).toBe(1); // only the one beforeEach fetched
  });

  it("rejects other grant types with unsupported_grant_type", async () => {
    const res = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { ...FORM, authorization: basic(sim.clientId, sim.clientSecret) },
      body: "grant_type=password&username=a&password=b",
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error).toBe("unsupported_grant_type");
  });

  it("accepts only the configured client authentication methods", async () => {
    const basicOnly = await startPingOneSimulator({ tokenAuthMethods: ["client_secret_basic"] });
    try {
      const form = new URLSearchParams({
        grant_type: "client_credentials",
        client_id: basicOnly.clientId,
        client_secret: basicOnly.clientSecret,
      });
      const res = await fetch(basicOnly.tokenUrl, { method: "POST", headers: FORM, body: form });
      expect(res.status).toBe(401);
      expect(await issueToken(basicOnly)).toEqual(expect.any(String));
    } finally {
      await basicOnly.close();
    }
  });

  it("expires tokens after tokenTtlSeconds on the simulator's clock", async () => {
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const timed = await startPingOneSimulator({ tokenTtlSeconds: 60, now: () => clock });
    try {
      const token = await issueToken(timed);
      const call = () => fetch(`${timed.apiBase}/environments`, { headers: { authorization: `Bearer ${token}` } });
      expect((await call()).status).toBe(200);
      clock += 61_000;
      expect((await call()).status).toBe(401);
    } finally {
      await timed.close();
    }
  });

  it("revokeTokens() invalidates issued tokens but not static ones", async () => {
    const withStatic = await startPingOneSimulator({ staticTokens: ["fixed-token"] });
    try {
      const issued = await issueToken(withStatic);
      const call = (token: string) =>
        fetch(`${withStatic.apiBase}/environments`, { headers: { authorization: `Bearer ${token}` } });
      expect((await call(issued)).status).toBe(200);
      withStatic.revokeTokens();
      expect((await call(issued)).status).toBe(401);
      expect((await call("fixed-token")).status).toBe(200);
      expect((await call(await issueToken(withStatic))).status).toBe(200);
    } finally {
      await withStatic.close();
    }
  });
});

describe("API authentication", () => {
  it("answers 401 ACCESS_FAILED without a token and with an unknown one", async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { authorization: "Bearer not-a-token" },
      { authorization: basic(sim.clientId, sim.clientSecret) },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${sim.apiBase}/environments`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("correlation-id")).toMatch(UUID);
      expect(await json(res)).toMatchObject({
        id: expect.any(String),
        code: "ACCESS_FAILED",
        message: expect.any(String),
      });
    }
  });
});

describe("environments", () => {
  it("pre-creates the admin environment", async () => {
    const res = await api(`/environments/${sim.environmentId}`);
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      id: sim.environmentId,
      region: "NA",
      type: "PRODUCTION",
      organization: { id: sim.organizationId },
    });
  });

  it("creates, reads, lists, replaces and deletes an environment", async () => {
    const created = await api("/environments", {
      method: "POST",
      body: { name: "Dev", description: "d", region: "EU", type: "SANDBOX" },
    });
    expect(created.status).toBe(201);
    const env = await json(created);
    const location = created.headers.get("location");
    expect(env.id).toMatch(UUID);
    expect(location).toBe(`${sim.apiBase}/environments/${env.id}`);
    expect(env._links.self.href).toBe(location);
    expect(env).toMatchObject({
      name: "Dev",
      region: "EU",
      type: "SANDBOX",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(created.headers.get("correlation-id")).toMatch(UUID);

    const read = await api(location as string);
    expect(read.status).toBe(200);
    expect(await json(read)).toEqual(env);

    const list = await json(await api("/environments"));
    expect(list._embedded.environments.map((e: Resource) => e.id)).toEqual([sim.environmentId, env.id]);
    expect(list).toMatchObject({ count: 2, size: 2, _links: { self: { href: `${sim.apiBase}/environments` } } });
    expect(list._links.next).toBeUndefined();

    const replaced = await api(`/environments/${env.id}`, {
      method: "PUT",
      body: { name: "Dev 2", type: "PRODUCTION", license: { id: "8b2f5e4a-6c1d-4e3f-9a7b-2d5c8e1f4a6b" } },
    });
    expect(replaced.status).toBe(200);
    const after = await json(replaced);
    // PUT replaces what the body schema covers (description is gone) and keeps the region.
    expect(after).toMatchObject({
      id: env.id,
      name: "Dev 2",
      type: "PRODUCTION",
      region: "EU",
      createdAt: env.createdAt,
    });
    expect(after.description).toBeUndefined();

    const deleted = await api(`/environments/${env.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    const gone = await api(`/environments/${env.id}`);
    expect(gone.status).toBe(404);
    expect((await json(gone)).code).toBe("NOT_FOUND");
  });

  it("gives every response its own Correlation-Id and records it with the request", async () => {
    const a = await api("/environments");
    const b = await api(`/environments/${crypto.randomUUID()}`);
    const ids = [a.headers.get("correlation-id"), b.headers.get("correlation-id")];
    expect(new Set(ids).size).toBe(2);
    expect(sim.requests.slice(-2).map((r) => r.correlationId)).toEqual(ids);
    expect(sim.requests.at(-1)).toMatchObject({ method: "GET", status: 404, applied: true });
  });

  it("serves the bill of materials singleton: from the create body, the spec example, or a PUT", async () => {
    const env = await createEnvironment("With BOM", { billOfMaterials: { products: [{ type: "PING_ONE_BASE" }] } });
    const bom = await json(await api(`/environments/${env.id}/billOfMaterials`));
    expect(bom.products).toEqual([{ type: "PING_ONE_BASE" }]);
    expect(bom._links.self.href).toBe(`${sim.apiBase}/environments/${env.id}/billOfMaterials`);

    const fallback = await api(`/environments/${sim.environmentId}/billOfMaterials`);
    expect(fallback.status).toBe(200);
    expect((await json(fallback)).products.length).toBeGreaterThan(0);

    const put = await api(`/environments/${env.id}/billOfMaterials`, {
      method: "PUT",
      body: { products: [{ type: "PING_ONE_MFA" }] },
    });
    expect(put.status).toBe(200);
    expect((await json(await api(`/environments/${env.id}/billOfMaterials`))).products).toEqual([
      { type: "PING_ONE_MFA" },
    ]);
    expect((await api(`/environments/${crypto.randomUUID()}/billOfMaterials`)).status).toBe(404);
  });
});

describe("propagation stores", () => {
  it("does CRUD under an environment and never returns CLIENT_SECRET", async () => {
    const env = await createEnvironment();
    const created = await api(`/environments/${env.id}/propagation/stores`, { method: "POST", body: STORE });
    expect(created.status).toBe(201);
    const store = await json(created);
    expect(created.headers.get("location")).toBe(
      `${sim.apiBase}/environments/${env.id}/propagation/stores/${store.id}`,
    );
    expect(store).toMatchObject({
      name: STORE.name,
      environment: { id: env.id },
      configuration: { CLIENT_ID: "target-client" },
    });
    expect(store.configuration).not.toHaveProperty("CLIENT_SECRET");

    const read = await json(await api(`/environments/${env.id}/propagation/stores/${store.id}`));
    expect(read.configuration).not.toHaveProperty("CLIENT_SECRET");
    const list = await json(await api(`/environments/${env.id}/propagation/stores`));
    expect(list._embedded.stores).toHaveLength(1);
    expect(list._embedded.stores[0].configuration).not.toHaveProperty("CLIENT_SECRET");
    // ...but it is stored.
    expect(
      (sim.get(`/environments/${env.id}/propagation/stores/${store.id}`)?.configuration as Resource).CLIENT_SECRET,
    ).toBe("s3cr3t-value");

    const renamed = await api(`/environments/${env.id}/propagation/stores/${store.id}`, {
      method: "PUT",
      body: { ...STORE, name: "Renamed" },
    });
    expect(renamed.status).toBe(200);
    const renamedBody = await json(renamed);
    expect(renamedBody.name).toBe("Renamed");
    expect(renamedBody.configuration).not.toHaveProperty("CLIENT_SECRET");
    expect(JSON.stringify(sim.requests.filter((r) => r.method === "GET").map((r) => r.body))).not.toContain("s3cr3t");

    expect((await api(`/environments/${env.id}/propagation/stores/${store.id}`, { method: "DELETE" })).status).toBe(
      204,
    );
    expect((await api(`/environments/${env.id}/propagation/stores/${store.id}`)).status).toBe(404);
  });

  it("answers 404 under a missing environment and drops children with their environment", async () => {
    const missing = await api(`/environments/${crypto.randomUUID()}/propagation/stores`, {
      method: "POST",
      body: STORE,
    });
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe("NOT_FOUND");

    const env = await createEnvironment();
    const store = await json(await api(`/environments/${env.id}/propagation/stores`, { method: "POST", body: STORE }));
    expect((await api(`/environments/${env.id}`, { method: "DELETE" })).status).toBe(204);
    expect(sim.list(`/environments/${env.id}/propagation/stores`)).toEqual([]);
    expect((await api(`/environments/${env.id}/propagation/stores/${store.id}`)).status).toBe(404);
    expect(() => sim.seed(`/environments/${env.id}/propagation/stores`, [STORE])).toThrow(/does not exist/);
  });
});

describe("request validation", () => {
  async function problems(res: Response): Promise<Array<{ code: string; target: string; message: string }>> {
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body).toMatchObject({ id: expect.any(String), code: "INVALID_DATA", message: expect.any(String) });
    return body.details;
  }

  it("names a missing required property", async () => {
    const details = await problems(
      await api("/environments", { method: "POST", body: { region: "NA", type: "SANDBOX" } }),
    );
    expect(details).toEqual([{ code: "REQUIRED_VALUE", target: "name", message: expect.stringContaining("name") }]);
  });

  it("names a value outside an enum, also inside a discriminated variant", async () => {
    const region = await problems(
      await api("/environments", { method: "POST", body: { name: "x", region: "MARS", type: "SANDBOX" } }),
    );
    expect(region).toEqual([{ code: "INVALID_VALUE", target: "region", message: expect.stringContaining("NA") }]);

    const env = await createEnvironment();
    const body = { ...STORE, configuration: { ...STORE.configuration, REGION: "Mars" } };
    const nested = await problems(await api(`/environments/${env.id}/propagation/stores`, { method: "POST", body }));
    expect(nested).toEqual([{ code: "INVALID_VALUE", target: "configuration.REGION", message: expect.any(String) }]);
  });

  it("rejects unknown properties, empty names and bodies that are not JSON", async () => {
    const extra = await problems(
      await api("/environments", { method: "POST", body: { name: "", region: "NA", type: "SANDBOX", colour: "red" } }),
    );
    expect(extra).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "EMPTY_VALUE", target: "name" }),
        expect.objectContaining({ code: "INVALID_VALUE", target: "colour" }),
      ]),
    );
    const res = await fetch(`${sim.apiBase}/environments`, {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
      body: '{"name": ',
    });
    expect(await problems(res)).toEqual([expect.objectContaining({ target: "body" })]);
    const notJson = await api("/environments", {
      method: "POST",
      body: { name: "x" },
      headers: { "content-type": "text/plain" },
    });
    expect(notJson.status).toBe(415);
  });

  it("checks query and path parameters", async () => {
    expect(await problems(await api("/environments?limit=0"))).toEqual([
      expect.objectContaining({ code: "OUT_OF_RANGE", target: "limit" }),
    ]);
    expect(await problems(await api("/environments?limit=ten"))).toEqual([
      expect.objectContaining({ target: "limit" }),
    ]);
    expect(await problems(await api("/environments?colour=red"))).toEqual([
      expect.objectContaining({ code: "INVALID_PARAMETER", target: "colour" }),
    ]);
    expect(await problems(await api("/environments/not-a-uuid"))).toEqual([
      expect.objectContaining({ target: "environmentID" }),
    ]);
  });

  it("answers 404 for unknown paths and 405 for undescribed methods", async () => {
    const unknown = await api("/nothing/here");
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).code).toBe("NOT_FOUND");
    const patch = await api(`/environments/${sim.environmentId}`, { method: "PATCH", body: { name: "x" } });
    expect(patch.status).toBe(405);
    expect(patch.headers.get("allow")).toContain("PUT");
  });
});

describe("paging", () => {
  async function allPages(first: string): Promise<{ pages: any[]; links: string[] }> {
    const pages: any[] = [];
    const links: string[] = [];
    let next: string | undefined = first;
    while (next) {
      links.push(next);
      const res = await api(next);
      expect(res.status).toBe(200);
      const page = await json(res);
      pages.push(page);
      next = page._links.next?.href;
    }
    return { pages, links };
  }

  it("walks 250 environments in pages of 100 through _links.next", async () => {
    const seeded = sim.seed(
      "/environments",
      Array.from({ length: 249 }, (_, i) => ({ name: `env-${i}`, region: "NA", type: "SANDBOX" })),
    );
    const { pages, links } = await allPages(`${sim.apiBase}/environments?limit=100`);
    expect(pages.map((p) => p.size)).toEqual([100, 100, 50]);
    expect(pages.every((p) => p.count === 250)).toBe(true);
    for (const href of links.slice(1)) {
      expect(href.startsWith(`${sim.apiBase}/environments?`)).toBe(true);
      expect(new URL(href).searchParams.get("cursor")).toEqual(expect.any(String));
    }
    const ids = pages.flatMap((p) => p._embedded.environments.map((e: Resource) => e.id));
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual([sim.environmentId, ...seeded.map((e) => e.id)]);
  });

  it("ends exactly at the last item: no empty page, no missing item", async () => {
    sim.seed(
      "/environments",
      Array.from({ length: 199 }, (_, i) => ({ name: `env-${i}`, region: "NA", type: "SANDBOX" })),
    );
    const even = await allPages(`${sim.apiBase}/environments?limit=100`);
    expect(even.pages.map((p) => p.size)).toEqual([100, 100]);
    sim.seed("/environments", [{ name: "one more", region: "NA", type: "SANDBOX" }]);
    const odd = await allPages(`${sim.apiBase}/environments?limit=100`);
    expect(odd.pages.map((p) => p.size)).toEqual([100, 100, 1]);
    expect(odd.pages[2]._embedded.environments[0].name).toBe("one more");
  });

  it("uses a default page size, caps limit at maxPageSize and stays consistent when items go away", async () => {
    sim.seed(
      "/environments",
      Array.from({ length: 1_200 }, (_, i) => ({ name: `bulk-${i}`, region: "NA", type: "SANDBOX" })),
    );
    const first = await json(await api("/environments"));
    expect(first.size).toBe(100);
    const capped = await json(await api("/environments?limit=5000"));
    expect(capped.size).toBe(1_000);

    const page1 = await json(await api("/environments?limit=10"));
    const page1Ids = page1._embedded.environments.map((e: Resource) => e.id);
    // Delete the last item of page 1 and the first of page 2 before following next.
    const page2Preview = await json(await api(page1._links.next.href));
    await api(`/environments/${page1Ids.at(-1)}`, { method: "DELETE" });
    await api(`/environments/${page2Preview._embedded.environments[0].id}`, { method: "DELETE" });
    const page2 = await json(await api(page1._links.next.href));
    const page2Ids = page2._embedded.environments.map((e: Resource) => e.id);
    expect(page2Ids).toEqual(
      page2Preview._embedded.environments
        .slice(1)
        .map((e: Resource) => e.id)
        .concat(page2Ids.slice(-1)),
    );
    expect(page2Ids.filter((id: string) => page1Ids.includes(id))).toEqual([]);
  });

  it("rejects a cursor it did not make", async () => {
    const res = await api("/environments?cursor=bogus");
    expect(res.status).toBe(400);
    expect((await json(res)).details[0].target).toBe("cursor");
  });

  // How fast this goes is a figure for bench/, not an assertion here.
  it("seeds 20,000 items and pages through each exactly once", async () => {
    const env = await createEnvironment();
    const path = `/environments/${env.id}/applications`;
    const app = {
      name: "app",
      enabled: true,
      type: "WEB_APP",
      protocol: "OPENID_CONNECT",
      grantTypes: ["CLIENT_CREDENTIALS"],
      tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
    };
    sim.seed(
      path,
      Array.from({ length: 20_000 }, (_, i) => ({ ...app, name: `app-${i}` })),
    );
    let href: string | undefined = `${sim.apiBase}${path}?limit=1000`;
    const names = new Set<string>();
    let pages = 0;
    while (href) {
      const page = await json(await api(href));
      for (const item of page._embedded.applications) names.add(item.name);
      pages++;
      href = page._links.next?.href;
    }
    expect(pages).toBe(20);
    expect(names.size).toBe(20_000);
    expect(names.has("app-0") && names.has("app-19999")).toBe(true);
  });
});

describe("filters", () => {
  beforeEach(() => {
    sim.seed("/environments", [
      { name: "Alpha", region: "NA", type: "SANDBOX", license: { id: "lic-1" } },
      { name: "alpine", region: "EU", type: "SANDBOX", license: { id: "lic-2" } },
      { name: "Beta", region: "NA", type: "PRODUCTION", license: { id: "lic-1" } },
      { name: 'Quote"d', region: "NA", type: "SANDBOX" },
      { name: "Back\\slash", region: "NA", type: "SANDBOX" },
      { name: "Royal", region: "NA", type: "SANDBOX" },
    ]);
  });

  async function names(filter: string, limit?: number): Promise<string[]> {
    const query = new URLSearchParams({ filter, ...(limit ? { limit: String(limit) } : {}) });
    const collected: string[] = [];
    let href: string | undefined = `${sim.apiBase}/environments?${query}`;
    while (href) {
      const res = await api(href);
      expect(res.status).toBe(200);
      const page = await json(res);
      collected.push(...page._embedded.environments.map((e: Resource) => e.name));
      href = page._links.next?.href;
    }
    return collected;
  }

  it("supports sw, eq and and on dotted attributes", async () => {
    expect(await names('name sw "al"')).toEqual(["Alpha", "alpine"]);
    expect(await names('name eq "Beta"')).toEqual(["Beta"]);
    expect(await names('license.id eq "lic-1"')).toEqual(["Alpha", "Beta"]);
    expect(await names('license.id eq "lic-1" and name sw "B"')).toEqual(["Beta"]);
  });

  it("keeps the filter across pages", async () => {
    expect(await names('name sw "al"', 1)).toEqual(["Alpha", "alpine"]);
  });

  it("treats quotes and backslashes in values as data", async () => {
    expect(await names('name eq "Quote\\"d"')).toEqual(['Quote"d']);
    expect(await names('name sw "Back\\\\"')).toEqual(["Back\\slash"]);
    // An attempt to break out of the string matches nothing instead of everything.
    expect(await names('name eq "x\\" or name sw \\""')).toEqual([]);
  });

  it("rejects an unparsable filter with 400 naming filter", async () => {
    for (const filter of ['name sw "unterminated', "name sw", 'name zz "x"', 'name eq "a" and']) {
      const res = await api(`/environments?filter=${encodeURIComponent(filter)}`);
      expect(res.status).toBe(400);
      const body = await json(res);
      expect(body.code).toBe("INVALID_DATA");
      expect(body.details).toEqual([expect.objectContaining({ code: "INVALID_FILTER", target: "filter" })]);
    }
  });
});

describe("faults", () => {
  it("answers 429 with Retry-After and REQUEST_LIMITED for the matching request only", async () => {
    const fault = sim.faults.inject({
      kind: "status",
      status: 429,
      retryAfter: 2,
      method: "GET",
      path: "/environments",
      times: 1,
    });
    const other = await api(`/environments/${sim.environmentId}/billOfMaterials`, {
      method: "PUT",
      body: { products: [{ type: "PING_ONE_BASE" }] },
    });
    expect(other.status).toBe(200);
    const limited = await api("/environments");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(limited.headers.get("correlation-id")).toMatch(UUID);
    expect(await json(limited)).toMatchObject({
      code: "REQUEST_LIMITED",
      message: expect.any(String),
      id: expect.any(String),
    });
    expect(fault).toMatchObject({ remaining: 0, hits: 1 });
    expect((await api("/environments")).status).toBe(200);
    expect(sim.requests.filter((r) => r.fault === "status")).toHaveLength(1);
  });

  it("answers a burst of 503s, in injection order, then recovers", async () => {
    sim.faults.inject({ kind: "status", status: 503, times: 2 });
    sim.faults.inject({ kind: "status", status: 503, retryAfter: 1 });
    expect(sim.faults.pending).toBe(3);
    const statuses: Array<[number, string | null]> = [];
    for (let i = 0; i < 4; i++) {
      const res = await api("/environments");
      statuses.push([res.status, res.headers.get("retry-after")]);
    }
    expect(statuses).toEqual([
      [503, null],
      [503, null],
      [503, "1"],
      [200, null],
    ]);
    expect(sim.faults.pending).toBe(0);
  });

  it("answers 500 to a POST with or without applying it, and the log tells which", async () => {
    sim.faults.inject({ kind: "status", status: 500, method: "POST", applied: true });
    const applied = await api("/environments", {
      method: "POST",
      body: { name: "Applied", region: "NA", type: "SANDBOX" },
    });
    expect(applied.status).toBe(500);
    expect((await json(applied)).code).toBe("UNEXPECTED_ERROR");
    sim.faults.inject({ kind: "status", status: 500, method: "POST" });
    const dropped = await api("/environments", {
      method: "POST",
      body: { name: "Dropped", region: "NA", type: "SANDBOX" },
    });
    expect(dropped.status).toBe(500);

    expect(sim.list("/environments").map((e) => e.name)).toEqual(["Administrators", "Applied"]);
    const posts = sim.requests.filter((r) => r.method === "POST" && r.path === "/v1/environments");
    expect(posts.map((r) => [(r.body as Resource).name, r.status, r.applied])).toEqual([
      ["Applied", 500, true],
      ["Dropped", 500, false],
    ]);
  });

  it("delays responses", async () => {
    sim.faults.inject({ kind: "delay", delayMs: 300 });
    const started = performance.now();
    const res = await api("/environments");
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);

    sim.faults.inject({ kind: "delay", delayMs: 5_000 });
    await expect(
      fetch(`${sim.apiBase}/environments`, {
        headers: { authorization: `Bearer ${bearer}` },
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
  });

  it("resets the connection, optionally after applying the request", async () => {
    sim.faults.inject({ kind: "reset", path: "/environments" });
    await expect(api("/environments")).rejects.toThrow(TypeError);
    expect(sim.requests.at(-1)).toMatchObject({ fault: "reset", status: undefined, applied: false });

    sim.faults.inject({ kind: "reset", method: "POST", applied: true });
    await expect(
      api("/environments", { method: "POST", body: { name: "Ghost", region: "NA", type: "SANDBOX" } }),
    ).rejects.toThrow();
    expect(sim.list("/environments").map((e) => e.name)).toContain("Ghost");
    expect(sim.requests.at(-1)).toMatchObject({ fault: "reset", status: undefined, applied: true });
    expect((await api("/environments")).status).toBe(200);
  });

  it("sends malformed JSON, empty bodies and custom bodies", async () => {
    sim.faults.inject({ kind: "status", status: 200, body: "malformed" });
    const malformed = await api("/environments");
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get("content-type")).toContain("application/json");
    await expect(malformed.json()).rejects.toThrow(SyntaxError);

    sim.faults.inject({ kind: "status", status: 400, body: "malformed" });
    const malformedError = await api("/environments");
    expect(malformedError.status).toBe(400);
    await expect(malformedError.json()).rejects.toThrow(SyntaxError);

    sim.faults.inject({ kind: "status", status: 502, body: "empty" });
    const empty = await api("/environments");
    expect(empty.status).toBe(502);
    expect(empty.headers.get("correlation-id")).toMatch(UUID);
    expect(await empty.text()).toBe("");

    sim.faults.inject({
      kind: "status",
      status: 504,
      body: { text: "<html>Gateway Timeout</html>", contentType: "text/html" },
    });
    const html = await api("/environments");
    expect(html.headers.get("content-type")).toBe("text/html");
    expect(await html.text()).toContain("Gateway Timeout");

    const uniqueness = {
      id: "e1",
      code: "INVALID_DATA",
      message: "m",
      details: [{ code: "UNIQUENESS_VIOLATION", target: "name", message: "taken" }],
    };
    sim.faults.inject({ kind: "status", status: 400, body: { json: uniqueness }, method: "POST" });
    const taken = await api("/environments", { method: "POST", body: { name: "Dup", region: "NA", type: "SANDBOX" } });
    expect(await json(taken)).toEqual(uniqueness);
  });

  it("reaches the token endpoint too, and clear() drops queued faults", async () => {
    sim.faults.inject({ kind: "status", status: 503, path: "/as/token" });
    const res = await fetch(sim.tokenUrl, {
      method: "POST",
      headers: { ...FORM, authorization: basic(sim.clientId, sim.clientSecret) },
      body: "grant_type=client_credentials",
    });
    expect(res.status).toBe(503);

    sim.faults.inject({ kind: "status", status: 500, times: Infinity });
    sim.faults.clear();
    expect(sim.faults.pending).toBe(0);
    expect((await api("/environments")).status).toBe(200);
    expect(() => sim.faults.inject({ kind: "status", status: 42 })).toThrow(RangeError);
  });
});

describe("reset", () => {
  it("keeps only the admin environment and clears faults, log and token count", async () => {
    await createEnvironment();
    sim.faults.inject({ kind: "status", status: 500 });
    sim.reset();
    expect(sim.list("/environments").map((e) => e.id)).toEqual([sim.environmentId]);
    expect(sim.faults.pending).toBe(0);
    expect(sim.requests).toHaveLength(0);
    expect(sim.tokensIssued).toBe(0);
    expect((await api("/environments")).status).toBe(200); // tokens survive
  });
});

describe("conformance to the description", () => {
  const doc = spec as unknown as OpenApiDocument;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  formats.default(ajv);
  ajv.addSchema({ ...doc, $id: "spec.json" });
  const check = (schema: string, value: unknown): void => {
    const validate = ajv.getSchema(`spec.json#/components/schemas/${schema}`);
    expect(validate, schema).toBeDefined();
    expect(validate?.(value), JSON.stringify(validate?.errors)).toBe(true);
  };

  it("answers with bodies that match the response schemas", async () => {
    const env = await createEnvironment("Conformant", { billOfMaterials: { products: [{ type: "PING_ONE_BASE" }] } });
    check("Environment", env);
    check("EnvironmentCollection", await json(await api("/environments?limit=1")));
    check("BillOfMaterials", await json(await api(`/environments/${env.id}/billOfMaterials`)));
    const store = await json(await api(`/environments/${env.id}/propagation/stores`, { method: "POST", body: STORE }));
    check("PropagationStore", store);
    check("PropagationStoreCollection", await json(await api(`/environments/${env.id}/propagation/stores`)));
    check("ErrorResponse", await json(await api("/environments", { method: "POST", body: {} })));
    check("ErrorResponse", await json(await fetch(`${sim.apiBase}/environments`)));
  });

  it("simulates paths it was never told about, from the description alone", async () => {
    const custom: OpenApiDocument = structuredClone(doc);
    custom.components = {
      ...custom.components,
      schemas: {
        ...(custom.components?.schemas as object),
        Widget: {
          type: "object",
          required: ["id", "name"],
          properties: { id: { type: "string" }, name: { type: "string" } },
        },
        WidgetInput: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: { name: { type: "string", minLength: 1 }, apiKey: { type: "string", writeOnly: true } },
        },
        WidgetPage: {
          type: "object",
          properties: {
            _embedded: {
              type: "object",
              properties: { gadgets: { type: "array", items: { $ref: "#/components/schemas/Widget" } } },
            },
          },
        },
      },
    };
    const content = (schema: string) => ({
      content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } },
    });
    const envParam = { $ref: "#/components/parameters/environmentID" };
    custom.paths["/environments/{environmentID}/widgets"] = {
      parameters: [envParam],
      get: {
        parameters: [{ $ref: "#/components/parameters/limit" }, { $ref: "#/components/parameters/cursor" }],
        responses: { "200": content("WidgetPage") },
      },
      post: { requestBody: { required: true, ...content("WidgetInput") }, responses: { "201": content("Widget") } },
    };
    custom.paths["/environments/{environmentID}/widgets/{widgetID}"] = {
      parameters: [envParam, { name: "widgetID", in: "path", required: true, schema: { type: "string" } }],
      get: { responses: { "200": content("Widget") } },
      delete: { responses: { "204": { description: "gone" } } },
    };
    const widgets = await startPingOneSimulator({ spec: custom });
    try {
      const token = await issueToken(widgets);
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const base = `${widgets.apiBase}/environments/${widgets.environmentId}/widgets`;
      const created = await fetch(base, { method: "POST", headers, body: JSON.stringify({ name: "w", apiKey: "k" }) });
      expect(created.status).toBe(201);
      const widget = await json(created);
      expect(widget).toMatchObject({ name: "w", environment: { id: widgets.environmentId } });
      expect(widget).not.toHaveProperty("apiKey");
      const page = await json(await fetch(`${base}?limit=1`, { headers }));
      expect(page._embedded.gadgets.map((w: Resource) => w.id)).toEqual([widget.id]);
      const invalid = await fetch(base, { method: "POST", headers, body: JSON.stringify({ name: "" }) });
      expect((await json(invalid)).details[0].target).toBe("name");
      expect((await fetch(`${base}/${widget.id}`, { method: "DELETE", headers })).status).toBe(204);
    } finally {
      await widgets.close();
    }
  });
});

describe("the description", () => {
  it("compiles into a request validator for every operation (validators are otherwise compiled on first use)", async () => {
    const doc = spec as unknown as OpenApiDocument;
    const routes = new RouteTable(doc);
    const operations = [...routes.operations()];
    expect(operations.length).toBeGreaterThan(100);
    expect(() => new RequestValidator(doc, ajvModules).compileAll(operations)).not.toThrow();
  });
});
