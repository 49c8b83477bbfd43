// Custom domains, trusted email domains, keys, certificates and key rotation policies: what the
// generic CRUD cannot infer.
// - a custom domain: one per environment; created `VERIFICATION_REQUIRED` with a canonical name;
//   the verify action moves it to `SSL_CERTIFICATE_REQUIRED`, the certificate import to
//   `ACTIVE` with the certificate's expiry (the private key is never stored); PUT changes
//   `mtlsEnabled` only;
// - a trusted email address must belong to its domain and starts `VERIFICATION_REQUIRED`
//   (adding it again answers 200 with the existing one); the activate action (any code) makes it
//   `ACTIVE`, the resend action works only before that;
// - a generated key gets what PingOne computes (issuer, status, validity dates, serial number);
//   making a key the default of its usage type takes the flag from the others; PUT changes only
//   `default`, `usageType` and `issuerDN`; the CSR response import re-issues the certificate;
// - an imported certificate (a multipart upload the simulator does not parse) gets plausible
//   details "read from the file"; deleting it answers 202 with it, unless an application uses it;
// - a key rotation policy gets its current and next key; at most five per environment; the
//   default policy and the last policy cannot be deleted; a delete answers 202 with the ID.
import { randomInt, randomUUID } from "node:crypto";
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import { environmentPath, pathSegment, type RuleContext, type SimRule } from "../rules.ts";
import type { Resource } from "../store.ts";

const ENV = "/environments/{environmentID}";
const CUSTOM_DOMAINS = `${ENV}/customDomains`;
const CUSTOM_DOMAIN = `${CUSTOM_DOMAINS}/{customDomainID}`;
const TRUSTED_EMAILS = `${ENV}/emailDomains/{emailDomainID}/trustedEmails`;
const TRUSTED_EMAIL = `${TRUSTED_EMAILS}/{trustedEmailID}`;
const KEYS = `${ENV}/keys`;
const KEY = `${KEYS}/{keyID}`;
const KEY_CSR = `${KEY}/csr`;
const CERTIFICATES = `${ENV}/certificates`;
const CERTIFICATE = `${CERTIFICATES}/{certID}`;
const KEY_ROTATION_POLICIES = `${ENV}/keyRotationPolicies`;
const KEY_ROTATION_POLICY = `${KEY_ROTATION_POLICIES}/{keyRotationPolicyID}`;

const ACTIVATE = "application/vnd.pingidentity.trustedemail.activate+json";
const VERIFY = "application/vnd.pingidentity.domainname.verify+json";
const IMPORT_CERTIFICATE = "application/vnd.pingidentity.certificate.import+json";
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_ROTATION_POLICIES = 5;

export const keysRule: SimRule = (ctx, next) => {
  const { template, method } = ctx;
  if (template === CUSTOM_DOMAINS && method === "post") return createCustomDomain(ctx, next);
  if (template === CUSTOM_DOMAIN && method === "post") return customDomainAction(ctx);
  if (template === CUSTOM_DOMAIN && method === "put") return updateCustomDomain(ctx);
  if (template === TRUSTED_EMAILS && method === "post") return createTrustedEmail(ctx, next);
  if (template === TRUSTED_EMAIL && method === "post") return trustedEmailAction(ctx);
  if (template === KEYS && method === "post") return createKey(ctx, next);
  if (template === KEY && method === "put") return updateKey(ctx);
  if (template === KEY_CSR && method === "put") return importCsrResponse(ctx);
  if (template === KEY_CSR && method === "get") return exportCsr(ctx);
  if (template === CERTIFICATES && method === "post") return importCertificate(ctx, next);
  if (template === KEY_ROTATION_POLICIES && method === "post") return createKeyRotationPolicy(ctx, next);
  if (template === KEY_ROTATION_POLICY && method === "delete") return deleteKeyRotationPolicy(ctx, next);
  if (template === CERTIFICATE && method === "delete") return deleteCertificate(ctx, next);
  return next();
};

// --- helpers

/**
 * An item as the API returns it: its own and its environment's links first, without the store's
 * timestamps (only keys declare `createdAt`).
 */
