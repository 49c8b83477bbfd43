// Shared by the examples: a client for a real PingOne tenant when the four PINGONE_*
// variables are set, otherwise for a local simulator started on the spot.
import {
  createPingOneClient,
  PingOneError,
  resolveRegion,
  WorkflowError,
  type CreatedResource,
  type PingOneClient,
  type Region,
  type StepEvent,
} from "pingone-client";
import { startPingOneSimulator } from "pingone-client/testing";

const VARIABLES = ["PINGONE_CLIENT_ID", "PINGONE_CLIENT_SECRET", "PINGONE_ENVIRONMENT_ID", "PINGONE_REGION"] as const;

export interface Connection {
  client: PingOneClient;
  /** The environment the worker application lives in; examples create their resources there. */
  environmentId: string;
  /** What the examples talk to, for the first line of output. */
  target: string;
  close(): Promise<void>;
}

/** A configuration problem the user can fix; printed without a stack trace. */
export class SetupError extends Error {}

export async function connect(env: NodeJS.ProcessEnv = process.env): Promise<Connection> {
  const set = VARIABLES.filter((name) => env[name]?.trim());
  if (set.length === 0) {
    const sim = await startPingOneSimulator();
    const client = createPingOneClient({
      apiBase: sim.apiBase,
      authBase: sim.authBase,
      clientCredentials: { clientId: sim.clientId, clientSecret: sim.clientSecret, environmentId: sim.environmentId },
    });
    return {
      client,
      environmentId: sim.environmentId,
      target: `the local PingOne simulator at ${sim.url}`,
      close: () => sim.close(),
    };
  }
  if (set.length < VARIABLES.length) {
    const missing = VARIABLES.filter((name) => !set.includes(name));
    throw new SetupError(
      `Set all of ${VARIABLES.join(", ")} to use a real PingOne tenant, or none to use the local simulator. Missing: ${missing.join(", ")}.`,
    );
  }
  const environmentId = env.PINGONE_ENVIRONMENT_ID!.trim();
  let region: Region;
  try {
    region = resolveRegion(env.PINGONE_REGION!);
  } catch (error) {
    throw new SetupError(`PINGONE_REGION: ${(error as Error).message}`);
  }
  const client = createPingOneClient({
    region,
    clientCredentials: {
      clientId: env.PINGONE_CLIENT_ID!.trim(),
      clientSecret: env.PINGONE_CLIENT_SECRET!,
      environmentId,
    },
  });
  return { client, environmentId, target: `PingOne ${region.label} (${region.apiBase})`, close: async () => {} };
}

/** Runs an example: known problems become one line on stderr and exit code 1. */
export async function runExample(body: (connection: Connection) => Promise<void>): Promise<void> {
  let connection: Connection | undefined;
  try {
    connection = await connect();
    console.log(`Using ${connection.target}`);
    await body(connection);
  } catch (error) {
    console.error(`✗ ${error instanceof SetupError || error instanceof PingOneError ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await connection?.close();
  }
}

/** Prints a workflow step as it finishes, with what it created. */
export function printStep({ step, created }: StepEvent): void {
  console.log(`  ✓ ${step.padEnd(34)} ${created ? `${created.kind} ${created.id}` : ""}`);
}

/**
 * Runs a workflow, then deletes what it created. When a step fails, deletes what was created
 * before it: a failing cleanup is reported, but the workflow's own error is the one surfaced.
 */
export async function runThenCleanUp(
  who: string,
  workflow: () => Promise<{ created: readonly CreatedResource[]; cleanup(): Promise<void> }>,
): Promise<void> {
  try {
    const result = await workflow();
    console.log(`Created ${result.created.length} resources; cleaning up.`);
    await result.cleanup();
    console.log(`  ✓ deleted everything ${who} created`);
  } catch (error) {
    if (error instanceof WorkflowError && error.created.length > 0) {
      console.error(`Step "${error.step}" failed; deleting the ${error.created.length} resources created before it.`);
      await error.cleanup().catch((cleanupError: unknown) => console.error(`✗ ${(cleanupError as Error).message}`));
    }
    throw error;
  }
}
