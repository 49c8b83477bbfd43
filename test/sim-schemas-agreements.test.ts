// The simulator's schema, password policy, agreement and consent rules, over HTTP through the
// typed client: the built-in User schema, attribute limits by origin, one default password
// policy, agreement languages and revisions below their agreement, and consents.
import { describe, expect, it } from "vitest";
import { unwrap } from "../src/index.ts";
import { userSchemaAttributeId, userSchemaId } from "../src/testing/rules/schemas-agreements.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  return { client, environmentID, env: { params: { path: { environmentID } } } };
}

describe("schemas", () => {
  it("lists the environment's User schema with its built-in attributes, under stable IDs", async () => {
    const { client, environmentID, env } = setup();
    const schemas = await unwrap(client.GET("/environments/{environmentID}/schemas", env));
    expect(schemas._embedded.schemas.map((s) => [s.name, s.id])).toEqual([["User", userSchemaId(environmentID)]]);
    const schemaID = userSchemaId(environmentID);
    const schema = await unwrap(
      client.GET("/environments/{environmentID}/schemas/{schemaID}", { params: { path: { environmentID, schemaID } } }),
    );
    expect(schema).toMatchObject({ name: "User", environment: { id: environmentID } });

    const attributes = await unwrap(
      client.GET("/environments/{environmentID}/schemas/{schemaID}/attributes", {
        params: { path: { environmentID, schemaID } },
      }),
    );
    const username = attributes._embedded.attributes.find((a) => a.name === "username");
    expect(username).toMatchObject({
      id: userSchemaAttributeId(environmentID, "username"),
      schemaType: "CORE",
      type: "STRING",
      schema: { id: schemaID },
    });
    expect(attributes._embedded.attributes.find((a) => a.name === "address")?.subAttributes?.length).toBeGreaterThan(0);

    // The same IDs after a reset: the schema comes back with the environment.
    context.sim.reset();
    const again = await unwrap(client.GET("/environments/{environmentID}/schemas", env));
    expect(again._embedded.schemas[0]?.id).toBe(schemaID);
  });

  it("gives a newly created environment its User schema at once", async () => {
    const { client } = setup();
    const created = await unwrap(
      client.POST("/environments", { body: { name: "Dev", region: "EU", type: "SANDBOX" } }),
    );
    const environmentID = created.id;
    const attribute = await unwrap(
      client.GET("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
        params: {
          path: {
            environmentID,
            schemaID: userSchemaId(environmentID),
            attributeID: userSchemaAttributeId(environmentID, "email"),
          },
        },
      }),
    );
    expect(attribute).toMatchObject({ name: "email", schemaType: "STANDARD" });
  });

  it("creates custom attributes, and keeps core and standard attributes as Ping documents", async () => {
    const { client, environmentID } = setup();
    await client.GET("/environments/{environmentID}/schemas", { params: { path: { environmentID } } });
    const schemaID = userSchemaId(environmentID);
    const schemaPath = { params: { path: { environmentID, schemaID } } };
    const created = await unwrap(
      client.POST("/environments/{environmentID}/schemas/{schemaID}/attributes", {
        ...schemaPath,
        body: { name: "tShirtSize", enabled: true, unique: false, multiValued: true },
      }),
    );
    expect(created).toMatchObject({
      name: "tShirtSize",
      type: "STRING",
      schemaType: "CUSTOM",
      required: false,
      multiValued: true,
      schema: { id: schemaID },
    });

    const duplicate = await client.POST("/environments/{environmentID}/schemas/{schemaID}/attributes", {
      ...schemaPath,
      body: { name: "tShirtSize", enabled: true, unique: false },
    });
    expect(duplicate.response.status).toBe(400);

    const both = await client.POST("/environments/{environmentID}/schemas/{schemaID}/attributes", {
      ...schemaPath,
      body: {
        name: "cupSize",
        enabled: true,
        unique: false,
        enumeratedValues: [{ value: "S" }],
        regexValidation: { pattern: "S", requirements: "S" },
      },
    });
    expect(both.response.status).toBe(400);

    const custom = { params: { path: { environmentID, schemaID, attributeID: created.id } } };
    const patched = await unwrap(
      client.PATCH("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
        ...custom,
        body: { displayName: "T-shirt size" },
      }),
    );
    expect(patched).toMatchObject({ displayName: "T-shirt size", schemaType: "CUSTOM", multiValued: true });
    const backToSingle = await client.PATCH(
      "/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}",
      {
        ...custom,
        body: { multiValued: false },
      },
    );
    expect(backToSingle.response.status).toBe(400);

    const core = {
      params: { path: { environmentID, schemaID, attributeID: userSchemaAttributeId(environmentID, "username") } },
    };
    const coreChange = await client.PATCH("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", {
      ...core,
      body: { enabled: false },
    });
    expect(coreChange.response.status).toBe(400);
    const standard = {
      params: { path: { environmentID, schemaID, attributeID: userSchemaAttributeId(environmentID, "email") } },
    };
    const standardDelete = await client.DELETE(
      "/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}",
      standard,
    );
    expect(standardDelete.response.status).toBe(400);

    const deleted = await client.DELETE(
      "/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}",
      custom,
    );
    expect(deleted.response.status).toBe(204);
    const gone = await client.GET("/environments/{environmentID}/schemas/{schemaID}/attributes/{attributeID}", custom);
    expect(gone.response.status).toBe(404);
  });
});