function present(ctx: RuleContext, path: string, item: Resource): Resource {
  const { createdAt, updatedAt: _, ...rest } = item;
  const base = ctx.resources.apiBase;
  const created = ctx.template.startsWith(KEYS) && createdAt !== undefined ? { createdAt } : {};
  return {
    _links: { self: { href: base + path }, environment: { href: base + environmentPath(ctx) } },
    ...rest,
    ...created,
  };
}

function notFound(kind: string, id: string | undefined): SimResponse {
  return errorResponse(404, `Unable to find ${kind} with id ${id ?? ""}.`);
}

/** Adds `extra` to what a generic create stored and answered. */
function enrichCreated(ctx: RuleContext, created: SimResponse, extra: Resource): SimResponse {
  if (created.status !== 201) return created;
  const location = created.headers?.Location;
  const path = location?.startsWith(ctx.resources.apiBase) ? location.slice(ctx.resources.apiBase.length) : undefined;
  const stored = path ? ctx.resources.get(path) : undefined;
  if (!path || !stored) return created;
  ctx.resources.put(path, { ...stored, ...extra });
  return { ...created, body: { ...(created.body as Resource), ...extra } };
}

function later(ctx: RuleContext, days: number): string {
  return new Date(Date.parse(ctx.resources.now()) + days * DAY_MS).toISOString();
}

// --- custom domains

function createCustomDomain(ctx: RuleContext, next: () => SimResponse): SimResponse {
  if (ctx.resources.list(`${environmentPath(ctx)}/customDomains`).length > 0)
    return invalid([
      { code: "INVALID_VALUE", target: "domainName", message: "An environment can have only one custom domain." },
    ]);
  return enrichCreated(ctx, next(), {
    status: "VERIFICATION_REQUIRED",
    canonicalName: `${randomUUID()}.edge1.pingone.com`,
  });
}

function customDomainAction(ctx: RuleContext): SimResponse {
  const path = `${environmentPath(ctx)}/customDomains/${pathSegment(ctx.params.customDomainID)}`;
  const domain = ctx.resources.get(path);
  if (!domain) return notFound("custom domain", ctx.params.customDomainID);
  let updated: Resource;
  if (ctx.contentType === VERIFY) {
    // Verifying again changes nothing.
    if (domain.status !== "VERIFICATION_REQUIRED") return answer(ctx, path, domain);
    updated = { ...domain, status: "SSL_CERTIFICATE_REQUIRED" };
  } else if (ctx.contentType === IMPORT_CERTIFICATE) {
    if (domain.status === "VERIFICATION_REQUIRED")
      return errorResponse(400, "The custom domain must be verified before its certificate is imported.", [
        { code: "INVALID_VALUE", target: "status", message: "status is VERIFICATION_REQUIRED" },
      ]);
    // Only the certificate's expiry is kept; the PEM texts and the private key are not stored.
    updated = { ...domain, status: "ACTIVE", certificate: { expiresAt: later(ctx, 365) } };
  } else {
    return errorResponse(
      415,
      `Send ${VERIFY} or ${IMPORT_CERTIFICATE} as the Content-Type to act on a custom domain, not ${ctx.contentType || "nothing"}.`,
    );
  }
  ctx.resources.put(path, updated);
  return answer(ctx, path, updated);
}

function answer(ctx: RuleContext, path: string, item: Resource): SimResponse {
  return { status: 200, body: present(ctx, path, item) };
}

function updateCustomDomain(ctx: RuleContext): SimResponse {
  const path = `${environmentPath(ctx)}/customDomains/${pathSegment(ctx.params.customDomainID)}`;
  const domain = ctx.resources.get(path);
  if (!domain) return notFound("custom domain", ctx.params.customDomainID);
  const body = (ctx.body ?? {}) as Resource;
  const updated = { ...domain, ...("mtlsEnabled" in body ? { mtlsEnabled: body.mtlsEnabled } : {}) };
  ctx.resources.put(path, updated);
  return answer(ctx, path, updated);
}

// --- trusted email addresses

