// Compile-time check (run by `npm run typecheck`) for notifications: templates and their
// contents (email, SMS, voice and push variants), notification settings, the SMTP server,
// custom SMS and voice senders (Twilio, Syniverse, custom provider) and notification policies.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const contentID = "9f1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
const phoneDeliverySettingsID = "5c3f2a1b-7d6e-4f8a-9b0c-1d2e3f4a5b6c";
const notificationsPolicyID = "9ac09c18-27d9-477f-a338-3438cea37601";
const env = { params: { path: { environmentID } } } as const;

export async function notificationTemplates(): Promise<void> {
  const page: Schemas["NotificationTemplateCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/templates", {
      params: { path: { environmentID }, query: { limit: 20 } },
    }),
  );
  const names: string[] = page._embedded.templates.map((t) => t.id);
  // Known names complete in editors; names PingOne adds later are accepted too.
  const templatePath = { params: { path: { environmentID, templateName: "device_pairing" } } } as const;
  const template: Schemas["NotificationTemplate"] = await unwrap(
    client.GET("/environments/{environmentID}/templates/{templateName}", templatePath),
  );
  await unwrap(
    client.GET("/environments/{environmentID}/templates/{templateName}", {
      params: { path: { environmentID, templateName: "a_template_added_later" } },
    }),
  );
  const methods: (Schemas["NotificationTemplateDeliveryMethod"] | (string & {}))[] = template.deliveryMethods ?? [];
  void names;
  void methods;

  const contents: Schemas["NotificationTemplateContentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/templates/{templateName}/contents", {
      params: { ...templatePath.params, query: { filter: 'deliveryMethod eq "SMS"', limit: 50 } },
    }),
  );
  for (const content of contents._embedded.contents) {
    if (content.deliveryMethod === "SMS") {
      const text: string | undefined = (content as Schemas["NotificationTemplateContentSms"]).content;
      void text;
    }
  }
  const bodies: Schemas["NotificationTemplateContentInput"][] = [
    { deliveryMethod: "Email", locale: "en", subject: "Finish pairing", body: "Code: ${otp}" },
    { deliveryMethod: "SMS", locale: "en", variant: "short", content: "Code: ${otp}", sender: "Example" },
    {
      deliveryMethod: "Voice",
      locale: "en",
      content: "Your code is <sayCharValue>${otp}</sayCharValue>",
      voice: "Woman",
    },
    {
      deliveryMethod: "Push",
      locale: "en",
      title: "Approve?",
      body: "Approve the payment",
      pushCategory: "BANNER_BUTTONS",
    },
  ];
  for (const body of bodies) {
    const created: Schemas["NotificationTemplateContent"] = await unwrap(
      client.POST("/environments/{environmentID}/templates/{templateName}/contents", { ...templatePath, body }),
    );
    void created;
  }
  // A variant's own fields are required: push needs a title.
  await client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
    ...templatePath,
    // @ts-expect-error
    body: { deliveryMethod: "Push", locale: "en", body: "Approve the payment" },
  });
  // Request bodies are closed: an SMS content has no subject.
  await client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
    ...templatePath,
    // @ts-expect-error
    body: { deliveryMethod: "SMS", locale: "en", content: "Code: ${otp}", subject: "nope" },
  });

  const contentPath = { params: { path: { environmentID, templateName: "device_pairing", contentID } } } as const;
  const one: Schemas["NotificationTemplateContent"] = await unwrap(
    client.GET("/environments/{environmentID}/templates/{templateName}/contents/{contentID}", contentPath),
  );
  const replaced: Schemas["NotificationTemplateContent"] = await unwrap(
    client.PUT("/environments/{environmentID}/templates/{templateName}/contents/{contentID}", {
      ...contentPath,
      body: { deliveryMethod: "Email", locale: "en", subject: "New subject", body: "Code: ${otp}" },
    }),
  );
  const gone: undefined = await unwrap(
    client.DELETE("/environments/{environmentID}/templates/{templateName}/contents/{contentID}", contentPath),
  );
  void one;
  void replaced;
  void gone;
}

