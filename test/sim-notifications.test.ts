// The simulator's notification rules, over HTTP through the client: predefined templates with
// default contents that cannot be changed, custom contents only on channels their template
// supports, settings that start from the environment's type and name existing senders, an
// SMTP server that exists once set, never shows its password and takes its protocol from its
// port, a custom email provider in its place (never a mix of the two, its token never shown),
// at most 10 custom senders whose secrets never come back, and policies that name existing
// senders with one default.
import { beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, NotFoundError, unwrap, type components, type PingOneClient } from "../src/index.ts";
import { MAX_PHONE_DELIVERY_SETTINGS, PREDEFINED_TEMPLATES } from "../src/testing/rules/notifications.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

type Schemas = components["schemas"];
const context = useSimulator();
let client: PingOneClient;
let environmentID: string;

beforeEach(() => {
  client = clientFor(context.sim, context.clock, { maxRetries: 0 });
  environmentID = context.sim.environmentId;
});

/** What a client call threw once unwrapped (undefined when it succeeded). */
async function failure(call: Parameters<typeof unwrap>[0]): Promise<unknown> {
  return unwrap(call).then(
    () => undefined,
    (e: unknown) => e,
  );
}

/** The PingOne error of a call that must fail with 400, checked to name `target`. */
async function rejected(call: Parameters<typeof unwrap>[0], target: string): Promise<BadRequestError> {
  const error = await failure(call);
  expect(error).toBeInstanceOf(BadRequestError);
  const bad = error as BadRequestError;
  expect(bad.body).toMatchObject({ code: "INVALID_DATA" });
  expect(bad.details.map((d) => d.target)).toContain(target);
  return bad;
}

const env = () => ({ params: { path: { environmentID } } });
const template = (templateName: string) => ({ params: { path: { environmentID, templateName } } });
const content = (templateName: string, contentID: string) => ({
  params: { path: { environmentID, templateName, contentID } },
});

function contentsOf(templateName: string) {
  return unwrap(client.GET("/environments/{environmentID}/templates/{templateName}/contents", template(templateName)));
}

describe("notification templates", () => {
  it("serves PingOne's predefined templates, each with a default content per channel", async () => {
    const page = await unwrap(client.GET("/environments/{environmentID}/templates", { ...env() }));
    expect(page._embedded.templates.map((t) => t.id)).toEqual(PREDEFINED_TEMPLATES.map((t) => t.id));
    const pairing = await unwrap(
      client.GET("/environments/{environmentID}/templates/{templateName}", template("device_pairing")),
    );
    expect(pairing).toMatchObject({ id: "device_pairing", deliveryMethods: ["SMS", "Email", "Voice"] });
    expect(pairing.variables).toMatchObject({ otp: { required: true } });
    const defaults = (await contentsOf("device_pairing"))._embedded.contents;
    expect(defaults.map((c) => [c.deliveryMethod, c.locale, c.default])).toEqual([
      ["SMS", "en", true],
      ["Email", "en", true],
      ["Voice", "en", true],
    ]);
    const missing = await failure(
      client.GET("/environments/{environmentID}/templates/{templateName}", template("no_such_template")),
    );
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it("creates, replaces and deletes custom contents, but never default ones", async () => {
    // As Ping advises, read the template before writing a content (see the rule's note on seeding).
    await unwrap(client.GET("/environments/{environmentID}/templates/{templateName}", template("device_pairing")));
    const created = await unwrap(
      client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
        ...template("device_pairing"),
        body: { deliveryMethod: "SMS", locale: "en", variant: "short", content: "Code ${otp}", sender: "Example" },
      }),
    );
    expect(created).toMatchObject({ template: { id: "device_pairing" }, default: false, variant: "short" });
    expect((await contentsOf("device_pairing"))._embedded.contents).toHaveLength(4);
    const custom = await unwrap(
      client.GET("/environments/{environmentID}/templates/{templateName}/contents", {
        params: {
          path: { environmentID, templateName: "device_pairing" },
          query: { filter: '(deliveryMethod eq "SMS") and (default eq false)' },
        },
      }),
    );
    expect(custom._embedded.contents.map((c) => c.id)).toEqual([created.id]);

    const replaced = await unwrap(
      client.PUT("/environments/{environmentID}/templates/{templateName}/contents/{contentID}", {
        ...content("device_pairing", created.id),
        body: { deliveryMethod: "SMS", locale: "en", variant: "short", content: "Your code: ${otp}" },
      }),
    );
    expect(replaced).toMatchObject({ default: false, template: { id: "device_pairing" } });
    expect((replaced as { content?: string }).content).toBe("Your code: ${otp}");
    // Channel and locale are fixed once the content exists.
    await rejected(
      client.PUT("/environments/{environmentID}/templates/{templateName}/contents/{contentID}", {
        ...content("device_pairing", created.id),
        body: { deliveryMethod: "SMS", locale: "fr", content: "Code ${otp}" },
      }),
      "locale",
    );

    const fallback = (await contentsOf("device_pairing"))._embedded.contents.find((c) => c.default === true)!;
    await rejected(
      client.PUT("/environments/{environmentID}/templates/{templateName}/contents/{contentID}", {
        ...content("device_pairing", fallback.id),
        body: { deliveryMethod: "SMS", locale: "en", content: "Mine now" },
      }),
      "default",
    );
    await rejected(
      client.DELETE(
        "/environments/{environmentID}/templates/{templateName}/contents/{contentID}",
        content("device_pairing", fallback.id),
      ),
      "default",
    );

    await unwrap(
      client.DELETE(
        "/environments/{environmentID}/templates/{templateName}/contents/{contentID}",
        content("device_pairing", created.id),
      ),
    );
    expect((await contentsOf("device_pairing"))._embedded.contents.every((c) => c.default)).toBe(true);
  });

  it("accepts only channels the template supports and the template of the path", async () => {
    await unwrap(client.GET("/environments/{environmentID}/templates", env()));
    await rejected(
      client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
        ...template("recovery_code_template"),
        body: { deliveryMethod: "SMS", locale: "en", content: "Code ${otp}" },
      }),
      "deliveryMethod",
    );
    await rejected(
      client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
        ...template("recovery_code_template"),
        body: { deliveryMethod: "Email", locale: "en", body: "Code ${otp}", template: { id: "general" } },
      }),
      "template.id",
    );
  });

  it("gives a new environment its templates straight away", async () => {
    const created = await unwrap(
      client.POST("/environments", {
        body: { name: "Fresh", region: "EU", type: "SANDBOX", license: { id: environmentID } },
      }),
    );
    const push = await unwrap(
      client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
        params: { path: { environmentID: created.id, templateName: "transaction" } },
        body: { deliveryMethod: "Push", locale: "en", title: "Approve?", body: "Approve the payment" },
      }),
    );
    expect(push).toMatchObject({ deliveryMethod: "Push", default: false });
    const settings = await unwrap(
      client.GET("/environments/{environmentID}/notificationsSettings", {
        params: { path: { environmentID: created.id } },
      }),
    );
    expect(settings.deliveryMode).toBe("WHITELIST");
  });
});