function createTrustedEmail(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const domainID = ctx.params.emailDomainID;
  const domain = ctx.resources.get(`${environmentPath(ctx)}/emailDomains/${pathSegment(domainID)}`);
  const address = String((ctx.body as Resource | undefined)?.emailAddress ?? "");
  const domainName = String(domain?.domainName ?? "").toLowerCase();
  if (domain && !address.toLowerCase().endsWith(`@${domainName}`))
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "emailAddress",
        message: `emailAddress must be an address of the trusted email domain ${domainName}`,
      },
    ]);
  const addresses = `${environmentPath(ctx)}/emailDomains/${pathSegment(domainID)}/trustedEmails`;
  const existing = ctx.resources
    .list(addresses)
    .find((item) => String(item.emailAddress).toLowerCase() === address.toLowerCase());
  if (existing) return answer(ctx, `${addresses}/${pathSegment(String(existing.id))}`, existing);
  // Ping's data model names the domain `emailDomain`, its examples `domain` and `domainId`.
  const ref = { id: domainID };
  return enrichCreated(ctx, next(), {
    status: "VERIFICATION_REQUIRED",
    emailDomain: ref,
    domain: ref,
    domainId: domainID,
  });
}

function trustedEmailAction(ctx: RuleContext): SimResponse {
  const path = `${environmentPath(ctx)}/emailDomains/${pathSegment(ctx.params.emailDomainID)}/trustedEmails/${pathSegment(ctx.params.trustedEmailID)}`;
  const address = ctx.resources.get(path);
  if (!address) return notFound("trusted email address", ctx.params.trustedEmailID);
  if (ctx.contentType === ACTIVATE) {
    const activated = { ...address, status: "ACTIVE" };
    ctx.resources.put(path, activated);
    return answer(ctx, path, activated);
  }
  if (address.status === "ACTIVE")
    return errorResponse(400, "The trusted email address is already active; no code is sent.");
  return answer(ctx, path, address);
}

// --- keys and certificates

function serialNumber(): number {
  return randomInt(1, 2 ** 47);
}

function createKey(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const body = (ctx.body ?? {}) as Resource;
  const created = next();
  if (created.status !== 201) return created;
  const subjectDN = String(body.subjectDN ?? "");
  const commonName = /(?:^|,)\s*CN=([^,]*)/.exec(subjectDN)?.[1]?.trim();
  const days = typeof body.validityPeriod === "number" ? body.validityPeriod : 365;
  const extra: Resource = {
    name: body.name ?? commonName ?? subjectDN,
    issuerDN: body.issuerDN ?? subjectDN,
    serialNumber: body.serialNumber ?? serialNumber(),
    status: "VALID",
    default: body.default === true,
    environment: { id: ctx.params.environmentID },
    createdAt: ctx.resources.now(),
    startsAt: ctx.resources.now(),
    expiresAt: later(ctx, days),
  };
  const result = enrichCreated(ctx, created, extra);
  if (body.default === true) clearOtherDefaults(ctx, (result.body as Resource).id as string, body.usageType);
  return result;
}

/** One default key per usage type: the new default takes the flag from the others. */
function clearOtherDefaults(ctx: RuleContext, keyID: string, usageType: unknown): void {
  const keys = `${environmentPath(ctx)}/keys`;
  for (const key of ctx.resources.list(keys))
    if (key.id !== keyID && key.default === true && key.usageType === usageType)
      ctx.resources.put(`${keys}/${pathSegment(String(key.id))}`, { ...key, default: false });
}

/** The stored key the request's path names. */
const keyPath = (ctx: RuleContext) => `${environmentPath(ctx)}/keys/${pathSegment(ctx.params.keyID)}`;

function updateKey(ctx: RuleContext): SimResponse {
  const path = keyPath(ctx);
  const key = ctx.resources.get(path);
  if (!key) return notFound("key", ctx.params.keyID);
  if (key.status === "EXPIRED") return errorResponse(400, "An expired key cannot be updated.");
  const body = (ctx.body ?? {}) as Resource;
  const updated: Resource = {
    ...key,
    default: body.default,
    usageType: body.usageType,
    ...(body.issuerDN === undefined ? {} : { issuerDN: body.issuerDN }),
  };
  ctx.resources.put(path, updated);
  if (body.default === true) clearOtherDefaults(ctx, String(key.id), body.usageType);
  return answer(ctx, path, updated);
}

/**
 * A PEM "CSR" naming the key, whatever the Accept header asked for: the simulator makes no
 * real cryptography, and its rules do not see request headers.
 */