export async function notificationsSettings(): Promise<void> {
  const settings: Schemas["NotificationsSettings"] = await unwrap(
    client.GET("/environments/{environmentID}/notificationsSettings", env),
  );
  const mode: Schemas["NotificationsSettingsDeliveryMode"] | (string & {}) | undefined = settings.deliveryMode;
  void mode;
  const updated: Schemas["NotificationsSettings"] = await unwrap(
    client.PUT("/environments/{environmentID}/notificationsSettings", {
      ...env,
      body: {
        deliveryMode: "WHITELIST",
        whitelist: [{ user: { id: environmentID } }],
        restrictions: { smsVoiceQuota: { daily: 30 } },
        smsProvidersFallbackChain: [phoneDeliverySettingsID, "PINGONE_TWILIO"],
        from: { name: "Example", address: "noreply@example.com" },
      },
    }),
  );
  void updated;

  const smtp: Schemas["NotificationsSettingsEmailDeliverySettings"] = await unwrap(
    client.GET("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", env),
  );
  // The SMTP password is write-only: it is not part of what the service returns.
  // @ts-expect-error
  void smtp.password;
  await unwrap(
    client.PUT("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", {
      ...env,
      body: { host: "smtp.example.com", port: 587, username: "mailer", password: "secret" },
    }),
  );
  // ...and required in every replacement.
  await client.PUT("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", {
    ...env,
    // @ts-expect-error
    body: { host: "smtp.example.com", username: "mailer" },
  });
  const removed: undefined = await unwrap(
    client.DELETE("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", env),
  );
  void removed;
}

export async function phoneDeliverySettings(): Promise<void> {
  const bodies: Schemas["PhoneDeliverySettingsInput"][] = [
    { provider: "CUSTOM_TWILIO", sid: "AC00000000000000000000000000000000", authToken: "token" },
    { provider: "CUSTOM_SYNIVERSE", name: "Syniverse", authToken: "token" },
    {
      provider: "CUSTOM_TWILIO_MESSAGING_SERVICE",
      name: "Messaging",
      sid: "AC00000000000000000000000000000000",
      authToken: "t",
    },
    {
      provider: "CUSTOM_PROVIDER",
      name: "Custom",
      authentication: { method: "BEARER", authToken: "token" },
      requests: [
        { deliveryMethod: "SMS", url: "https://sms.example.com", method: "POST", body: "to=${to}&m=${message}" },
      ],
      numbers: [{ type: "SHORT_CODE", number: "55501", supportedCountries: ["US"] }],
    },
  ];
  for (const body of bodies) {
    const sender: Schemas["PhoneDeliverySettings"] = await unwrap(
      client.POST("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings", { ...env, body }),
    );
    if (sender.provider === "CUSTOM_TWILIO") {
      const twilio = sender as Schemas["PhoneDeliverySettingsTwilio"];
      const sid: string | undefined = twilio.sid;
      // Secrets never come back.
      // @ts-expect-error
      void twilio.authToken;
      void sid;
    }
  }
  // Twilio needs its account SID.
  await client.POST("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings", {
    ...env,
    // @ts-expect-error
    body: { provider: "CUSTOM_TWILIO", authToken: "token" },
  });
  const page: Schemas["PhoneDeliverySettingsCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings", env),
  );
  void page._embedded.phoneDeliverySettings;
  const senderPath = { params: { path: { environmentID, phoneDeliverySettingsID } } } as const;
  const one: Schemas["PhoneDeliverySettings"] = await unwrap(
    client.GET(
      "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}",
      senderPath,
    ),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}", {
      ...senderPath,
      body: {
        provider: "CUSTOM_PROVIDER",
        name: "Renamed",
        authentication: { method: "BASIC", username: "u", password: "p" },
        requests: [{ deliveryMethod: "VOICE", url: "https://voice.example.com?to=${to}&m=${message}", method: "GET" }],
        numbers: [{ type: "PHONE_NUMBER", number: "+14155552671", capabilities: ["VOICE"] }],
      },
    }),
  );
  const deleted: undefined = await unwrap(
    client.DELETE(
      "/environments/{environmentID}/notificationsSettings/phoneDeliverySettings/{phoneDeliverySettingsID}",
      senderPath,
    ),
  );
  void one;
  void deleted;
}

