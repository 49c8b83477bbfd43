// Applications domain against the simulator over HTTP: the variants the description adds, the
// documented "portal and self-service cannot be created" rule (enforced by the request schema,
// no simulator rule needed), and flow policy assignments.
import { describe, expect, it } from "vitest";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  return { client, environmentID, env: { params: { path: { environmentID } } } };
}

describe("application variants", () => {
  it.each(["PING_ONE_PORTAL", "PING_ONE_SELF_SERVICE"] as const)(
    "refuses to create a %s application (400)",
    async (type) => {
      const { client, env } = setup();
      const result = await client.POST("/environments/{environmentID}/applications", {
        ...env,
        // @ts-expect-error -- the types already rule it out; this checks the service side.
        body: {
          name: "Portal",
          enabled: true,
          type,
          protocol: "OPENID_CONNECT",
          grantTypes: ["AUTHORIZATION_CODE"],
          tokenEndpointAuthMethod: "NONE",
        },
      });
      expect(result.response.status).toBe(400);
    },
  );

  it("creates, reads and updates a WS-Federation application", async () => {
    const { client, environmentID, env } = setup();
    const body = {
      name: "Microsoft 365",
      enabled: true,
      type: "WEB_APP",
      protocol: "WS_FED",
      domainName: "example.com",
      replyUrl: "https://login.microsoftonline.com/login.srf",
      idpSigning: { key: { id: "222e2d90-583e-4ed3-8c59-38a97d8b5350" }, algorithm: "SHA256withRSA" },
    } as const;
    const created = await client.POST("/environments/{environmentID}/applications", { ...env, body });
    expect(created.response.status).toBe(201);
    const applicationID = created.data!.id;
    const path = { params: { path: { environmentID, applicationID } } };
    const read = await client.GET("/environments/{environmentID}/applications/{applicationID}", path);
    expect(read.data).toMatchObject({ protocol: "WS_FED", domainName: "example.com" });
    const updated = await client.PUT("/environments/{environmentID}/applications/{applicationID}", {
      ...path,
      body: { ...body, enabled: false },
    });
    expect(updated.response.status).toBe(200);
    expect(updated.data).toMatchObject({ enabled: false, protocol: "WS_FED" });
    // protocol and type are fixed at creation: another variant's body is refused.
    const switched = await client.PUT("/environments/{environmentID}/applications/{applicationID}", {
      ...path,
      body: {
        name: "Microsoft 365",
        enabled: true,
        type: "PORTAL_LINK_APP",
        protocol: "EXTERNAL_LINK",
        homePageUrl: "https://portal.office.com",
      },
    });
    expect(switched.response.status).toBe(400);
  });

  it("rejects a WS-Federation application without its required settings (400)", async () => {
    const { client, env } = setup();
    const result = await client.POST("/environments/{environmentID}/applications", {
      ...env,
      // @ts-expect-error -- domainName, replyUrl and idpSigning are missing on purpose.
      body: { name: "Microsoft 365", enabled: true, type: "WEB_APP", protocol: "WS_FED" },
    });
    expect(result.response.status).toBe(400);
  });

  it("updates the existing PingOne portal application", async () => {
    const { client, environmentID } = setup();
    const [portal] = context.sim.seed(`/environments/${environmentID}/applications`, [
      {
        id: "1c2b3a49-5d6e-4f70-8a9b-0c1d2e3f4a5b",
        name: "PingOne Application Portal",
        enabled: true,
        type: "PING_ONE_PORTAL",
        protocol: "OPENID_CONNECT",
        tokenEndpointAuthMethod: "NONE",
        applyDefaultTheme: false,
      },
    ]);
    const path = { params: { path: { environmentID, applicationID: String(portal!.id) } } };
    const updated = await client.PUT("/environments/{environmentID}/applications/{applicationID}", {
      ...path,
      body: {
        name: "PingOne Application Portal",
        enabled: true,
        type: "PING_ONE_PORTAL",
        protocol: "OPENID_CONNECT",
        tokenEndpointAuthMethod: "NONE",
        applyDefaultTheme: true,
      },
    });
    expect(updated.response.status).toBe(200);
    expect(updated.data).toMatchObject({ type: "PING_ONE_PORTAL", applyDefaultTheme: true });
  });

  it("does not let the portal take ordinary OpenID Connect settings (400)", async () => {
    const { client, environmentID } = setup();
    const [portal] = context.sim.seed(`/environments/${environmentID}/applications`, [
      { name: "PingOne Application Portal", enabled: true, type: "PING_ONE_PORTAL", protocol: "OPENID_CONNECT" },
    ]);
    const result = await client.PUT("/environments/{environmentID}/applications/{applicationID}", {
      params: { path: { environmentID, applicationID: String(portal!.id) } },
      body: {
        name: "PingOne Application Portal",
        enabled: true,
        type: "PING_ONE_PORTAL",
        protocol: "OPENID_CONNECT",
        tokenEndpointAuthMethod: "NONE",
        applyDefaultTheme: true,
        // @ts-expect-error -- not a portal setting
        grantTypes: ["AUTHORIZATION_CODE"],
      },
    });
    expect(result.response.status).toBe(400);
  });
});