function exportCsr(ctx: RuleContext): SimResponse {
  const key = ctx.resources.get(keyPath(ctx));
  if (!key) return notFound("key", ctx.params.keyID);
  const body = Buffer.from(`Simulated certificate request for ${String(key.subjectDN ?? key.name)}`).toString("base64");
  return {
    status: 200,
    headers: { "Content-Type": "application/x-pem-file" },
    body: `-----BEGIN CERTIFICATE REQUEST-----\n${body.replace(/.{1,64}/g, "$&\n")}-----END CERTIFICATE REQUEST-----\n`,
  };
}

function importCsrResponse(ctx: RuleContext): SimResponse {
  const path = keyPath(ctx);
  const key = ctx.resources.get(path);
  if (!key) return notFound("key", ctx.params.keyID);
  // The upload is not parsed: the key now carries a CA-issued certificate with fresh dates.
  const days = typeof key.validityPeriod === "number" ? key.validityPeriod : 365;
  const updated: Resource = {
    ...key,
    issuerDN: "CN=Simulated CA, O=PingOne Simulator",
    serialNumber: serialNumber(),
    status: "VALID",
    startsAt: ctx.resources.now(),
    expiresAt: later(ctx, days),
  };
  ctx.resources.put(path, updated);
  return answer(ctx, path, updated);
}

function importCertificate(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const created = next();
  if (created.status !== 201) return created;
  // PingOne reads these from the uploaded file; the simulator does not parse multipart bodies.
  const enriched = enrichCreated(ctx, created, {
    name: "simulated.example.com",
    subjectDN: "CN=simulated.example.com, O=PingOne Simulator, C=US",
    issuerDN: "CN=Simulated CA, O=PingOne Simulator, C=US",
    serialNumber: serialNumber(),
    algorithm: "RSA",
    keyLength: 2048,
    signatureAlgorithm: "SHA256withRSA",
    usageType: "SIGNING",
    status: "VALID",
    default: false,
    validityPeriod: 365,
    environment: { id: ctx.params.environmentID },
    createdAt: ctx.resources.now(),
    startsAt: ctx.resources.now(),
    expiresAt: later(ctx, 365),
  });
  // Ping answers this upload with 202 Accepted.
  return { ...enriched, status: 202 };
}

// --- key rotation policies

function createKeyRotationPolicy(ctx: RuleContext, next: () => SimResponse): SimResponse {
  if (ctx.resources.list(`${environmentPath(ctx)}/keyRotationPolicies`).length >= MAX_KEY_ROTATION_POLICIES)
    return errorResponse(400, `An environment can have at most ${MAX_KEY_ROTATION_POLICIES} key rotation policies.`);
  const body = (ctx.body ?? {}) as Resource;
  return enrichCreated(ctx, next(), {
    default: false,
    rotationPeriod: body.rotationPeriod ?? 90,
    currentKeyId: randomUUID(),
    nextKeyId: randomUUID(),
    rotatedAt: ctx.resources.now(),
    environment: { id: ctx.params.environmentID },
  });
}

/** Ping answers these deletes 202 with a body; the generic handler answers 204. */
function accepted(deleted: SimResponse, body: Resource): SimResponse {
  return deleted.status === 204 ? { status: 202, body } : deleted;
}

function deleteKeyRotationPolicy(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const policies = `${environmentPath(ctx)}/keyRotationPolicies`;
  const policy = ctx.resources.get(`${policies}/${pathSegment(ctx.params.keyRotationPolicyID)}`);
  if (!policy) return next();
  if (policy.default === true) return errorResponse(400, "The default key rotation policy cannot be deleted.");
  if (ctx.resources.list(policies).length <= 1)
    return errorResponse(400, "The last key rotation policy of an environment cannot be deleted.");
  return accepted(next(), { id: policy.id });
}

function deleteCertificate(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const path = `${environmentPath(ctx)}/certificates/${pathSegment(ctx.params.certID)}`;
  const certificate = ctx.resources.get(path);
  if (!certificate) return next();
  const users = ctx.resources
    .list(`${environmentPath(ctx)}/applications`)
    .filter((app) => JSON.stringify(app).includes(`"${String(certificate.id)}"`));
  if (users.length > 0)
    return errorResponse(400, `The certificate is used by ${users.length} application(s) and cannot be deleted.`);
  return accepted(next(), present(ctx, path, certificate));
}
