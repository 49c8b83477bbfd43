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
  await client.DELETE(
    "/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}",
    addressPath,
  );
  await client.DELETE("/environments/{environmentID}/emailDomains/{emailDomainID}", domainPath);
  void [created, domains, one, environmentRecord, cname, spfStatus, address, addresses._embedded.trustedEmails, resent];
}
