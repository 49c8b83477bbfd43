#!/usr/bin/env node
// `npx pingone-simulator`: the simulator as a program, for trying the client, curl or other
// tools against a local PingOne. Prints where it listens and the worker application's
// credentials, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
/// <reference types="node" />
import { parseArgs } from "node:util";
import { startPingOneSimulator, type PingOneSimulator } from "./index.ts";

const USAGE = `Usage: pingone-simulator [options]

Starts a local, in-memory PingOne management API and token endpoint.

Options:
  --port <n>             Port to listen on (default 4010; 0 picks a free one)
  --host <addr>          Interface to listen on (default 127.0.0.1)
  --environment-id <id>  ID of the worker application's environment (default random)
  --client-id <id>       Client ID of the worker application (default random)
  --client-secret <s>    Client secret of the worker application (default random)
  --json                 Print the settings as one JSON line instead of text
  -h, --help             Show this help`;

interface Settings {
  port: number;
  host: string;
  environmentId: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  json: boolean;
}

function parse(argv: string[]): Settings | "help" {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "environment-id": { type: "string" },
      "client-id": { type: "string" },
      "client-secret": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535)
    throw new UsageError(`--port must be 0 to 65535, not "${values.port}".`);
  return {
    port,
    host: values.host,
    environmentId: values["environment-id"],
    clientId: values["client-id"],
    clientSecret: values["client-secret"],
    json: values.json,
  };
}

class UsageError extends Error {}

function describe(sim: PingOneSimulator, json: boolean): string {
  const info = {
    url: sim.url,
    apiBase: sim.apiBase,
    authBase: sim.authBase,
    tokenUrl: sim.tokenUrl,
    environmentId: sim.environmentId,
    organizationId: sim.organizationId,
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
  };
  if (json) return JSON.stringify(info);
  return [
    `PingOne simulator listening on ${sim.url}`,
    `  API base        ${info.apiBase}`,
    `  Token URL       ${info.tokenUrl}`,
    `  Environment ID  ${info.environmentId}`,
    `  Client ID       ${info.clientId}`,
    `  Client secret   ${info.clientSecret}`,
    ``,
    `Get a token:`,
    `  curl -s -u '${info.clientId}:${info.clientSecret}' -d grant_type=client_credentials ${info.tokenUrl}`,
    `Press Ctrl-C to stop.`,
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  let settings: Settings | "help";
  try {
    settings = parse(argv);
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (settings === "help") {
    console.log(USAGE);
    return 0;
  }
  let sim: PingOneSimulator;
  try {
    sim = await startPingOneSimulator({
      port: settings.port,
      host: settings.host,
      ...(settings.environmentId ? { environmentId: settings.environmentId } : {}),
      ...(settings.clientId ? { clientId: settings.clientId } : {}),
      ...(settings.clientSecret ? { clientSecret: settings.clientSecret } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EADDRINUSE"
        ? `port ${settings.port} on ${settings.host} is in use; pick another with --port`
        : (error as Error).message;
    console.error(`✗ Could not start the simulator: ${reason}`);
    return 1;
  }
  // Listen before printing: whoever reads the output may stop the simulator at once.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  console.log(describe(sim, settings.json));
  const signal = await stopped;
  await sim.close();
  if (!settings.json) console.log(`Stopped (${signal}).`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
