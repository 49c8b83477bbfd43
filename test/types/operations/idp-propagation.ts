// Compile-time check (run by `npm run typecheck`) for the identity provider, sign-on policy
// action and identity propagation variants, and every propagation plan, rule, mapping,
// revision, store metadata and connection check operation.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const planID = "70a2dd92-da36-449b-bd70-6a5955af1364";
const ruleID = "f9d4c0fc-269d-4645-9079-2795b18f06a6";
const mappingID = "f65e4fd3-0a56-4bf9-a7ac-44d805344e46";
const revisionID = "3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4";
const storeID = "7e1b6c0a-2d52-4c2b-9a44-2f3c5d1e9b10";
const policyID = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
const env = { params: { path: { environmentID } } } as const;

export async function identityProviderVariants(): Promise<void> {
  const bodies: Schemas["IdentityProviderInput"][] = [
    { name: "Facebook", enabled: true, type: "FACEBOOK", appId: "id", appSecret: "secret" },
    { name: "Google", enabled: true, type: "GOOGLE", clientId: "id", clientSecret: "secret" },
    { name: "LinkedIn", enabled: true, type: "LINKEDIN", clientId: "id", clientSecret: "secret" },
    { name: "LinkedIn OIDC", enabled: true, type: "LINKEDIN_OIDC", clientId: "id", clientSecret: "secret" },
    {
      name: "Apple",
      enabled: true,
      type: "APPLE",
      clientId: "com.example.signin",
      clientSecretSigningKey: "-----BEGIN PRIVATE KEY-----",
      keyId: "ABCDE12345",
      teamId: "TEAM123456",
    },
    { name: "X", enabled: true, type: "TWITTER", clientId: "id", clientSecret: "secret" },
    { name: "Amazon", enabled: true, type: "AMAZON", clientId: "id", clientSecret: "secret" },
    { name: "Yahoo", enabled: true, type: "YAHOO", clientId: "id", clientSecret: "secret" },
    { name: "Microsoft", enabled: true, type: "MICROSOFT", clientId: "id", clientSecret: "secret", tenantId: "tenant" },
    {
      name: "PayPal",
      enabled: true,
      type: "PAYPAL",
      clientId: "id",
      clientSecret: "secret",
      clientEnvironment: "live",
    },
    { name: "GitHub", enabled: true, type: "GITHUB", clientId: "id", clientSecret: "secret" },
  ];
  for (const body of bodies) {
    const idp: Schemas["IdentityProvider"] = await unwrap(
      client.POST("/environments/{environmentID}/identityProviders", { ...env, body }),
    );
    if (idp.type === "PAYPAL") {
      const paypal = idp as Schemas["PaypalIdentityProvider"];
      const where: string | undefined = paypal.clientEnvironment;
      void where;
    }
  }
  // A variant's own fields are required: Facebook needs its app ID and secret.
  await client.POST("/environments/{environmentID}/identityProviders", {
    ...env,
    // @ts-expect-error
    body: { name: "Facebook", enabled: true, type: "FACEBOOK", clientId: "id" },
  });
}

export async function signOnPolicyActionVariants(): Promise<void> {
  const path = { params: { path: { environmentID, signOnPolicyID: policyID } } } as const;
  const bodies: Schemas["SignOnPolicyActionInput"][] = [
    {
      type: "MULTI_FACTOR_AUTHENTICATION",
      priority: 2,
      deviceAuthenticationPolicy: { id: planID },
      noDevicesMode: "BLOCK",
    },
    {
      type: "IDENTIFIER_FIRST",
      priority: 1,
      discoveryRules: [
        { condition: { value: "${identifier}", contains: "@example.com" }, identityProvider: { id: storeID } },
      ],
      recovery: { enabled: true },
    },
    {
      type: "PROGRESSIVE_PROFILING",
      priority: 3,
      attributes: [{ name: "address.postalCode", required: true }],
      promptText: "Tell us more",
      promptIntervalSeconds: 86400,
      preventMultiplePromptsPerFlow: true,
    },
    { type: "AGREEMENT", priority: 4, agreement: { id: ruleID }, disableDeclineOption: false },
    { type: "PINGID_AUTHENTICATION", priority: 2 },
    {
      type: "PINGID_WINLOGIN_PASSWORDLESS_AUTHENTICATION",
      priority: 1,
      uniqueUserAttribute: { name: "username" },
      offlineMode: { enabled: true },
    },
  ];
  for (const body of bodies) {
    const action: Schemas["SignOnPolicyAction"] = await unwrap(
      client.POST("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", { ...path, body }),
    );
    void action.priority;
  }
  // The agreement action needs its agreement.
  await client.POST("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", {
    ...path,
    // @ts-expect-error
    body: { type: "AGREEMENT", priority: 4 },
  });
}

