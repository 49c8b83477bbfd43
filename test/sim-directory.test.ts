// The simulator's directory rules, over HTTP through the client: group memberships stay
// consistent with groups and users, role assignments must name an existing role that applies
// to an existing scope, the built-in roles exist, a group keeps its population, and a
// population's default identity provider must exist.
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { beforeEach, describe, expect, it } from "vitest";
import spec from "../generated/openapi.json" with { type: "json" };
import { BadRequestError, unwrap, type PingOneClient } from "../src/index.ts";
import { BUILT_IN_ROLES } from "../src/testing/rules/directory.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();
let client: PingOneClient;
let environmentID: string;

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const IDENTITY_DATA_ADMIN = BUILT_IN_ROLES.find((r) => r.name === "Identity Data Admin")!.id;
const ORGANIZATION_ADMIN = BUILT_IN_ROLES.find((r) => r.name === "Organization Admin")!.id;

beforeEach(() => {
  client = clientFor(context.sim, context.clock, { maxRetries: 0 });
  environmentID = context.sim.environmentId;
});

/** The PingOne error of a call that must fail with 400, checked to name `target`. */
async function rejected(call: Promise<unknown>, target: string): Promise<BadRequestError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadRequestError);
  const bad = error as BadRequestError;
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({ id: expect.any(String), code: "INVALID_DATA", message: expect.any(String) });
  expect(bad.details.map((d) => d.target)).toContain(target);
  return bad;
}

const env = () => ({ params: { path: { environmentID } } });

async function population(name = "Staff") {
  return unwrap(client.POST("/environments/{environmentID}/populations", { ...env(), body: { name } }));
}
async function group(name: string, extra: { population?: { id: string }; userFilter?: string } = {}) {
  return unwrap(client.POST("/environments/{environmentID}/groups", { ...env(), body: { name, ...extra } }));
}
async function user(username: string, populationId?: string) {
  return unwrap(
    client.POST("/environments/{environmentID}/users", {
      ...env(),
      body: { username, ...(populationId ? { population: { id: populationId } } : {}) },
    }),
  );
}
function join(userID: string, groupId: string) {
  return unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/memberOfGroups", {
      params: { path: { environmentID, userID } },
      body: { id: groupId },
    }),
  );
}
async function membershipsOf(userID: string) {
  const page = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/memberOfGroups", {
      params: { path: { environmentID, userID } },
    }),
  );
  return page._embedded.groupMemberships;
}
function readGroup(groupID: string) {
  return unwrap(
    client.GET("/environments/{environmentID}/groups/{groupID}", { params: { path: { environmentID, groupID } } }),
  );
}

