// Where the bearer token of each request comes from: a fixed token, the caller's provider,
// or PingOne's OAuth 2 client-credentials grant with caching and single-flight refresh.
import { PingOneConfigError, TokenError } from "./errors.ts";
import type { Secrets } from "./secrets.ts";

/** Called for every request; `forceRefresh` is set after PingOne rejected the previous token. */
export type AccessTokenProvider = (context: { forceRefresh: boolean }) => string | Promise<string>;

/** A worker application's credentials for the OAuth 2 client-credentials grant. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** The environment the worker application lives in (part of the token URL). */
  environmentId: string;
  /** How the client authenticates at the token endpoint. Default `client_secret_basic`. */
  method?: "client_secret_basic" | "client_secret_post";
  /** Optional `scope` parameter of the token request. */
  scope?: string;
  /** Refresh this many seconds before the token expires. Default 60. */
  refreshMarginSeconds?: number;
}

/** What the request path needs from any kind of authentication. */
export interface TokenSource {
  /** A token to send now; fetches or refreshes when needed. */
  token(): Promise<string>;
  /** A token that is valid now, when one is at hand without waiting (the common case). */
  current?(): string | undefined;
  /** Reports that PingOne answered 401 to `token`. Returns false when refreshing cannot help. */
  rejected(token: string): boolean;
}

/** The token endpoint's answer, its body already read. */
export interface TokenResponse {
  ok: boolean;
  status: number;
  statusText: string;
  text: string;
}

/** Sends the token request with the client's retries and timeouts. */
export type TokenRequester = (url: string, init: RequestInit) => Promise<TokenResponse>;

/** A fixed token: nothing to refresh, so a 401 is final. */
export function staticToken(token: string): TokenSource {
  if (!token) throw new PingOneConfigError("accessToken is empty.");
  const value = Promise.resolve(token);
  return { token: () => value, current: () => token, rejected: () => false };
}

export function providedToken(provider: AccessTokenProvider): TokenSource {
  let forceRefresh = false;
  return {
    async token() {
      const token = await provider({ forceRefresh });
      forceRefresh = false;
      return token;
    },
    rejected() {
      forceRefresh = true;
      return true;
    },
  };
}

interface CachedToken {
  value: string;
  refreshAt: number;
}

/**
 * Client-credentials tokens, cached until `expires_in` minus the margin. Concurrent callers
 * share one in-flight token request, so 50 parallel calls cost one round trip to the
 * authorization server.
 */
export function clientCredentialsToken(
  credentials: ClientCredentials,
  tokenUrl: string,
  request: TokenRequester,
  now: () => number,
  secrets: Secrets,
): TokenSource {
  const { clientId, clientSecret, method = "client_secret_basic", scope } = credentials;
  if (!clientId || !clientSecret || !credentials.environmentId) {
    const missing = (["clientId", "clientSecret", "environmentId"] as const).filter((k) => !credentials[k]);
    throw new PingOneConfigError(`clientCredentials is missing ${missing.join(", ")}.`);
  }
  const marginMs = (credentials.refreshMarginSeconds ?? 60) * 1000;
  let cached: CachedToken | undefined;
  let inFlight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (scope) form.set("scope", scope);
    const headers: Record<string, string> = {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
    };
    if (method === "client_secret_post") {
      form.set("client_id", clientId);
      form.set("client_secret", clientSecret);
    } else {
      // RFC 6749 §2.3.1: both parts are form-encoded before being joined and base64-encoded.
      const pair = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
      headers.authorization = `Basic ${btoa(pair)}`;
    }
    const started = now();
    let response: TokenResponse;
    try {
      response = await request(tokenUrl, { method: "POST", headers, body: form.toString() });
    } catch (error) {
      throw new TokenError(tokenUrl, undefined, undefined, redact((error as Error).message ?? String(error)), {
        cause: error,
      });
    }
    const { text } = response;
    const body = parseJson(text);
    if (!response.ok || typeof body?.access_token !== "string") {
      const code = stringField(body, "error") ?? stringField(body, "code");
      const detail =
        stringField(body, "error_description") ??
        stringField(body, "message") ??
        (response.ok ? "the response has no access_token" : text.trim().slice(0, 200) || response.statusText);
      throw new TokenError(tokenUrl, response.status, code, redact(detail));
    }
    const ttlMs = (typeof body.expires_in === "number" ? body.expires_in : 3600) * 1000;
    // A margin larger than half the lifetime would refresh on every call; cap it.
    cached = { value: body.access_token, refreshAt: started + ttlMs - Math.min(marginMs, ttlMs / 2) };
    return body.access_token;
  }

  // The secret must never reach a message, even if a server echoes the request back.
  const redact = (text: string) => secrets.redact(text);

  return {
    current() {
      return cached && now() < cached.refreshAt ? cached.value : undefined;
    },
    token() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.value);
      inFlight ??= fetchToken().finally(() => (inFlight = undefined));
      return inFlight;
    },
    rejected(token) {
      // Only drop the cache if it still holds the rejected token: when many requests fail
      // with the same token at once, the first one's refresh serves them all.
      if (cached?.value === token) cached = undefined;
      return true;
    },
  };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function stringField(body: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = body?.[key];
  return typeof value === "string" && value ? value : undefined;
}
