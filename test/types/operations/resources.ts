// Compile-time check (run by `npm run typecheck`): every operation of the resources domain
// (resources, their scopes, attributes, secret, application resources and permissions, and
// applications' attribute mappings, grants and secret rotation) called through the client
// with a correctly typed request, and its result read with the expected type.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "EU", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const resourceID = "71ff29d5-c666-4348-b54e-c5b64f0a80b8";
const scopeID = "18725af1-828f-4e60-afc1-4a7092eb275a";
const resourceAttrID = "579dc6f8-bf83-43ae-816c-324506b5de21";
const applicationResourceID = "2f4d1a6e-8b3c-4e57-9a1d-6c0b7e2f3a94";
const applicationID = "cad1c86d-a6c8-4e61-b15f-8ff452698fa8";
const attrMappingID = "18d4b06c-f8f3-4064-a2c4-0db80250fb5f";
const grantID = "c95c0f55-524c-4b7e-bbab-07ba2c47aa93";
const env = { params: { path: { environmentID } } } as const;
const res = { params: { path: { environmentID, resourceID } } } as const;
const app = { params: { path: { environmentID, applicationID } } } as const;

export async function resourceOperations(): Promise<void> {
  // Resources
  const resources: Schemas["ResourceCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/resources", env),
  );
  const builtIn = resources._embedded.resources.find((r) => r.type === "PINGONE_API");
  const created: Schemas["Resource"] = await unwrap(
    client.POST("/environments/{environmentID}/resources", {
      ...env,
      body: {
        name: "Invoices API",
        type: "CUSTOM",
        audience: "https://api.example.com/invoices",
        accessTokenValiditySeconds: 3600,
        introspectEndpointAuthMethod: "CLIENT_SECRET_BASIC",
        applicationPermissionsSettings: { claimEnabled: true },
      },
    }),
  );
  const read: Schemas["Resource"] = await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}", res),
  );
  const audience: string | undefined = read.audience;
  await unwrap(
    client.PUT("/environments/{environmentID}/resources/{resourceID}", {
      ...res,
      body: { name: "Invoices API", audience: "https://api.example.com/billing" },
    }),
  );
  const deleted: undefined = await unwrap(client.DELETE("/environments/{environmentID}/resources/{resourceID}", res));

  // Scopes
  const scopes: Schemas["ResourceScopeCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}/scopes", res),
  );
  const scope: Schemas["ResourceScope"] = await unwrap(
    client.POST("/environments/{environmentID}/resources/{resourceID}/scopes", {
      ...res,
      body: { name: "read:invoices", description: "Read invoices." },
    }),
  );
  const scopePath = { params: { path: { environmentID, resourceID, scopeID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/scopes/{scopeID}", scopePath));
  await unwrap(
    client.PUT("/environments/{environmentID}/resources/{resourceID}/scopes/{scopeID}", {
      ...scopePath,
      body: { name: "p1:read:user:basic", schemaAttributes: ["username", "name.given"] },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/resources/{resourceID}/scopes/{scopeID}", scopePath));

  // Resource attributes
  const attributes: Schemas["ResourceAttributeCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}/attributes", res),
  );
  const attribute: Schemas["ResourceAttribute"] = await unwrap(
    client.POST("/environments/{environmentID}/resources/{resourceID}/attributes", {
      ...res,
      body: { name: "email", value: "${user.email}", idToken: true, userInfo: false },
    }),
  );
  const attrPath = { params: { path: { environmentID, resourceID, resourceAttrID } } } as const;
  await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}/attributes/{resourceAttrID}", attrPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/resources/{resourceID}/attributes/{resourceAttrID}", {
      ...attrPath,
      body: { name: "full_name", value: "${user.name.given}" },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/resources/{resourceID}/attributes/{resourceAttrID}", attrPath),
  );

  // Resource secret
  const resourceSecret: Schemas["ResourceSecret"] = await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}/secret", res),
  );
  const rotatedResource: Schemas["ResourceSecret"] = await unwrap(
    client.POST("/environments/{environmentID}/resources/{resourceID}/secret", {
      ...res,
      body: { previous: { expiresAt: "2026-05-01T00:00:00Z" } },
    }),
  );
  const previousExpiry: string | undefined = rotatedResource.previous?.expiresAt;
  await unwrap(client.DELETE("/environments/{environmentID}/resources/{resourceID}/secret", res));

  // Application resources and permissions
  const appResources: Schemas["ApplicationResourceCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}/applicationResources", res),
  );
  const appResource: Schemas["ApplicationResource"] = await unwrap(
    client.POST("/environments/{environmentID}/resources/{resourceID}/applicationResources", {
      ...res,
      body: { name: "invoices", description: "Invoices of the billing application." },
    }),
  );
  const appResourcePath = { params: { path: { environmentID, resourceID, applicationResourceID } } } as const;
  await unwrap(
    client.GET(
      "/environments/{environmentID}/resources/{resourceID}/applicationResources/{applicationResourceID}",
      appResourcePath,
    ),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/resources/{resourceID}/applicationResources/{applicationResourceID}", {
      ...appResourcePath,
      body: { name: "invoices" },
    }),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/resources/{resourceID}/applicationResources/{applicationResourceID}",
      appResourcePath,
    ),
  );
  const permissions: Schemas["ApplicationPermissionCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/resources/{resourceID}/applicationPermissions", res),
  );
  const key: string | undefined = permissions._embedded.permissions[0]?.key;

  // Application attribute mappings
  const mappings: Schemas["ApplicationAttributeMappingCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/attributes", app),
  );
  const mapping: Schemas["ApplicationAttributeMapping"] = await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/attributes", {
      ...app,
      body: { name: "email", value: "${user.email}", required: false, oidcScopes: [scopeID] },
    }),
  );
  const mappingPath = { params: { path: { environmentID, applicationID, attrMappingID } } } as const;
  await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/attributes/{attrMappingID}", mappingPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/applications/{applicationID}/attributes/{attrMappingID}", {
      ...mappingPath,
      body: { name: "email", value: "${user.email}", required: true, mappingType: "CUSTOM", userInfo: true },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/applications/{applicationID}/attributes/{attrMappingID}", mappingPath),
  );

  // Application resource grants
  const grants: Schemas["ApplicationResourceGrantCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/grants", app),
  );
  const grant: Schemas["ApplicationResourceGrant"] = await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
      ...app,
      body: { resource: { id: resourceID }, scopes: [{ id: scopeID }] },
    }),
  );
  const grantPath = { params: { path: { environmentID, applicationID, grantID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/grants/{grantID}", grantPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/applications/{applicationID}/grants/{grantID}", {
      ...grantPath,
      body: { resource: { id: resourceID }, scopes: [{ id: scopeID }] },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/applications/{applicationID}/grants/{grantID}", grantPath));

  // Application secret rotation (GET is in core.ts)
  const rotated: Schemas["ApplicationSecret"] = await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/secret", {
      ...app,
      body: { previous: { expiresAt: "2026-05-01T00:00:00Z" } },
    }),
  );
  const rotatedNow: Schemas["ApplicationSecret"] = await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/secret", app),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/applications/{applicationID}/secret", app));

  void [builtIn, created, audience, deleted, scopes, scope, attributes, attribute, resourceSecret, previousExpiry];
  void [appResources, appResource, key, mappings, mapping, grants, grant, rotated, rotatedNow];
}

// Closed request bodies: what the description rejects does not compile either.
export async function rejectedBodies(): Promise<void> {
  await client.POST("/environments/{environmentID}/resources", {
    ...env,
    // @ts-expect-error only CUSTOM resources can be created
    body: { name: "x", type: "OPENID_CONNECT" },
  });
  await client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
    ...app,
    // @ts-expect-error scopes are required
    body: { resource: { id: resourceID } },
  });
}