describe("group memberships", () => {
  it("lists the groups a user is in, keyed by group ID, and counts direct members", async () => {
    const staff = await group("Staff");
    const managers = await group("Managers");
    await group("Unrelated");
    const alice = await user("alice");
    const membership = await join(alice.id, staff.id);
    expect(membership).toMatchObject({
      id: staff.id,
      name: "Staff",
      type: "DIRECT",
      environment: { id: environmentID },
    });
    await join(alice.id, managers.id);

    expect((await membershipsOf(alice.id)).map((m) => [m.id, m.name])).toEqual([
      [staff.id, "Staff"],
      [managers.id, "Managers"],
    ]);
    expect((await readGroup(staff.id)).directMemberCounts?.users).toBe(1);
    const expanded = await unwrap(
      client.GET("/environments/{environmentID}/users/{userID}/memberOfGroups", {
        params: { path: { environmentID, userID: alice.id }, query: { expand: "group" } },
      }),
    );
    expect(expanded._embedded.groupMemberships[0]?._embedded?.group).toMatchObject({ id: staff.id, name: "Staff" });
    expect((await membershipsOf(alice.id))[0]?._embedded).toBeUndefined();

    await unwrap(
      client.DELETE("/environments/{environmentID}/users/{userID}/memberOfGroups/{groupID}", {
        params: { path: { environmentID, userID: alice.id, groupID: staff.id } },
      }),
    );
    expect((await membershipsOf(alice.id)).map((m) => m.id)).toEqual([managers.id]);
    expect((await readGroup(staff.id)).directMemberCounts?.users).toBe(0);
  });

  it("shows the group's current name after a rename", async () => {
    const staff = await group("Staff");
    const alice = await user("alice");
    await join(alice.id, staff.id);
    await unwrap(
      client.PUT("/environments/{environmentID}/groups/{groupID}", {
        params: { path: { environmentID, groupID: staff.id } },
        body: { name: "Everyone" },
      }),
    );
    expect((await membershipsOf(alice.id))[0]?.name).toBe("Everyone");
  });

  it("rejects a membership of an unknown group, or of the same group twice, with 400", async () => {
    const alice = await user("alice");
    await rejected(join(alice.id, UNKNOWN), "id");
    const staff = await group("Staff");
    await join(alice.id, staff.id);
    await rejected(join(alice.id, staff.id), "id");
    expect(await membershipsOf(alice.id)).toHaveLength(1);
  });

  it("lets only users of a population group's population join it", async () => {
    const austin = await population("Austin");
    const boston = await population("Boston");
    const austinStaff = await group("Austin staff", { population: { id: austin.id } });
    const bob = await user("bob", boston.id);
    await rejected(join(bob.id, austinStaff.id), "id");
    const carol = await user("carol", austin.id);
    await join(carol.id, austinStaff.id);
  });

  it("deleting a group ends every user's and group's membership of it", async () => {
    const staff = await group("Staff");
    const managers = await group("Managers");
    const alice = await user("alice");
    const bob = await user("bob");
    await join(alice.id, staff.id);
    await join(bob.id, staff.id);
    await join(bob.id, managers.id);
    await unwrap(
      client.POST("/environments/{environmentID}/groups/{groupID}/memberOfGroups", {
        params: { path: { environmentID, groupID: managers.id } },
        body: { id: staff.id },
      }),
    );

    await unwrap(
      client.DELETE("/environments/{environmentID}/groups/{groupID}", {
        params: { path: { environmentID, groupID: staff.id } },
      }),
    );
    expect(await membershipsOf(alice.id)).toEqual([]);
    expect((await membershipsOf(bob.id)).map((m) => m.id)).toEqual([managers.id]);
    const parents = await unwrap(
      client.GET("/environments/{environmentID}/groups/{groupID}/memberOfGroups", {
        params: { path: { environmentID, groupID: managers.id } },
      }),
    );
    expect(parents._embedded.groupMemberships).toEqual([]);
  });

  it("deleting a user takes it out of its groups' member counts", async () => {
    const staff = await group("Staff");
    const alice = await user("alice");
    await join(alice.id, staff.id);
    await unwrap(
      client.DELETE("/environments/{environmentID}/users/{userID}", {
        params: { path: { environmentID, userID: alice.id } },
      }),
    );
    expect((await readGroup(staff.id)).directMemberCounts?.users).toBe(0);
  });

  it("nests groups in existing groups other than themselves", async () => {
    const staff = await group("Staff");
    const everyone = await group("Everyone");
    const nest = (groupID: string, id: string) =>
      unwrap(
        client.POST("/environments/{environmentID}/groups/{groupID}/memberOfGroups", {
          params: { path: { environmentID, groupID } },
          body: { id },
        }),
      );
    expect(await nest(staff.id, everyone.id)).toMatchObject({ id: everyone.id, name: "Everyone", type: "DIRECT" });
    await rejected(nest(staff.id, staff.id), "id");
    await rejected(nest(staff.id, UNKNOWN), "id");
    const nesting = await unwrap(
      client.GET("/environments/{environmentID}/groups/{groupID}/memberOfGroups/{nestedGroupID}", {
        params: { path: { environmentID, groupID: staff.id, nestedGroupID: everyone.id } },
      }),
    );
    expect(nesting.name).toBe("Everyone");
    expect((await readGroup(everyone.id)).directMemberCounts?.groups).toBe(1);
    await unwrap(
      client.DELETE("/environments/{environmentID}/groups/{groupID}", {
        params: { path: { environmentID, groupID: staff.id } },
      }),
    );
    expect((await readGroup(everyone.id)).directMemberCounts?.groups).toBe(0);
  });
});

