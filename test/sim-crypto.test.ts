// The cryptographic operation rules of the simulator (encrypt, decrypt, sign, verify), over HTTP
// through the client.
import { describe, expect, it } from "vitest";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  return { client, environmentID, env: { params: { path: { environmentID } } } };
}

const KEY = {
  subjectDN: "CN=Crypto 2026, OU=IT, O=Example, L=Denver, ST=CO, C=US",
  algorithm: "RSA",
  keyLength: 2048,
  signatureAlgorithm: "SHA256withRSA",
  validityPeriod: 30,
} as const;

async function keyFor(usageType: "SIGNING" | "ENCRYPTION") {
  const { client, env } = setup();
  const created = await client.POST("/environments/{environmentID}/keys", { ...env, body: { ...KEY, usageType } });
  expect(created.response.status).toBe(201);
  return created.data!.id;
}

describe("encryption and decryption", () => {
  it("decrypts with the same key what it encrypted, and nothing else", async () => {
    const { client, env } = setup();
    const keyID = await keyFor("ENCRYPTION");
    const plainText = Buffer.from("Hello, World!").toString("base64");
    const encrypted = await client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { key: { id: keyID }, plainText },
    });
    expect(encrypted.response.status).toBe(200);
    const cipherText = encrypted.data!.cipherText!;
    expect(cipherText).not.toContain(plainText);

    const again = await client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { key: { id: keyID }, plainText },
    });
    expect(again.data?.cipherText).not.toBe(cipherText);

    const decrypted = await client.POST("/environments/{environmentID}/decryptions", {
      ...env,
      body: { key: { id: keyID }, cipherText },
    });
    expect(decrypted.response.status).toBe(200);
    expect(decrypted.data).toEqual({ plainText });

    const otherKey = await keyFor("ENCRYPTION");
    const wrong = await client.POST("/environments/{environmentID}/decryptions", {
      ...env,
      body: { key: { id: otherKey }, cipherText },
    });
    expect(wrong.response.status).toBe(400);
    expect(wrong.error?.details?.[0]?.target).toBe("cipherText");
  });

  it("needs an existing encryption key", async () => {
    const { client, env } = setup();
    const missing = await client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { key: { id: "0b1c3e5a-8f2d-4a6b-9c7e-2d4f6a8b0c1e" }, plainText: "SGk=" },
    });
    expect(missing.response.status).toBe(404);

    const signingKey = await keyFor("SIGNING");
    const misused = await client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { key: { id: signingKey }, plainText: "SGk=" },
    });
    expect(misused.response.status).toBe(400);

    const neither = await client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { plainText: "SGk=" },
    });
    expect(neither.response.status).toBe(400);
  });
});

describe("signing and verification", () => {
  it("verifies its own signature with the signing key and rejects changed data or another key", async () => {
    const { client, env } = setup();
    const keyID = await keyFor("SIGNING");
    const signed = await client.POST("/environments/{environmentID}/signings", {
      ...env,
      body: { key: { id: keyID }, algorithm: "SHA256withRSA", plainText: "Hello, World!" },
    });
    expect(signed.response.status).toBe(200);
    const signature = signed.data!.signature!;

    const valid = await client.POST("/environments/{environmentID}/verifications", {
      ...env,
      body: { key: { id: keyID }, plainText: "Hello, World!", signature },
    });
    expect(valid.response.status).toBe(200);
    expect(valid.data).toEqual({ valid: true });

    const changed = await client.POST("/environments/{environmentID}/verifications", {
      ...env,
      body: { key: { id: keyID }, plainText: "Hello, World?", signature },
    });
    expect(changed.data).toEqual({ valid: false });

    const otherKey = await keyFor("SIGNING");
    const other = await client.POST("/environments/{environmentID}/verifications", {
      ...env,
      body: { key: { id: otherKey }, plainText: "Hello, World!", signature },
    });
    expect(other.data).toEqual({ valid: false });
  });

  it("refuses an algorithm that does not suit the key", async () => {
    const { client, env } = setup();
    const keyID = await keyFor("SIGNING");
    const refused = await client.POST("/environments/{environmentID}/signings", {
      ...env,
      body: { key: { id: keyID }, algorithm: "SHA256withECDSA", plainText: "Hello" },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error?.details?.[0]?.target).toBe("algorithm");
  });
});

describe("notification settings reset", () => {
  it("restores the defaults of the environment's type and answers them", async () => {
    const { client, env } = setup();
    const before = await client.GET("/environments/{environmentID}/notificationsSettings", env);
    expect(before.response.status).toBe(200);
    const changed = await client.PUT("/environments/{environmentID}/notificationsSettings", {
      ...env,
      body: {
        restrictions: { smsVoiceQuota: { daily: 5 } },
        from: { name: "Example", address: "noreply@example.com" },
      },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data?.restrictions?.smsVoiceQuota?.daily).toBe(5);

    const reset = await client.DELETE("/environments/{environmentID}/notificationsSettings", env);
    expect(reset.response.status).toBe(200);
    expect(reset.data).toMatchObject({
      deliveryMode: before.data!.deliveryMode,
      restrictions: { smsVoiceQuota: { daily: 30 } },
      smsProvidersFallbackChain: [],
      from: { address: "noreply@pingidentity.com" },
    });
    const after = await client.GET("/environments/{environmentID}/notificationsSettings", env);
    expect(after.data).toMatchObject({
      deliveryMode: before.data!.deliveryMode,
      restrictions: { smsVoiceQuota: { daily: 30 } },
    });
  });
});

describe("notification template variants", () => {
  it("renames and deletes a variant's custom contents together, never the defaults", async () => {
    const { client, environmentID, env } = setup();
    await client.GET("/environments/{environmentID}/templates", env);
    const template = { params: { path: { environmentID, templateName: "device_pairing" } } } as const;
    for (const [deliveryMethod, locale] of [
      ["SMS", "en"],
      ["SMS", "fr"],
    ] as const) {
      const created = await client.POST("/environments/{environmentID}/templates/{templateName}/contents", {
        ...template,
        body: { deliveryMethod, locale, variant: "Short", content: "Code ${otp}", sender: "Example" },
      });
      expect(created.response.status).toBe(201);
    }
    const byVariant = (name: string) =>
      ({ params: { ...template.params, query: { filter: `variant eq "${name}"` } } }) as const;

    const renamed = await client.PATCH("/environments/{environmentID}/templates/{templateName}/contents", {
      ...byVariant("short"),
      body: { variant: "brief" },
    });
    expect(renamed.response.status).toBe(200);
    expect(renamed.data?._embedded.contents.map((c) => [c.locale, c.variant])).toEqual([
      ["en", "brief"],
      ["fr", "brief"],
    ]);

    const unsupported = await client.PATCH("/environments/{environmentID}/templates/{templateName}/contents", {
      params: { ...template.params, query: { filter: 'variant eq "brief" and locale eq "en"' } },
      body: { variant: "x" },
    });
    expect(unsupported.response.status).toBe(400);

    const deleted = await client.DELETE(
      "/environments/{environmentID}/templates/{templateName}/contents",
      byVariant("BRIEF"),
    );
    expect(deleted.response.status).toBe(204);
    const left = await client.GET("/environments/{environmentID}/templates/{templateName}/contents", template);
    expect(left.data?._embedded.contents.every((c) => c.default === true)).toBe(true);
    expect(left.data?._embedded.contents.length).toBeGreaterThan(0);
  });
});
