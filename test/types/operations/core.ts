// Compile-time check (run by `npm run typecheck`): every operation of the spec called through
// the client with a correctly typed request, and its result read with the expected type.
// test/type-coverage.test.ts fails when an operation of the spec is missing here.
import { createPingOneClient, isOidcApplication, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const storeID = "7e1b6c0a-2d52-4c2b-9a44-2f3c5d1e9b10";
const applicationID = "9f0d7c1e-5a3b-4e2f-8c6d-1b2a3c4d5e6f";
const env = { params: { path: { environmentID } } } as const;

export async function everyOperation(): Promise<void> {
  // Environments
  const page: Schemas["EnvironmentCollection"] = await unwrap(
    client.GET("/environments", { params: { query: { filter: 'name sw "Dev"', limit: 50 } } }),
  );
  const first: Schemas["Environment"] | undefined = page._embedded.environments[0];
  const created: Schemas["Environment"] = await unwrap(
    client.POST("/environments", {
      body: { name: "Dev", region: "EU", type: "SANDBOX", license: { id: environmentID } },
    }),
  );
  const read: Schemas["Environment"] = await unwrap(client.GET("/environments/{environmentID}", env));
  await unwrap(
    client.PUT("/environments/{environmentID}", {
      ...env,
      body: { name: "Prod", type: "PRODUCTION", region: "EU", license: { id: environmentID } },
    }),
  );
  const deleted: undefined = await unwrap(client.DELETE("/environments/{environmentID}", env));
  const bom: Schemas["BillOfMaterials"] = await unwrap(
    client.GET("/environments/{environmentID}/billOfMaterials", env),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/billOfMaterials", {
      ...env,
      body: { products: [{ type: "PING_ONE_BASE" }] },
    }),
  );

  // Identity propagation stores
  const stores: Schemas["PropagationStoreCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/propagation/stores", env),
  );
  const store: Schemas["PropagationStore"] = await unwrap(
    client.POST("/environments/{environmentID}/propagation/stores", {
      ...env,
      body: {
        name: "Target environment",
        type: "PingOne",
        configuration: {
          ENVIRONMENT_ID: environmentID,
          REGION: "NA",
          CLIENT_ID: "client-id",
          CLIENT_SECRET: "client-secret",
          CREATE_USERS: true,
        },
      },
    }),
  );
  const storePath = { params: { path: { environmentID, storeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/propagation/stores/{storeID}", storePath));
  await unwrap(
    client.PUT("/environments/{environmentID}/propagation/stores/{storeID}", {
      ...storePath,
      body: {
        name: "Directory",
        type: "Workday",
        configuration: { tenantId: "acme", username: "ISU_PingOne", password: "secret" },
      },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/propagation/stores/{storeID}", storePath));

  // Applications
  const apps: Schemas["ApplicationCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/applications", env),
  );
  const saml: Schemas["Application"] = await unwrap(
    client.POST("/environments/{environmentID}/applications", {
      ...env,
      body: {
        name: "SAML app",
        enabled: true,
        type: "WEB_APP",
        protocol: "SAML",
        acsUrls: ["https://sp.example.com/acs"],
        spEntityId: "https://sp.example.com",
        assertionDuration: 60,
      },
    }),
  );
  const appPath = { params: { path: { environmentID, applicationID } } } as const;
  const app = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}", appPath));
  if (isOidcApplication(app)) {
    const grants: readonly string[] | undefined = app.grantTypes;
    void grants;
  }
  await unwrap(
    client.PUT("/environments/{environmentID}/applications/{applicationID}", {
      ...appPath,
      body: {
        name: "Web app",
        enabled: false,
        type: "WEB_APP",
        protocol: "OPENID_CONNECT",
        grantTypes: ["AUTHORIZATION_CODE"],
        tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
      },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/applications/{applicationID}", appPath));

  // Groups, populations, users
  const groupPath = { params: { path: { environmentID, groupID: storeID } } } as const;
  const groups: Schemas["GroupCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/groups", {
      ...env,
      params: { ...env.params, query: { filter: 'name sw "SAML"', limit: 10 } },
    }),
  );
  const group: Schemas["Group"] = await unwrap(
    client.POST("/environments/{environmentID}/groups", {
      ...env,
      body: { name: "SAML users", userFilter: 'type eq "SAMLuser"' },
    }),
  );
  await unwrap(
    client.GET("/environments/{environmentID}/groups/{groupID}", {
      params: { ...groupPath.params, query: { include: "totalMemberCounts" } },
    }),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/groups/{groupID}", { ...groupPath, body: { name: "SAML app users" } }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/groups/{groupID}", groupPath));

  const populationPath = { params: { path: { environmentID, populationID: storeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/populations", env));
  const population: Schemas["Population"] = await unwrap(
    client.POST("/environments/{environmentID}/populations", { ...env, body: { name: "Employees" } }),
  );
  await unwrap(client.GET("/environments/{environmentID}/populations/{populationID}", populationPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/populations/{populationID}", {
      ...populationPath,
      body: { name: "Staff" },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/populations/{populationID}", populationPath));

  const userPath = { params: { path: { environmentID, userID: storeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/users", env));
  const user: Schemas["User"] = await unwrap(
    client.POST("/environments/{environmentID}/users", {
      ...env,
      body: { username: "saml_user", email: "saml.user@example.com", population: { id: population.id } },
    }),
  );
  await unwrap(client.GET("/environments/{environmentID}/users/{userID}", userPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.password.set+json" },
      body: { value: "2FederateM0re!", forceChange: false },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/users/{userID}", userPath));
  const secret: Schemas["ApplicationSecret"] = await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/secret", appPath),
  );

  // Identity providers and their attribute mappings
  const idpPath = { params: { path: { environmentID, identityProviderID: storeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/identityProviders", env));
  const idp: Schemas["IdentityProvider"] = await unwrap(
    client.POST("/environments/{environmentID}/identityProviders", {
      ...env,
      body: {
        name: "Source environment",
        enabled: true,
        type: "OPENID_CONNECT",
        clientId: "client-id",
        clientSecret: secret.secret ?? "",
        authorizationEndpoint: "https://auth.pingone.com/abc/as/authorize",
        tokenEndpoint: "https://auth.pingone.com/abc/as/token",
        jwksEndpoint: "https://auth.pingone.com/abc/as/jwks",
        issuer: "https://auth.pingone.com/abc/as",
        scopes: ["openid"],
        tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
      },
    }),
  );
  await unwrap(client.GET("/environments/{environmentID}/identityProviders/{identityProviderID}", idpPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/identityProviders/{identityProviderID}", {
      ...idpPath,
      body: {
        name: "SAML IdP",
        enabled: false,
        type: "SAML",
        idpEntityId: "idp",
        spEntityId: "sp",
        ssoBinding: "HTTP_POST",
        ssoEndpoint: "https://idp.example.com/sso",
        idpVerification: { certificates: [{ id: storeID }] },
      },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/identityProviders/{identityProviderID}", idpPath));
  const attributePath = {
    params: { path: { environmentID, identityProviderID: idp.id, attributeID: storeID } },
  } as const;
  await unwrap(client.GET("/environments/{environmentID}/identityProviders/{identityProviderID}/attributes", idpPath));
  await unwrap(
    client.POST("/environments/{environmentID}/identityProviders/{identityProviderID}/attributes", {
      ...idpPath,
      body: { name: "email", value: "${providerAttributes.email}", update: "ALWAYS" },
    }),
  );
  await unwrap(
    client.GET(
      "/environments/{environmentID}/identityProviders/{identityProviderID}/attributes/{attributeID}",
      attributePath,
    ),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/identityProviders/{identityProviderID}/attributes/{attributeID}", {
      ...attributePath,
      body: { name: "name.given", value: "${providerAttributes.given_name}", update: "EMPTY_ONLY" },
    }),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/identityProviders/{identityProviderID}/attributes/{attributeID}",
      attributePath,
    ),
  );

  // Sign-on policies, their actions, and their assignment to an application
  const policyPath = { params: { path: { environmentID, signOnPolicyID: storeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/signOnPolicies", env));
  const policy: Schemas["SignOnPolicy"] = await unwrap(
    client.POST("/environments/{environmentID}/signOnPolicies", {
      ...env,
      body: { name: "External_IdP", default: false },
    }),
  );
  await unwrap(client.GET("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}", policyPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}", {
      ...policyPath,
      body: { name: "External_IdP_2" },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}", policyPath));
  const actionPath = { params: { path: { environmentID, signOnPolicyID: policy.id, actionID: storeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", policyPath));
  await unwrap(
    client.POST("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", {
      ...policyPath,
      body: { type: "IDENTITY_PROVIDER", priority: 1, identityProvider: { id: idp.id } },
    }),
  );
  await unwrap(
    client.GET("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions/{actionID}", actionPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions/{actionID}", {
      ...actionPath,
      body: { type: "LOGIN", priority: 1 },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions/{actionID}", actionPath),
  );
  const assignmentsPath = { params: { path: { environmentID, applicationID } } } as const;
  const assignmentPath = { params: { path: { environmentID, applicationID, assignmentID: storeID } } } as const;
  await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments", assignmentsPath),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments", {
      ...assignmentsPath,
      body: { priority: 1, signOnPolicy: { id: policy.id } },
    }),
  );
  await unwrap(
    client.GET(
      "/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments/{assignmentID}",
      assignmentPath,
    ),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments/{assignmentID}", {
      ...assignmentPath,
      body: { priority: 2, signOnPolicy: { id: policy.id } },
    }),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/applications/{applicationID}/signOnPolicyAssignments/{assignmentID}",
      assignmentPath,
    ),
  );

  // Licenses
  const organizationID = first?.organization?.id ?? "org";
  const licenses: Schemas["LicenseCollection"] = await unwrap(
    client.GET("/organizations/{organizationID}/licenses", { params: { path: { organizationID } } }),
  );
  const license: Schemas["License"] = await unwrap(
    client.GET("/organizations/{organizationID}/licenses/{licenseID}", {
      params: { path: { organizationID, licenseID: storeID } },
    }),
  );
  void [groups, group, user, licenses, license];

  // The result style without throwing: `error` is typed and set exactly when the status is not 2xx.
  const result = await client.GET("/environments/{environmentID}", env);
  if (result.error) {
    const status: number = result.error.status;
    const correlation: string | undefined = result.error.correlationId;
    void [status, correlation];
  } else {
    const name: string = result.data.name;
    void name;
  }
  void [first, created, read, deleted, bom, stores, store, apps, saml];
}

export function nestedConditions(): void {
  const condition: Schemas["SignOnPolicyActionConditionInput"] = {
    or: [
      { not: { contains: "${flow.request.http.remoteIp}", ipRange: ["198.51.100.0/24"] } },
      {
        and: [
          { not: { value: "${user.lifecycle.status}", equals: "ACCOUNT_OK" } },
          { not: { ipRisk: { minScore: 80, maxScore: 100 }, valid: "${flow.request.http.remoteIp}" } },
          { not: { secondsSince: "${session.lastSignOn.withAuthenticator.pwd.at}", greater: 600 } },
        ],
      },
    ],
  };
  void condition;
}

// Request properties of environments beside the ones everyOperation sends; status stays
// read-only (it changes through the environment status operations).
export async function environmentBodies(): Promise<void> {
  const organizationID = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";
  // Environments: organization.id (Create and Update Environment request models)
  const created: Schemas["Environment"] = await unwrap(
    client.POST("/environments", {
      body: {
        name: "Partner",
        region: "EU",
        type: "SANDBOX",
        organization: { id: organizationID },
        license: { id: environmentID },
      },
    }),
  );
  const organization: string | undefined = created.organization?.id;
  await unwrap(
    client.PUT("/environments/{environmentID}", {
      ...env,
      body: { name: "Partner", type: "SANDBOX", organization: { id: organizationID }, license: { id: environmentID } },
    }),
  );
  await client.POST("/environments", {
    // @ts-expect-error status is read-only (set through the environment status operations)
    body: { name: "X", region: "EU", type: "SANDBOX", status: "ACTIVE" },
  });
  void organization;
}
