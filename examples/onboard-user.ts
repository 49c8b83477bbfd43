// Onboards a user: a population and a group for them, the user with a password, a group
// membership and an administrator role (Identity Data Admin over the new population), then
// reads back which groups the user is in. Cleans up after itself, newest first.
import { deleteCreated, unwrap, WorkflowError, type CreatedResource } from "pingone-client";
import { printStep, runExample, runThenCleanUp } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  const base = `/environments/${environmentId}`;
  const env = { params: { path: { environmentID: environmentId } } };
  const created: CreatedResource[] = [];

  /** Runs one step; `made` names what it created, so cleanup can delete it. */
  async function step<T>(
    name: string,
    run: () => Promise<T>,
    made?: (result: T) => { kind: string; id: string; path: string },
  ): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      throw new WorkflowError("Onboarding", name, [...created], [client], { cause: error });
    }
    const resource = made && { step: name, ...made(result), apiBase: client.endpoints.apiBase };
    if (resource) created.push(resource);
    printStep({ step: name, ...(resource ? { created: resource } : {}) });
    return result;
  }

  await runThenCleanUp("the example", async () => {
    const population = await step(
      "create population",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/populations", {
            ...env,
            body: { name: `Onboarding_${suffix}`, description: "Created by examples/onboard-user.ts" },
          }),
        ),
      (p) => ({ kind: "population", id: p.id, path: `${base}/populations/${p.id}` }),
    );
    const group = await step(
      "create group",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/groups", {
            ...env,
            body: { name: `New_Starters_${suffix}`, population: { id: population.id } },
          }),
        ),
      (g) => ({ kind: "group", id: g.id, path: `${base}/groups/${g.id}` }),
    );
    const user = await step(
      "create user",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/users", {
            ...env,
            body: {
              username: `new_starter_${suffix}`,
              email: `new.starter+${suffix}@example.com`,
              population: { id: population.id },
            },
          }),
        ),
      (u) => ({ kind: "user", id: u.id, path: `${base}/users/${u.id}` }),
    );
    const userPath = { params: { path: { environmentID: environmentId, userID: user.id } } };
    await step("set user password", () =>
      unwrap(
        client.PUT("/environments/{environmentID}/users/{userID}/password", {
          ...userPath,
          headers: { "Content-Type": "application/vnd.pingidentity.password.set+json" },
          body: { value: `Onboard-${suffix}-Pw1!`, forceChange: true },
        }),
      ),
    );
    await step(
      "add user to group",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/users/{userID}/memberOfGroups", {
            ...userPath,
            body: { id: group.id },
          }),
        ),
      (m) => ({ kind: "group membership", id: m.id, path: `${base}/users/${user.id}/memberOfGroups/${m.id}` }),
    );
    const role = await step("find Identity Data Admin role", async () => {
      const { _embedded } = await unwrap(client.GET("/roles"));
      const found = _embedded.roles.find((r) => r.name === "Identity Data Admin");
      if (!found) throw new Error("GET /roles has no Identity Data Admin role");
      return found;
    });
    await step(
      "assign role",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/users/{userID}/roleAssignments", {
            ...userPath,
            body: { role: { id: role.id }, scope: { id: population.id, type: "POPULATION" } },
          }),
        ),
      (a) => ({ kind: "role assignment", id: a.id, path: `${base}/users/${user.id}/roleAssignments/${a.id}` }),
    );
    const memberships = await step("read group memberships", () =>
      unwrap(
        client.GET("/environments/{environmentID}/users/{userID}/memberOfGroups", {
          params: { ...userPath.params, query: { expand: "group" } },
        }),
      ),
    );
    const names = memberships._embedded.groupMemberships.map((m) => m.name ?? m._embedded?.group?.name ?? m.id);
    console.log(`    ${user.username} is in ${names.length} group(s): ${names.join(", ")}`);
    return { created, cleanup: () => deleteCreated(client, created) };
  });
});
