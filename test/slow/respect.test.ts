// The Arazzo workflows run with Redocly Respect against a simulator started here: every step's
// success criteria and Respect's own response checks (status, content type, schema) pass, and
// what the simulator received is what the workflows say. Then `npm run respect` as a whole
// (its own simulator, HAR files, drift) passes without printing a secret. The Arazzo lint
// rules pass on both documents.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { arazzoFiles } from "../../scripts/arazzo.ts";
import { runRedocly } from "../../scripts/redocly.ts";
import { startPingOneSimulator, type PingOneSimulator } from "../../src/testing/index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "respect-test-token-0123456789";
const withoutBanner = (log: string) =>
  log
    .split("\n")
    .filter((l) => !/^\s*[╔║╚]/.test(l))
    .join("\n");

describe("redocly lint on the Arazzo documents", () => {
  it.each(arazzoFiles(ROOT))("reports no problems in %s", async (file) => {
    const { code, stdout, stderr } = await runRedocly(["lint", file, "--format=json"], ROOT);
    const report = JSON.parse(stdout) as { problems: { ruleId: string; message: string }[] };
    expect(report.problems, stderr).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("redocly respect against the simulator", () => {
  let sim: PingOneSimulator;
  beforeAll(async () => {
    sim = await startPingOneSimulator({ staticTokens: [TOKEN] });
  });
  beforeEach(() => sim.reset());
  afterAll(() => sim.close());

  const respect = async (file: string, inputs: Record<string, string>) => {
    const args = ["respect", file, "-S", `pingone=${sim.apiBase}`];
    for (const [name, value] of Object.entries(inputs)) args.push("-i", `${name}=${value}`);
    const { code, stdout, stderr } = await runRedocly(args, ROOT);
    return { code, out: withoutBanner(stdout + stderr) };
  };

  it("runs the SAML app sign-on workflow, cleanup included", async () => {
    const { code, out } = await respect("openapi/workflows/saml-app-sign-on.arazzo.yaml", {
      accessToken: TOKEN,
      environmentId: sim.environmentId,
      runId: "t1",
    });
    expect(out).toContain("Workflows: 1 passed, 1 total");
    expect(out).not.toMatch(/✗/);
    expect(code).toBe(0);
    expect(out).not.toContain(TOKEN);

    const group = sim.requests.find((r) => r.method === "POST" && r.path.endsWith("/groups"));
    expect(group?.body).toMatchObject({ name: "SAML_Users_t1", userFilter: 'type eq "SAMLuser"' });
    const app = sim.requests.find((r) => r.method === "POST" && r.path.endsWith("/applications"));
    const groupId = sim.requests
      .find((r) => r.method === "DELETE" && /\/groups\/[^/]+$/.test(r.path))
      ?.path.split("/")
      .pop();
    expect(groupId).toBeDefined();
    expect(app?.body).toMatchObject({ accessControl: { group: { type: "ANY_GROUP", groups: [{ id: groupId }] } } });
    // Everything it created is gone again.
    for (const collection of ["groups", "applications", "signOnPolicies", "populations", "users"]) {
      expect(sim.list(`/environments/${sim.environmentId}/${collection}`), collection).toEqual([]);
    }
  });

  it("runs the external identity provider sign-on (OIDC) workflow, cleanup included", async () => {
    const { code, out } = await respect("openapi/workflows/external-idp-sign-on-oidc.arazzo.yaml", {
      accessToken: TOKEN,
      sourceEnvironmentId: sim.environmentId,
      licenseId: "3f1b8a4e-0c6d-4e2a-9b7f-5d8c2e1a0b9c",
      authBase: "https://auth.pingone.eu",
      region: "EU",
      runId: "t2",
    });
    expect(out).toContain("Workflows: 1 passed, 1 total");
    expect(out).not.toMatch(/✗/);
    expect(code).toBe(0);

    const environment = sim.requests.find((r) => r.method === "POST" && /\/v1\/environments$/.test(r.path));
    const destination = sim.requests
      .find((r) => r.method === "DELETE" && /\/v1\/environments\/[^/]+$/.test(r.path))
      ?.path.split("/")
      .pop();
    expect(destination).toBeDefined();
    expect(environment?.body).toMatchObject({ region: "EU", license: { id: "3f1b8a4e-0c6d-4e2a-9b7f-5d8c2e1a0b9c" } });
    // Runtime expressions inside strings are filled in: the callback and the provider's endpoints.
    const sourceApp = sim.requests.find(
      (r) => r.method === "POST" && r.path.includes(`/${sim.environmentId}/applications`),
    );
    expect(sourceApp?.body).toMatchObject({
      redirectUris: [`https://auth.pingone.eu/${destination}/rp/callback/openid_connect`],
    });
    const idp = sim.requests.find((r) => r.method === "POST" && r.path.endsWith("/identityProviders"));
    expect(idp?.body).toMatchObject({
      issuer: `https://auth.pingone.eu/${sim.environmentId}/as`,
      clientSecret: expect.stringMatching(/.{8,}/),
    });
    expect(sim.list("/environments").map((e) => e.id)).toEqual([sim.environmentId]);
  });
});

describe("npm run respect (no PINGONE_* variables: its own simulator)", () => {
  const harDir = mkdtempSync(join(tmpdir(), "pingone-respect-har-"));
  afterAll(() => rmSync(harDir, { recursive: true, force: true }));

  it("passes both workflows, writes masked HAR files and finds no drift", async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("PINGONE_")));
    const { code, out } = await new Promise<{ code: number; out: string }>((resolve) =>
      execFile(
        join(ROOT, "node_modules/.bin/tsx"),
        [join(ROOT, "scripts/respect.ts"), "--har-dir", harDir],
        { cwd: ROOT, env, maxBuffer: 32 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
      ),
    );
    expect(out).toContain("Running the Arazzo workflows against the local PingOne simulator");
    expect(out.match(/Workflows: 1 passed, 1 total/g)).toHaveLength(2);
    expect(out).toContain("✔ No findings.");
    expect(out).toContain("✓ every workflow passed and the traffic matches the description");
    expect(code).toBe(0);

    const hars = readdirSync(harDir).sort();
    expect(hars).toEqual(["external-idp-sign-on-oidc.har", "saml-app-sign-on.har"]);
    for (const har of hars) {
      const text = readFileSync(join(harDir, har), "utf8");
      const entries = (
        JSON.parse(text) as { log: { entries: { request: { headers: { name: string; value: string }[] } }[] } }
      ).log.entries;
      expect(entries.length).toBeGreaterThan(10);
      for (const entry of entries) {
        const authorization = entry.request.headers.find((h) => h.name.toLowerCase() === "authorization");
        expect(authorization?.value).toBe("Bearer ********");
      }
      expect(text).not.toMatch(/"(?:secret|clientSecret)\\?"\s*:\s*\\?"(?!\*{8})/);
    }
    // No token-shaped string (the simulator's tokens are JWT-like) reached the output.
    expect(out).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/);
  });
});
