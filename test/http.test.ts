// For every operation of the spec: the client builds the right URL on the region's API host,
// and sends the right method, headers and body. A forwarding fetch records the URL the client
// built and hands the request to a loopback server. Regions are crossed with one call each in
// "every region's API host" below, not with every operation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPingOneClient, REGIONS, type PingOneClient } from "../src/index.ts";
import { deref, operations, type OperationInfo } from "./support/spec.ts";
import { startRecordingServer } from "./support/server.ts";

const TOKEN = "test-access-token";
const TRANSACTION = "txn-4711";
let server: Awaited<ReturnType<typeof startRecordingServer>>;
let built: string[] = [];

function forwardTo(origin: string) {
  return async (href: string, init: RequestInit) => {
    built.push(href);
    const url = new URL(href);
    return fetch(`${origin}${url.pathname}${url.search}`, init);
  };
}

function successExample(op: OperationInfo): { status: number; body: unknown } {
  const [status, response] = Object.entries<any>(op.operation.responses).find(([s]) => s.startsWith("2"))!;
  const media = deref(response).content?.["application/json"];
  const example = media?.examples ? deref(Object.values<any>(media.examples)[0]).value : undefined;
  return { status: Number(status), body: example };
}

function callFor(op: OperationInfo) {
  const path: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  for (const p of op.parameters) {
    if (p.in === "path") path[p.name] = `${p.name}-0001`;
    if (p.in === "query" && p.name === "limit") query.limit = 25;
  }
  const [mediaType, requestMedia] = op.operation.requestBody
    ? Object.entries<any>(deref(op.operation.requestBody).content)[0]!
    : [undefined, undefined];
  const body = requestMedia ? deref(Object.values<any>(requestMedia.examples)[0]).value : undefined;
  // openapi-fetch sends JSON as application/json unless the call names another media type.
  const headers = mediaType && mediaType !== "application/json" ? { "Content-Type": mediaType } : undefined;
  let expectedPath = op.path;
  for (const [name, value] of Object.entries(path)) expectedPath = expectedPath.replace(`{${name}}`, value);
  const search = Object.keys(query).length ? `?${new URLSearchParams(query as Record<string, string>)}` : "";
  return {
    init: { params: { path, query, header: { "X-Ping-External-Transaction-ID": TRANSACTION } }, body, headers },
    expectedPath,
    search,
    body,
    mediaType,
  };
}

beforeAll(async () => {
  server = await startRecordingServer((req) => {
    const op = operations().find((o) => o.method.toUpperCase() === req.method && matches(o.path, req.url));
    return op ? successExample(op) : { status: 404, body: { code: "NOT_FOUND", message: "no route" } };
  });
});
afterAll(() => server.close());

function matches(template: string, url: string): boolean {
  const pattern = new RegExp(`^/v1${template.replace(/\{[^}]+\}/g, "[^/?]+")}(\\?|$)`);
  return pattern.test(url);
}

function clientFor(region: (typeof REGIONS)[number]): PingOneClient {
  return createPingOneClient({
    region: region.code,
    accessToken: TOKEN,
    fetch: forwardTo(server.origin),
    maxRetries: 0,
  });
}

describe("every region's API host", () => {
  it.each(REGIONS.map((r) => [r.code, r] as const))("%s", async (_code, region) => {
    built = [];
    const { response } = await clientFor(region).GET("/environments/{environmentID}", {
      params: { path: { environmentID: "env-1" } },
    });
    expect(response.status).toBe(200);
    expect(built).toEqual([`https://api.pingone.${region.tld}/v1/environments/env-1`]);
  });
});

describe("every operation", () => {
  // Europe, so that a host left at the default (com) would show.
  const region = REGIONS.find((r) => r.code === "EU")!;
  let client: PingOneClient;
  beforeAll(() => {
    client = clientFor(region);
  });

  it.each(operations().map((op) => [op.operationId, op] as const))("%s", async (_id, op) => {
    const { init, expectedPath, search, body, mediaType } = callFor(op);
    built = [];
    server.received.length = 0;
    const call = (client as unknown as Record<string, (p: string, i: unknown) => Promise<any>>)[
      op.method.toUpperCase()
    ]!;
    const result = await call(op.path, init);

    expect(built).toEqual([`https://api.pingone.${region.tld}/v1${expectedPath}${search}`]);
    const [received] = server.received;
    expect(received?.method).toBe(op.method.toUpperCase());
    expect(received?.url).toBe(`/v1${expectedPath}${search}`);
    expect(received?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(received?.headers["x-ping-external-transaction-id"]).toBe(TRANSACTION);
    expect(received?.headers["user-agent"]).toMatch(/^pingone-client\/\d+\.\d+\.\d+ node\//);
    if (body === undefined) {
      expect(received?.body).toBe("");
    } else {
      expect(received?.headers["content-type"]).toBe(mediaType);
      expect(JSON.parse(received!.body)).toEqual(body);
    }
    expect(result.response.status).toBe(successExample(op).status);
    expect(result.error).toBeUndefined();
    if (successExample(op).body !== undefined) expect(result.data).toEqual(successExample(op).body);
  });
});
