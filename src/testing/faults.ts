// Scripted misbehaviour. Tests queue faults; each request takes the first queued fault that
// matches it, so "the next two POSTs to /environments answer 503" reads as one `inject` call.

/** Which requests a fault applies to; omitted fields match everything. */
export interface FaultMatch {
  /** HTTP method, case-insensitive (`"POST"`). */
  readonly method?: string;
  /**
   * A substring of, or a pattern tested against, the request target: path and query as sent,
   * e.g. `/v1/environments?limit=100`. The token endpoint (`/as/token`) can be matched too.
   */
  readonly path?: string | RegExp;
  /** How many matching requests the fault affects; default 1. `Infinity` keeps it active until cleared. */
  readonly times?: number;
  /** Wait this long before answering (or resetting); default 0. */
  readonly delayMs?: number;
}

/**
 * What body a status fault answers with:
 * - `"error"` (default for 4xx/5xx): a PingOne error body whose code suits the status
 *   (`REQUEST_LIMITED` for 429, `UNEXPECTED_ERROR` for 5xx, ...);
 * - `"empty"` (default below 400): no body at all, as a gateway's bare 502 has;
 * - `"malformed"`: a truncated JSON document labelled `application/json`;
 * - `{ json }`: this value as JSON; `{ text, contentType }`: this text verbatim (an HTML error page).
 */
export type FaultBody =
  | "error"
  | "empty"
  | "malformed"
  | { readonly json: unknown }
  | { readonly text: string; readonly contentType?: string };

/** Answer with a given status instead of (or, with `applied`, after) serving the request. */
export interface StatusFault extends FaultMatch {
  readonly kind: "status";
  readonly status: number;
  /** Value of the `Retry-After` header: seconds, or an HTTP date. */
  readonly retryAfter?: number | string;
  readonly body?: FaultBody;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Serve the request first (a POST creates its resource) and only then answer with the fault:
   * the "it failed but it happened" case that tells whether a client blindly repeats writes.
   * Default false: the request has no effect.
   */
  readonly applied?: boolean;
}

/** Close the connection without answering. */
export interface ResetFault extends FaultMatch {
  readonly kind: "reset";
  /** Serve the request before dropping the connection; default false. See {@link StatusFault.applied}. */
  readonly applied?: boolean;
}

/** Answer normally, but only after `delayMs`, to exercise client timeouts. */
export interface DelayFault extends FaultMatch {
  readonly kind: "delay";
  readonly delayMs: number;
}

/** A fault to inject; see {@link FaultController.inject}. */
export type FaultSpec = StatusFault | ResetFault | DelayFault;

/** A queued fault, as returned by {@link FaultController.inject}. */
export interface InjectedFault {
  readonly spec: FaultSpec;
  /** Matching requests it will still affect. */
  readonly remaining: number;
  /** Requests it has affected so far. */
  readonly hits: number;
}

/** Fault injection of a simulator (`sim.faults`). */
export interface FaultController {
  /**
   * Queues a fault for the next `times` requests that match it. Faults are consulted in the
   * order they were injected, and a request takes at most one.
   *
   * @example
   * sim.faults.inject({ kind: "status", status: 429, retryAfter: 1, method: "GET", path: "/environments" });
   * sim.faults.inject({ kind: "status", status: 503, times: 3 });
   * sim.faults.inject({ kind: "status", status: 500, method: "POST", applied: true });
   * sim.faults.inject({ kind: "status", status: 502, body: "empty" });
   * sim.faults.inject({ kind: "status", status: 200, body: "malformed", method: "GET" });
   * sim.faults.inject({ kind: "delay", delayMs: 2_000 });
   * sim.faults.inject({ kind: "reset", path: "/as/token" });
   */
  inject(spec: FaultSpec): InjectedFault;
  /** Drops every queued fault. */
  clear(): void;
  /** How many more responses queued faults will affect in total. */
  readonly pending: number;
}

class QueuedFault implements InjectedFault {
  remaining: number;
  hits = 0;

  constructor(readonly spec: FaultSpec) {
    const times = spec.times ?? 1;
    if (!(times > 0)) throw new RangeError(`times must be positive, got ${times}`);
    if (spec.kind === "status" && !(spec.status >= 100 && spec.status <= 599)) {
      throw new RangeError(`status must be an HTTP status code, got ${spec.status}`);
    }
    this.remaining = times;
  }

  matches(method: string, target: string): boolean {
    const { method: wanted, path } = this.spec;
    if (wanted !== undefined && wanted.toUpperCase() !== method.toUpperCase()) return false;
    if (path === undefined) return true;
    if (typeof path === "string") return target.includes(path);
    path.lastIndex = 0; // a /g or /y pattern would otherwise resume from its previous match
    return path.test(target);
  }
}

/** The queue behind {@link FaultController}. */
export class FaultQueue implements FaultController {
  private queue: QueuedFault[] = [];

  inject(spec: FaultSpec): InjectedFault {
    const fault = new QueuedFault(spec);
    this.queue.push(fault);
    return fault;
  }

  clear(): void {
    this.queue = [];
  }

  get pending(): number {
    return this.queue.reduce((sum, f) => sum + f.remaining, 0);
  }

  /** Takes the fault for a request, if one matches, counting it as used. */
  take(method: string, target: string): FaultSpec | undefined {
    const fault = this.queue.find((f) => f.matches(method, target));
    if (!fault) return undefined;
    fault.remaining--;
    fault.hits++;
    if (fault.remaining <= 0) this.queue = this.queue.filter((f) => f !== fault);
    return fault.spec;
  }
}
