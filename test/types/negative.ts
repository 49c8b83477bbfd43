// Compile-time check (run by `npm run typecheck`): each call below is wrong, and the build
// fails if any of them stops being a type error (an unused @ts-expect-error is an error).
import { createPingOneClient, sendAs } from "../../src/index.ts";

const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";

export async function wrongCalls(): Promise<void> {
  // A required body field is missing (`type`).
  // @ts-expect-error
  await client.POST("/environments", { body: { name: "Dev", region: "EU" } });

  // Request bodies are closed: a property the operation does not have, with and without `params`.
  // @ts-expect-error
  await client.POST("/environments", { body: { name: "Dev", region: "EU", type: "SANDBOX", colour: "blue" } });
  await client.POST("/environments/{environmentID}/groups", {
    params: { path: { environmentID } },
    // @ts-expect-error
    body: { name: "Staff", colour: "blue" },
  });

  // A request enum only takes the documented values.
  // @ts-expect-error
  await client.POST("/environments", { body: { name: "Dev", region: "MARS", type: "SANDBOX" } });

  // The path parameter is `environmentID`, not `environmentId`.
  // @ts-expect-error
  await client.GET("/environments/{environmentID}", { params: { path: { environmentId: environmentID } } });

  // Path parameters are required.
  // @ts-expect-error
  await client.GET("/environments/{environmentID}");

  // Options that would go around the client's transport or send its token elsewhere.
  // @ts-expect-error
  await client.GET("/environments", { baseUrl: "https://elsewhere.example.com/v1" });
  // @ts-expect-error
  await client.GET("/environments", { middleware: [] });

  // The path does not exist, or not with that method.
  // @ts-expect-error
  await client.GET("/environment");
  // @ts-expect-error
  await client.PATCH("/environments/{environmentID}", { params: { path: { environmentID } } });

  // The SAML variant requires its own fields; the discriminator picks the variant.
  await client.POST("/environments/{environmentID}/applications", {
    params: { path: { environmentID } },
    // @ts-expect-error
    body: { name: "SAML app", enabled: true, type: "WEB_APP", protocol: "SAML", grantTypes: ["AUTHORIZATION_CODE"] },
  });

  // A PingOne store's REGION takes the documented values only.
  await client.POST("/environments/{environmentID}/propagation/stores", {
    params: { path: { environmentID } },
    body: {
      name: "Target",
      type: "PingOne",
      // @ts-expect-error
      configuration: { ENVIRONMENT_ID: environmentID, REGION: "Mars", CLIENT_ID: "id", CLIENT_SECRET: "secret" },
    },
  });

  // A reference in a request carries only the ID.
  await client.POST("/environments", {
    // @ts-expect-error
    body: { name: "Dev", region: "EU", type: "SANDBOX", license: { id: environmentID, name: "x" } },
  });

  // Unknown call options are rejected.
  // @ts-expect-error
  await client.GET("/environments", { retries: 3 });
}

export async function wrongMediaTypes(): Promise<void> {
  const params = { path: { environmentID, userID: "u" } };
  const password = "/environments/{environmentID}/users/{userID}/password" as const;
  // The right body for its media type compiles (the contrast to the two errors below).
  await sendAs(client, "POST", password, "application/vnd.pingidentity.password.check+json", {
    params,
    body: { password: "Secret123!" },
  });
  // A password check body cannot go out as a recovery: sendAs types the body from the media type.
  await sendAs(client, "POST", password, "application/vnd.pingidentity.password.recover+json", {
    params,
    // @ts-expect-error `password` belongs to the check action, not to recover
    body: { password: "Secret123!" },
  });
  // Only the operation's own media types exist.
  // @ts-expect-error no such media type on this operation
  await sendAs(client, "POST", password, "application/vnd.pingidentity.account.unlock+json", { params });
}
