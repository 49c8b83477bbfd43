// The custom domain, trusted email, key, certificate and key rotation policy rules of the
// simulator, over HTTP through the client.
import { describe, expect, it } from "vitest";
import { unwrap } from "../src/index.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  return { client, environmentID, env: { params: { path: { environmentID } } } };
}

const CERTIFICATE = {
  certificate: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
  privateKey: "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----",
};

describe("custom domains", () => {
  it("goes from verification to certificate to active, one per environment", async () => {
    const { client, environmentID, env } = setup();
    const created = await client.POST("/environments/{environmentID}/customDomains", {
      ...env,
      body: { domainName: "auth.example.com" },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ domainName: "auth.example.com", status: "VERIFICATION_REQUIRED" });
    expect(created.data?.canonicalName).toMatch(/\.pingone\.com$/);

    const second = await client.POST("/environments/{environmentID}/customDomains", {
      ...env,
      body: { domainName: "login.example.com" },
    });
    expect(second.response.status).toBe(400);

    const domainPath = { params: { path: { environmentID, customDomainID: created.data!.id } } };
    const early = await client.POST("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      body: CERTIFICATE,
      headers: { "Content-Type": "application/vnd.pingidentity.certificate.import+json" },
    });
    expect(early.response.status).toBe(400);

    const verified = await client.POST("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      headers: { "Content-Type": "application/vnd.pingidentity.domainName.verify+json" },
    });
    expect(verified.data?.status).toBe("SSL_CERTIFICATE_REQUIRED");

    const active = await client.POST("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      body: CERTIFICATE,
      headers: { "Content-Type": "application/vnd.pingidentity.certificate.import+json" },
    });
    expect(active.data?.status).toBe("ACTIVE");
    expect(active.data?.certificate?.expiresAt).toEqual(expect.any(String));
    expect(JSON.stringify(active.data)).not.toContain("PRIVATE KEY");

    const updated = await client.PUT("/environments/{environmentID}/customDomains/{customDomainID}", {
      ...domainPath,
      body: { mtlsEnabled: true },
    });
    expect(updated.data).toMatchObject({ domainName: "auth.example.com", status: "ACTIVE", mtlsEnabled: true });
    const read = await client.GET("/environments/{environmentID}/customDomains/{customDomainID}", domainPath);
    expect(read.data).toMatchObject({ status: "ACTIVE", mtlsEnabled: true });
    expect(JSON.stringify(read.data)).not.toContain("PRIVATE KEY");
  });
});

describe("trusted email domains", () => {
  it("accepts addresses of the domain only, starting unverified, and resends their code", async () => {
    const { client, environmentID, env } = setup();
    const domain = await client.POST("/environments/{environmentID}/emailDomains", {
      ...env,
      body: { domainName: "mail.example.com" },
    });
    const domainPath = { params: { path: { environmentID, emailDomainID: domain.data!.id } } };
    const foreign = await client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails", {
      ...domainPath,
      body: { emailAddress: "noreply@other.example.com" },
    });
    expect(foreign.response.status).toBe(400);
    const address = await client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails", {
      ...domainPath,
      body: { emailAddress: "noreply@mail.example.com" },
    });
    expect(address.response.status).toBe(201);
    expect(address.data).toMatchObject({ status: "VERIFICATION_REQUIRED", emailDomain: { id: domain.data!.id } });
    const again = await client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails", {
      ...domainPath,
      body: { emailAddress: "NoReply@mail.example.com" },
    });
    expect(again.response.status).toBe(200);
    expect(again.data?.id).toBe(address.data!.id);

    const addressPath = {
      params: { path: { environmentID, emailDomainID: domain.data!.id, trustedEmailID: address.data!.id } },
    };
    const resend = () =>
      client.POST("/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}", {
        ...addressPath,
        headers: { "Content-Type": "application/vnd.pingidentity.trustedEmail.sendVerificationCode+json" },
      });
    const resent = await resend();
    expect(resent.response.status).toBe(200);
    expect(resent.data?.emailAddress).toBe("noreply@mail.example.com");
    const activated = await client.POST(
      "/environments/{environmentID}/emailDomains/{emailDomainID}/trustedEmails/{trustedEmailID}",
      {
        ...addressPath,
        body: { verificationCode: "avu0w4lt" },
        headers: { "Content-Type": "application/vnd.pingidentity.trustedEmail.activate+json" },
      },
    );
    expect(activated.data?.status).toBe("ACTIVE");
    expect((await resend()).response.status).toBe(400);

    const dkim = await client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}/dkim", domainPath);
    expect(dkim.data?.type).toBe("CNAME");
    const missing = await client.GET("/environments/{environmentID}/emailDomains/{emailDomainID}/spf", {
      params: { path: { environmentID, emailDomainID: "5f0c7c1e-0000-4000-8000-000000000000" } },
    });
    expect(missing.response.status).toBe(404);
  });
});

