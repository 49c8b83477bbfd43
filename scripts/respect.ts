// `npm run respect`: runs the Arazzo workflows (openapi/workflows/*.arazzo.yaml) with Redocly
// Respect, which checks every response against the description, records the traffic as a HAR
// file and checks that with `redocly drift`.
//
// With none of the PINGONE_* variables set it runs against a simulator started here. With all
// four (PINGONE_CLIENT_ID, PINGONE_CLIENT_SECRET, PINGONE_ENVIRONMENT_ID, PINGONE_REGION) it
// runs against that real tenant: this is how to find where the description and the real API
// disagree. The workflows create and then delete what they configure; the OIDC workflow
// creates (and deletes) a sandbox environment, with PINGONE_LICENSE_ID or else the
// organization's first active license.
//
// Secrets are never printed: the access token and the user's password are `format: password`
// inputs, which Respect masks, and the HAR file is scrubbed of tokens and secrets.
//
//   npm run respect [-- --har-dir <folder, default build/respect>] [-- --workflow <workflowId>]
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createPingOneClient, resolveRegion, unwrap, type Region } from "../src/index.ts";
import { startPingOneSimulator } from "../src/testing/index.ts";
import { readWorkflows } from "./arazzo.ts";
import { PipelineError } from "./cli.js";
import { runRedocly, withoutBanner } from "./redocly.ts";

const VARIABLES = ["PINGONE_CLIENT_ID", "PINGONE_CLIENT_SECRET", "PINGONE_ENVIRONMENT_ID", "PINGONE_REGION"] as const;
const MASK = "********";

interface Target {
  /** For the first line of output. */
  label: string;
  apiBase: string;
  authBase: string;
  regionCode: string;
  environmentId: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** The license the OIDC workflow creates its destination environment with. */
  licenseId(token: string): Promise<string>;
  close(): Promise<void>;
}

async function simulatorTarget(): Promise<Target> {
  const sim = await startPingOneSimulator();
  return {
    label: `the local PingOne simulator at ${sim.url}`,
    apiBase: sim.apiBase,
    authBase: "https://auth.pingone.com",
    regionCode: "NA",
    environmentId: sim.environmentId,
    tokenUrl: sim.tokenUrl,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    licenseId: async () => randomUUID(),
    close: () => sim.close(),
  };
}

function tenantTarget(env: NodeJS.ProcessEnv): Target {
  let region: Region;
  try {
    region = resolveRegion(env.PINGONE_REGION!);
  } catch (error) {
    throw new PipelineError("respect", `PINGONE_REGION: ${(error as Error).message}`);
  }
  const environmentId = env.PINGONE_ENVIRONMENT_ID!.trim();
  return {
    label: `PingOne ${region.label} (${region.apiBase})`,
    apiBase: region.apiBase,
    authBase: region.authBase,
    regionCode: region.code,
    environmentId,
    tokenUrl: `${region.authBase}/${environmentId}/as/token`,
    clientId: env.PINGONE_CLIENT_ID!.trim(),
    clientSecret: env.PINGONE_CLIENT_SECRET!,
    licenseId: async (token) => {
      if (env.PINGONE_LICENSE_ID?.trim()) return env.PINGONE_LICENSE_ID.trim();
      const client = createPingOneClient({ region, accessToken: token });
      const self = await unwrap(
        client.GET("/environments/{environmentID}", { params: { path: { environmentID: environmentId } } }),
      );
      const organizationID = self.organization?.id;
      if (!organizationID) throw new PipelineError("respect", "The worker's environment reports no organization.");
      const page = await unwrap(
        client.GET("/organizations/{organizationID}/licenses", { params: { path: { organizationID } } }),
      );
      const active = page._embedded?.licenses?.find((l) => l.status === "ACTIVE");
      if (!active) throw new PipelineError("respect", "No ACTIVE license found; set PINGONE_LICENSE_ID.");
      return active.id;
    },
    close: async () => {},
  };
}

async function target(env: NodeJS.ProcessEnv): Promise<Target> {
  const set = VARIABLES.filter((name) => env[name]?.trim());
  if (set.length === 0) return simulatorTarget();
  if (set.length < VARIABLES.length) {
    const missing = VARIABLES.filter((name) => !set.includes(name));
    throw new PipelineError(
      "respect",
      `Set all of ${VARIABLES.join(", ")} to use a real PingOne tenant, or none to use the local simulator. Missing: ${missing.join(", ")}.`,
    );
  }
  return tenantTarget(env);
}