describe("password policies", () => {
  it("keeps exactly one default policy and refuses to delete it", async () => {
    const { client, environmentID, env } = setup();
    const policy = (name: string, isDefault: boolean) => ({
      name,
      default: isDefault,
      excludesCommonlyUsed: true,
      excludesProfileData: true,
      notSimilarToCurrent: true,
    });
    const first = await unwrap(
      client.POST("/environments/{environmentID}/passwordPolicies", { ...env, body: policy("First", true) }),
    );
    const second = await unwrap(
      client.POST("/environments/{environmentID}/passwordPolicies", { ...env, body: policy("Second", false) }),
    );
    const path = (passwordPolicyID: string) => ({ params: { path: { environmentID, passwordPolicyID } } });
    await unwrap(
      client.PUT("/environments/{environmentID}/passwordPolicies/{passwordPolicyID}", {
        ...path(second.id),
        body: policy("Second", true),
      }),
    );
    const list = await unwrap(client.GET("/environments/{environmentID}/passwordPolicies", env));
    expect(list._embedded.passwordPolicies.map((p) => [p.name, p.default])).toEqual([
      ["First", false],
      ["Second", true],
    ]);

    const refused = await client.DELETE(
      "/environments/{environmentID}/passwordPolicies/{passwordPolicyID}",
      path(second.id),
    );
    expect(refused.response.status).toBe(400);
    const deleted = await client.DELETE(
      "/environments/{environmentID}/passwordPolicies/{passwordPolicyID}",
      path(first.id),
    );
    expect(deleted.response.status).toBe(204);
  });
});

/** An agreement with an English language and a revision effective at `effectiveAt`. */
async function agreementWithRevision(effectiveAt: string) {
  const { client, environmentID, env } = setup();
  const agreement = await unwrap(
    client.POST("/environments/{environmentID}/agreements", {
      ...env,
      body: { name: "Terms", enabled: false, reconsentPeriodDays: 10 },
    }),
  );
  const agreementID = agreement.id;
  const language = await unwrap(
    client.POST("/environments/{environmentID}/agreements/{agreementID}/languages", {
      params: { path: { environmentID, agreementID } },
      body: { locale: "en", displayName: "Terms of Service", enabled: true },
    }),
  );
  const languageID = language.id;
  const revision = await unwrap(
    client.POST("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions", {
      params: { path: { environmentID, agreementID, languageID } },
      body: { contentType: "text/plain", effectiveAt, requireReconsent: false, text: "Be nice." },
    }),
  );
  return { client, environmentID, agreementID, language, revision };
}

