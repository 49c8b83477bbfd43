// The per-client timer behind per-attempt timeouts: deadlines expire in order whatever order
// they were added in, a cancelled one never fires, and an idle timer never holds Node open.
import { spawnSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Deadlines } from "../src/deadlines.ts";

describe("Deadlines", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("expires each deadline at its own time, also one added later that falls earlier", () => {
    const deadlines = new Deadlines(() => Date.now());
    const fired: string[] = [];
    deadlines.add(300, () => fired.push("300"));
    deadlines.add(100, () => fired.push("100"));
    deadlines.add(200, () => fired.push("200"));
    vi.advanceTimersByTime(99);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(["100"]);
    vi.advanceTimersByTime(150);
    expect(fired).toEqual(["100", "200"]);
    deadlines.add(10, () => fired.push("10 more"));
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(["100", "200", "10 more"]);
    vi.advanceTimersByTime(40);
    expect(fired).toEqual(["100", "200", "10 more", "300"]);
  });

  it("never fires a cancelled deadline, and keeps the others", () => {
    const deadlines = new Deadlines(() => Date.now());
    const fired: string[] = [];
    const first = deadlines.add(100, () => fired.push("first"));
    deadlines.add(100, () => fired.push("second"));
    deadlines.cancel(first);
    deadlines.cancel(first);
    vi.advanceTimersByTime(1_000);
    expect(fired).toEqual(["second"]);
  });

  it("keeps one timer for many requests that finish in time", () => {
    const deadlines = new Deadlines(() => Date.now());
    const set = vi.spyOn(globalThis, "setTimeout");
    for (let i = 0; i < 1_000; i++) {
      deadlines.cancel(deadlines.add(30_000, () => expect.fail("no request timed out")));
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(60_000);
    // One for the first request, then one re-arm each time the old one comes due (every 30 s).
    expect(set.mock.calls.length).toBeLessThanOrEqual(2);
    set.mockRestore();
  });
});

describe("Deadlines in a Node process", () => {
  const run = (script: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: new URL("..", import.meta.url),
      encoding: "utf8",
      timeout: 20_000,
    });
  const load = `const { Deadlines } = await import(${JSON.stringify(new URL("../src/deadlines.ts", import.meta.url).href)});`;

  it("lets the process exit once nothing is pending", () => {
    const started = Date.now();
    const result = run(`${load}
      const deadlines = new Deadlines();
      deadlines.cancel(deadlines.add(30_000, () => console.log("fired")));
      console.log("done");`);
    expect(result.stdout.trim()).toBe("done");
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("holds the process open while a deadline is pending", () => {
    const result = run(`${load}
      new Deadlines().add(200, () => console.log("fired"));`);
    expect(result.stdout.trim()).toBe("fired");
    expect(result.status).toBe(0);
  });
});