/** Client credentials grant with client_secret_basic. */
async function accessToken(t: Target): Promise<string> {
  const basic = Buffer.from(`${encodeURIComponent(t.clientId)}:${encodeURIComponent(t.clientSecret)}`).toString(
    "base64",
  );
  const response = await fetch(t.tokenUrl, {
    method: "POST",
    headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) {
    throw new PipelineError("token", `${t.tokenUrl} answered ${response.status} ${body.error ?? ""}`.trim());
  }
  return body.access_token;
}

/** Replaces every secret in a text, and the values of JSON `secret`/`clientSecret` fields. */
function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets.filter((s) => s.length >= 4)) out = out.split(secret).join(MASK);
  return out.replace(
    /(\\?"(?:secret|clientSecret|client_secret|access_token)\\?"\s*:\s*\\?")(.*?)(\\?")/g,
    `$1${MASK}$3`,
  );
}

export async function respect(root: string, options: { harDir: string; workflows: string[] }, env = process.env) {
  const t = await target(env);
  const secrets: string[] = [t.clientSecret];
  try {
    console.log(`Running the Arazzo workflows against ${t.label}`);
    const token = await accessToken(t);
    secrets.push(token);
    const license = await t.licenseId(token);
    const runId = `respect_${Date.now().toString(36)}`;
    // Inputs by name; each workflow gets those it declares.
    const values: Record<string, string> = {
      accessToken: token,
      environmentId: t.environmentId,
      sourceEnvironmentId: t.environmentId,
      licenseId: license,
      region: t.regionCode,
      authBase: t.authBase,
      runId,
    };
    const workflows = readWorkflows(root).filter(
      (w) => options.workflows.length === 0 || options.workflows.includes(w.workflowId),
    );
    if (workflows.length === 0) throw new PipelineError("respect", `No workflow ${options.workflows.join(", ")}.`);
    const inputs = [...new Set(workflows.flatMap((w) => w.inputs.map((i) => i.name)))].filter((n) => n in values);
    const files = [...new Set(workflows.map((w) => w.file))];

    // Respect writes a HAR file for one document at a time: one per document, drift reads the folder.
    const harDir = resolve(root, options.harDir);
    await rm(harDir, { recursive: true, force: true });
    await mkdir(harDir, { recursive: true });
    const failed: string[] = [];
    for (const file of files) {
      const harFile = join(harDir, `${basename(file, ".arazzo.yaml")}.har`);
      const args = ["respect", file, "-S", `pingone=${t.apiBase}`, "-H", harFile];
      const declared = new Set(workflows.filter((w) => w.file === file).flatMap((w) => w.inputs.map((i) => i.name)));
      for (const name of inputs.filter((n) => declared.has(n))) args.push("-i", `${name}=${values[name]}`);
      for (const w of options.workflows) args.push("-w", w);
      const run = await runRedocly(args, root);
      console.log(scrub(withoutBanner(run.stdout + run.stderr), secrets));
      if (run.code !== 0) failed.push(file);
      const har = await readFile(harFile, "utf8").catch(() => undefined);
      if (har === undefined)
        throw new PipelineError("respect", `Respect wrote no HAR file for ${file} (exit code ${run.code}).`);
      await writeFile(harFile, scrub(har, secrets));
    }
    console.log(`HAR files: ${relative(process.cwd(), harDir)}/ (tokens and secrets masked)`);

    const drift = await runRedocly(["drift", harDir, "--api", "openapi/openapi.yaml", "--server", t.apiBase], root);
    console.log(scrub(withoutBanner(drift.stdout + drift.stderr), secrets));

    if (failed.length > 0)
      throw new PipelineError("respect", `Workflows failed in ${failed.join(", ")}: see the failed checks above.`);
    if (drift.code !== 0)
      throw new PipelineError("drift", "The recorded traffic disagrees with the description: see the findings above.");
    console.log("✓ every workflow passed and the traffic matches the description");
  } finally {
    await t.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      root: { type: "string", default: process.cwd() },
      "har-dir": { type: "string", default: "build/respect" },
      workflow: { type: "string", multiple: true, default: [] },
    },
  });
  try {
    await respect(values.root, { harDir: values["har-dir"], workflows: values.workflow });
  } catch (error) {
    console.error(error instanceof PipelineError ? `✗ ${error.message}` : error);
    process.exitCode = 1;
  }
}
