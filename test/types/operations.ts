// Compile-time check (run by `npm run typecheck`): every operation of the spec called through
// the client with a correctly typed request, and its result read with the expected type.
// test/type-coverage.test.ts fails when an operation of the spec is missing here.
import { createPingOneClient, isOidcApplication, unwrap, type components } from "../../src/index.ts";

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
    client.POST("/environments", { body: { name: "Dev", region: "EU", type: "SANDBOX", license: { id: environmentID } } }),
  );
  const read: Schemas["Environment"] = await unwrap(client.GET("/environments/{environmentID}", env));
  await unwrap(client.PUT("/environments/{environmentID}", { ...env, body: { name: "Prod", type: "PRODUCTION", region: "EU" } }));
  const deleted: undefined = await unwrap(client.DELETE("/environments/{environmentID}", env));
  const bom: Schemas["BillOfMaterials"] = await unwrap(client.GET("/environments/{environmentID}/billOfMaterials", env));
  await unwrap(
    client.PUT("/environments/{environmentID}/billOfMaterials", { ...env, body: { products: [{ type: "PING_ONE_BASE" }] } }),
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
      body: { name: "Directory", type: "Workday", configuration: { TENANT: "acme" } },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/propagation/stores/{storeID}", storePath));

  // Applications
  const apps: Schemas["ApplicationCollection"] = await unwrap(client.GET("/environments/{environmentID}/applications", env));
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
