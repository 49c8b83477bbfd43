// Steps both documented workflows take in the same way.
import type { components } from "../../generated/schema.ts";
import { unwrap, type PingOneClient } from "../client.ts";
import { pathOf, type WorkflowRun } from "./steps.ts";

type Schemas = components["schemas"];

/** Creates an application in the environment, as the step named `step`. */
export function createApplication(
  run: WorkflowRun,
  client: PingOneClient,
  step: string,
  environmentID: string,
  body: Schemas["ApplicationInput"],
): Promise<Schemas["Application"]> {
  return run.create(
    step,
    "application",
    client,
    pathOf("/environments/{environmentID}/applications", { environmentID }),
    () =>
      unwrap(client.POST("/environments/{environmentID}/applications", { params: { path: { environmentID } }, body })),
  );
}

/** Creates a sign-on policy in the environment. */
export function createSignOnPolicy(
  run: WorkflowRun,
  client: PingOneClient,
  environmentID: string,
  body: Schemas["SignOnPolicyInput"],
): Promise<Schemas["SignOnPolicy"]> {
  return run.create(
    "create sign-on policy",
    "sign-on policy",
    client,
    pathOf("/environments/{environmentID}/signOnPolicies", { environmentID }),
    () =>
      unwrap(
        client.POST("/environments/{environmentID}/signOnPolicies", { params: { path: { environmentID } }, body }),
      ),
  );
}

/** Adds an action (a step users go through) to a sign-on policy. */
export function createSignOnPolicyAction(
  run: WorkflowRun,
  client: PingOneClient,
  step: string,
  environmentID: string,
  signOnPolicyID: string,
  body: Schemas["SignOnPolicyActionInput"],
): Promise<Schemas["SignOnPolicyAction"]> {
  return run.create(
    step,
    "sign-on policy action",
    client,
    pathOf("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", { environmentID, signOnPolicyID }),
    () =>
      unwrap(
        client.POST("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", {
          params: { path: { environmentID, signOnPolicyID } },
          body,
        }),
      ),
  );
}

/** Makes a sign-on policy the one an application uses (priority 1). */
export function assignSignOnPolicy(
  run: WorkflowRun,
  client: PingOneClient,
  environmentID: string,
  applicationID: string,
  signOnPolicyID: string,
): Promise<Schemas["SignOnPolicyAssignment"]> {
  return run.create(
    "assign sign-on policy",
    "sign-on policy assignment",
    client,
    pathOf("/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments", {
      environmentID,
      applicationID,
    }),
    () =>
      unwrap(
        client.POST("/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments", {
          params: { path: { environmentID, applicationID } },
          body: { priority: 1, signOnPolicy: { id: signOnPolicyID } },
        }),
      ),
  );
}