describe("a group's population", () => {
  it("may be repeated on PUT, is kept when left out, and cannot change", async () => {
    const austin = await population("Austin");
    const boston = await population("Boston");
    const staff = await group("Staff", { population: { id: austin.id } });
    const path = { params: { path: { environmentID, groupID: staff.id } } };
    const repeated = await unwrap(
      client.PUT("/environments/{environmentID}/groups/{groupID}", {
        ...path,
        body: { name: "Staff", population: { id: austin.id } },
      }),
    );
    expect(repeated.population?.id).toBe(austin.id);
    const omitted = await unwrap(
      client.PUT("/environments/{environmentID}/groups/{groupID}", { ...path, body: { name: "Austin staff" } }),
    );
    expect(omitted.population?.id).toBe(austin.id);
    expect((await readGroup(staff.id)).population?.id).toBe(austin.id);
    await rejected(
      unwrap(
        client.PUT("/environments/{environmentID}/groups/{groupID}", {
          ...path,
          body: { name: "Staff", population: { id: boston.id } },
        }),
      ),
      "population.id",
    );
    const everyone = await group("Everyone");
    await rejected(
      unwrap(
        client.PUT("/environments/{environmentID}/groups/{groupID}", {
          params: { path: { environmentID, groupID: everyone.id } },
          body: { name: "Everyone", population: { id: austin.id } },
        }),
      ),
      "population.id",
    );
  });
});

describe("roles", () => {
  it("serves PingOne's built-in roles with stable IDs", async () => {
    const roles = await unwrap(client.GET("/roles"));
    const names = roles._embedded.roles.map((r) => r.name);
    for (const name of [
      "Organization Admin",
      "Environment Admin",
      "Identity Data Admin",
      "Client Application Developer",
    ]) {
      expect(names).toContain(name);
    }
    expect(roles._embedded.roles.find((r) => r.name === "Identity Data Admin")?.id).toBe(IDENTITY_DATA_ADMIN);
    const one = await unwrap(client.GET("/roles/{roleID}", { params: { path: { roleID: IDENTITY_DATA_ADMIN } } }));
    expect(one).toMatchObject({ name: "Identity Data Admin", applicableTo: expect.arrayContaining(["POPULATION"]) });
    context.sim.reset();
    const again = await unwrap(client.GET("/roles"));
    expect(again._embedded.roles.map((r) => r.id)).toEqual(roles._embedded.roles.map((r) => r.id));
  });

  it("creates custom roles of type CUSTOM whose assigners exist", async () => {
    const body = {
      name: "Support_Level_1",
      applicableTo: ["ENVIRONMENT" as const],
      permissions: [{ id: "identity:read:user" }],
      canBeAssignedBy: [{ id: IDENTITY_DATA_ADMIN }],
    };
    const created = await unwrap(client.POST("/environments/{environmentID}/roles", { ...env(), body }));
    expect(created).toMatchObject({ name: "Support_Level_1", type: "CUSTOM" });
    const listed = await unwrap(client.GET("/environments/{environmentID}/roles", env()));
    const byType = (type: string) => listed._embedded.roles.filter((r) => r.type === type).map((r) => r.name);
    expect(byType("CUSTOM")).toEqual(["Support_Level_1"]);
    expect(byType("PLATFORM")).toContain("Identity Data Admin");
    await rejected(
      unwrap(
        client.POST("/environments/{environmentID}/roles", {
          ...env(),
          body: { ...body, name: "Other", canBeAssignedBy: [{ id: IDENTITY_DATA_ADMIN }, { id: UNKNOWN }] },
        }),
      ),
      "canBeAssignedBy[1].id",
    );
  });
});

