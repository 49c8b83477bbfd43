// The documented "SAML app sign-on" configuration: a group that collects users by filter,
// a SAML application open only to that group, a sign-on policy with a login step assigned
// to it, and a population with one user who can sign on.
import type { components } from "../../generated/schema.ts";
import { unwrap, type PingOneClient } from "../client.ts";
import { assignSignOnPolicy, createApplication, createSignOnPolicy, createSignOnPolicyAction } from "./shared-steps.ts";
import { pathOf, WorkflowRun, type CreatedResource, type StepEvent } from "./steps.ts";

type Schemas = components["schemas"];

/** Input of {@link setupSamlApplication}. */
export interface SamlApplicationSetup {
  environmentId: string;
  /** The group; its `userFilter` decides who may use the application. */
  group: Schemas["GroupCreate"];
  /** The SAML application, without `protocol` and `accessControl`, which the workflow sets. */
  application: Omit<Schemas["SamlApplicationInput"], "protocol" | "accessControl">;
  /** The sign-on policy. Default: named after the application. */
  signOnPolicy?: Schemas["SignOnPolicyInput"];
  /** The population the user is created in. */
  population: Schemas["PopulationInput"];
  /** The user; its `population` is replaced by the one created here. */
  user: Schemas["UserCreate"];
  /** The password to set for the user (sent once, never logged or reported). */
  password: string;
  /** Called after each step, with what it created. */
  onStep?: (event: StepEvent) => void;
}

/** What {@link setupSamlApplication} created, step by step. */
export interface SamlApplicationResult {
  group: Schemas["Group"];
  application: Schemas["Application"];
  signOnPolicy: Schemas["SignOnPolicy"];
  loginAction: Schemas["SignOnPolicyAction"];
  assignment: Schemas["SignOnPolicyAssignment"];
  population: Schemas["Population"];
  user: Schemas["User"];
  /** Everything created, in order. */
  created: readonly CreatedResource[];
  /** Deletes everything this run created, newest first. */
  cleanup(): Promise<void>;
}

/**
 * Runs the SAML sign-on setup step by step. On failure it throws a WorkflowError naming the
 * step and listing what was created before it; pass that list to `deleteCreated` to undo.
 */
export async function setupSamlApplication(
  client: PingOneClient,
  setup: SamlApplicationSetup,
): Promise<SamlApplicationResult> {
  const environmentID = setup.environmentId;
  const env = { params: { path: { environmentID } } };
  const run = new WorkflowRun("SAML application setup", [client], setup.onStep);

  const group = await run.create(
    "create group",
    "group",
    client,
    pathOf("/environments/{environmentID}/groups", { environmentID }),
    () => unwrap(client.POST("/environments/{environmentID}/groups", { ...env, body: setup.group })),
  );
  const application = await createApplication(run, client, "create SAML application", environmentID, {
    ...setup.application,
    protocol: "SAML",
    accessControl: { group: { type: "ANY_GROUP", groups: [{ id: group.id }] } },
  });
  const signOnPolicy = await createSignOnPolicy(
    run,
    client,
    environmentID,
    setup.signOnPolicy ?? { name: `${setup.application.name} sign-on`.replace(/[^\w.-]+/g, "_") },
  );
  const loginAction = await createSignOnPolicyAction(
    run,
    client,
    "create login action",
    environmentID,
    signOnPolicy.id,
    {
      type: "LOGIN",
      priority: 1,
    },
  );
  const assignment = await assignSignOnPolicy(run, client, environmentID, application.id, signOnPolicy.id);
  const population = await run.create(
    "create population",
    "population",
    client,
    pathOf("/environments/{environmentID}/populations", { environmentID }),
    () => unwrap(client.POST("/environments/{environmentID}/populations", { ...env, body: setup.population })),
  );
  const user = await run.create(
    "create user",
    "user",
    client,
    pathOf("/environments/{environmentID}/users", { environmentID }),
    () =>
      unwrap(
        client.POST("/environments/{environmentID}/users", {
          ...env,
          body: { ...setup.user, population: { id: population.id } },
        }),
      ),
  );
  await run.step("set user password", () =>
    unwrap(
      client.PUT("/environments/{environmentID}/users/{userID}/password", {
        params: { path: { environmentID, userID: user.id } },
        headers: { "Content-Type": "application/vnd.pingidentity.password.set+json" },
        body: { value: setup.password, forceChange: false },
      }),
    ),
  );
  return {
    group,
    application,
    signOnPolicy,
    loginAction,
    assignment,
    population,
    user,
    created: run.created,
    cleanup: () => run.cleanup(),
  };
}
