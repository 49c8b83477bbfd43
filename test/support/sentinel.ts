// Secrets with recognisable values, and a collector of everything the client said (log
// events, error messages), so tests can prove none of it ever contains a secret.
import type { ClientEvent } from "../../src/index.ts";

export const SENTINEL_SECRET = "sentinel-client-secret-7Hq2Zp";
export const SENTINEL_TOKEN = "sentinel-access-token-Kx91Lm";

export const said: string[] = [];

export function logger(event: ClientEvent): void {
  said.push(JSON.stringify(event));
}

/** Runs `action`, remembers the message and stack of whatever it throws, and rethrows it. */
export async function recordError<T>(action: Promise<T>): Promise<T> {
  try {
    return await action;
  } catch (error) {
    said.push(String((error as Error)?.message), String((error as Error)?.stack), JSON.stringify(error));
    throw error;
  }
}