describe("notification settings and senders", () => {
  it("starts from the environment's type and takes only existing senders into the SMS fallback chain", async () => {
    const settings = await unwrap(client.GET("/environments/{environmentID}/notificationsSettings", env()));
    expect(settings).toMatchObject({ environment: { id: environmentID }, deliveryMode: "ALL" });
    await rejected(
      client.PUT("/environments/{environmentID}/notificationsSettings", {
        ...env(),
        body: { smsProvidersFallbackChain: ["6d4a3b2c-8e7f-4a9b-8c1d-2e3f4a5b6c7d", "PINGONE_TWILIO"] },
      }),
      "smsProvidersFallbackChain[0]",
    );
    const twilio = await unwrap(
      client.POST("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings", {
        ...env(),
        body: { provider: "CUSTOM_TWILIO", sid: "AC00000000000000000000000000000000", authToken: "twilio-secret" },
      }),
    );
    const updated = await unwrap(
      client.PUT("/environments/{environmentID}/notificationsSettings", {
        ...env(),
        body: { deliveryMode: "ALL", smsProvidersFallbackChain: [twilio.id, "PINGONE_TWILIO"] },
      }),
    );
    expect(updated.smsProvidersFallbackChain).toEqual([twilio.id, "PINGONE_TWILIO"]);
  });

  it("has no SMTP server until one is set, and never shows its password", async () => {
    const path = "/environments/{environmentID}/notificationsSettings/emailDeliverySettings" as const;
    expect(await failure(client.GET(path, env()))).toBeInstanceOf(NotFoundError);
    const saved = await unwrap(
      client.PUT(path, {
        ...env(),
        body: { host: "smtp.example.com", port: 587, username: "mailer", password: "smtp-secret" },
      }),
    );
    expect(saved).toMatchObject({ host: "smtp.example.com", port: 587, username: "mailer" });
    expect(saved).not.toHaveProperty("password");
    expect(await unwrap(client.GET(path, env()))).not.toHaveProperty("password");
    expect(context.sim.get(`/environments/${environmentID}/notificationsSettings/emailDeliverySettings`)).toMatchObject(
      {
        password: "smtp-secret",
      },
    );
    await unwrap(client.DELETE(path, env()));
    expect(await failure(client.GET(path, env()))).toBeInstanceOf(NotFoundError);
  });

  it("never returns a sender's secrets", async () => {
    const collection = "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings" as const;
    const custom = await unwrap(
      client.POST(collection, {
        ...env(),
        body: {
          provider: "CUSTOM_PROVIDER",
          name: "Gateway",
          authentication: {
            method: "OAUTH2",
            authUrl: "https://login.example.com/token",
            clientId: "c",
            clientSecret: "oauth-secret",
          },
          requests: [
            { deliveryMethod: "SMS", url: "https://sms.example.com", method: "POST", body: "to=${to}&m=${message}" },
          ],
          numbers: [{ type: "PHONE_NUMBER", number: "+14155552671", capabilities: ["SMS"] }],
        },
      }),
    );
    expect(custom).toMatchObject({ provider: "CUSTOM_PROVIDER", authentication: { method: "OAUTH2", clientId: "c" } });
    const syniverse = await unwrap(
      client.POST(collection, { ...env(), body: { provider: "CUSTOM_SYNIVERSE", authToken: "syniverse-secret" } }),
    );
    const page = await unwrap(client.GET(collection, env()));
    const shown = JSON.stringify([custom, syniverse, page]);
    for (const secret of ["oauth-secret", "syniverse-secret"]) expect(shown).not.toContain(secret);
    const one = await unwrap(
      client.GET(
        "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}",
        {
          params: { path: { environmentID, phoneDeliverySettingsID: custom.id } },
        },
      ),
    );
    expect(JSON.stringify(one)).not.toContain("oauth-secret");
    // The kind of sender is fixed.
    await rejected(
      client.PUT(
        "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}",
        {
          params: { path: { environmentID, phoneDeliverySettingsID: syniverse.id } },
          body: { provider: "CUSTOM_TWILIO", sid: "AC00000000000000000000000000000000", authToken: "t" },
        },
      ),
      "provider",
    );
  });

  it("selects a Twilio messaging service by replacing the sender as read", async () => {
    const created = await unwrap(
      client.POST("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings", {
        ...env(),
        body: {
          provider: "CUSTOM_TWILIO_MESSAGING_SERVICE",
          name: "Messaging",
          sid: "AC00000000000000000000000000000000",
          authToken: "messaging-secret",
        },
      }),
    );
    expect(JSON.stringify(created)).not.toContain("messaging-secret");
    const item = { params: { path: { environmentID, phoneDeliverySettingsID: created.id } } };
    const selected = await unwrap(
      client.PUT(
        "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}",
        {
          ...item,
          body: {
            id: created.id,
            provider: "CUSTOM_TWILIO_MESSAGING_SERVICE",
            name: "Messaging",
            sid: "AC00000000000000000000000000000000",
            messagingServices: [{ messagingServiceId: "MG465d7bf41867734f6ad964f3da781117", selected: true }],
          },
        },
      ),
    );
    expect(selected).toMatchObject({ id: created.id, messagingServices: [{ selected: true }] });
    await rejected(
      client.PUT(
        "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}",
        {
          ...item,
          body: {
            id: "6d4a3b2c-8e7f-4a9b-8c1d-2e3f4a5b6c7d",
            provider: "CUSTOM_TWILIO_MESSAGING_SERVICE",
            name: "Messaging",
            sid: "AC00000000000000000000000000000000",
          },
        },
      ),
      "id",
    );
  });

  it(`allows at most ${MAX_PHONE_DELIVERY_SETTINGS} senders per environment`, async () => {
    const collection = "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings" as const;
    const body = { provider: "CUSTOM_SYNIVERSE", authToken: "t" } as const;
    for (let i = 0; i < MAX_PHONE_DELIVERY_SETTINGS; i++) await unwrap(client.POST(collection, { ...env(), body }));
    await rejected(client.POST(collection, { ...env(), body }), "provider");
    expect((await unwrap(client.GET(collection, env())))._embedded.phoneDeliverySettings).toHaveLength(
      MAX_PHONE_DELIVERY_SETTINGS,
    );
  });
});

