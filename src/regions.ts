// The one table of PingOne regions, and the resolution of every way users and PingOne's own
// documentation name a region into base URLs. Unknown input is an error, never a default.
import { PingOneConfigError } from "./errors.ts";

/** The code of a PingOne region, as environments report it. */
export type RegionCode = "NA" | "EU" | "CA" | "AU" | "SG" | "AP";

/** One PingOne region and its hosts. */
export interface Region {
  /** The code environments report in their `region` field. */
  readonly code: RegionCode;
  /** The label the documentation and the admin console use. */
  readonly label: string;
  /** Top-level domain of every PingOne host of the region. */
  readonly tld: string;
  /** Management API base, with the `/v1` path. */
  readonly apiBase: string;
  /** Authorization server host; the token URL is `<authBase>/<environmentID>/as/token`. */
  readonly authBase: string;
  /** Admin console. */
  readonly consoleUrl: string;
  /** Other spellings seen in PingOne data and docs (licenses report `NORTH_AMERICA`). */
  readonly aliases: readonly string[];
}

function region(code: RegionCode, label: string, tld: string, aliases: string[]): Region {
  return {
    code,
    label,
    tld,
    apiBase: `https://api.pingone.${tld}/v1`,
    authBase: `https://auth.pingone.${tld}`,
    consoleUrl: `https://console.pingone.${tld}`,
    aliases,
  };
}

/** Every PingOne region, in the order of the documentation's table. */
export const REGIONS: readonly Region[] = Object.freeze([
  region("NA", "North America", "com", ["NorthAmerica", "NORTH_AMERICA"]),
  region("EU", "Europe", "eu", ["EUROPE"]),
  region("CA", "Canada", "ca", ["CANADA"]),
  region("AU", "Australia", "com.au", ["Australia-AsiaPacific", "AUSTRALIA"]),
  region("SG", "Singapore", "sg", ["SINGAPORE"]),
  // AP (.asia) is PingOne's legacy Asia-Pacific region, still served for existing tenants.
  region("AP", "Asia Pacific", "asia", ["AsiaPacific", "ASIA_PACIFIC"]),
]);

/** Case, spaces, hyphens and underscores do not distinguish region names. */
const normalize = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, "");

const BY_NAME = new Map<string, Region>();
for (const r of REGIONS) {
  for (const name of [r.code, r.label, ...r.aliases]) BY_NAME.set(normalize(name), r);
}
const BY_TLD = new Map(REGIONS.map((r) => [r.tld, r]));
const PINGONE_HOST = /^(?:api|auth|console|apps|orchestrate-api)\.pingone\.(.+)$/;

export const VALID_REGIONS_TEXT = REGIONS.map((r) => `${r.code} (${r.label}, .${r.tld})`).join(", ");

function unknown(input: unknown): PingOneConfigError {
  return new PingOneConfigError(
    `Unknown PingOne region ${JSON.stringify(input)}. Use one of ${VALID_REGIONS_TEXT}, ` +
      `a top-level domain, or a PingOne API URL such as https://api.pingone.eu/v1.`,
  );
}

/**
 * Resolves a region code (any case), a label (`North America`, `Australia-AsiaPacific`,
 * `NORTH_AMERICA`), a top-level domain (`com.au`), or a PingOne URL (`https://api.pingone.eu`,
 * `https://api.pingone.eu/v1`, an auth or console URL) to its region.
 * @throws PingOneConfigError quoting the input and listing the valid regions.
 */
export function resolveRegion(input: string | Region): Region {
  if (typeof input === "object" && input !== null && REGIONS.includes(input)) return input;
  if (typeof input !== "string" || input.trim() === "") throw unknown(input);
  const text = input.trim();
  const byName = BY_NAME.get(normalize(text)) ?? BY_TLD.get(text.toLowerCase().replace(/^\./, ""));
  if (byName) return byName;
  if (/^[a-z]+:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw unknown(input);
    }
    const tld = PINGONE_HOST.exec(url.hostname.toLowerCase())?.[1];
    const match = tld === undefined ? undefined : BY_TLD.get(tld);
    if (match && url.protocol === "https:") return match;
  }
  throw unknown(input);
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Checks a base URL given by the caller: `https` only, except loopback hosts (tests, the
 * simulator). Returns it without a trailing slash.
 */
export function checkBaseUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PingOneConfigError(`${what} ${JSON.stringify(value)} is not a valid URL.`);
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new PingOneConfigError(
      `${what} ${JSON.stringify(value)} must use https (plain http is accepted only for loopback hosts).`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new PingOneConfigError(`${what} ${JSON.stringify(value)} must not carry credentials, a query or a fragment.`);
  }
  return url.href.replace(/\/+$/, "");
}

/** Where a client sends its API calls and asks for tokens. */
export interface Endpoints {
  /** The region, when the endpoints are PingOne's own hosts. */
  readonly region: Region | undefined;
  readonly apiBase: string;
  /**
   * Base of an environment's authorization server (`https://auth.pingone.com/<id>`); with a
   * custom domain the domain itself, which serves one environment and has no id in its paths.
   */
  environmentAuthBase(environmentId: string): string;
  /** Token endpoint for an environment: `<environmentAuthBase>/as/token`. */
  tokenUrl(environmentId: string): string;
}

/** Where to connect: a region, or explicit hosts (a gateway, a custom domain, the simulator). */
export interface EndpointOptions {
  /** Region code, label, TLD or PingOne URL; see {@link resolveRegion}. */
  region?: string | Region;
  /** Overrides the API base (for example the local simulator). Must include `/v1` if the server expects it. */
  apiBase?: string;
  /** Overrides the authorization server base; token URL `<authBase>/<environmentID>/as/token`. */
  authBase?: string;
  /**
   * A custom domain for the authorization server (`auth.example.com` or a URL). Its token URL
   * is `https://<domain>/as/token`, without an environment id.
   */
  customDomain?: string;
}

/**
 * Works out the API base and token URL from a region and optional overrides. A region is
 * required unless both the API base and an auth base or custom domain are given.
 */
export function resolveEndpoints(options: EndpointOptions): Endpoints {
  const { apiBase, authBase, customDomain } = options;
  if (authBase !== undefined && customDomain !== undefined) {
    throw new PingOneConfigError("Give either authBase or customDomain, not both.");
  }
  const needRegion = apiBase === undefined || (authBase === undefined && customDomain === undefined);
  if (needRegion && options.region === undefined) {
    throw new PingOneConfigError(`A PingOne region is required. Use one of ${VALID_REGIONS_TEXT}.`);
  }
  const region = options.region === undefined ? undefined : resolveRegion(options.region);
  const api = apiBase === undefined ? region!.apiBase : checkBaseUrl(apiBase, "apiBase");
  const authBaseFor =
    customDomain !== undefined
      ? constant(
          checkBaseUrl(/^[a-z]+:\/\//i.test(customDomain) ? customDomain : `https://${customDomain}`, "customDomain"),
        )
      : withEnvironment(authBase === undefined ? region!.authBase : checkBaseUrl(authBase, "authBase"));
  return {
    region,
    apiBase: api,
    environmentAuthBase: authBaseFor,
    tokenUrl: (environmentId) => `${authBaseFor(environmentId)}/as/token`,
  };
}

const constant = (base: string) => () => base;
const withEnvironment = (base: string) => (environmentId: string) => `${base}/${encodeURIComponent(environmentId)}`;
