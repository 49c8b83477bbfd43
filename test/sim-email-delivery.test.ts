// Email delivery settings over HTTP through the client: an SMTP server's protocol follows
// from its port, a custom email provider (called over HTTP) replaces the SMTP server and
// never shows its credentials, and a body mixing both kinds is rejected.
import { beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, unwrap, type components, type PingOneClient } from "../src/index.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

type Schemas = components["schemas"];
const context = useSimulator();
let client: PingOneClient;
let environmentID: string;

beforeEach(() => {
  client = clientFor(context.sim, context.clock, { maxRetries: 0 });
  environmentID = context.sim.environmentId;
});

const path = "/environments/{environmentID}/notificationsSettings/emailDeliverySettings" as const;
const env = () => ({ params: { path: { environmentID } } });

const custom: Schemas["NotificationsSettingsEmailDeliverySettingsCustomInput"] = {
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
    const saved = await unwrap(client.PUT(path, { ...env(), body: custom }));
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
    const mixed = { ...custom, host: "smtp.example.com" } as Schemas["NotificationsSettingsEmailDeliverySettingsInput"];
    const error = await unwrap(client.PUT(path, { ...env(), body: mixed })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
