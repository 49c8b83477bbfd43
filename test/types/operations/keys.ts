// Compile-time check for the custom domains, trusted email domains, keys, certificates and key
// rotation policies domain (run by `npm run typecheck`): every operation called through the
// client with a correctly typed request, and its result read with the expected type.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const customDomainID = "93838ab0-0238-40fa-ae4e-6b890882d323";
const emailDomainID = "0b1c3e5a-8f2d-4a6b-9c7e-2d4f6a8b0c1e";
const trustedEmailID = "6e2f0c4a-1b3d-4e5f-8a7b-9c0d1e2f3a4b";
const keyID = "4d2b0f3e-9a1c-4c6e-8b5d-7f0a2e4c6b8d";
const certID = "2c4e6a8b-0d1f-4a3b-9c5d-7e9f1a3b5c7d";
const keyRotationPolicyID = "8a0c2e4f-6b8d-4f1a-9b3c-5d7e9f1b3d5f";
const env = { params: { path: { environmentID } } } as const;

export async function customDomainOperations(): Promise<void> {
  const domainPath = { params: { path: { environmentID, customDomainID } } } as const;
  const created: Schemas["CustomDomain"] = await unwrap(
    client.POST("/environments/{environmentID}/customDomains", { ...env, body: { domainName: "auth.example.com" } }),
  );
  const canonical: string | undefined = created.canonicalName;
  const page: Schemas["CustomDomainCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/customDomains", env),
  );
  const domains: Schemas["CustomDomain"][] = page._embedded.customDomains;
  const one: Schemas["CustomDomain"] = await unwrap(
    client.GET("/environments/{environmentID}/customDomains/{customDomainID}", domainPath),
  );
  const status: Schemas["CustomDomainStatus"] | (string & {}) | undefined = one.status;
  await unwrap(
    client.PUT("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      body: { mtlsEnabled: true },
    }),
  );
  const verified: Schemas["CustomDomain"] = await unwrap(
    client.POST("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      headers: { "Content-Type": "application/vnd.pingidentity.domainName.verify+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      body: {
        certificate: "-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----",
        intermediateCertificates: "-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----",
        privateKey: "-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----",
      },
      headers: { "Content-Type": "application/vnd.pingidentity.certificate.import+json" },
    }),
  );
  // @ts-expect-error the private key is write-only: response models do not carry it
  void verified.privateKey;
  await client.DELETE("/environments/{environmentID}/customDomains/{customDomainID}", domainPath);
  void [canonical, domains, status];
}

export async function emailDomainOperations(): Promise<void> {
  const domainPath = { params: { path: { environmentID, emailDomainID } } } as const;
  const addressPath = { params: { path: { environmentID, emailDomainID, trustedEmailID } } } as const;
  const created: Schemas["EmailDomain"] = await unwrap(
    client.POST("/environments/{environmentID}/emailDomains", { ...env, body: { domainName: "mail.example.com" } }),
  );
  const page: Schemas["EmailDomainCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/emailDomains", env),
  );
  const domains: Schemas["EmailDomain"][] = page._embedded.emailDomains;
  const one: Schemas["EmailDomain"] = await unwrap(
    client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}", domainPath),
  );
  const ownership: Schemas["EmailDomainOwnershipStatus"] = await unwrap(
    client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}/ownership", domainPath),
  );
  const environmentRecord: string | undefined = ownership.environmentDnsRecord?.value;
  const dkim: Schemas["EmailDomainDkimStatus"] = await unwrap(
    client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}/dkim", domainPath),
  );
  const cname: string | undefined = dkim.regions?.[0]?.tokens?.[0]?.value;
  const spf: Schemas["EmailDomainSpfStatus"] = await unwrap(
    client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}/spf", domainPath),
  );
  const spfStatus: Schemas["EmailDomainVerificationStatus"] | (string & {}) | undefined = spf.status;
  const address: Schemas["EmailDomainTrustedEmail"] = await unwrap(
    client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails", {
      ...domainPath,
      body: { emailAddress: "noreply@mail.example.com" },
    }),
  );
  const addresses: Schemas["EmailDomainTrustedEmailCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails", domainPath),
  );
  await unwrap(
    client.GET(
      "/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}",
      addressPath,
    ),
  );
  const resent: Schemas["EmailDomainTrustedEmail"] = await unwrap(
    client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}", {
      ...addressPath,
      headers: { "Content-Type": "application/vnd.pingidentity.trustedEmail.sendVerificationCode+json" },
    }),
  );
  const activated: Schemas["EmailDomainTrustedEmail"] = await unwrap(
    client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}", {
      ...addressPath,
      body: { verificationCode: "avu0w4lt" },
      headers: { "Content-Type": "application/vnd.pingidentity.trustedEmail.activate+json" },
    }),
  );
  const domainRef: string | undefined = activated.emailDomain?.id ?? activated.domain?.id ?? activated.domainId;
  await client.DELETE(
    "/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}",
    addressPath,
  );
  await client.DELETE("/environments/{environmentID}/emailDomains/{emailDomainID}", domainPath);
  void [
    created,
    domains,
    one,
    environmentRecord,
    cname,
    spfStatus,
    address,
    addresses._embedded.trustedEmails,
    resent,
    domainRef,
  ];
}