describe("keys", () => {
  const spec = {
    subjectDN: "CN=Signing 2026, OU=IT, O=Example, L=Denver, ST=CO, C=US",
    algorithm: "RSA",
    keyLength: 2048,
    signatureAlgorithm: "SHA256withRSA",
    usageType: "SIGNING",
    validityPeriod: 30,
  } as const;

  it("computes a generated key's certificate details and keeps one default per usage type", async () => {
    const { client, environmentID, env } = setup();
    const first = await client.POST("/environments/{environmentID}/keys", { ...env, body: { ...spec, default: true } });
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({
      name: "Signing 2026",
      issuerDN: spec.subjectDN,
      status: "VALID",
      default: true,
    });
    const days = (Date.parse(first.data!.expiresAt!) - Date.parse(first.data!.startsAt!)) / 86_400_000;
    expect(days).toBe(30);

    const second = await client.POST("/environments/{environmentID}/keys", { ...env, body: spec });
    const secondPath = { params: { path: { environmentID, keyID: second.data!.id } } };
    const promoted = await client.PUT("/environments/{environmentID}/keys/{keyID}", {
      ...secondPath,
      body: { default: true, usageType: "SIGNING" },
    });
    expect(promoted.data).toMatchObject({ default: true, subjectDN: spec.subjectDN, keyLength: 2048 });
    const firstNow = await client.GET("/environments/{environmentID}/keys/{keyID}", {
      params: { path: { environmentID, keyID: first.data!.id } },
    });
    expect(firstNow.data?.default).toBe(false);
    const ec = await client.GET("/environments/{environmentID}/keys", {
      params: { path: { environmentID }, query: { filter: 'algorithm eq "EC"' } },
    });
    expect(ec.data?._embedded.keys).toEqual([]);
    const valid = await client.GET("/environments/{environmentID}/keys", {
      params: { path: { environmentID }, query: { filter: 'status eq "VALID"' } },
    });
    expect(valid.data?._embedded.keys).toHaveLength(2);

    // The CSR is not JSON: the client hands it over as a Blob, whole.
    const csr = await unwrap(
      client.GET("/environments/{environmentID}/keys/{keyID}/csr", {
        params: { ...secondPath.params, header: { Accept: "application/x-pem-file" } },
      }),
    );
    expect(csr).toBeInstanceOf(Blob);
    expect(await csr.text()).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE REQUEST-----\n$/);
    const noKey = await client.GET("/environments/{environmentID}/keys/{keyID}/csr", {
      params: { path: { environmentID, keyID: "00000000-0000-4000-8000-000000000000" }, header: { Accept: "application/x-pem-file" } },
    });
    expect(noKey.response.status).toBe(404);

    const form = new FormData();
    form.append("file", new Blob(["-----BEGIN CERTIFICATE-----"]), "signed.pem");
    const signed = await client.PUT("/environments/{environmentID}/keys/{keyID}/csr", {
      ...secondPath,
      body: { file: undefined },
      bodySerializer: () => form,
    });
    expect(signed.response.status).toBe(200);
    expect(signed.data?.issuerDN).not.toBe(spec.subjectDN);
  });
});

