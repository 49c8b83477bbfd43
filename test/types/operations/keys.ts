// Compile-time check for the custom domains, trusted email domains, keys, certificates and key
// rotation policies domain (run by `npm run typecheck`): every operation called through the
// client with a correctly typed request, and its result read with the expected type.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const customDomainID = "93838ab0-0238-40fa-ae4e-6b890882d323";
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