export async function notificationsPolicies(): Promise<void> {
  const created: Schemas["NotificationsPolicy"] = await unwrap(
    client.POST("/environments/{environmentID}/notificationsPolicies", {
      ...env,
      body: {
        name: "Per user",
        quotas: [{ type: "USER", deliveryMethods: ["SMS", "Voice"], total: 30 }],
        countryLimit: { type: "ALLOWED", countries: ["US", "CA"] },
        cooldownConfiguration: {
          email: { enabled: false },
          sms: {
            enabled: true,
            periods: [
              { duration: 30, timeUnit: "SECONDS" },
              { duration: 2, timeUnit: "MINUTES" },
              { duration: 10, timeUnit: "MINUTES" },
            ],
            resendLimit: 5,
            groupBy: "USER_ID",
          },
          voice: { enabled: false },
          whatsApp: { enabled: false },
        },
        providerConfiguration: { conditions: [{ fallbackChain: [{ id: phoneDeliverySettingsID }] }] },
      },
    }),
  );
  // A cooldown configuration names all four channels.
  await client.POST("/environments/{environmentID}/notificationsPolicies", {
    ...env,
    body: {
      name: "Partial",
      quotas: [{ type: "USER", deliveryMethods: ["Email"], total: 5 }],
      // @ts-expect-error
      cooldownConfiguration: { email: { enabled: false } },
    },
  });
  const page: Schemas["NotificationsPolicyCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/notificationsPolicies", env),
  );
  const isDefault: boolean | undefined = page._embedded.notificationsPolicies[0]?.default;
  const policyPath = { params: { path: { environmentID, notificationsPolicyID } } } as const;
  const one: Schemas["NotificationsPolicy"] = await unwrap(
    client.GET("/environments/{environmentID}/notificationsPolicies/{notificationsPolicyID}", policyPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/notificationsPolicies/{notificationsPolicyID}", {
      ...policyPath,
      body: {
        name: "Per user",
        quotas: [{ type: "USER", deliveryMethods: ["SMS", "Voice"], claimed: 35, unclaimed: 45 }],
      },
    }),
  );
  const deleted: undefined = await unwrap(
    client.DELETE("/environments/{environmentID}/notificationsPolicies/{notificationsPolicyID}", policyPath),
  );
  void created;
  void isDefault;
  void one;
  void deleted;
}

export async function customEmailProvider(): Promise<void> {
  const request: Schemas["NotificationsSettingsEmailCustomRequestInput"] = {
    deliveryMethod: "EMAIL",
    method: "POST",
    url: "https://api.mail.example.com/v1/send",
    headers: { "content-type": "application/json" },
    body: '{"from": "${from}", "to": "${to}", "html": "${message}"}',
  };
  const authentications: Schemas["NotificationsSettingsEmailCustomAuthenticationInput"][] = [
    { method: "BASIC", username: "mailer", password: "secret" },
    { method: "BEARER", authToken: "token" },
    { method: "OAUTH2", authUrl: "https://auth.mail.example.com/token", clientId: "id", clientSecret: "secret" },
    { method: "CUSTOM_HEADER", headerName: "X-Api-Key", headerValue: "key" },
  ];
  for (const authentication of authentications) {
    const saved: Schemas["NotificationsSettingsEmailDeliverySettings"] = await unwrap(
      client.PUT("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", {
        ...env,
        body: {
          provider: "CUSTOM_PROVIDER",
          protocol: "HTTP",
          name: "ExampleMailApi",
          authentication,
          requests: [request],
          from: { address: "noreply@example.com" },
        },
      }),
    );
    const method: string | undefined = saved.authentication?.method;
    const urls: (string | undefined)[] = (saved.requests ?? []).map((r) => r.url);
    // Credentials are never part of the answer.
    // @ts-expect-error
    void saved.authentication?.authToken;
    void method;
    void urls;
  }
  await client.PUT("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", {
    ...env,
    // @ts-expect-error a custom provider needs its requests
    body: { provider: "CUSTOM_PROVIDER", protocol: "HTTP", name: "x", authentication: { method: "BEARER" } },
  });
  const sms: Schemas["NotificationsSettingsEmailCustomRequestInput"] = {
    // @ts-expect-error only EMAIL requests
    deliveryMethod: "SMS",
    method: "GET",
    url: "u",
  };
  // @ts-expect-error closed method list
  const digest: Schemas["NotificationsSettingsEmailCustomAuthenticationInput"] = { method: "DIGEST" };
  void sms;
  void digest;
}