describe("agreements", () => {
  it("links languages and revisions to their agreement, hides revision text and deletes them with it", async () => {
    const { client, environmentID, agreementID, language, revision } =
      await agreementWithRevision("2098-08-01T22:45:44.497Z");
    expect(language).toMatchObject({ enabled: false, agreement: { id: agreementID }, locale: "en" });
    expect(revision).toMatchObject({ agreement: { id: agreementID }, language: { id: language.id } });
    expect(revision).not.toHaveProperty("text");

    const deleted = await client.DELETE("/environments/{environmentID}/agreements/{agreementID}", {
      params: { path: { environmentID, agreementID } },
    });
    expect(deleted.response.status).toBe(204);
    const languagePath = `/environments/${environmentID}/agreements/${agreementID}/languages`;
    expect(context.sim.list(languagePath)).toEqual([]);
    expect(context.sim.list(`${languagePath}/${language.id}/revisions`)).toEqual([]);
    const gone = await client.GET("/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}", {
      params: { path: { environmentID, agreementID, languageID: language.id } },
    });
    expect(gone.response.status).toBe(404);
  });

  it("deletes a future revision but not an effective one", async () => {
    const past = await agreementWithRevision("2026-01-01T00:00:00.000Z");
    const revisionPath = (revisionID: string, languageID: string, agreementID: string) => ({
      params: { path: { environmentID: past.environmentID, agreementID, languageID, revisionID } },
    });
    const refused = await past.client.DELETE(
      "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions/{revisionID}",
      revisionPath(past.revision.id, past.language.id, past.agreementID),
    );
    expect(refused.response.status).toBe(400);
    const future = await agreementWithRevision("2098-01-01T00:00:00.000Z");
    const deleted = await future.client.DELETE(
      "/environments/{environmentID}/agreements/{agreementID}/languages/{languageID}/revisions/{revisionID}",
      revisionPath(future.revision.id, future.language.id, future.agreementID),
    );
    expect(deleted.response.status).toBe(204);
  });
});

describe("user agreement consents", () => {
  it("accepts and revokes a consent, and refuses one to an agreement or language that does not exist", async () => {
    const { client, environmentID, agreementID, language, revision } =
      await agreementWithRevision("2026-11-01T00:00:00.000Z");
    const user = await unwrap(
      client.POST("/environments/{environmentID}/users", {
        params: { path: { environmentID } },
        body: { username: "consenting_user" },
      }),
    );
    const userID = user.id;
    const accept = "application/vnd.pingidentity.consent.accept+json";
    const consentPath = (id: string) => ({ params: { path: { environmentID, userID, agreementID: id } } });
    const body = { language: { id: language.id }, revision: { id: revision.id } };

    const missing = await client.POST("/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}", {
      ...consentPath("0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b"),
      headers: { "Content-Type": accept },
      body,
    });
    expect(missing.response.status).toBe(404);
    const wrongLanguage = await client.POST(
      "/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}",
      {
        ...consentPath(agreementID),
        headers: { "Content-Type": accept },
        body: { ...body, language: { id: "0c0c0c0c-0c0c-4c0c-8c0c-0c0c0c0c0c0c" } },
      },
    );
    expect(wrongLanguage.response.status).toBe(400);

    const accepted = await unwrap(
      client.POST("/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}", {
        ...consentPath(agreementID),
        headers: { "Content-Type": accept },
        body: { ...body, consentedAt: "2026-11-20T00:00:00.000Z" },
      }),
    );
    expect(accepted).toMatchObject({
      status: "ACCEPTED",
      agreement: { id: agreementID },
      user: { id: userID },
      lastConsent: { at: "2026-11-20T00:00:00.000Z", expiresAt: "2026-11-30T00:00:00.000Z" },
    });
    const list = await unwrap(
      client.GET("/environments/{environmentID}/users/{userID}/agreementConsents", {
        params: { path: { environmentID, userID } },
      }),
    );
    expect(list._embedded.agreementConsents.map((c) => c.status)).toEqual(["ACCEPTED"]);

    const revoked = await unwrap(
      client.POST("/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}", {
        ...consentPath(agreementID),
        headers: { "Content-Type": "application/vnd.pingidentity.consent.revoke+json" },
        body: {},
      }),
    );
    expect(revoked.status).toBe("PENDING");
    expect(revoked).not.toHaveProperty("lastConsent");
    const read = await unwrap(
      client.GET(
        "/environments/{environmentID}/users/{userID}/agreementConsents/{agreementID}",
        consentPath(agreementID),
      ),
    );
    expect(read).toMatchObject({ status: "PENDING", language: { id: language.id } });
  });
});
