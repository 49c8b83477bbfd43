// Compile-time check for the cryptographic operations (encrypt, decrypt, sign, verify) and the
// notification operations added with them (run by `npm run typecheck`): every operation called
// through the client with a correctly typed request, and its result read with the expected type.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const keyID = "4d2b0f3e-9a1c-4c6e-8b5d-7f0a2e4c6b8d";
const certID = "2c4e6a8b-0d1f-4a3b-9c5d-7e9f1a3b5c7d";
const env = { params: { path: { environmentID } } } as const;

export async function cryptographicOperations(): Promise<void> {
  const encrypted: Schemas["EncryptionResult"] = await unwrap(
    client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { key: { id: keyID }, plainText: "SGVsbG8sIFdvcmxkIQ==" },
    }),
  );
  const cipherText: string | undefined = encrypted.cipherText;
  await unwrap(
    client.POST("/environments/{environmentID}/encryptions", {
      ...env,
      body: { certificate: { id: certID }, plainText: "SGVsbG8=" },
    }),
  );
  const decrypted: Schemas["DecryptionResult"] = await unwrap(
    client.POST("/environments/{environmentID}/decryptions", {
      ...env,
      body: { key: { id: keyID }, cipherText: cipherText ?? "" },
    }),
  );
  const plainText: string | undefined = decrypted.plainText;
  const signed: Schemas["SigningResult"] = await unwrap(
    client.POST("/environments/{environmentID}/signings", {
      ...env,
      body: { key: { id: keyID }, algorithm: "SHA256withRSA", plainText: plainText ?? "" },
    }),
  );
  const signature: string | undefined = signed.signature;
  const checked: Schemas["VerificationResult"] = await unwrap(
    client.POST("/environments/{environmentID}/verifications", {
      ...env,
      body: { key: { id: keyID }, plainText: "Hello, World!", signature: signature ?? "" },
    }),
  );
  const valid: boolean | undefined = checked.valid;
  void valid;
}

export async function notificationSettingsReset(): Promise<void> {
  const reset: Schemas["NotificationsSettings"] = await unwrap(
    client.DELETE("/environments/{environmentID}/notificationsSettings", env),
  );
  const mode: string | undefined = reset.deliveryMode;
  void mode;
}

export async function notificationTemplateVariants(): Promise<void> {
  const variant = {
    params: { path: { environmentID, templateName: "device_pairing" }, query: { filter: 'variant eq "variant_C"' } },
  } as const;
  const renamed: Schemas["NotificationTemplateContentCollection"] = await unwrap(
    client.PATCH("/environments/{environmentID}/templates/{templateName}/contents", {
      ...variant,
      body: { variant: "variant_D" },
    }),
  );
  const contents: Schemas["NotificationTemplateContent"][] = renamed._embedded.contents;
  void contents;
  await unwrap(client.DELETE("/environments/{environmentID}/templates/{templateName}/contents", variant));
}
