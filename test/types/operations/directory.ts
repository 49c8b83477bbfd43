// Compile-time check of the directory operations: group memberships and nesting, roles,
// role assignments of users, groups and applications, custom roles, a population's default
// identity provider and the administrator sign-on settings.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const userID = "d4e5f6a7-b8c9-4dae-8f01-23456789abcd";
const groupID = "e873973d-03ab-41c5-9c78-ca5cc51c8e99";
const nestedGroupID = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
const populationID = "7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817";
const applicationID = "4b001fae-76c5-429e-8950-73ecd3b3ca0e";
const roleAssignmentID = "d9b890bc-e8a8-4fd4-8650-a39c046fe5aa";
const roleID = "3acf038d-3ebb-528c-9b32-2edecc7099b9";
const customRoleID = "2c6e8a4f-0b1d-4e3a-9f57-8d2b6c4a0e19";

export async function directoryOperations(): Promise<void> {
  // A user's group memberships
  const userPath = { params: { path: { environmentID, userID } } } as const;
  const memberships: Schemas["GroupMembershipCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/memberOfGroups", {
      params: { path: { environmentID, userID }, query: { expand: "group", limit: 100 } },
    }),
  );
  const expanded: Schemas["Group"] | undefined = memberships._embedded.groupMemberships[0]?._embedded?.group;
  const joined: Schemas["GroupMembership"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/memberOfGroups", { ...userPath, body: { id: groupID } }),
  );
  const membershipPath = { params: { path: { environmentID, userID, groupID } } } as const;
  const membership: Schemas["GroupMembership"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/memberOfGroups/{groupID}", membershipPath),
  );
  const membershipType: string | undefined = membership.type;
  await unwrap(client.DELETE("/environments/{environmentID}/users/{userID}/memberOfGroups/{groupID}", membershipPath));

  // Group nesting
  const groupPath = { params: { path: { environmentID, groupID } } } as const;
  const parents: Schemas["GroupMembershipCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/groups/{groupID}/memberOfGroups", groupPath),
  );
  const nesting: Schemas["GroupMembership"] = await unwrap(
    client.POST("/environments/{environmentID}/groups/{groupID}/memberOfGroups", {
      ...groupPath,
      body: { id: nestedGroupID },
    }),
  );
  const nestingPath = { params: { path: { environmentID, groupID, nestedGroupID } } } as const;
  await unwrap(
    client.GET("/environments/{environmentID}/groups/{groupID}/memberOfGroups/{nestedGroupID}", nestingPath),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/groups/{groupID}/memberOfGroups/{nestedGroupID}", nestingPath),
  );

  // A group's population can be repeated on PUT
  const renamed: Schemas["Group"] = await unwrap(
    client.PUT("/environments/{environmentID}/groups/{groupID}", {
      ...groupPath,
      body: { name: "Managers", population: { id: populationID } },
    }),
  );

  // Built-in roles
  const roles: Schemas["RoleCollection"] = await unwrap(client.GET("/roles"));
  const roleName: string | undefined = roles._embedded.roles.find((r) => r.name === "Identity Data Admin")?.id;
  const builtIn: Schemas["Role"] = await unwrap(client.GET("/roles/{roleID}", { params: { path: { roleID } } }));
  const scopes: string[] | undefined = builtIn.applicableTo;

  // Role assignments (one model for users, groups and applications)
  const assignment: Schemas["RoleAssignmentInput"] = {
    role: { id: roleID },
    scope: { id: populationID, type: "POPULATION" },
  };
  const userAssignments: Schemas["RoleAssignmentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/roleAssignments", userPath),
  );
  const userAssignment: Schemas["RoleAssignment"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/roleAssignments", { ...userPath, body: assignment }),
  );
  const userAssignmentPath = { params: { path: { environmentID, userID, roleAssignmentID } } } as const;
  await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/roleAssignments/{roleAssignmentID}", userAssignmentPath),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/users/{userID}/roleAssignments/{roleAssignmentID}",
      userAssignmentPath,
    ),
  );
  const groupAssignments: Schemas["RoleAssignmentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/groups/{groupID}/roleAssignments", groupPath),
  );
  const groupAssignment: Schemas["RoleAssignment"] = await unwrap(
    client.POST("/environments/{environmentID}/groups/{groupID}/roleAssignments", {
      ...groupPath,
      body: { role: { id: roleID }, scope: { id: environmentID, type: "ENVIRONMENT" } },
    }),
  );
  const holder: string | undefined = groupAssignment.group?.id;
  const groupAssignmentPath = { params: { path: { environmentID, groupID, roleAssignmentID } } } as const;
  await unwrap(
    client.GET(
      "/environments/{environmentID}/groups/{groupID}/roleAssignments/{roleAssignmentID}",
      groupAssignmentPath,
    ),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/groups/{groupID}/roleAssignments/{roleAssignmentID}",
      groupAssignmentPath,
    ),
  );
  const appPath = { params: { path: { environmentID, applicationID } } } as const;
  const appAssignments: Schemas["RoleAssignmentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/roleAssignments", appPath),
  );
  const appAssignment: Schemas["RoleAssignment"] = await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/roleAssignments", {
      ...appPath,
      body: { role: { id: roleID }, scope: { id: applicationID, type: "APPLICATION" } },
    }),
  );
  const appAssignmentPath = { params: { path: { environmentID, applicationID, roleAssignmentID } } } as const;
  await unwrap(
    client.GET(
      "/environments/{environmentID}/applications/{applicationID}/roleAssignments/{roleAssignmentID}",
      appAssignmentPath,
    ),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/applications/{applicationID}/roleAssignments/{roleAssignmentID}",
      appAssignmentPath,
    ),
  );

  // Custom roles
  const env = { params: { path: { environmentID } } } as const;
  const customRoles: Schemas["CustomRoleCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/roles", env),
  );
  const customRoleBody: Schemas["CustomRoleInput"] = {
    name: "Support_Level_1",
    applicableTo: ["ENVIRONMENT"],
    canBeAssignedBy: [{ id: roleID }],
    permissions: [{ id: "identity:read:user" }],
  };
  const customRole: Schemas["CustomRole"] = await unwrap(
    client.POST("/environments/{environmentID}/roles", { ...env, body: customRoleBody }),
  );
  const customRolePath = { params: { path: { environmentID, customRoleID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/roles/{customRoleID}", customRolePath));
  await unwrap(
    client.PUT("/environments/{environmentID}/roles/{customRoleID}", {
      ...customRolePath,
      body: { ...customRoleBody, description: "First-line support" },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/roles/{customRoleID}", customRolePath));

  // A population's default identity provider
  const populationPath = { params: { path: { environmentID, populationID } } } as const;
  const idp: Schemas["PopulationDefaultIdentityProvider"] = await unwrap(
    client.GET("/environments/{environmentID}/populations/{populationID}/defaultIdentityProvider", populationPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/populations/{populationID}/defaultIdentityProvider", {
      ...populationPath,
      body: { id: null },
    }),
  );
  const population: Schemas["Population"] = await unwrap(
    client.PUT("/environments/{environmentID}/populations/{populationID}", {
      ...populationPath,
      body: { name: "Austin", preferredLanguage: "en-US" },
    }),
  );
  const language: string | undefined = population.preferredLanguage;

  // Administrator sign-on settings
  const adminConfig: Schemas["AdministratorSecurity"] = await unwrap(
    client.GET("/environments/{environmentID}/adminConfig", env),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/adminConfig", {
      ...env,
      body: {
        authenticationMethod: "PINGONE",
        mfaStatus: "ENFORCE",
        recovery: true,
        allowedMethods: { EMAIL: '{"enabled":true}', FIDO2: '{"enabled":false}', TOTP: '{"enabled":true}' },
      },
    }),
  );

  void [expanded, joined, membershipType, parents, nesting, renamed, roleName, scopes, userAssignments];
  void [userAssignment, groupAssignments, holder, appAssignments, appAssignment, customRoles, customRole, idp];
  void [language, adminConfig];
}
