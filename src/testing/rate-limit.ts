// PingOne's request budget, as the simulator enforces it when asked to: so many API requests
// per second per environment, in fixed one-second windows; past that, 429 with Retry-After
// (whole seconds to the end of the window) and PingOne's error body.
import { errorResponse, type SimResponse } from "./responses.ts";

/** The simulator's rate limit. */
export interface RateLimitOptions {
  /** API requests each environment may make per second. */
  readonly requestsPerSecond: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    if (!(options.requestsPerSecond > 0)) throw new Error("rateLimit.requestsPerSecond must be a number > 0");
  }

  /** A 429 for a request over the budget of the environment it names, else undefined. */
  check(segments: readonly (string | undefined)[]): SimResponse | undefined {
    const key = segments[0] === "environments" && segments[1] ? segments[1] : "";
    const now = this.now();
    const start = Math.floor(now / 1000) * 1000;
    let window = this.windows.get(key);
    if (!window || window.start !== start) this.windows.set(key, (window = { start, count: 0 }));
    if (++window.count <= this.options.requestsPerSecond) return undefined;
    const retryAfter = Math.max(1, Math.ceil((start + 1000 - now) / 1000));
    return errorResponse(429, undefined, undefined, { "Retry-After": String(retryAfter) });
  }

  clear(): void {
    this.windows.clear();
  }
}