export async function propagationStoreVariants(): Promise<void> {
  const bodies: Schemas["PropagationStoreInput"][] = [
    { type: "directory", name: "PingOne directory" },
    {
      type: "scim",
      name: "SCIM",
      image: { id: storeID, href: "https://example.com/logo.png" },
      configuration: {
        SCIM_URL: "https://example.com/scim",
        SCIM_VERSION: "2.0",
        AUTHENTICATION_METHOD: "OAuth 2 Bearer Token",
        AUTHORIZATION_TYPE: "Bearer",
        OAUTH_ACCESS_TOKEN: "token",
        USERS_RESOURCE: "/Users",
        USER_FILTER: 'userName eq "%s"',
        UNIQUE_USER_IDENTIFIER: "userName",
      },
    },
    {
      type: "Slack",
      name: "Slack",
      configuration: { OAUTH_ACCESS_TOKEN: "t", UNIQUE_USER_IDENTIFIER: "primaryEmail" },
    },
    { type: "Workday", name: "Workday", configuration: { tenantId: "acme", username: "isu", password: "secret" } },
  ];
  for (const body of bodies) {
    const store: Schemas["PropagationStore"] = await unwrap(
      client.POST("/environments/{environmentID}/propagation/stores", { ...env, body }),
    );
    void store.id;
  }
  // A directory store has no configuration.
  await client.POST("/environments/{environmentID}/propagation/stores", {
    ...env,
    // @ts-expect-error
    body: { type: "directory", name: "Directory", configuration: { X: "y" } },
  });
}

export async function propagationOperations(): Promise<void> {
  // Plans
  const plans: Schemas["PropagationPlanCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/propagation/plans", env),
  );
  const firstPlan: Schemas["PropagationPlan"] | undefined = plans._embedded.plans[0];
  void firstPlan;
  const plan: Schemas["PropagationPlan"] = await unwrap(
    client.POST("/environments/{environmentID}/propagation/plans", {
      ...env,
      body: { name: "Default", status: "ACTIVE" },
    }),
  );
  const planPath = { params: { path: { environmentID, planID: plan.id } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/propagation/plans/{planID}", planPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/propagation/plans/{planID}", {
      ...planPath,
      body: { name: "Default", status: "INACTIVE" },
    }),
  );
  const planRules: Schemas["PropagationRuleCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/propagation/plans/{planID}/rules", planPath),
  );
  void planRules;
  await unwrap(client.DELETE("/environments/{environmentID}/propagation/plans/{planID}", planPath));

  // Rules
  await unwrap(client.GET("/environments/{environmentID}/propagation/rules", env));
  const rule: Schemas["PropagationRule"] = await unwrap(
    client.POST("/environments/{environmentID}/propagation/rules", {
      ...env,
      body: {
        name: "Outbound",
        plan: { id: planID },
        sourceStore: { id: storeID },
        targetStore: { id: storeID },
        populationExpression: 'population.id eq "x"',
        configuration: { BASE_DN: "ou=people,dc=example,dc=com", RDN_ATTRIBUTE: "uid" },
      },
    }),
  );
  const rulePath = { params: { path: { environmentID, ruleID: rule.id } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/propagation/rules/{ruleID}", rulePath));
  await unwrap(
    client.PUT("/environments/{environmentID}/propagation/rules/{ruleID}", {
      ...rulePath,
      body: { name: "Outbound", active: true },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/propagation/rules/{ruleID}", {
      params: { path: { environmentID, ruleID }, query: { deprovision: true } },
    }),
  );

  // Mappings
  const mappings: Schemas["PropagationMappingCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", rulePath),
  );
  void mappings._embedded.mappings;
  const mapping: Schemas["PropagationMapping"] = await unwrap(
    client.POST("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", {
      ...rulePath,
      body: { sourceAttribute: "email", targetAttribute: "userName" },
    }),
  );
  const mappingPath = { params: { path: { environmentID, mappingID: mapping.id ?? mappingID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/propagation/mappings/{mappingID}", mappingPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/propagation/mappings/{mappingID}", {
      ...mappingPath,
      body: { expression: "${user.email}", targetAttribute: "userName" },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/propagation/mappings/{mappingID}", mappingPath));

  // Revisions
  const revision: Schemas["PropagationRevision"] = await unwrap(
    client.POST("/environments/{environmentID}/propagation/revisions", env),
  );
  const latest: Schemas["PropagationRevision"] = await unwrap(
    client.GET("/environments/{environmentID}/propagation/revisions/id:latest", env),
  );
  const previous: string | undefined = latest.previousRevision?.id;
  void previous;
  await unwrap(
    client.GET("/environments/{environmentID}/propagation/revisions/{revisionID}", {
      params: { path: { environmentID, revisionID: revision.id ?? revisionID } },
    }),
  );

  // Store metadata and connection checks
  const metadata: Schemas["PropagationStoreMetadata"] = await unwrap(
    client.POST("/environments/{environmentID}/propagation/storeMetadata/{storeType}", {
      params: { path: { environmentID, storeType: "scim" } },
      body: {},
    }),
  );
  void metadata.connectionProfiles;
  await unwrap(
    client.POST("/environments/{environmentID}/propagation/stores/connection/status", {
      ...env,
      headers: { "Content-Type": "application/vnd.pingidentity.connection.check+json" },
      body: {
        type: "Slack",
        name: "Slack",
        configuration: { OAUTH_ACCESS_TOKEN: "t", UNIQUE_USER_IDENTIFIER: "userName" },
      },
    }),
  );
}
