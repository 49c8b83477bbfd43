// HTTP plumbing: listening, reading bodies, recording every exchange, applying faults and
// writing responses. What to answer is the dispatcher's business.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { FaultQueue, FaultSpec, StatusFault } from "./faults.ts";
import { errorBody } from "./responses.ts";
import type { SimResponse } from "./responses.ts";

/** One request the simulator received, with how it was answered. */
export interface RecordedRequest {
  readonly method: string;
  /** Request target as sent: path and query (`/v1/environments?limit=10`). */
  readonly path: string;
  /** Request headers, names in lower case, values as sent (credentials included). */
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON when it is JSON, else its text; undefined when empty. */
  readonly body: unknown;
  /** The `Correlation-Id` the response carried (or would have carried). */
  readonly correlationId: string;
  /** Response status; undefined while in flight and when the connection was reset. */
  readonly status: number | undefined;
  /** Kind of the injected fault that affected this request, if any. */
  readonly fault: FaultSpec["kind"] | undefined;
  /**
   * Whether the simulated service processed the request, so its effects (a create, a delete)
   * took place. False when a fault answered in its place.
   */
  readonly applied: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A received request, as the dispatcher sees it. */
export interface IncomingRequest {
  readonly method: string;
  /** The request URL, absolute against the simulator's own base URL. */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
}

/** Decides the answer to a request no fault pre-empted. */
export type Dispatcher = (request: IncomingRequest) => SimResponse;

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload?: string;
}

/** A listening loopback HTTP server. */
export class SimulatorServer {
  /** Every request received, oldest first. Cleared in place, so references stay live. */
  readonly requests: RecordedRequest[] = [];
  // Aborted on close so delayed answers do not keep the process (or close()) waiting, and on
  // reset so a delayed answer cannot land in the next test.
  private pending = new AbortController();
  private readonly waiters = new Set<{
    match: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();

  private constructor(
    private readonly server: Server,
    /** `http://host:port` */
    readonly url: string,
  ) {}

  /** Listens on `host:port` (port 0 = any free port). */
  static async start(host: string, port: number): Promise<SimulatorServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    const hostname = address.family === "IPv6" ? `[${address.address}]` : address.address;
    return new SimulatorServer(server, `http://${hostname}:${address.port}`);
  }

  /** Starts answering requests. */
  serve(faults: FaultQueue, dispatch: Dispatcher): void {
    this.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      this.exchange(req, res, faults, dispatch).catch((error: unknown) => {
        if (!res.headersSent) this.write(res, randomUUID(), toRaw(internalError(error)));
      });
    });
  }

  /** Resolves with the first request, received from now on, that `match` accepts. */
  waitForRequest(match: (request: RecordedRequest) => boolean = () => true): Promise<RecordedRequest> {
    return new Promise((resolve) => {
      const waiter = {
        match,
        resolve: (r: RecordedRequest) => {
          this.waiters.delete(waiter);
          resolve(r);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Forgets the request log and drops the connections still waiting on a delay fault. */
  reset(): void {
    this.pending.abort();
    this.pending = new AbortController();
    this.requests.length = 0;
  }

  /** Stops listening and drops open connections, including ones waiting on a delay fault. */
  async close(): Promise<void> {
    this.pending.abort();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async exchange(
    req: IncomingMessage,
    res: ServerResponse,
    faults: FaultQueue,
    dispatch: Dispatcher,
  ): Promise<void> {
    const rawBody = await readBody(req);
    const method = req.method ?? "GET";
    const target = req.url ?? "/";
    const correlationId = randomUUID();
    const record: Mutable<RecordedRequest> = {
      method,
      path: target,
      headers: req.headers,
      body: parseForRecord(rawBody),
      correlationId,
      status: undefined,
      fault: undefined,
      applied: false,
    };
    this.requests.push(record);
    for (const waiter of this.waiters) if (waiter.match(record)) waiter.resolve(record);

    const fault = faults.take(method, target);
    record.fault = fault?.kind;
    if (fault?.delayMs) {
      try {
        await sleep(fault.delayMs, undefined, { signal: this.pending.signal });
      } catch {
        req.socket.destroy();
        return;
      }
    }
    const disruptive = fault && fault.kind !== "delay" ? fault : undefined;
    const request: IncomingRequest = { method, url: new URL(target, this.url), headers: req.headers, rawBody };
    const served = !disruptive || disruptive.applied ? dispatchSafely(dispatch, request) : undefined;
    record.applied = served !== undefined;
    if (disruptive?.kind === "reset") {
      req.socket.destroy();
      return;
    }
    const response = disruptive?.kind === "status" ? faultResponse(disruptive) : served && toRaw(served);
    if (!response) return;
    record.status = response.status;
    this.write(res, correlationId, response);
  }

  private write(res: ServerResponse, correlationId: string, response: RawResponse): void {
    const headers: Record<string, string | number> = { ...response.headers, "Correlation-Id": correlationId };
    if (response.payload !== undefined) headers["Content-Length"] = Buffer.byteLength(response.payload);
    res.writeHead(response.status, headers);
    res.end(response.payload);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseForRecord(rawBody: string): unknown {
  if (rawBody === "") return undefined;
  try {
    return JSON.parse(rawBody) as unknown;
  } catch {
    return rawBody;
  }
}

function toRaw(response: SimResponse): RawResponse {
  if (response.body === undefined) return { status: response.status, headers: { ...response.headers } };
  // A rule that names a media type other than JSON sends its text as it is (a PEM file, say).
  const type = response.headers?.["Content-Type"];
  if (typeof response.body === "string" && type !== undefined && !/json/i.test(type)) {
    return { status: response.status, headers: { ...response.headers }, payload: response.body };
  }
  return {
    status: response.status,
    headers: { "Content-Type": "application/json", ...response.headers },
    payload: JSON.stringify(response.body),
  };
}

function faultResponse(fault: StatusFault): RawResponse {
  const { status } = fault;
  const headers: Record<string, string> = { ...fault.headers };
  if (fault.retryAfter !== undefined) headers["Retry-After"] = String(fault.retryAfter);
  const withPayload = (payload: string, contentType = "application/json"): RawResponse => ({
    status,
    headers: { "Content-Type": contentType, ...headers },
    payload,
  });
  const body = fault.body ?? (status >= 400 ? "error" : "empty");
  if (body === "empty") return { status, headers };
  if (body === "error") return withPayload(JSON.stringify(errorBody(status)));
  if (body === "malformed") {
    const complete = JSON.stringify(errorBody(status));
    return withPayload(complete.slice(0, Math.floor(complete.length / 2)));
  }
  return "json" in body
    ? withPayload(JSON.stringify(body.json))
    : withPayload(body.text, body.contentType ?? "text/plain");
}

function dispatchSafely(dispatch: Dispatcher, request: IncomingRequest): SimResponse {
  try {
    return dispatch(request);
  } catch (error) {
    return internalError(error);
  }
}

function internalError(error: unknown): SimResponse {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: errorBody(500, `Simulator failure: ${message}`) };
}
