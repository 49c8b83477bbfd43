// The forms, reCAPTCHA, rate limit and integration catalog behaviour of the simulator, over
// HTTP through the client.
import { describe, expect, it } from "vitest";
import type { components } from "../src/index.ts";
import {
  catalogAttributeId,
  catalogIntegrationId,
  catalogKitVersionId,
  catalogSamlVersionId,
} from "../src/testing/rules/forms.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  return { client, environmentID, env: { params: { path: { environmentID } } } };
}

const FORM: components["schemas"]["FormInput"] = {
  name: "Sign-up",
  category: "CUSTOM",
  markRequired: true,
  markOptional: false,
  components: {
    fields: [
      { type: "TEXT", position: { row: 0, col: 0 }, key: "user.email", label: "Email", validation: { type: "NONE" } },
      { type: "SUBMIT_BUTTON", position: { row: 1, col: 0 }, label: "Submit" },
      { type: "TEXT", position: { row: 2, col: 0 }, key: "user.name", label: "Name", validation: { type: "NONE" } },
    ],
  },
};

describe("forms", () => {
  it("derives fieldTypes, keeps names unique and the category fixed", async () => {
    const { client, environmentID, env } = setup();
    const created = await client.POST("/environments/{environmentID}/forms", { ...env, body: FORM });
    expect(created.response.status).toBe(201);
    expect(created.data?.fieldTypes).toEqual(["SUBMIT_BUTTON", "TEXT"]);

    const twin = await client.POST("/environments/{environmentID}/forms", { ...env, body: FORM });
    expect(twin.response.status).toBe(400);

    const item = { params: { path: { environmentID, formID: created.data!.id } } };
    const moved = await client.PUT("/environments/{environmentID}/forms/{formID}", {
      ...item,
      body: { ...FORM, category: "REGISTRATION" },
    });
    expect(moved.response.status).toBe(400);

    const replaced = await client.PUT("/environments/{environmentID}/forms/{formID}", {
      ...item,
      body: { ...FORM, components: { fields: [{ type: "DIVIDER", position: { row: 0, col: 0 } }] } },
    });
    expect(replaced.response.status).toBe(200);
    expect(replaced.data?.fieldTypes).toEqual(["DIVIDER"]);
    const read = await client.GET("/environments/{environmentID}/forms/{formID}", item);
    expect(read.data?.fieldTypes).toEqual(["DIVIDER"]);
  });
});

describe("reCAPTCHA configuration", () => {
  it("stores the secret key but never returns it", async () => {
    const { client, env } = setup();
    const body = { siteKey: "site-key", secretKey: "recaptcha-secret-value" };
    const set = await client.PUT("/environments/{environmentID}/recaptchaV2Config", { ...env, body });
    expect(set.response.status).toBe(200);
    expect(set.data).toMatchObject({ siteKey: "site-key" });
    expect(JSON.stringify(set.data)).not.toContain("recaptcha-secret-value");
    const read = await client.GET("/environments/{environmentID}/recaptchaV2Config", env);
    expect(JSON.stringify(read.data)).not.toContain("recaptcha-secret-value");
    const removed = await client.DELETE("/environments/{environmentID}/recaptchaV2Config", env);
    expect(removed.response.status).toBe(204);
  });
});

describe("integration catalog", () => {
  it("is seeded read-only metadata in every environment", async () => {
    const { client, environmentID, env } = setup();
    const list = await client.GET("/environments/{environmentID}/integrations", env);
    expect(list.response.status).toBe(200);
    const integrationID = catalogIntegrationId(environmentID);
    expect(list.data?._embedded.integrations.map((i) => i.id)).toContain(integrationID);

    const versions = await client.GET("/environments/{environmentID}/integrations/{integrationID}/versions", {
      params: { path: { environmentID, integrationID } },
    });
    expect(versions.data?._embedded.versions.map((v) => v.type).sort()).toEqual(["PRODUCT_INTEGRATION_KIT", "SAML"]);

    const integrationVersionID = catalogSamlVersionId(environmentID);
    const attribute = await client.GET(
      "/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}/attributes/{integrationVersionAttributeID}",
      {
        params: {
          path: {
            environmentID,
            integrationID,
            integrationVersionID,
            integrationVersionAttributeID: catalogAttributeId(environmentID),
          },
        },
      },
    );
    expect(attribute.data).toMatchObject({ name: "email", required: true });

    // A kit's file is not JSON: it arrives as a Blob, byte for byte (an empty ZIP archive here).
    const asset = "/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}/asset";
    const kit = await client.GET(asset, {
      params: { path: { environmentID, integrationID, integrationVersionID: catalogKitVersionId(environmentID) } },
    });
    expect(kit.error).toBeUndefined();
    expect(kit.data).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await kit.data!.arrayBuffer())]).toEqual([0x50, 0x4b, 5, 6, ...new Array(18).fill(0)]);
    expect(kit.response.headers.get("content-disposition")).toBe(
      "attachment;filename=Example SaaS Integration Kit-2.1.0.zip",
    );
    const notKit = await client.GET(asset, { params: { path: { environmentID, integrationID, integrationVersionID } } });
    expect(notKit.response.status).toBe(404);
  });
});
