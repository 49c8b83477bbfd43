// Redocly CLI as a child process, for the commands that have no Node API in the pinned
// version (build-docs, diff, respect, drift).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const REDOCLY_BIN = require.resolve("@redocly/cli/bin/cli.js");
// Keep Redocly quiet and offline: no telemetry, no update check.
const REDOCLY_ENV = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/** Runs Redocly CLI in `cwd` and collects its output. */
export function runRedocly(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [REDOCLY_BIN, ...args], { cwd, env: REDOCLY_ENV });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Redocly's output without its boxed Node.js deprecation notice, which says nothing about the run. */
export function withoutBanner(log: string): string {
  return log
    .split("\n")
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join("\n")
    .trim();
}
