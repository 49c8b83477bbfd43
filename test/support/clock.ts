// A clock the test controls: sleeps return at once and move time forward, and every
// requested delay is recorded, so backoff can be checked exactly without waiting.
import type { Clock } from "../../src/index.ts";

export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(public time = Date.parse("2026-11-23T12:00:00Z")) {}

  now = (): number => this.time;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.time += ms;
  };

  advance(ms: number): void {
    this.time += ms;
  }
}