describe("notification policies", () => {
  it("keeps one default policy", async () => {
    const quotas = [{ type: "USER", deliveryMethods: ["SMS", "Voice"], total: 30 }] as const;
    const create = (name: string, isDefault: boolean) =>
      unwrap(
        client.POST("/environments/{environmentID}/notificationsPolicies", {
          ...env(),
          body: {
            name,
            default: isDefault,
            quotas: [...quotas].map((q) => ({ ...q, deliveryMethods: [...q.deliveryMethods] })),
          },
        }),
      );
    const first = await create("First", true);
    const second = await create("Second", true);
    const defaults = async () =>
      (
        await unwrap(client.GET("/environments/{environmentID}/notificationsPolicies", env()))
      )._embedded.notificationsPolicies
        .filter((p) => p.default === true)
        .map((p) => p.id);
    expect(await defaults()).toEqual([second.id]);
    await unwrap(
      client.PUT("/environments/{environmentID}/notificationsPolicies/{notificationsPolicyID}", {
        params: { path: { environmentID, notificationsPolicyID: first.id } },
        body: { name: "First", default: true, quotas: [{ type: "USER", deliveryMethods: ["Email"], total: 10 }] },
      }),
    );
    expect(await defaults()).toEqual([first.id]);
  });

  it("orders only senders of the environment", async () => {
    const sender = await unwrap(
      client.POST("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings", {
        ...env(),
        body: { provider: "CUSTOM_SYNIVERSE", authToken: "t" },
      }),
    );
    const body = (ids: string[]) => ({
      name: "Ordered",
      quotas: [{ type: "ENVIRONMENT" as const, deliveryMethods: ["SMS" as const, "Voice" as const], total: 1000 }],
      providerConfiguration: { conditions: [{ fallbackChain: ids.map((id) => ({ id })) }] },
    });
    await rejected(
      client.POST("/environments/{environmentID}/notificationsPolicies", {
        ...env(),
        body: body([sender.id, "6d4a3b2c-8e7f-4a9b-8c1d-2e3f4a5b6c7d"]),
      }),
      "providerConfiguration.conditions[0].fallbackChain[1].id",
    );
    const saved = await unwrap(
      client.POST("/environments/{environmentID}/notificationsPolicies", { ...env(), body: body([sender.id]) }),
    );
    expect(saved.providerConfiguration?.conditions?.[0]?.fallbackChain).toEqual([{ id: sender.id }]);
  });
});

