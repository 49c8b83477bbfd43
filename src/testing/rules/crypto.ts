// Cryptographic operations with an environment's keys (encrypt, decrypt, sign, verify): actions
// the generic CRUD would store as resources. The simulator holds no real key pairs, so it stands
// a secret derived from the key's (or certificate's) ID in for both halves of a pair:
// - encryption seals the data with AES-256-GCM under that secret; only decryption with the same
//   key opens it again (a certificate has no private key in PingOne, so its ciphertexts cannot be
//   decrypted here);
// - a signature is an HMAC of the data under the secret of the signing key; verification with the
//   same key (or a certificate of the same ID) says `valid: true`, anything else `valid: false`;
// - the key or certificate must exist in the environment (404 otherwise); a key must have the
//   usage type of the operation, and a signature algorithm must suit the key's algorithm.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { Buffer } from "node:buffer";
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import { environmentPath, pathSegment, type RuleContext, type SimRule } from "../rules.ts";
import type { Resource } from "../store.ts";

const ENV = "/environments/{environmentID}";

/** Per process: ciphertexts and signatures of one simulator run are not valid in another. */
const MASTER = randomBytes(32);
const IV_BYTES = 12;
const TAG_BYTES = 16;

type Handler = (ctx: RuleContext) => SimResponse;

const HANDLERS: Record<string, Handler> = {
  [`post ${ENV}/encryptions`]: encrypt,
  [`post ${ENV}/decryptions`]: decrypt,
  [`post ${ENV}/signings`]: sign,
  [`post ${ENV}/verifications`]: verify,
};

export const cryptoRule: SimRule = (ctx, next) => {
  const handler = HANDLERS[`${ctx.method} ${ctx.template}`];
  return handler ? handler(ctx) : next();
};

interface Material {
  /** `keys` or `certificates`. */
  readonly kind: "keys" | "certificates";
  readonly id: string;
  readonly stored: Resource;
}

function idOf(ref: unknown): string | undefined {
  const id = (ref as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}

/** The key or certificate a request names, or the error response to send. */
function material(ctx: RuleContext, allowCertificate: boolean): Material | SimResponse {
  const body = (ctx.body ?? {}) as Resource;
  const keyID = idOf(body.key);
  const certID = allowCertificate ? idOf(body.certificate) : undefined;
  if (keyID !== undefined && certID !== undefined)
    return invalid([
      { code: "INVALID_VALUE", target: "certificate", message: "Name either a key or a certificate, not both." },
    ]);
  if (keyID === undefined && certID === undefined)
    return invalid([
      {
        code: "REQUIRED_VALUE",
        target: allowCertificate ? "key" : "key.id",
        message: allowCertificate ? "Name a key or a certificate." : "Name the key.",
      },
    ]);
  const kind = keyID !== undefined ? "keys" : "certificates";
  const id = (keyID ?? certID) as string;
  const stored = ctx.resources.get(`${environmentPath(ctx)}/${kind}/${pathSegment(id)}`);
  if (!stored) return errorResponse(404, `Unable to find ${kind === "keys" ? "key" : "certificate"} with id ${id}.`);
  return { kind, id, stored };
}

function isResponse(value: Material | SimResponse): value is SimResponse {
  return "status" in value;
}

/** A key used for what its usage type does not allow. */
function wrongUsage(found: Material, usage: string, target: string): SimResponse | undefined {
  const actual = found.stored.usageType;
  if (found.kind !== "keys" || actual === undefined || actual === usage) return undefined;
  return invalid([
    {
      code: "INVALID_VALUE",
      target,
      message: `The key's usage type is ${String(actual)}; this operation needs ${usage}.`,
    },
  ]);
}

/** The secret standing in for the key pair of a key or certificate. */
function secretOf(id: string): Buffer {
  return createHmac("sha256", MASTER).update(`pair:${id}`).digest();
}

function encrypt(ctx: RuleContext): SimResponse {
  const found = material(ctx, true);
  if (isResponse(found)) return found;
  const misuse = wrongUsage(found, "ENCRYPTION", "key");
  if (misuse) return misuse;
  const data = Buffer.from(String((ctx.body as Resource).plainText), "base64");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", secretOf(found.id), iv);
  const sealed = Buffer.concat([cipher.update(data), cipher.final()]);
  return { status: 200, body: { cipherText: Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64") } };
}

function decrypt(ctx: RuleContext): SimResponse {
  const found = material(ctx, false);
  if (isResponse(found)) return found;
  const misuse = wrongUsage(found, "ENCRYPTION", "key");
  if (misuse) return misuse;
  const raw = Buffer.from(String((ctx.body as Resource).cipherText), "base64");
  const unreadable = invalid([
    { code: "INVALID_VALUE", target: "cipherText", message: "The data cannot be decrypted with this key." },
  ]);
  if (raw.length < IV_BYTES + TAG_BYTES) return unreadable;
  try {
    const decipher = createDecipheriv("aes-256-gcm", secretOf(found.id), raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const data = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return { status: 200, body: { plainText: data.toString("base64") } };
  } catch {
    return unreadable;
  }
}

function signatureOf(id: string, plainText: string): Buffer {
  return createHmac("sha256", secretOf(id)).update(plainText).digest();
}

function sign(ctx: RuleContext): SimResponse {
  const found = material(ctx, false);
  if (isResponse(found)) return found;
  const misuse = wrongUsage(found, "SIGNING", "key");
  if (misuse) return misuse;
  const body = ctx.body as Resource;
  const algorithm = String(body.algorithm);
  const keyAlgorithm = found.stored.algorithm;
  const family = algorithm.endsWith("withECDSA") ? "EC" : "RSA";
  if (keyAlgorithm !== undefined && keyAlgorithm !== family)
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "algorithm",
        message: `${algorithm} does not suit the key's algorithm ${String(keyAlgorithm)}.`,
      },
    ]);
  return { status: 200, body: { signature: signatureOf(found.id, String(body.plainText)).toString("base64") } };
}

function verify(ctx: RuleContext): SimResponse {
  const found = material(ctx, true);
  if (isResponse(found)) return found;
  const body = ctx.body as Resource;
  const expected = signatureOf(found.id, String(body.plainText));
  const given = Buffer.from(String(body.signature), "base64");
  const valid = given.length === expected.length && timingSafeEqual(given, expected);
  return { status: 200, body: { valid } };
}