/**
 * Multipart bodies go out as FormData, with no Content-Type of their own: fetch sets
 * `multipart/form-data` with its boundary.
 */
function formData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body))
    if (value !== undefined) form.append(name, value instanceof Blob ? value : String(value));
  return form;
}

export async function keyOperations(): Promise<void> {
  const keyPath = { params: { path: { environmentID, keyID } } } as const;
  const created: Schemas["Key"] = await unwrap(
    client.POST("/environments/{environmentID}/keys", {
      ...env,
      body: {
        name: "Signing 2026",
        subjectDN: "CN=Signing 2026, OU=IT, O=Example, L=Denver, ST=CO, C=US",
        algorithm: "EC",
        keyLength: 256,
        signatureAlgorithm: "SHA512withECDSA",
        usageType: "SIGNING",
        validityPeriod: 365,
        default: false,
      },
    }),
  );
  const status: Schemas["KeyStatus"] | (string & {}) | undefined = created.status;
  const p12 = new Blob([new Uint8Array([0x30, 0x82])], { type: "application/x-pkcs12" });
  const imported: Schemas["Key"] = await unwrap(
    client.POST("/environments/{environmentID}/keys", {
      ...env,
      body: { file: p12, usageType: "ENCRYPTION", password: "export-password" },
      bodySerializer: formData,
    }),
  );
  // @ts-expect-error the PKCS#12 password is write-only: response models do not carry it
  void imported.password;
  const page: Schemas["KeyCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/keys", {
      params: { path: { environmentID }, query: { filter: 'status eq "VALID"' } },
    }),
  );
  const keys: Schemas["Key"][] = page._embedded.keys;
  await unwrap(client.GET("/environments/{environmentID}/keys/{keyID}", keyPath));
  const pem = await client.GET("/environments/{environmentID}/keys/{keyID}", {
    ...keyPath,
    headers: { Accept: "application/x-x509-ca-cert, application/json" },
    parseAs: "text",
  });
  await unwrap(
    client.PUT("/environments/{environmentID}/keys/{keyID}", {
      ...keyPath,
      body: { default: true, usageType: "SIGNING" },
    }),
  );
  const apps: Schemas["ApplicationCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/keys/{keyID}/applications", keyPath),
  );
  // Not JSON: the CSR comes as a Blob.
  const csr: Blob = await unwrap(
    client.GET("/environments/{environmentID}/keys/{keyID}/csr", {
      params: { ...keyPath.params, header: { Accept: "application/x-pem-file" } },
    }),
  );
  const signed: Schemas["Key"] = await unwrap(
    client.PUT("/environments/{environmentID}/keys/{keyID}/csr", {
      ...keyPath,
      body: { file: new Blob(["-----BEGIN CERTIFICATE-----"]) },
      bodySerializer: formData,
    }),
  );
  await client.DELETE("/environments/{environmentID}/keys/{keyID}", keyPath);
  void [status, keys, pem.response, apps._embedded.applications, csr, signed];
}

