import { describe, expect, it } from "vitest";
import {
  createClientForEnvironment,
  createPingOneClient,
  PingOneConfigError,
  REGIONS,
  resolveEndpoints,
  resolveRegion,
} from "../src/index.ts";
import { VERSION } from "../src/version.ts";

const TABLE = [
  ["NA", "com", "North America"],
  ["EU", "eu", "Europe"],
  ["CA", "ca", "Canada"],
  ["AU", "com.au", "Australia"],
  ["SG", "sg", "Singapore"],
  ["AP", "asia", "Asia Pacific"],
] as const;

describe("the region table", () => {
  it("has the six PingOne regions with their hosts", () => {
    expect(REGIONS.map((r) => [r.code, r.tld, r.label])).toEqual(TABLE);
    for (const r of REGIONS) {
      expect(r.apiBase).toBe(`https://api.pingone.${r.tld}/v1`);
      expect(r.authBase).toBe(`https://auth.pingone.${r.tld}`);
      expect(r.consoleUrl).toBe(`https://console.pingone.${r.tld}`);
    }
  });
});

describe("resolveRegion", () => {
  it.each(TABLE)("resolves %s from its code in any case, its label, its TLD and its URLs", (code, tld, label) => {
    const forms = [
      code,
      code.toLowerCase(),
      ` ${code} `,
      label,
      label.toUpperCase().replace(/ /g, "_"),
      label.replace(/ /g, ""),
      tld,
      `.${tld}`,
      `https://api.pingone.${tld}`,
      `https://api.pingone.${tld}/`,
      `https://api.pingone.${tld}/v1`,
      `https://api.pingone.${tld}/v1/`,
      `https://auth.pingone.${tld}`,
      `https://console.pingone.${tld}`,
    ];
    for (const form of forms) expect(resolveRegion(form).code, form).toBe(code);
  });

  it("resolves the older spellings found in PingOne data", () => {
    expect(resolveRegion("NorthAmerica").code).toBe("NA");
    expect(resolveRegion("NORTH_AMERICA").code).toBe("NA");
    expect(resolveRegion("Australia-AsiaPacific").code).toBe("AU");
    expect(resolveRegion("ASIA_PACIFIC").code).toBe("AP");
  });

  it.each([
    "",
    "  ",
    "US",
    "Mars",
    "EUROPE-WEST",
    "com.br",
    "https://api.pingone.xyz/v1",
    "http://api.pingone.eu/v1",
    "https://api.example.com/v1",
    "api.pingone",
    "https://",
  ])("rejects %j, quoting it and listing the valid regions", (input) => {
    expect(() => resolveRegion(input)).toThrow(PingOneConfigError);
    expect(() => resolveRegion(input)).toThrow(`Unknown PingOne region ${JSON.stringify(input)}`);
    expect(() => resolveRegion(input)).toThrow(
      /NA \(North America, \.com\), EU \(Europe, \.eu\), CA .* AP \(Asia Pacific, \.asia\)/,
    );
  });

  it("never falls back to a default region", () => {
    expect(() => createPingOneClient({ region: "Atlantis", accessToken: "t" })).toThrow(
      /Unknown PingOne region "Atlantis"/,
    );
    expect(() => createPingOneClient({ accessToken: "t" })).toThrow(/A PingOne region is required/);
  });
});

describe("resolveEndpoints", () => {
  it("builds the token URL with the environment id", () => {
    const endpoints = resolveEndpoints({ region: "AU" });
    expect(endpoints.apiBase).toBe("https://api.pingone.com.au/v1");
    expect(endpoints.tokenUrl("env-1")).toBe("https://auth.pingone.com.au/env-1/as/token");
  });

  it("uses a custom domain's token URL, which has no environment id", () => {
    for (const customDomain of ["auth.example.com", "https://auth.example.com", "https://auth.example.com/"]) {
      const endpoints = resolveEndpoints({ region: "EU", customDomain });
      expect(endpoints.tokenUrl("env-1")).toBe("https://auth.example.com/as/token");
      expect(endpoints.apiBase).toBe("https://api.pingone.eu/v1");
    }
  });

  it("accepts explicit API and auth hosts without a region", () => {
    const endpoints = resolveEndpoints({
      apiBase: "https://gateway.example.com/pingone/v1/",
      authBase: "https://login.example.com",
    });
    expect(endpoints.region).toBeUndefined();
    expect(endpoints.apiBase).toBe("https://gateway.example.com/pingone/v1");
    expect(endpoints.tokenUrl("e")).toBe("https://login.example.com/e/as/token");
  });

  it("allows http only for loopback hosts", () => {
    expect(resolveEndpoints({ apiBase: "http://127.0.0.1:8080/v1", authBase: "http://localhost:8080" }).apiBase).toBe(
      "http://127.0.0.1:8080/v1",
    );
    expect(resolveEndpoints({ apiBase: "http://[::1]:8080/v1", authBase: "http://[::1]:8080" }).apiBase).toBe(
      "http://[::1]:8080/v1",
    );
    expect(() => resolveEndpoints({ region: "NA", apiBase: "http://api.example.com/v1" })).toThrow(/must use https/);
    expect(() => resolveEndpoints({ region: "NA", authBase: "http://10.0.0.1" })).toThrow(/must use https/);
    expect(() => resolveEndpoints({ region: "NA", customDomain: "http://auth.example.com" })).toThrow(/must use https/);
    expect(() => resolveEndpoints({ region: "NA", apiBase: "not a url" })).toThrow(/not a valid URL/);
  });

  it("rejects an auth base together with a custom domain", () => {
    expect(() =>
      resolveEndpoints({ region: "NA", authBase: "https://a.example.com", customDomain: "b.example.com" }),
    ).toThrow(/not both/);
  });
});

describe("createClientForEnvironment", () => {
  it("points the client at the environment's region", () => {
    expect(createClientForEnvironment({ region: "EU" }, { accessToken: "t" }).endpoints.apiBase).toBe(
      "https://api.pingone.eu/v1",
    );
    expect(createClientForEnvironment({ region: "AU" }, { accessToken: "t" }).endpoints.apiBase).toBe(
      "https://api.pingone.com.au/v1",
    );
  });

  it("refuses a region this package does not know instead of guessing", () => {
    expect(() => createClientForEnvironment({ region: "ZZ" }, { accessToken: "t" })).toThrow(
      /Unknown PingOne region "ZZ"/,
    );
  });
});

describe("VERSION", () => {
  it("matches package.json, so the User-Agent tells the truth", async () => {
    const { readFile } = await import("node:fs/promises");
    const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });
});
