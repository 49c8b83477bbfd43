// The simulator's identity propagation rules over HTTP (src/testing/rules/idp-propagation.ts),
// and the new identity provider, sign-on action and store variants through the client.
import { describe, expect, it } from "vitest";
import { unwrap } from "../src/index.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();
const envPath = () => ({ params: { path: { environmentID: context.sim.environmentId } } });

async function setUp() {
  const client = clientFor(context.sim, context.clock);
  const env = envPath();
  const source = await unwrap(
    client.POST("/environments/{environmentID}/propagation/stores", {
      ...env,
      body: { type: "directory", name: "PingOne directory" },
    }),
  );
  const target = await unwrap(
    client.POST("/environments/{environmentID}/propagation/stores", {
      ...env,
      body: {
        type: "scim",
        name: "SCIM",
        configuration: {
          SCIM_URL: "https://scim.example.com",
          SCIM_VERSION: "2.0",
          AUTHENTICATION_METHOD: "Basic Authentication",
          AUTHORIZATION_TYPE: "Basic",
          BASIC_AUTH_USER: "ping",
          BASIC_AUTH_PASSWORD: "s3cr3t-scim",
          USERS_RESOURCE: "/Users",
          USER_FILTER: 'userName eq "%s"',
          UNIQUE_USER_IDENTIFIER: "userName",
        },
      },
    }),
  );
  const plan = await unwrap(
    client.POST("/environments/{environmentID}/propagation/plans", { ...env, body: { name: "Default" } }),
  );
  const rule = await unwrap(
    client.POST("/environments/{environmentID}/propagation/rules", {
      ...env,
      body: { name: "Outbound", plan: { id: plan.id }, sourceStore: { id: source.id }, targetStore: { id: target.id } },
    }),
  );
  return { client, env, source, target, plan, rule };
}

describe("propagation revisions", () => {
  it("answers id:latest with the newest revision, which points at the one before", async () => {
    const client = clientFor(context.sim, context.clock);
    const env = envPath();
    const none = await client.GET("/environments/{environmentID}/propagation/revisions/id:latest", env);
    expect(none.response.status).toBe(404);

    const first = await unwrap(client.POST("/environments/{environmentID}/propagation/revisions", env));
    expect(first.previousRevision).toBeUndefined();
    context.clock.advance(1000);
    const second = await unwrap(client.POST("/environments/{environmentID}/propagation/revisions", env));
    expect(second.previousRevision).toEqual({ id: first.id });

    const latest = await unwrap(client.GET("/environments/{environmentID}/propagation/revisions/id:latest", env));
    expect(latest).toMatchObject({ id: second.id, previousRevision: { id: first.id } });
    const earlier = await unwrap(
      client.GET("/environments/{environmentID}/propagation/revisions/{revisionID}", {
        params: { path: { environmentID: context.sim.environmentId, revisionID: first.id } },
      }),
    );
    expect(earlier.id).toBe(first.id);
  });
});

describe("propagation plans, rules and mappings", () => {
  it("lists a plan's rules and rejects a rule for a plan that does not exist", async () => {
    const { client, env, source, target, plan, rule } = await setUp();
    const planRules = await unwrap(
      client.GET("/environments/{environmentID}/propagation/plans/{planID}/rules", {
        params: { path: { environmentID: context.sim.environmentId, planID: plan.id } },
      }),
    );
    expect(planRules._embedded.rules.map((r) => r.id)).toEqual([rule.id]);

    const orphan = await client.POST("/environments/{environmentID}/propagation/rules", {
      ...env,
      body: {
        name: "Orphan",
        plan: { id: crypto.randomUUID() },
        sourceStore: { id: source.id },
        targetStore: { id: target.id },
      },
    });
    expect(orphan.response.status).toBe(400);
    expect(orphan.error?.details?.map((d) => d.target)).toEqual(["plan.id"]);
  });

  it("serves a mapping by its own ID and under its rule, in step, and rejects both source and expression", async () => {
    const { client, rule } = await setUp();
    const rulePath = { params: { path: { environmentID: context.sim.environmentId, ruleID: rule.id } } };
    const mapping = await unwrap(
      client.POST("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", {
        ...rulePath,
        body: { sourceAttribute: "email", targetAttribute: "userName" },
      }),
    );
    expect(mapping.rule).toEqual({ id: rule.id });
    const mappingPath = { params: { path: { environmentID: context.sim.environmentId, mappingID: mapping.id } } };
    expect(
      (await unwrap(client.GET("/environments/{environmentID}/propagation/mappings/{mappingID}", mappingPath)))
        .sourceAttribute,
    ).toBe("email");

    const changed = await unwrap(
      client.PUT("/environments/{environmentID}/propagation/mappings/{mappingID}", {
        ...mappingPath,
        body: { expression: "${user.username}", targetAttribute: "userName" },
      }),
    );
    expect(changed).toMatchObject({ expression: "${user.username}", rule: { id: rule.id } });
    expect(changed).not.toHaveProperty("sourceAttribute");
    const listed = await unwrap(
      client.GET("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", rulePath),
    );
    expect(listed._embedded.mappings).toEqual([
      expect.objectContaining({ id: mapping.id, expression: "${user.username}" }),
    ]);

    const both = await client.POST("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", {
      ...rulePath,
      body: { sourceAttribute: "email", expression: "${user.email}", targetAttribute: "userName" },
    });
    expect(both.response.status).toBe(400);

    await unwrap(client.DELETE("/environments/{environmentID}/propagation/mappings/{mappingID}", mappingPath));
    const after = await unwrap(
      client.GET("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", rulePath),
    );
    expect(after._embedded.mappings).toEqual([]);
  });

  it("deletes a plan's rules and their mappings with the plan", async () => {
    const { client, plan, rule } = await setUp();
    const mapping = await unwrap(
      client.POST("/environments/{environmentID}/propagation/rules/{ruleID}/mappings", {
        params: { path: { environmentID: context.sim.environmentId, ruleID: rule.id } },
        body: { sourceAttribute: "email", targetAttribute: "userName" },
      }),
    );
    await unwrap(
      client.DELETE("/environments/{environmentID}/propagation/plans/{planID}", {
        params: { path: { environmentID: context.sim.environmentId, planID: plan.id } },
      }),
    );
    const ruleGone = await client.GET("/environments/{environmentID}/propagation/rules/{ruleID}", {
      params: { path: { environmentID: context.sim.environmentId, ruleID: rule.id } },
    });
    expect(ruleGone.response.status).toBe(404);
    const mappingGone = await client.GET("/environments/{environmentID}/propagation/mappings/{mappingID}", {
      params: { path: { environmentID: context.sim.environmentId, mappingID: mapping.id } },
    });
    expect(mappingGone.response.status).toBe(404);
  });
});

