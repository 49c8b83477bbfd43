// The authorization server's token endpoint for the worker application: client credentials
// grant, client authentication by `client_secret_basic` or `client_secret_post`, and the
// bearer tokens the API accepts.
import { randomBytes, randomUUID } from "node:crypto";
import type { SimResponse } from "./responses.ts";

/** A way for the client to authenticate at the token endpoint (RFC 6749, section 2.3.1). */
export type ClientAuthMethod = "client_secret_basic" | "client_secret_post";

/** Settings of the token service. */
export interface TokenServiceOptions {
  readonly environmentId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly ttlSeconds: number;
  readonly staticTokens: readonly string[];
  readonly authMethods: readonly ClientAuthMethod[];
  readonly now: () => number;
  /** Authorization server base URL; the issuer is `<authBase>/<environmentId>/as`. */
  readonly authBase: string;
}

const FORM_CONTENT = /^application\/x-www-form-urlencoded\s*(?:;|$)/i;
const NO_STORE = { "Cache-Control": "no-store", Pragma: "no-cache" };

/** Issues and checks access tokens. */
export class TokenService {
  private issuedCount = 0;
  // token → expiry (ms since epoch, on the simulator's clock)
  private readonly live = new Map<string, number>();

  constructor(private readonly options: TokenServiceOptions) {}

  /** How many tokens the endpoint has issued since the last {@link resetCount}. */
  get issued(): number {
    return this.issuedCount;
  }

  resetCount(): void {
    this.issuedCount = 0;
  }

  /** Makes every issued token invalid, as if they had all expired. Static tokens stay valid. */
  revokeAll(): void {
    this.live.clear();
  }

  /** Whether an `Authorization` header carries a token the API accepts. */
  accepts(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
    const token = match?.[1];
    if (!token) return false;
    if (this.options.staticTokens.includes(token)) return true;
    const expiresAt = this.live.get(token);
    if (expiresAt === undefined) return false;
    if (expiresAt > this.options.now()) return true;
    this.live.delete(token);
    return false;
  }

  /**
   * Answers a token request. `environmentId` is the one in the URL, undefined for the
   * custom-domain form `/as/token`.
   */
  issue(
    environmentId: string | undefined,
    headers: Readonly<Record<string, string | string[] | undefined>>,
    rawBody: string,
  ): SimResponse {
    const contentType = headers["content-type"];
    if (typeof contentType !== "string" || !FORM_CONTENT.test(contentType)) {
      return oauthError(400, "invalid_request", "The request must be application/x-www-form-urlencoded.");
    }
    const form = new URLSearchParams(rawBody);
    const basic = parseBasic(headers.authorization);
    const posted = form.has("client_id") || form.has("client_secret");
    if (basic && posted) return oauthError(400, "invalid_request", "Use only one client authentication method.");
    const method: ClientAuthMethod | undefined = basic
      ? "client_secret_basic"
      : posted
        ? "client_secret_post"
        : undefined;
    // RFC 6749 section 5.2: a client that tried Basic gets a Basic challenge back.
    const challenge: Record<string, string> = basic ? { "WWW-Authenticate": 'Basic realm="PingOne"' } : {};
    if (!method) return oauthError(401, "invalid_client", "Client authentication is required.");
    if (!this.options.authMethods.includes(method)) {
      return oauthError(401, "invalid_client", `The application does not allow ${method}.`, challenge);
    }
    const clientId = basic ? basic.id : form.get("client_id");
    const clientSecret = basic ? basic.secret : form.get("client_secret");
    const environmentMatches = environmentId === undefined || environmentId === this.options.environmentId;
    if (!environmentMatches || clientId !== this.options.clientId || clientSecret !== this.options.clientSecret) {
      return oauthError(401, "invalid_client", "Invalid client credentials.", challenge);
    }
    const grantType = form.get("grant_type");
    if (grantType === null) return oauthError(400, "invalid_request", "grant_type is required.");
    if (grantType !== "client_credentials") {
      return oauthError(400, "unsupported_grant_type", `The grant type ${grantType} is not supported.`);
    }
    const token = this.mint();
    this.live.set(token, this.options.now() + this.options.ttlSeconds * 1000);
    this.issuedCount++;
    return {
      status: 200,
      headers: NO_STORE,
      body: { access_token: token, token_type: "Bearer", expires_in: this.options.ttlSeconds },
    };
  }

  /** A JWT-shaped token (unsigned in substance) so clients that peek at `exp` see real claims. */
  private mint(): string {
    const iat = Math.floor(this.options.now() / 1000);
    const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    const header = encode({ alg: "RS256", typ: "JWT", kid: "pingone-simulator" });
    const payload = encode({
      iss: `${this.options.authBase}/${this.options.environmentId}/as`,
      client_id: this.options.clientId,
      env: this.options.environmentId,
      iat,
      exp: iat + this.options.ttlSeconds,
      jti: randomUUID(),
    });
    return `${header}.${payload}.${randomBytes(32).toString("base64url")}`;
  }
}

function parseBasic(header: string | string[] | undefined): { id: string; secret: string } | undefined {
  const match = typeof header === "string" ? /^Basic\s+(\S+)\s*$/i.exec(header) : null;
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return { id: decoded, secret: "" };
  // RFC 6749 section 2.3.1: both parts are form-urlencoded before being joined.
  const decode = (part: string): string => {
    try {
      return decodeURIComponent(part.replaceAll("+", " "));
    } catch {
      return part;
    }
  };
  return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
}

function oauthError(
  status: number,
  error: string,
  description: string,
  headers: Record<string, string> = {},
): SimResponse {
  return { status, headers: { ...NO_STORE, ...headers }, body: { error, error_description: description } };
}
