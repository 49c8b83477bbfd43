// Compile-time check (run by `npm run typecheck`) for forms and their neighbours: the reCAPTCHA
// v2 configuration, rate limit IP configurations, forms with their field variants, and the
// read-only integration catalog.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const env = { params: { path: { environmentID } } } as const;

export async function recaptcha(): Promise<void> {
  const body: Schemas["RecaptchaConfigurationInput"] = { siteKey: "site", secretKey: "secret" };
  const updated: Schemas["RecaptchaConfiguration"] = await unwrap(
    client.PUT("/environments/{environmentID}/recaptchaV2Config", { ...env, body }),
  );
  const read: Schemas["RecaptchaConfiguration"] = await unwrap(
    client.GET("/environments/{environmentID}/recaptchaV2Config", env),
  );
  const siteKey: string | undefined = read.siteKey;
  // @ts-expect-error the secret key is required on every change
  const missing: Schemas["RecaptchaConfigurationInput"] = { siteKey: "site" };
  await client.DELETE("/environments/{environmentID}/recaptchaV2Config", env);
  void updated;
  void siteKey;
  void missing;
}

export async function rateLimits(): Promise<void> {
  const created: Schemas["RateLimitConfiguration"] = await unwrap(
    client.POST("/environments/{environmentID}/rateLimitIpConfigs", {
      ...env,
      body: { type: "WHITELIST", value: "203.0.113.0/24" },
    }),
  );
  const page: Schemas["RateLimitConfigurationCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/rateLimitIpConfigs", env),
  );
  const values: string[] = page._embedded.rateLimitIpConfigs.map((c) => c.value);
  const item = { params: { path: { environmentID, rateLimitConfigurationID: created.id } } } as const;
  const one: Schemas["RateLimitConfiguration"] = await unwrap(
    client.GET("/environments/{environmentID}/rateLimitIpConfigs/{rateLimitConfigurationID}", item),
  );
  // Types PingOne adds later read as plain strings.
  const type: Schemas["RateLimitConfigurationType"] | (string & {}) = one.type;
  await client.DELETE("/environments/{environmentID}/rateLimitIpConfigs/{rateLimitConfigurationID}", item);
  await client.POST("/environments/{environmentID}/rateLimitIpConfigs", {
    ...env,
    // @ts-expect-error only WHITELIST can be sent
    body: { type: "BLOCKLIST", value: "203.0.113.7" },
  });
  void values;
  void type;
}

export async function forms(): Promise<void> {
  const fields: Schemas["FormFieldInput"][] = [
    {
      type: "TEXT",
      position: { row: 0, col: 0 },
      key: "user.email",
      label: "Email",
      required: true,
      validation: { type: "NONE" },
    },
    {
      type: "RADIO",
      position: { row: 1, col: 0 },
      key: "c",
      label: "C",
      layout: "VERTICAL",
      options: [{ label: "A", value: "a" }],
    },
    { type: "DIVIDER", position: { row: 2, col: 0 } },
    { type: "RECAPTCHA_V2", position: { row: 2, col: 1 }, size: "COMPACT", theme: "DARK", alignment: "CENTER" },
    { type: "FLOW_LINK", position: { row: 3, col: 0 }, key: "back", label: "Back", styles: { alignment: "LEFT" } },
    {
      type: "SUBMIT_BUTTON",
      position: { row: 4, col: 0 },
      label: "Submit",
      styles: { width: 100, widthUnit: "PERCENT" },
    },
  ];
  const body: Schemas["FormInput"] = {
    name: "Sign-up",
    category: "CUSTOM",
    markRequired: true,
    markOptional: false,
    components: { fields },
  };
  const created: Schemas["Form"] = await unwrap(client.POST("/environments/{environmentID}/forms", { ...env, body }));
  const page: Schemas["FormCollection"] = await unwrap(client.GET("/environments/{environmentID}/forms", env));
  const names: string[] = page._embedded.forms.map((f) => f.name);
  const item = { params: { path: { environmentID, formID: created.id } } } as const;
  const form: Schemas["Form"] = await unwrap(client.GET("/environments/{environmentID}/forms/{formID}", item));
  for (const field of form.components.fields) {
    if (field.type === "TEXT") {
      const text = field as Schemas["FormFieldText"];
      const regex: string | undefined = text.validation.regex;
      void regex;
    }
  }
  const updated: Schemas["Form"] = await unwrap(
    client.PUT("/environments/{environmentID}/forms/{formID}", { ...item, body: { ...body, description: "Changed" } }),
  );
  await client.DELETE("/environments/{environmentID}/forms/{formID}", item);

  // @ts-expect-error a text field needs its validation
  const noValidation: Schemas["FormFieldInput"] = { type: "TEXT", position: { row: 0, col: 0 }, key: "k", label: "L" };
  const stray: Schemas["FormFieldInput"] = {
    type: "RADIO",
    position: { row: 0, col: 0 },
    key: "k",
    label: "L",
    layout: "VERTICAL",
    options: [],
    // @ts-expect-error request variants are closed: a radio field has no showPasswordRequirements
    showPasswordRequirements: true,
  };
  void names;
  void updated;
  void noValidation;
  void stray;
}

