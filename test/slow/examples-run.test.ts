// The demo and the examples run as programs, with no configuration, against the simulator;
// a wrong configuration gives one clear line and exit code 1.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function run(example: string, env: Record<string, string> = {}, args: string[] = []) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("PINGONE_")));
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      join(ROOT, "node_modules/.bin/tsx"),
      [join(ROOT, "examples", example), ...args],
      { cwd: ROOT, env: { ...clean, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("npm run demo", () => {
  it("runs the SAML workflow against the simulator with no configuration and prints each step", async () => {
    const { code, stdout, stderr } = await run("demo.ts");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Using the local PingOne simulator at http:\/\/127\.0\.0\.1:\d+/);
    for (const step of [
      "create group",
      "create SAML application",
      "create sign-on policy",
      "create login action",
      "assign sign-on policy",
      "create population",
      "create user",
      "set user password",
    ]) {
      expect(stdout).toContain(`✓ ${step}`);
    }
    expect(stdout).toMatch(/✓ create group\s+group [0-9a-f-]{36}/);
    expect(stdout).toContain("Created 7 resources; cleaning up.");
  });

  it("names the missing variables when only some are set", async () => {
    const { code, stderr } = await run("demo.ts", { PINGONE_CLIENT_ID: "id", PINGONE_REGION: "EU" });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "✗ Set all of PINGONE_CLIENT_ID, PINGONE_CLIENT_SECRET, PINGONE_ENVIRONMENT_ID, PINGONE_REGION to use a real PingOne tenant, or none to use the local simulator. Missing: PINGONE_CLIENT_SECRET, PINGONE_ENVIRONMENT_ID.",
    );
  });

  it("explains a wrong region without a stack trace and without the secret", async () => {
    const env = {
      PINGONE_CLIENT_ID: "id",
      PINGONE_CLIENT_SECRET: "sentinel-demo-secret",
      PINGONE_ENVIRONMENT_ID: "env",
      PINGONE_REGION: "Mars",
    };
    const { code, stdout, stderr } = await run("demo.ts", env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^✗ PINGONE_REGION: Unknown PingOne region "Mars"\. Use one of NA \(North America/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout + stderr).not.toContain("sentinel-demo-secret");
  });
});

describe("examples", () => {
  it.each([
    ["list-environments.ts", ["Admin"], /1 environment\(s\) starting with "Admin"/],
    ["create-propagation-store.ts", [], /secret returned: false[\s\S]*deleted it again/],
    ["external-oidc-sign-on.ts", [], /Created 8 resources; cleaning up\./],
  ] as const)("%s runs against the simulator", async (example, args, expected) => {
    const { code, stdout, stderr } = await run(example, {}, [...args]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(expected);
  });

  it("protect-an-api.ts protects an API, prints each step and cleans up", async () => {
    const { code, stdout, stderr } = await run("protect-an-api.ts");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Using the local PingOne simulator at http:\/\/127\.0\.0\.1:\d+/);
    const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    for (const [step, kind] of [
      ["create resource", "resource"],
      ["create scope read:invoices", "scope"],
      ["create scope write:invoices", "scope"],
      ["create resource attribute", "attribute"],
      ["create worker application", "application"],
      ["grant read:invoices", "grant"],
      ["add attribute mapping", "attribute mapping"],
    ]) {
      expect(stdout).toMatch(new RegExp(`✓ ${step}\\s+${kind} ${uuid}`));
    }
    expect(stdout).toMatch(
      /✓ rotate application secret\s*\n\s+new secret issued; previous secret valid until \d{4}-\d\d-\d\dT/,
    );
    expect(stdout).toMatch(
      /✓ read application and grants\s*\n\s+Invoice sync \w+ \(WORKER, OPENID_CONNECT, enabled: true\)/,
    );
    expect(stdout).toMatch(new RegExp(`granted on resource ${uuid}: read:invoices\\n`));
    expect(stdout).toContain("Created 7 resources; cleaning up.");
    expect(stdout).toContain("✓ deleted everything the example created");
  });
});

describe("examples/onboard-user.ts", () => {
  it("onboards a user against the simulator, printing each step, and cleans up", async () => {
    const { code, stdout, stderr } = await run("onboard-user.ts");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Using the local PingOne simulator at http:\/\/127\.0\.0\.1:\d+/);
    const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    for (const [step, created] of [
      ["create population", "population"],
      ["create group", "group"],
      ["create user", "user"],
      ["set user password", undefined],
      ["add user to group", "group membership"],
      ["find Identity Data Admin role", undefined],
      ["assign role", "role assignment"],
      ["read group memberships", undefined],
    ] as const) {
      expect(stdout).toMatch(new RegExp(`✓ ${step}\\s+${created ? `${created} ${uuid}` : "$"}`, "m"));
    }
    // The membership's ID is the group's.
    const groupId = /✓ create group\s+group (\S+)/.exec(stdout)?.[1];
    expect(stdout).toContain(`group membership ${groupId}`);
    expect(stdout).toMatch(/new_starter_\w+ is in 1 group\(s\): New_Starters_\w+/);
    expect(stdout).toContain("Created 5 resources; cleaning up.");
    expect(stdout).toContain("✓ deleted everything the example created");
  }, 30_000);
});
