// The simulator's gateway and webhook rules, over HTTP through the typed client: one-time
// credential tokens and the five-credential limit, secrets never echoed, the gateway type
// fixed on update, roles for PingFederate gateways only, and the 50-subscription limit.
import { describe, expect, it } from "vitest";
import { isLdapGateway, isRadiusGateway, unwrap, type components } from "../src/index.ts";
import { MAX_GATEWAY_CREDENTIALS, MAX_SUBSCRIPTIONS } from "../src/testing/rules/gateways.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

type Schemas = components["schemas"];
const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  return { client, environmentID, env: { params: { path: { environmentID } } } };
}

const ldapBody: Schemas["GatewayLdapInput"] = {
  name: "Directory",
  type: "LDAP",
  enabled: true,
  vendor: "PingDirectory",
  serversHostAndPort: ["ds1.example.com:636"],
  bindDN: "uid=pingone,dc=example,dc=com",
  bindPassword: "bind-password-not-to-echo",
  kerberos: { serviceAccountUserPrincipalName: "svc@example.com", serviceAccountPassword: "kerberos-secret" },
};

describe("gateway credentials", () => {
  it("return the token once, list credentials without it, and stop at five", async () => {
    const { client, environmentID, env } = setup();
    const gateway = await unwrap(
      client.POST("/environments/{environmentID}/gateways", {
        ...env,
        body: { name: "PingFederate", type: "PING_FEDERATE", enabled: true },
      }),
    );
    const gwPath = { params: { path: { environmentID, gatewayID: gateway.id } } };
    const created = await unwrap(client.POST("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath));
    expect(created.credential).toMatch(/^[\w-]+\.[\w-]+\.$/);
    const claims = JSON.parse(Buffer.from(created.credential!.split(".")[1]!, "base64url").toString("utf8"));
    expect(claims).toMatchObject({ jti: created.id, gatewayId: gateway.id, gatewayType: "PING_FEDERATE" });

    const read = await unwrap(
      client.GET("/environments/{environmentID}/gateways/{gatewayID}/credentials/{credentialID}", {
        params: { path: { environmentID, gatewayID: gateway.id, credentialID: created.id } },
      }),
    );
    expect(read.id).toBe(created.id);
    expect(read.credential).toBeUndefined();
    const list = await unwrap(client.GET("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath));
    expect(list._embedded.credentials.map((c) => [c.id, c.credential])).toEqual([[created.id, undefined]]);

    // The gateway itself lists its credentials, without tokens.
    const withCredentials = await unwrap(client.GET("/environments/{environmentID}/gateways/{gatewayID}", gwPath));
    expect(withCredentials.credentials?.map((c) => c.id)).toEqual([created.id]);
    expect(withCredentials.credentials?.[0]?.credential).toBeUndefined();

    for (let i = 1; i < MAX_GATEWAY_CREDENTIALS; i++) {
      await unwrap(client.POST("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath));
    }
    const sixth = await client.POST("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath);
    expect(sixth.response.status).toBe(400);

    await unwrap(
      client.DELETE("/environments/{environmentID}/gateways/{gatewayID}/credentials/{credentialID}", {
        params: { path: { environmentID, gatewayID: gateway.id, credentialID: created.id } },
      }),
    );
    await unwrap(client.POST("/environments/{environmentID}/gateways/{gatewayID}/credentials", gwPath));
  });
});

describe("gateways", () => {
  it("never echo the LDAP bind password or the Kerberos password, and keep their type", async () => {
    const { client, environmentID, env } = setup();
    const created = await client.POST("/environments/{environmentID}/gateways", { ...env, body: ldapBody });
    expect(created.response.status).toBe(201);
    const text = JSON.stringify(created.data);
    expect(text).not.toContain("bind-password-not-to-echo");
    expect(text).not.toContain("kerberos-secret");
    expect(created.data).toMatchObject({
      type: "LDAP",
      bindDN: ldapBody.bindDN,
      kerberos: { serviceAccountUserPrincipalName: "svc@example.com" },
    });

    const gwPath = { params: { path: { environmentID, gatewayID: created.data!.id } } };
    const read = await unwrap(client.GET("/environments/{environmentID}/gateways/{gatewayID}", gwPath));
    expect(JSON.stringify(read)).not.toContain("bind-password-not-to-echo");

    const retyped = await client.PUT("/environments/{environmentID}/gateways/{gatewayID}", {
      ...gwPath,
      body: { name: "Directory", type: "PING_FEDERATE", enabled: true },
    });
    expect(retyped.response.status).toBe(400);
    const disabled = await unwrap(
      client.PUT("/environments/{environmentID}/gateways/{gatewayID}", {
        ...gwPath,
        body: { ...ldapBody, enabled: false },
      }),
    );
    expect(disabled).toMatchObject({ type: "LDAP", enabled: false });
  });

  it("give roles to PingFederate gateways only, naming the gateway in the assignment", async () => {
    const { client, environmentID, env } = setup();
    const role = {
      role: { id: "0bd9c966-7664-4ac1-b059-0ff9293908e2" },
      scope: { id: environmentID, type: "ENVIRONMENT" as const },
    };
    const ldap = await unwrap(client.POST("/environments/{environmentID}/gateways", { ...env, body: ldapBody }));
    const refused = await client.POST("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments", {
      params: { path: { environmentID, gatewayID: ldap.id } },
      body: role,
    });
    expect(refused.response.status).toBe(400);

    const pf = await unwrap(
      client.POST("/environments/{environmentID}/gateways", {
        ...env,
        body: { name: "PingFederate", type: "PING_FEDERATE", enabled: true },
      }),
    );
    const pfPath = { params: { path: { environmentID, gatewayID: pf.id } } };
    const assigned = await unwrap(
      client.POST("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments", { ...pfPath, body: role }),
    );
    expect(assigned.gateway).toEqual({ id: pf.id });
    const list = await unwrap(client.GET("/environments/{environmentID}/gateways/{gatewayID}/roleAssignments", pfPath));
    expect(list._embedded.roleAssignments.map((a) => a.gateway?.id)).toEqual([pf.id]);
  });
});

describe("webhook subscriptions", () => {
  it("do not echo endpoint headers and stop at 50 per environment", async () => {
    const { client, env } = setup();
    const body: Schemas["SubscriptionInput"] = {
      name: "SIEM",
      enabled: true,
      format: "ACTIVITY",
      verifyTlsCertificates: true,
      filterOptions: { includedActionTypes: ["USER.CREATED"] },
      httpEndpoint: { url: "https://siem.example.com/hook", headers: { Authorization: "Basic webhook-secret" } },
    };
    const first = await unwrap(client.POST("/environments/{environmentID}/subscriptions", { ...env, body }));
    expect(JSON.stringify(first)).not.toContain("webhook-secret");
    expect(first.httpEndpoint?.url).toBe("https://siem.example.com/hook");
    for (let i = 1; i < MAX_SUBSCRIPTIONS; i++) {
      await unwrap(
        client.POST("/environments/{environmentID}/subscriptions", { ...env, body: { ...body, name: `SIEM ${i}` } }),
      );
    }
    const over = await client.POST("/environments/{environmentID}/subscriptions", {
      ...env,
      body: { ...body, name: "One too many" },
    });
    expect(over.response.status).toBe(403);
  });
});

describe("gateway guards", () => {
  it("pick the LDAP gateway out of a list and narrow it to its own model", async () => {
    const { client, env } = setup();
    await unwrap(client.POST("/environments/{environmentID}/gateways", { ...env, body: ldapBody }));
    await unwrap(
      client.POST("/environments/{environmentID}/gateways", {
        ...env,
        body: { name: "PingFederate", type: "PING_FEDERATE", enabled: true },
      }),
    );
    const gateways = (await unwrap(client.GET("/environments/{environmentID}/gateways", env)))._embedded.gateways;
    const ldap = gateways.filter(isLdapGateway);
    // Narrowed: LDAP-only properties are typed without a cast.
    expect(ldap.map((g) => g.serversHostAndPort)).toEqual([["ds1.example.com:636"]]);
    expect(gateways.filter(isRadiusGateway)).toEqual([]);
  });
});
