// What the optional logger hook sees. Headers pass through `redactHeaders` first, so a
// logger can print events as they are without leaking tokens or secrets.

/** Something the client did: sent a request, got a response, will retry, fetched a token. */
export type ClientEvent =
  | { type: "request"; method: string; url: string; attempt: number; headers: Record<string, string> }
  | {
      type: "response";
      method: string;
      url: string;
      attempt: number;
      status: number;
      durationMs: number;
      correlationId: string | undefined;
    }
  | { type: "retry"; method: string; url: string; attempt: number; reason: string; delayMs: number }
  | { type: "token"; url: string; status: number | undefined; durationMs: number };

/** Receives every {@link ClientEvent}; authorization headers are already redacted. */
export type Logger = (event: ClientEvent) => void;

const SECRET_HEADERS = new Set(["authorization", "cookie", "set-cookie", "proxy-authorization"]);

export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const scheme = /^(Bearer|Basic) /i.exec(value)?.[1];
    out[name] = SECRET_HEADERS.has(name) ? (scheme ? `${scheme} [redacted]` : "[redacted]") : value;
  });
  return out;
}

/**
 * The logger as the request path calls it: whatever the logger throws stays out of the
 * request (it must never turn a success into a failure, or cause a re-send), and is
 * reported once per client on the console, so the bug is seen but does not flood.
 */
export function safeLogger(logger: Logger | undefined): ((event: ClientEvent) => void) | undefined {
  // Undefined without a logger, so `emit?.(…)` skips building events nobody reads.
  if (!logger) return undefined;
  let reported = false;
  return (event) => {
    try {
      logger(event);
    } catch (error) {
      if (reported) return;
      reported = true;
      console.error("pingone-client: the logger threw; its errors are ignored from now on.", error);
    }
  };
}