describe("certificates", () => {
  it("imports an uploaded certificate with 202, and deletes it with 202 once no application uses it", async () => {
    const { client, environmentID, env } = setup();
    const form = new FormData();
    form.append("file", new Blob(["-----BEGIN CERTIFICATE-----"]), "partner.crt");
    form.append("usageType", "SIGNING");
    const imported = await client.POST("/environments/{environmentID}/certificates", {
      ...env,
      body: { file: undefined, usageType: "SIGNING" },
      bodySerializer: () => form,
    });
    expect(imported.response.status).toBe(202);
    expect(imported.data).toMatchObject({ status: "VALID", usageType: "SIGNING" });
    const read = await client.GET("/environments/{environmentID}/certificates/{certID}", {
      params: { path: { environmentID, certID: imported.data!.id } },
    });
    expect(read.data?.subjectDN).toBe(imported.data?.subjectDN);
    const app = await client.POST("/environments/{environmentID}/applications", {
      ...env,
      body: {
        name: "Partner SSO",
        enabled: true,
        type: "WEB_APP",
        protocol: "SAML",
        acsUrls: ["https://partner.example.com/acs"],
        assertionDuration: 60,
        spEntityId: "partner",
        spVerification: { authnRequestSigned: true, certificates: [{ id: imported.data!.id }] },
      },
    });
    expect(app.response.status).toBe(201);
    const certPath = { params: { path: { environmentID, certID: imported.data!.id } } };
    const inUse = await client.DELETE("/environments/{environmentID}/certificates/{certID}", certPath);
    expect(inUse.response.status).toBe(400);
    await client.DELETE("/environments/{environmentID}/applications/{applicationID}", {
      params: { path: { environmentID, applicationID: app.data!.id } },
    });
    const deleted = await client.DELETE("/environments/{environmentID}/certificates/{certID}", certPath);
    expect(deleted.response.status).toBe(202);
    expect(deleted.data?.id).toBe(imported.data!.id);
  });
});

describe("key rotation policies", () => {
  it("gives a policy its current and next key, allows five, and keeps the last one", async () => {
    const { client, environmentID, env } = setup();
    const body = {
      name: "Token signing",
      dn: "CN=Token signing, O=Example, C=US",
      algorithm: "RSA",
      keyLength: 2048,
      signatureAlgorithm: "SHA256withRSA",
      usageType: "SIGNING",
      validityPeriod: 365,
    } as const;
    const created = await client.POST("/environments/{environmentID}/keyRotationPolicies", { ...env, body });
    expect(created.data).toMatchObject({ rotationPeriod: 90, default: false });
    expect(created.data?.currentKeyId).toEqual(expect.any(String));
    expect(created.data?.nextKeyId).not.toBe(created.data?.currentKeyId);

    const last = await client.DELETE("/environments/{environmentID}/keyRotationPolicies/{keyRotationPolicyID}", {
      params: { path: { environmentID, keyRotationPolicyID: created.data!.id } },
    });
    expect(last.response.status).toBe(400);

    for (let i = 2; i <= 5; i++) {
      const more = await client.POST("/environments/{environmentID}/keyRotationPolicies", {
        ...env,
        body: { ...body, name: `Policy ${i}` },
      });
      expect(more.response.status).toBe(201);
    }
    const sixth = await client.POST("/environments/{environmentID}/keyRotationPolicies", {
      ...env,
      body: { ...body, name: "Policy 6" },
    });
    expect(sixth.response.status).toBe(400);
    const deleted = await client.DELETE("/environments/{environmentID}/keyRotationPolicies/{keyRotationPolicyID}", {
      params: { path: { environmentID, keyRotationPolicyID: created.data!.id } },
    });
    expect(deleted.response.status).toBe(202);
    expect(deleted.data).toEqual({ id: created.data!.id });
  });
});
