// Steps both documented workflows take in the same way.
import type { components } from "../../generated/schema.ts";
import { unwrap, type PingOneClient } from "../client.ts";
import type { WorkflowRun } from "./steps.ts";

/** Makes a sign-on policy the one an application uses (priority 1). */
export function assignSignOnPolicy(
  run: WorkflowRun,
  client: PingOneClient,
  environmentID: string,
  applicationID: string,
  signOnPolicyID: string,
): Promise<components["schemas"]["SignOnPolicyAssignment"]> {
  return run.create(
    "assign sign-on policy",
    "sign-on policy assignment",
    client,
    `/environments/${environmentID}/applications/${applicationID}/signOnPolicyAssignments`,
    () =>
      unwrap(
        client.POST("/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments", {
          params: { path: { environmentID, applicationID } },
          body: { priority: 1, signOnPolicy: { id: signOnPolicyID } },
        }),
      ),
  );
}