export async function integrationCatalog(): Promise<void> {
  const catalog: Schemas["IntegrationCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/integrations", {
      params: { path: { environmentID }, query: { expand: "latestVersion" } },
    }),
  );
  const integrationID = catalog._embedded.integrations[0]!.id;
  const integration: Schemas["Integration"] = await unwrap(
    client.GET("/environments/{environmentID}/integrations/{integrationID}", {
      params: { path: { environmentID, integrationID }, query: { expand: "versions" } },
    }),
  );
  const embedded: Schemas["IntegrationVersion"][] = integration._embedded?.versions ?? [];
  const versions: Schemas["IntegrationVersionCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/integrations/{integrationID}/versions", {
      params: { path: { environmentID, integrationID } },
    }),
  );
  const integrationVersionID = versions._embedded.versions[0]!.id;
  const versionPath = { params: { path: { environmentID, integrationID, integrationVersionID } } } as const;
  const version: Schemas["IntegrationVersion"] = await unwrap(
    client.GET(
      "/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}",
      versionPath,
    ),
  );
  if (version.type === "SAML") {
    const acs: string | undefined = (version as Schemas["IntegrationVersionSaml"]).assertionConsumerService;
    void acs;
  }
  const attributes: Schemas["IntegrationVersionAttributeCollection"] = await unwrap(
    client.GET(
      "/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}/attributes",
      versionPath,
    ),
  );
  const integrationVersionAttributeID = attributes._embedded.attributes[0]!.id;
  const attribute: Schemas["IntegrationVersionAttribute"] = await unwrap(
    client.GET(
      "/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}/attributes/{integrationVersionAttributeID}",
      { params: { path: { ...versionPath.params.path, integrationVersionAttributeID } } },
    ),
  );
  // Not JSON: the kit comes as a Blob.
  const kit: Blob = await unwrap(
    client.GET(
      "/environments/{environmentID}/integrations/{integrationID}/versions/{integrationVersionID}/asset",
      versionPath,
    ),
  );
  await client.GET("/environments/{environmentID}/integrations", {
    // @ts-expect-error expand takes `versions` or `latestVersion`
    params: { path: { environmentID }, query: { expand: "everything" } },
  });
  void embedded;
  void attribute;
  void kit;
}

export function formIcon(): void {
  const field: Schemas["FormFieldSlateTextblobInput"] = {
    type: "SLATE_TEXTBLOB",
    position: { row: 0, col: 0 },
    content: '[{"type":"paragraph","children":[{"text":"Check your inbox"}]}]',
    icon: { type: "MAIL", size: "MEDIUM" },
  };
  // @ts-expect-error an icon needs its size
  const sizeless: Schemas["FormItemIconInput"] = { type: "MAIL" };
  const returned: Schemas["FormFieldSlateTextblob"]["icon"] = { type: "AN_ICON_ADDED_LATER", size: "HUGE" };
  void field;
  void sizeless;
  void returned;
}
