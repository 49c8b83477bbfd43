// The benchmarks' PingOne stand-in: a tiny node:http server on loopback, run in its own
// process (so it works on the other core), answering with prepared bytes:
//   GET /v1/environments/<id>                 one fixed environment
//   GET /v1/environments?limit=N[&cursor=K]   HAL pages over `total` environments (POST /total sets it)
// Prints its base URL on stdout; exits when stdin closes (the parent went away).
import { createServer, type ServerResponse } from "node:http";

import { ENVIRONMENT_ID } from "./stats.ts";

function environment(index: number, id = `e${String(index).padStart(7, "0")}-49eb-49f5-a5d9-80ad5c98f9f6`) {
  return {
    _links: { self: { href: `http://127.0.0.1/v1/environments/${id}` } },
    id,
    name: `Environment ${index}`,
    description: "A benchmark environment with a description of realistic length.",
    organization: { id: "bed432e6-676a-4ebe-b5a5-6b3b54e46bda" },
    type: index % 2 ? "SANDBOX" : "PRODUCTION",
    region: "NA",
    license: { id: "2a9ab4d6-b9f7-4e1e-9b7a-6d5c4b3a2f10" },
    billOfMaterials: { products: [{ id: "5c7c0a4f-45a0-4f2a-8c2b-0c6b2c3d4e5f", type: "PING_ONE_BASE" }] },
    createdAt: "2026-01-15T10:20:30.456Z",
    updatedAt: "2026-06-01T08:09:10.111Z",
  };
}

const one = Buffer.from(JSON.stringify(environment(0, ENVIRONMENT_ID)));
let total = 10_000;
const pages = new Map<string, Buffer>();

function page(base: string, limit: number, cursor: number): Buffer {
  const key = `${total}/${limit}/${cursor}`;
  let body = pages.get(key);
  if (!body) {
    const start = cursor * limit;
    const items = [];
    for (let i = start; i < Math.min(total, start + limit); i++) items.push(environment(i));
    const self = `${base}/environments?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const links: Record<string, { href: string }> = { self: { href: self } };
    if (start + limit < total) links.next = { href: `${base}/environments?limit=${limit}&cursor=${cursor + 1}` };
    body = Buffer.from(
      JSON.stringify({ _links: links, _embedded: { environments: items }, count: total, size: items.length }),
    );
    pages.set(key, body);
  }
  return body;
}

function send(res: ServerResponse, status: number, body: Buffer): void {
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": body.length,
    "correlation-id": "7d7b9c4e-1f0a-4b8e-9d2c-3e4f5a6b7c8d",
  });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (req.method === "POST" && url.pathname === "/total") {
    total = Number(url.searchParams.get("value"));
    pages.clear();
    return send(res, 200, Buffer.from("{}"));
  }
  if (url.pathname === `/v1/environments/${ENVIRONMENT_ID}`) return send(res, 200, one);
  if (url.pathname === "/v1/environments") {
    const limit = Number(url.searchParams.get("limit") ?? 100);
    const cursor = Number(url.searchParams.get("cursor") ?? 0);
    return send(res, 200, page(`http://127.0.0.1:${port}/v1`, limit, cursor));
  }
  send(res, 404, Buffer.from(JSON.stringify({ code: "NOT_FOUND", message: "No such resource" })));
});
server.keepAliveTimeout = 60_000;
let port = 0;
server.listen(0, "127.0.0.1", () => {
  port = (server.address() as { port: number }).port;
  console.log(`http://127.0.0.1:${port}`);
});
process.stdin.on("close", () => process.exit(0));
process.stdin.resume();