export async function certificateOperations(): Promise<void> {
  const certPath = { params: { path: { environmentID, certID } } } as const;
  const imported: Schemas["Certificate"] = await unwrap(
    client.POST("/environments/{environmentID}/certificates", {
      ...env,
      body: { file: new Blob(["-----BEGIN CERTIFICATE-----"]), usageType: "SIGNING" },
      bodySerializer: formData,
    }),
  );
  const page: Schemas["CertificateCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/certificates", env),
  );
  const certificates: Schemas["Certificate"][] = page._embedded.certificates;
  const one: Schemas["Certificate"] = await unwrap(
    client.GET("/environments/{environmentID}/certificates/{certID}", certPath),
  );
  const usage: Schemas["KeyUsageType"] | (string & {}) | undefined = one.usageType;
  const apps: Schemas["ApplicationCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/certificates/{certID}/applications", certPath),
  );
  const deleted: Schemas["Certificate"] = await unwrap(
    client.DELETE("/environments/{environmentID}/certificates/{certID}", certPath),
  );
  void [imported, certificates, usage, apps, deleted];
}

export async function keyRotationPolicyOperations(): Promise<void> {
  const policyPath = { params: { path: { environmentID, keyRotationPolicyID } } } as const;
  const spec = {
    name: "Token signing",
    dn: "CN=Token signing, OU=IT, O=Example, L=Denver, ST=CO, C=US",
    algorithm: "RSA",
    keyLength: 2048,
    signatureAlgorithm: "SHA256withRSA",
    usageType: "SIGNING",
    validityPeriod: 365,
  } as const;
  const created: Schemas["KeyRotationPolicy"] = await unwrap(
    client.POST("/environments/{environmentID}/keyRotationPolicies", {
      ...env,
      body: { ...spec, rotationPeriod: 120 },
    }),
  );
  const current: string | undefined = created.currentKeyId;
  const page: Schemas["KeyRotationPolicyCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/keyRotationPolicies", env),
  );
  const policies: Schemas["KeyRotationPolicy"][] = page._embedded.keyRotationPolicies;
  await unwrap(client.GET("/environments/{environmentID}/keyRotationPolicies/{keyRotationPolicyID}", policyPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/keyRotationPolicies/{keyRotationPolicyID}", {
      ...policyPath,
      body: { ...spec, rotationPeriod: 60 },
    }),
  );
  await client.POST("/environments/{environmentID}/keyRotationPolicies", {
    ...env,
    // @ts-expect-error rotation policies generate RSA keys only
    body: { ...spec, algorithm: "EC" },
  });
  const deleted: Schemas["KeyRotationPolicyDeleted"] = await unwrap(
    client.DELETE("/environments/{environmentID}/keyRotationPolicies/{keyRotationPolicyID}", policyPath),
  );
  void [current, policies, deleted.id];
}

// mtlsEnabled on a new custom domain; its status stays the service's.
export async function customDomainBodies(): Promise<void> {
  // Custom domains: mtlsEnabled (Create Domain request model)
  const domain: Schemas["CustomDomain"] = await unwrap(
    client.POST("/environments/{environmentID}/customDomains", {
      ...env,
      body: { domainName: "auth.example.eu", mtlsEnabled: true },
    }),
  );
  const mtls: boolean | undefined = domain.mtlsEnabled;
  await client.POST("/environments/{environmentID}/customDomains", {
    ...env,
    // @ts-expect-error status is set by the service (VERIFICATION_REQUIRED, ...)
    body: { domainName: "auth.example.eu", status: "ACTIVE" },
  });
  void mtls;
}