describe("store metadata and connection checks", () => {
  it("describes a store type, with or without a configuration", async () => {
    const client = clientFor(context.sim, context.clock);
    const metadata = await unwrap(
      client.POST("/environments/{environmentID}/propagation/storeMetadata/{storeType}", {
        params: { path: { environmentID: context.sim.environmentId, storeType: "scim" } },
        body: {},
      }),
    );
    expect(metadata.connectionProfiles?.length).toBeGreaterThan(0);
    expect(metadata.attributeMetadata).toHaveProperty("userAttributes");
    const unknown = await client.POST("/environments/{environmentID}/propagation/storeMetadata/{storeType}", {
      params: { path: { environmentID: context.sim.environmentId, storeType: "Zoom" as "scim" } },
      body: {},
    });
    expect(unknown.response.status).toBe(400);
  });

  it("checks a proposed store without storing it, and rejects an invalid one", async () => {
    const client = clientFor(context.sim, context.clock);
    const env = envPath();
    const ok = await client.POST("/environments/{environmentID}/propagation/stores/connection/status", {
      ...env,
      headers: { "Content-Type": "application/vnd.pingidentity.connection.check+json" },
      body: {
        type: "Slack",
        name: "Slack",
        configuration: { OAUTH_ACCESS_TOKEN: "xoxp", UNIQUE_USER_IDENTIFIER: "userName" },
      },
    });
    expect(ok.response.status).toBe(200);
    expect(context.sim.list(`/environments/${context.sim.environmentId}/propagation/stores`)).toEqual([]);
    const bad = await client.POST("/environments/{environmentID}/propagation/stores/connection/status", {
      ...env,
      headers: { "Content-Type": "application/vnd.pingidentity.connection.check+json" },
      body: { type: "Slack", name: "Slack", configuration: { UNIQUE_USER_IDENTIFIER: "userName" } } as never,
    });
    expect(bad.response.status).toBe(400);
  });
});

describe("variants", () => {
  it("creates a directory store without configuration and never returns a SCIM password", async () => {
    const { client, source, target } = await setUp();
    expect(source).not.toHaveProperty("configuration");
    const read = await unwrap(
      client.GET("/environments/{environmentID}/propagation/stores/{storeID}", {
        params: { path: { environmentID: context.sim.environmentId, storeID: target.id } },
      }),
    );
    expect(read).toHaveProperty("configuration.BASIC_AUTH_USER", "ping");
    expect(read).not.toHaveProperty("configuration.BASIC_AUTH_PASSWORD");
    expect(JSON.stringify(read)).not.toContain("s3cr3t-scim");
  });

  it("creates a Facebook identity provider without returning its secret, and an agreement action", async () => {
    const client = clientFor(context.sim, context.clock);
    const env = envPath();
    const idp = await unwrap(
      client.POST("/environments/{environmentID}/identityProviders", {
        ...env,
        body: { name: "Facebook", enabled: true, type: "FACEBOOK", appId: "fb-app", appSecret: "fb-s3cr3t" },
      }),
    );
    expect(idp).toMatchObject({ type: "FACEBOOK", appId: "fb-app" });
    expect(JSON.stringify(idp)).not.toContain("fb-s3cr3t");
    const missing = await client.POST("/environments/{environmentID}/identityProviders", {
      ...env,
      body: { name: "PayPal", enabled: true, type: "PAYPAL", clientId: "id", clientSecret: "s" } as never,
    });
    expect(missing.response.status).toBe(400);

    const policy = await unwrap(
      client.POST("/environments/{environmentID}/signOnPolicies", { ...env, body: { name: "Consent" } }),
    );
    const action = await unwrap(
      client.POST("/environments/{environmentID}/signOnPolicies/{signOnPolicyID}/actions", {
        params: { path: { environmentID: context.sim.environmentId, signOnPolicyID: policy.id } },
        body: { type: "AGREEMENT", priority: 1, agreement: { id: crypto.randomUUID() } },
      }),
    );
    expect(action).toMatchObject({ type: "AGREEMENT", priority: 1 });
  });
});