describe("flow policies and their assignment to an application", () => {
  it("lists and reads flow policies, then assigns, moves and removes one", async () => {
    const { client, environmentID, env } = setup();
    const flowPolicyID = "831534fda10cdc0d17b0188e31d1fd75";
    context.sim.seed(`/environments/${environmentID}/flowPolicies`, [
      {
        id: flowPolicyID,
        name: "PingOne - Sign On and Registration",
        enabled: true,
        application: { id: "c9a8b7d6e5f4a3b2c1d0e9f8a7b6c5d4", name: "PingOne SSO Connection" },
        trigger: { type: "AUTHENTICATION" },
      },
    ]);
    const list = await client.GET("/environments/{environmentID}/flowPolicies", env);
    expect(list.data?._embedded.flowPolicies.map((p) => p.id)).toEqual([flowPolicyID]);
    const one = await client.GET("/environments/{environmentID}/flowPolicies/{flowPolicyID}", {
      params: { path: { environmentID, flowPolicyID } },
    });
    expect(one.data?.name).toBe("PingOne - Sign On and Registration");

    const app = await client.POST("/environments/{environmentID}/applications", {
      ...env,
      body: {
        name: "Web",
        enabled: true,
        type: "WEB_APP",
        protocol: "OPENID_CONNECT",
        grantTypes: ["AUTHORIZATION_CODE"],
        tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
      },
    });
    const applicationID = app.data!.id;
    const appPath = { params: { path: { environmentID, applicationID } } };
    const created = await client.POST(
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments",
      { ...appPath, body: { priority: 1, flowPolicy: { id: flowPolicyID } } },
    );
    expect(created.response.status).toBe(201);
    const flowPolicyAssignmentID = created.data!.id;
    const path = { params: { path: { environmentID, applicationID, flowPolicyAssignmentID } } };
    const item =
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments/{flowPolicyAssignmentID}" as const;
    const moved = await client.PUT(item, { ...path, body: { priority: 3, flowPolicy: { id: flowPolicyID } } });
    expect(moved.data).toMatchObject({ priority: 3, flowPolicy: { id: flowPolicyID } });
    expect((await client.GET(item, path)).data?.priority).toBe(3);
    const listed = await client.GET(
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments",
      appPath,
    );
    expect(listed.data?._embedded.flowPolicyAssignments).toHaveLength(1);
    expect((await client.DELETE(item, path)).response.status).toBe(204);
    expect((await client.GET(item, path)).response.status).toBe(404);
  });

  it("rejects an assignment without a priority (400)", async () => {
    const { client, environmentID, env } = setup();
    const app = await client.POST("/environments/{environmentID}/applications", {
      ...env,
      body: {
        name: "Link",
        enabled: true,
        type: "PORTAL_LINK_APP",
        protocol: "EXTERNAL_LINK",
        homePageUrl: "https://example.com",
      },
    });
    const result = await client.POST(
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments",
      {
        params: { path: { environmentID, applicationID: app.data!.id } },
        // @ts-expect-error -- priority is required
        body: { flowPolicy: { id: "831534fda10cdc0d17b0188e31d1fd75" } },
      },
    );
    expect(result.response.status).toBe(400);
  });
});
