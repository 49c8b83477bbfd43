// The Arazzo documents under openapi/workflows/ describe what the TypeScript workflows do.
// The helpers run against the simulator; what they report (their step names, through
// onStep) and what they send (the requests, mapped to operations of the description) are
// compared with the documents' steps, so neither the helpers' internals nor their paths'
// spelling matter.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readWorkflows, stepIdOf, type ArazzoWorkflow } from "../scripts/arazzo.ts";
import { setupExternalOidcSignOn, setupSamlApplication } from "../src/index.ts";
import { clientFor, useSimulator } from "./support/sim.ts";
import { oidcSetup, samlSetup } from "./support/workflow-setups.ts";
import { operations, spec } from "./support/spec.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const context = useSimulator();
const workflows = readWorkflows(ROOT);

const workflow = (id: string): ArazzoWorkflow => {
  const found = workflows.find((w) => w.workflowId === id);
  if (!found) throw new Error(`No Arazzo workflow ${id} under openapi/workflows/`);
  return found;
};

// Request → operation of the description, from its method and path (query ignored).
const BASE_PATH = new URL((spec.servers[0].url as string).replace(/\{[^}]+\}/g, "x")).pathname;
const routes = operations().map((op) => ({
  method: op.method.toUpperCase(),
  operationId: op.operationId,
  pattern: new RegExp(`^${BASE_PATH}${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));
function operationOf(method: string, target: string): string {
  const path = target.split("?")[0]!;
  const route = routes.find((r) => r.method === method && r.pattern.test(path));
  if (!route) throw new Error(`${method} ${target} is no operation of the description`);
  return route.operationId;
}

interface Recorded {
  /** Each step the helper reported, with the operations it called. */
  steps: { name: string; operations: string[] }[];
  /** The operations `cleanup()` called, in order. */
  cleanup: string[];
}

/** Runs a helper against the simulator and records its steps and the operations each one called. */
async function record(
  run: (onStep: (e: { step: string }) => void) => Promise<{ cleanup(): Promise<void> }>,
): Promise<Recorded> {
  const apiCalls = () =>
    context.sim.requests.filter((r) => r.path.startsWith(BASE_PATH)).map((r) => operationOf(r.method, r.path));
  const steps: Recorded["steps"] = [];
  let seen = 0;
  const result = await run(({ step }) => {
    const calls = apiCalls();
    steps.push({ name: step, operations: [...new Set(calls.slice(seen))] });
    seen = calls.length;
  });
  await result.cleanup();
  return { steps, cleanup: apiCalls().slice(seen) };
}

/** Checks that every recorded step is in the document, in the same order, calling the same operation. */
function expectSameSteps(doc: ArazzoWorkflow, recorded: Recorded) {
  expect(recorded.steps.length).toBeGreaterThan(0);
  let last = -1;
  for (const step of recorded.steps) {
    const stepId = stepIdOf(step.name);
    const index = doc.steps.findIndex((s) => s.stepId === stepId);
    expect(index, `"${step.name}" (${stepId}) is missing from ${doc.file}`).toBeGreaterThanOrEqual(0);
    expect(index, `"${step.name}" (${stepId}) comes too early in ${doc.file}`).toBeGreaterThan(last);
    expect(step.operations, `the operation of "${step.name}"`).toEqual([doc.steps[index]!.operationId]);
    last = index;
  }
  // Cleanup: the document's steps after the last setup step are the helper's deletions, in order.
  expect(doc.steps.slice(last + 1).map((s) => s.operationId)).toEqual(recorded.cleanup);
}

describe("Arazzo workflows", () => {
  it("reference operations of the description, and every step says what it is for", () => {
    const known = new Set(operations().map((op) => op.operationId));
    expect(workflows.map((w) => w.workflowId).sort()).toEqual(["externalIdpSignOnOidc", "samlAppSignOn"]);
    for (const w of workflows) {
      for (const step of w.steps) {
        expect(known.has(step.operationId), `${w.file} ${step.stepId}: ${step.operationId}`).toBe(true);
        expect(step.description, `${w.file} ${step.stepId}`).not.toBe("");
      }
      // Secrets arrive as inputs; the ones Respect must mask are marked `format: password`.
      expect(w.inputs.find((i) => i.name === "accessToken")).toMatchObject({ required: true, secret: true });
    }
  });

  it("samlAppSignOn has setupSamlApplication's steps, in order, then its cleanup", async () => {
    const setup = samlSetup(context.sim);
    const client = clientFor(context.sim, context.clock);
    const recorded = await record((onStep) => setupSamlApplication(client, { ...setup, onStep }));
    expectSameSteps(workflow("samlAppSignOn"), recorded);
  });

  it("externalIdpSignOnOidc has setupExternalOidcSignOn's steps, in order, then its cleanup", async () => {
    const setup = oidcSetup(context.sim, context.clock);
    const client = clientFor(context.sim, context.clock);
    const recorded = await record((onStep) => setupExternalOidcSignOn(client, { ...setup, onStep }));
    expectSameSteps(workflow("externalIdpSignOnOidc"), recorded);
  });
});
