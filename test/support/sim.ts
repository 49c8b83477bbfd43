// A simulator and a client wired to it, sharing one controllable clock, with the sentinel
// secret as the worker application's secret and every client event collected.
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createPingOneClient, type PingOneClientOptions } from "../../src/index.ts";
import { startPingOneSimulator, type PingOneSimulator, type PingOneSimulatorOptions } from "../../src/testing/index.ts";
import { FakeClock } from "./clock.ts";
import { logger, said, SENTINEL_SECRET, SENTINEL_TOKEN } from "./sentinel.ts";

export async function startSimulator(options: PingOneSimulatorOptions = {}, clock = new FakeClock()) {
  const sim = await startPingOneSimulator({
    clientSecret: SENTINEL_SECRET,
    staticTokens: [SENTINEL_TOKEN],
    now: clock.now,
    ...options,
  });
  return { sim, clock };
}

export function clientFor(sim: PingOneSimulator, clock: FakeClock, options: Partial<PingOneClientOptions> = {}) {
  const auth: Partial<PingOneClientOptions> =
    options.accessToken === undefined
      ? {
          clientCredentials: {
            clientId: sim.clientId,
            clientSecret: sim.clientSecret,
            environmentId: sim.environmentId,
          },
        }
      : {};
  return createPingOneClient({
    apiBase: sim.apiBase,
    authBase: sim.authBase,
    clock,
    random: () => 0,
    logger,
    ...auth,
    ...options,
  });
}

/** Every token the simulator saw in an Authorization header, plus the sentinels. */
export function secretsOf(sim: PingOneSimulator): string[] {
  const tokens = sim.requests
    .map((r) => /^Bearer (.+)$/.exec(String(r.headers.authorization ?? ""))?.[1])
    .filter((t): t is string => Boolean(t));
  return [SENTINEL_SECRET, SENTINEL_TOKEN, ...new Set(tokens)];
}

/** Nothing the client logged or threw in this file contains a secret. */
export function expectNoSecretsSaid(secrets: Iterable<string>): void {
  expect(said.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    const leaks = said.filter((line) => line.includes(secret));
    expect(leaks, `secret ${secret.slice(0, 12)}… leaked`).toEqual([]);
  }
}

/**
 * One simulator for a test file: started before the tests, reset after each (faults, log,
 * state, recorded sleeps), and closed at the end, after checking that nothing the client
 * logged or threw in the file contains a secret or a token the simulator saw.
 */
export function useSimulator(options: PingOneSimulatorOptions = {}) {
  const context = {} as { sim: PingOneSimulator; clock: FakeClock };
  const seen = new Set<string>();
  beforeAll(async () => Object.assign(context, await startSimulator(options)));
  afterEach(() => {
    for (const secret of secretsOf(context.sim)) seen.add(secret);
    context.sim.reset();
    context.clock.sleeps.length = 0;
  });
  afterAll(async () => {
    expectNoSecretsSaid(seen);
    await context.sim.close();
  });
  return context;
}