describe("role assignments", () => {
  const assign = (
    userID: string,
    role: string,
    scope: { id: string; type: "ORGANIZATION" | "ENVIRONMENT" | "POPULATION" | "APPLICATION" },
  ) =>
    unwrap(
      client.POST("/environments/{environmentID}/users/{userID}/roleAssignments", {
        params: { path: { environmentID, userID } },
        body: { role: { id: role }, scope },
      }),
    );

  it("assigns a built-in role over an existing scope and lists it", async () => {
    const staff = await population("Staff");
    const alice = await user("alice", staff.id);
    const assignment = await assign(alice.id, IDENTITY_DATA_ADMIN, { id: staff.id, type: "POPULATION" });
    expect(assignment).toMatchObject({
      role: { id: IDENTITY_DATA_ADMIN },
      scope: { id: staff.id, type: "POPULATION" },
      environment: { id: environmentID },
      readOnly: false,
    });
    const list = await unwrap(
      client.GET("/environments/{environmentID}/users/{userID}/roleAssignments", {
        params: { path: { environmentID, userID: alice.id } },
      }),
    );
    expect(list._embedded.roleAssignments.map((a) => a.id)).toEqual([assignment.id]);
  });

  it("rejects an unknown role with PingOne's error body", async () => {
    const alice = await user("alice");
    const error = await rejected(assign(alice.id, UNKNOWN, { id: environmentID, type: "ENVIRONMENT" }), "role.id");
    expect(error.code).toBe("INVALID_DATA");
    expect(error.details[0]?.message).toContain(UNKNOWN);
  });

  it("rejects a role that does not apply to the scope's type, and a scope that does not exist", async () => {
    const staff = await population("Staff");
    const alice = await user("alice");
    await rejected(assign(alice.id, ORGANIZATION_ADMIN, { id: staff.id, type: "POPULATION" }), "scope.type");
    await rejected(assign(alice.id, IDENTITY_DATA_ADMIN, { id: UNKNOWN, type: "POPULATION" }), "scope.id");
    await rejected(assign(alice.id, IDENTITY_DATA_ADMIN, { id: UNKNOWN, type: "ENVIRONMENT" }), "scope.id");
  });

  it("accepts a custom role of the environment", async () => {
    const custom = await unwrap(
      client.POST("/environments/{environmentID}/roles", {
        ...env(),
        body: {
          name: "Support",
          applicableTo: ["ENVIRONMENT"],
          permissions: [{ id: "identity:read:user" }],
          canBeAssignedBy: [{ id: IDENTITY_DATA_ADMIN }],
        },
      }),
    );
    const alice = await user("alice");
    const assignment = await assign(alice.id, custom.id, { id: environmentID, type: "ENVIRONMENT" });
    expect(assignment.role.id).toBe(custom.id);
  });

  it("gives roles only to static groups, and names the group on the assignment", async () => {
    const dynamic = await group("Dynamic", { userFilter: 'type eq "Employee"' });
    const staticGroup = await group("Static");
    const groupAssign = (groupID: string) =>
      unwrap(
        client.POST("/environments/{environmentID}/groups/{groupID}/roleAssignments", {
          params: { path: { environmentID, groupID } },
          body: { role: { id: IDENTITY_DATA_ADMIN }, scope: { id: environmentID, type: "ENVIRONMENT" } },
        }),
      );
    await rejected(groupAssign(dynamic.id), "group.userFilter");
    await rejected(
      unwrap(
        client.POST("/environments/{environmentID}/groups/{groupID}/roleAssignments", {
          params: { path: { environmentID, groupID: staticGroup.id } },
          body: { role: { id: UNKNOWN }, scope: { id: environmentID, type: "ENVIRONMENT" } },
        }),
      ),
      "role.id",
    );
    expect(await groupAssign(staticGroup.id)).toMatchObject({ group: { id: staticGroup.id } });
  });
});

