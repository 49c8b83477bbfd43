// Compile-time check (run by `npm run typecheck`) for properties added to existing request
// bodies: the custom email provider beside the SMTP server, the icon of a rich-text form item,
// and negated conditions nested inside `and`/`or` conditions of sign-on policy actions.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const env = { params: { path: { environmentID } } } as const;

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
    if (saved.protocol === "HTTP") {
      const custom = saved as Schemas["NotificationsSettingsEmailDeliverySettingsCustom"];
      const method: string | undefined = custom.authentication?.method;
      const urls: (string | undefined)[] = (custom.requests ?? []).map((r) => r.url);
      // Credentials are never part of the answer.
      // @ts-expect-error
      void custom.authentication?.authToken;
      void method;
      void urls;
    }
  }
  await client.PUT("/environments/{environmentID}/notificationsSettings/emailDeliverySettings", {
    ...env,
    // @ts-expect-error a custom provider needs its requests
    body: { provider: "CUSTOM_PROVIDER", protocol: "HTTP", name: "x", authentication: { method: "BEARER" } },
  });
  // @ts-expect-error only EMAIL requests
  const sms: Schemas["NotificationsSettingsEmailCustomRequestInput"] = { deliveryMethod: "SMS", method: "GET", url: "u" };
  // @ts-expect-error closed method list
  const digest: Schemas["NotificationsSettingsEmailCustomAuthenticationInput"] = { method: "DIGEST" };
  void sms;
  void digest;
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

export function nestedConditions(): void {
  const condition: Schemas["SignOnPolicyActionConditionInput"] = {
    or: [
      { not: { contains: "${flow.request.http.remoteIp}", ipRange: ["198.51.100.0/24"] } },
      {
        and: [
          { not: { value: "${user.lifecycle.status}", equals: "ACCOUNT_OK" } },
          { not: { ipRisk: { minScore: 80, maxScore: 100 }, valid: "${flow.request.http.remoteIp}" } },
          { not: { secondsSince: "${session.lastSignOn.withAuthenticator.pwd.at}", greater: 600 } },
        ],
      },
    ],
  };
  void condition;
}
