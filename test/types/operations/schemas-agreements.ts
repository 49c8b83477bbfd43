// Compile-time check (run by `npm run typecheck`): every schema, password policy, agreement and
// user agreement consent operation called through the client with a correctly typed request,
// and its result read with the expected type.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const env = { params: { path: { environmentID } } } as const;

export async function schemasAndAgreements(): Promise<void> {
  // Schemas and their attributes
  const schemas: Schemas["SchemaCollection"] = await unwrap(client.GET("/environments/{environmentID}/schemas", env));
  const schemaID = schemas._embedded.schemas[0]?.id ?? "";
  const schema: Schemas["Schema"] = await unwrap(
    client.GET("/environments/{environmentID}/schemas/{schemaID}", {
      params: { path: { environmentID, schemaID }, query: { expand: "attributes" } },
    }),
  );
  const embedded: Schemas["SchemaAttribute"][] | undefined = schema._embedded?.attributes;
  const schemaPath = { params: { path: { environmentID, schemaID } } } as const;
  const attributes: Schemas["SchemaAttributeCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/schemas/{schemaID}/attributes", schemaPath),
  );
  const attribute: Schemas["SchemaAttribute"] = await unwrap(
    client.POST("/environments/{environmentID}/schemas/{schemaID}/attributes", {
      ...schemaPath,
      body: {
        name: "tShirtSize",
        type: "STRING",
        enabled: true,
        unique: false,
        enumeratedValues: [{ value: "S" }, { value: "M", description: "Medium" }],
      },
    }),
  );
  const attributeType: string = attribute.type;
  const attributePath = { params: { path: { environmentID, schemaID, attributeID: attribute.id } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", attributePath));
  await unwrap(
    client.PUT("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
      ...attributePath,
      body: {
        name: "tShirtSize",
        type: "STRING",
        enabled: true,
        unique: false,
        multiValued: true,
        regexValidation: { pattern: "S|M|L", requirements: "S, M or L" },
      },
    }),
  );
  const patched: Schemas["SchemaAttribute"] = await unwrap(
    client.PATCH("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
      ...attributePath,
      body: { enabled: false },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", attributePath),
  );

  // Password policies
  const policies: Schemas["PasswordPolicyCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/passwordPolicies", env),
  );
  const policy: Schemas["PasswordPolicy"] = await unwrap(
    client.POST("/environments/{environmentID}/passwordPolicies", {
      ...env,
      body: {
        name: "Strict",
        default: false,
        excludesCommonlyUsed: true,
        excludesProfileData: true,
        notSimilarToCurrent: true,
        history: { count: 6, retentionDays: 365 },
        lockout: { failureCount: 5, durationSeconds: 900 },
        length: { min: 8, max: 255 },
        minCharacters: { "0123456789": 1, ABCDEFGHIJKLMNOPQRSTUVWXYZ: 1 },
        maxAgeDays: 182,
      },
    }),
  );
  const policyPath = { params: { path: { environmentID, passwordPolicyID: policy.id } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/passwordPolicies/{passwordPolicyID}", policyPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/passwordPolicies/{passwordPolicyID}", {
      ...policyPath,
      body: {
        name: "Strict",
        default: true,
        excludesCommonlyUsed: true,
        excludesProfileData: false,
        notSimilarToCurrent: false,
      },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/passwordPolicies/{passwordPolicyID}", policyPath));

  // Agreements, their languages and revisions
  const agreements: Schemas["AgreementCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/agreements", env),
  );
  const agreement: Schemas["Agreement"] = await unwrap(
    client.POST("/environments/{environmentID}/agreements", {
      ...env,
      body: { name: "Terms", enabled: false, reconsentPeriodDays: 180 },
    }),
  );
  const agreementID = agreement.id;
  const agreementPath = { params: { path: { environmentID, agreementID } } } as const;
  await unwrap(client.GET("/environments/{environmentID}/agreements/{agreementID}", agreementPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/agreements/{agreementID}", {
      ...agreementPath,
      body: { name: "Terms", enabled: true, description: "Terms of service" },
    }),
  );
  const languages: Schemas["AgreementLanguageCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/agreements/{agreementID}/languages", agreementPath),
  );
  const language: Schemas["AgreementLanguage"] = await unwrap(
    client.POST("/environments/{environmentID}/agreements/{agreementID}/languages", {
      ...agreementPath,
      body: { locale: "en", displayName: "Terms of Service", userExperience: { continueButtonText: "Continue" } },
    }),
  );
  const languageID = language.id;
  const languagePath = { params: { path: { environmentID, agreementID, languageID } } } as const;
  await unwrap(
    client.GET("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}", languagePath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}", {
      ...languagePath,
      body: { locale: "en", displayName: "Terms of Service", enabled: true },
    }),
  );
  const revisions: Schemas["AgreementRevisionCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions", languagePath),
  );
  const revision: Schemas["AgreementRevision"] = await unwrap(
    client.POST("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions", {
      ...languagePath,
      body: {
        contentType: "text/html",
        effectiveAt: "2098-01-01T00:00:00.000Z",
        requireReconsent: true,
        text: "<p>Terms</p>",
      },
    }),
  );
  const revisionPath = {
    params: { path: { environmentID, agreementID, languageID, revisionID: revision.id } },
  } as const;
  await unwrap(
    client.GET(
      "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions/{revisionID}",
      revisionPath,
    ),
  );
  await unwrap(
    client.DELETE(
      "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions/{revisionID}",
      revisionPath,
    ),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}", languagePath),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/agreements/{agreementID}", agreementPath));

  // User agreement consents
  const userID = "d4e5f6a7-b8c9-4dae-8f01-23456789abcd";
  const consents: Schemas["UserAgreementConsentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/agreementConsents", {
      params: { path: { environmentID, userID } },
    }),
  );
  const consentPath = { params: { path: { environmentID, userID, agreementID } } } as const;
  const accepted: Schemas["UserAgreementConsent"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}", {
      ...consentPath,
      headers: { "Content-Type": "application/vnd.pingidentity.consent.accept+json" },
      body: { language: { id: languageID }, revision: { id: revision.id } },
    }),
  );
  const status: string | undefined = accepted.status;
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}", {
      ...consentPath,
      headers: { "Content-Type": "application/vnd.pingidentity.consent.revoke+json" },
      body: {},
    }),
  );
  const consent: Schemas["UserAgreementConsent"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}", consentPath),
  );
  const expiresAt: string | undefined = consent.lastConsent?.expiresAt;
  void [
    embedded,
    attributes,
    attributeType,
    patched,
    policies,
    agreements,
    languages,
    revisions,
    consents,
    status,
    expiresAt,
  ];
}

// schema.id on every attribute body and ldapAttribute on updates; `required` stays rejected there.
export async function schemaAttributeBodies(): Promise<void> {
  const schemaID = "6497b7af-99d1-4217-8a82-057fcc3b7401";
  const attributePath = {
    params: { path: { environmentID, schemaID, attributeID: "5c1e8a4f-2d7b-4e93-a6c0-9f3b7d21e845" } },
  } as const;
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
  void schema;
}