describe("a population's default identity provider", () => {
  it("is PingOne until set, and must name an existing identity provider", async () => {
    const staff = await population("Staff");
    const path = { params: { path: { environmentID, populationID: staff.id } } };
    const initial = await unwrap(
      client.GET("/environments/{environmentID}/populations/{populationID}/defaultIdentityProvider", path),
    );
    expect(initial.id).toBeUndefined();
    await rejected(
      unwrap(
        client.PUT("/environments/{environmentID}/populations/{populationID}/defaultIdentityProvider", {
          ...path,
          body: { id: UNKNOWN },
        }),
      ),
      "id",
    );
    const reset = await unwrap(
      client.PUT("/environments/{environmentID}/populations/{populationID}/defaultIdentityProvider", {
        ...path,
        body: { id: null },
      }),
    );
    expect(reset.id).toBeUndefined();
  });
});

describe("conformance to the description", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  formats.default(ajv);
  ajv.addSchema({ ...(spec as object), $id: "spec.json" });
  const check = (schema: string, value: unknown): void => {
    const validate = ajv.getSchema(`spec.json#/components/schemas/${schema}`);
    expect(validate, schema).toBeDefined();
    expect(validate?.(value), `${schema}: ${JSON.stringify(validate?.errors)}`).toBe(true);
  };

  it("answers the directory operations with bodies that match the response schemas", async () => {
    const staff = await population("Staff");
    const managers = await group("Managers", { population: { id: staff.id } });
    const everyone = await group("Everyone");
    const alice = await user("alice", staff.id);
    const userPath = { params: { path: { environmentID, userID: alice.id } } };
    check("GroupMembership", await join(alice.id, managers.id));
    check(
      "GroupMembershipCollection",
      await unwrap(
        client.GET("/environments/{environmentID}/users/{userID}/memberOfGroups", {
          params: { ...userPath.params, query: { expand: "group" } },
        }),
      ),
    );
    check(
      "GroupMembership",
      await unwrap(
        client.POST("/environments/{environmentID}/groups/{groupID}/memberOfGroups", {
          params: { path: { environmentID, groupID: managers.id } },
          body: { id: everyone.id },
        }),
      ),
    );
    check("RoleCollection", await unwrap(client.GET("/roles")));
    check("Role", await unwrap(client.GET("/roles/{roleID}", { params: { path: { roleID: IDENTITY_DATA_ADMIN } } })));
    check(
      "RoleAssignment",
      await unwrap(
        client.POST("/environments/{environmentID}/users/{userID}/roleAssignments", {
          ...userPath,
          body: { role: { id: IDENTITY_DATA_ADMIN }, scope: { id: staff.id, type: "POPULATION" } },
        }),
      ),
    );
    check(
      "RoleAssignmentCollection",
      await unwrap(client.GET("/environments/{environmentID}/users/{userID}/roleAssignments", userPath)),
    );
    check(
      "CustomRole",
      await unwrap(
        client.POST("/environments/{environmentID}/roles", {
          ...env(),
          body: {
            name: "Support",
            applicableTo: ["ENVIRONMENT"],
            permissions: [{ id: "identity:read:user" }],
            canBeAssignedBy: [{ id: IDENTITY_DATA_ADMIN }],
          },
        }),
      ),
    );
    check("CustomRoleCollection", await unwrap(client.GET("/environments/{environmentID}/roles", env())));
    check(
      "PopulationDefaultIdentityProvider",
      await unwrap(
        client.GET("/environments/{environmentID}/populations/{populationID}/defaultIdentityProvider", {
          params: { path: { environmentID, populationID: staff.id } },
        }),
      ),
    );
    check("AdministratorSecurity", await unwrap(client.GET("/environments/{environmentID}/adminConfig", env())));
    check(
      "AdministratorSecurity",
      await unwrap(
        client.PUT("/environments/{environmentID}/adminConfig", {
          ...env(),
          body: {
            authenticationMethod: "PINGONE",
            mfaStatus: "ENFORCE",
            recovery: false,
            allowedMethods: { EMAIL: '{"enabled":true}', FIDO2: '{"enabled":false}', TOTP: '{"enabled":true}' },
          },
        }),
      ),
    );
  });
});
