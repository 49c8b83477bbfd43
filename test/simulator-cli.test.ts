// `npx pingone-simulator` (src/testing/cli.ts) as a program: it prints where it listens and
// the worker application's credentials, those credentials get a token that the API accepts,
// and Ctrl-C (SIGINT) or SIGTERM stops it cleanly.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

/** Starts the CLI from its TypeScript source (one process: node with tsx's loader). */
function start(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/testing/cli.ts", ...args], { cwd: ROOT });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => stdout.includes("Press Ctrl-C to stop.") && resolve(stdout));
    void exited.then(([code]) => reject(new Error(`exited with ${code} before it was ready: ${stderr}`)));
  });
  ready.catch(() => {}); // reported where a test awaits it
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
});

const field = (text: string, label: string) => new RegExp(`^  ${label}\\s+(\\S+)$`, "m").exec(text)?.[1];

describe("pingone-simulator", () => {
  it.each(["SIGINT"] as const)(
    "prints the API base, token URL and credentials, serves a token that works, and stops on %s",
    async (signal) => {
      const sim = start(["--port", "0", "--client-id", "cli-client", "--client-secret", "cli-secret"]);
      const text = await sim.ready;
      const apiBase = field(text, "API base");
      const tokenUrl = field(text, "Token URL");
      const environmentId = field(text, "Environment ID");
      expect(apiBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      expect(tokenUrl).toBe(`${new URL(apiBase!).origin}/${environmentId}/as/token`);
      expect(field(text, "Client ID")).toBe("cli-client");
      expect(field(text, "Client secret")).toBe("cli-secret");

      const tokenResponse = await fetch(tokenUrl!, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from("cli-client:cli-secret").toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: "grant_type=client_credentials",
      });
      expect(tokenResponse.status).toBe(200);
      const { access_token } = (await tokenResponse.json()) as { access_token: string };
      const environments = await fetch(`${apiBase}/environments`, {
        headers: { authorization: `Bearer ${access_token}` },
      });
      expect(environments.status).toBe(200);
      const body = (await environments.json()) as { _embedded: { environments: { id: string }[] } };
      expect(body._embedded.environments.map((e) => e.id)).toEqual([environmentId]);

      sim.child.kill(signal);
      const [code, killedBy] = await sim.exited;
      expect({ code, killedBy }).toEqual({ code: 0, killedBy: null });
      expect(sim.output().stdout).toContain(`Stopped (${signal}).`);
      expect(sim.output().stderr).toBe("");
      await expect(fetch(`${apiBase}/environments`)).rejects.toThrow();
    },
  );

  it("prints its settings as one JSON line with --json, and stops on SIGTERM", async () => {
    const sim = start(["--port", "0", "--json"]);
    const line = await new Promise<string>((resolve) =>
      sim.child.stdout.on("data", () => sim.output().stdout.includes("\n") && resolve(sim.output().stdout)),
    );
    const info = JSON.parse(line) as Record<string, string>;
    expect(Object.keys(info).sort()).toEqual(
      ["apiBase", "authBase", "clientId", "clientSecret", "environmentId", "organizationId", "tokenUrl", "url"].sort(),
    );
    sim.child.kill("SIGTERM");
    expect(await sim.exited).toEqual([0, null]);
    expect(sim.output().stderr).toBe("");
  });

  it("refuses a bad port with exit code 2 and the usage", async () => {
    const sim = start(["--port", "http"]);
    const [code] = await sim.exited;
    expect(code).toBe(2);
    expect(sim.output().stderr).toContain('--port must be 0 to 65535, not "http".');
    expect(sim.output().stderr).toContain("Usage: pingone-simulator");
  });
});