const customEmailProvider: Schemas["NotificationsSettingsEmailDeliverySettingsCustomInput"] = {
  name: "ExampleMailApi",
  provider: "CUSTOM_PROVIDER",
  protocol: "HTTP",
  authentication: { method: "BEARER", authToken: "provider-token" },
  from: { address: "noreply@example.com" },
  requests: [
    {
      deliveryMethod: "EMAIL",
      method: "POST",
      url: "https://api.mail.example.com/v1/send",
      headers: { "content-type": "application/json" },
      body: '{"from": "${from}", "to": "${to}", "html": "${message}"}',
    },
  ],
};

describe("email delivery settings", () => {
  const path = "/environments/{environmentID}/notificationsSettings/emailDeliverySettings" as const;

  it("answers an SMTP server's protocol from its port (465 unless set)", async () => {
    const starttls = await unwrap(
      client.PUT(path, { ...env(), body: { host: "smtp.example.com", port: 587, username: "mailer", password: "s" } }),
    );
    expect(starttls).toMatchObject({ host: "smtp.example.com", port: 587, protocol: "SMTP" });
    const implicit = await unwrap(
      client.PUT(path, { ...env(), body: { host: "smtp.example.com", username: "mailer", password: "s" } }),
    );
    expect(implicit).toMatchObject({ port: 465, protocol: "SMTPS" });
    const read = await unwrap(client.GET(path, env()));
    expect(read.protocol).toBe("SMTPS");
    expect(read.port).toBe(465);
  });

  it("replaces the SMTP server with a custom provider whose token never comes back", async () => {
    await unwrap(client.PUT(path, { ...env(), body: { host: "smtp.example.com", username: "mailer", password: "s" } }));
    const saved = await unwrap(client.PUT(path, { ...env(), body: customEmailProvider }));
    expect(saved).toMatchObject({
      provider: "CUSTOM_PROVIDER",
      protocol: "HTTP",
      authentication: { method: "BEARER" },
    });
    expect(saved).not.toHaveProperty("host");
    const read = await unwrap(client.GET(path, env()));
    expect(read.protocol).toBe("HTTP");
    expect(read.requests?.[0]).toMatchObject({ deliveryMethod: "EMAIL", method: "POST" });
    expect(read.authentication).not.toHaveProperty("authToken");
    expect(context.sim.get(`/environments/${environmentID}/notificationsSettings/emailDeliverySettings`)).toMatchObject(
      {
        authentication: { authToken: "provider-token" },
      },
    );
  });

  it("rejects a body that mixes an SMTP server with a custom provider", async () => {
    // The types cannot forbid the mix (TypeScript has no closed object types); the service does.
    const mixed = {
      ...customEmailProvider,
      host: "smtp.example.com",
    } as Schemas["NotificationsSettingsEmailDeliverySettingsInput"];
    expect(await failure(client.PUT(path, { ...env(), body: mixed }))).toBeInstanceOf(BadRequestError);
  });
});
