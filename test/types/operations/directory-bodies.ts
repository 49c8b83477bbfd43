// Compile-time check for request-body properties of environments, custom domains and schema
// attributes that the per-domain files do not reach: each is accepted with its type and read
// back from the open response model, and the properties Ping documents as read-only (which
// the service's own models return) stay rejected by the closed bodies.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const organizationID = "bed432e6-676a-4ebe-b5a5-6b3b54e46bda";
const schemaID = "6497b7af-99d1-4217-8a82-057fcc3b7401";
const attributeID = "5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845";
const env = { params: { path: { environmentID } } } as const;
const attributePath = { params: { path: { environmentID, schemaID, attributeID } } } as const;

export async function directoryBodies(): Promise<void> {
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

  // Custom domains: mtlsEnabled (Create Domain request model)
  const domain: Schemas["CustomDomain"] = await unwrap(
    client.POST("/environments/{environmentID}/customDomains", {
      ...env,
      body: { domainName: "auth.example.eu", mtlsEnabled: true },
    }),
  );
  const mtls: boolean | undefined = domain.mtlsEnabled;
  await client.POST("/environments/{environmentID}/customDomains", {
    ...env,
    // @ts-expect-error status is set by the service (VERIFICATION_REQUIRED, ...)
    body: { domainName: "auth.example.eu", status: "ACTIVE" },
  });

  // Schema attributes: schema.id (Schema attributes POST, PUT, PATCH request models)
  const attribute: Schemas["SchemaAttribute"] = await unwrap(
    client.POST("/environments/{environmentID}/schemas/{schemaID}/attributes", {
      params: { path: { environmentID, schemaID } },
      body: { schema: { id: schemaID }, name: "badgeNumber", enabled: true, unique: true },
    }),
  );
  const schema: string | undefined = attribute.schema?.id;
  await unwrap(
    client.PUT("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
      ...attributePath,
      body: { schema: { id: schemaID }, name: "badgeNumber", enabled: true, unique: true },
    }),
  );
  await unwrap(
    client.PATCH("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
      ...attributePath,
      body: { schema: { id: schemaID }, enabled: false },
    }),
  );
  await client.PATCH("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
    ...attributePath,
    // @ts-expect-error `required` is rejected by the service on updates
    body: { required: true },
  });

  void [organization, mtls, schema];
}
