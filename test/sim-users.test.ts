// The users rules of the simulator, over HTTP through the client: the enabled, population,
// identityProvider and verifyStatus sub-resources are views of the user; account and password
// actions chosen by media type change the user as Ping documents.
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import spec from "../generated/openapi.json" with { type: "json" };
import { sendAs, type components } from "../src/index.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

type User = components["schemas"]["User"];
const context = useSimulator();

async function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  const env = { params: { path: { environmentID } } };
  const pop = await client.POST("/environments/{environmentID}/populations", { ...env, body: { name: "Staff" } });
  const other = await client.POST("/environments/{environmentID}/populations", { ...env, body: { name: "Partners" } });
  const created = await client.POST("/environments/{environmentID}/users", {
    ...env,
    body: { username: "ada", email: "ada@example.com", population: { id: pop.data!.id } },
  });
  expect(created.response.status).toBe(201);
  const user = created.data as User;
  const userPath = { params: { path: { environmentID, userID: user.id } } };
  const read = async () => (await client.GET("/environments/{environmentID}/users/{userID}", userPath)).data as User;
  return { client, environmentID, user, userPath, read, populationID: pop.data!.id, otherPopulationID: other.data!.id };
}

describe("users: creation defaults", () => {
  it("gives a new user PingOne's defaults and never returns its password", async () => {
    const { client, environmentID, user } = await setup();
    expect(user).toMatchObject({
      enabled: true,
      mfaEnabled: false,
      lifecycle: { status: "ACCOUNT_OK" },
      account: { canAuthenticate: true, status: "OK" },
      identityProvider: { type: "PING_ONE" },
      verifyStatus: "NOT_INITIATED",
    });
    const imported = await sendAs(
      client,
      "POST",
      "/environments/{environmentID}/users",
      "application/vnd.pingidentity.user.import+json",
      {
        params: { path: { environmentID } },
        body: { username: "bob", emailVerified: true, password: { value: "S3cret!pass", forceChange: true } },
      },
    );
    expect(imported.data).not.toHaveProperty("password");
    expect(imported.data?.emailVerified).toBe(true);
    const state = await client.GET("/environments/{environmentID}/users/{userID}/password", {
      params: { path: { environmentID, userID: imported.data!.id } },
    });
    expect(state.data?.status).toBe("MUST_CHANGE_PASSWORD");
  });

  it("refuses a password in a plain create, which only an import takes", async () => {
    const { client, environmentID } = await setup();
    const created = await client.POST("/environments/{environmentID}/users", {
      params: { path: { environmentID } },
      body: { username: "carol", password: { value: "S3cret!pass" } },
    });
    expect(created.error?.status).toBe(400);
    expect(created.error?.details?.[0]).toMatchObject({ code: "INVALID_VALUE", target: "password" });
    expect(context.sim.list(`/environments/${environmentID}/users`).map((u) => u.username)).not.toContain("carol");
  });
});

describe("users: sub-resources are views of the user", () => {
  it("reads and changes enabled on the user itself", async () => {
    const { client, userPath, read } = await setup();
    const before = await client.GET("/environments/{environmentID}/users/{userID}/enabled", userPath);
    expect(before.data).toMatchObject({ enabled: true });
    const put = await client.PUT("/environments/{environmentID}/users/{userID}/enabled", {
      ...userPath,
      body: { enabled: false },
    });
    expect(put.response.status).toBe(200);
    expect(put.data?.enabled).toBe(false);
    expect(await read()).toMatchObject({ enabled: false, account: { canAuthenticate: false } });
    const after = await client.GET("/environments/{environmentID}/users/{userID}/enabled", userPath);
    expect(after.data?.enabled).toBe(false);
  });

  it("moves a user to an existing population and rejects one that does not exist with 400", async () => {
    const { client, userPath, read, populationID, otherPopulationID } = await setup();
    expect((await client.GET("/environments/{environmentID}/users/{userID}/population", userPath)).data?.id).toBe(
      populationID,
    );
    const moved = await client.PUT("/environments/{environmentID}/users/{userID}/population", {
      ...userPath,
      body: { id: otherPopulationID },
    });
    expect(moved.data?.id).toBe(otherPopulationID);
    expect((await read()).population?.id).toBe(otherPopulationID);

    const missing = "0b0e6f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b";
    const refused = await client.PUT("/environments/{environmentID}/users/{userID}/population", {
      ...userPath,
      body: { id: missing },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error).toMatchObject({ code: "INVALID_DATA", details: [{ code: "INVALID_VALUE", target: "id" }] });
    expect(refused.response.headers.get("correlation-id")).toBeTruthy();
    expect((await read()).population?.id).toBe(otherPopulationID);
  });

  it("refuses to change the population through PUT or PATCH of the user", async () => {
    const { client, userPath, populationID, otherPopulationID } = await setup();
    const put = await client.PUT("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { username: "ada", population: { id: otherPopulationID }, title: "CTO" },
    });
    expect(put.response.status).toBe(400);
    const same = await client.PUT("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { username: "ada", population: { id: populationID }, title: "CTO" },
    });
    expect(same.data).toMatchObject({ title: "CTO", enabled: true });
    const patched = await client.PATCH("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { nickname: "Countess" },
    });
    expect(patched.data).toMatchObject({ title: "CTO", nickname: "Countess" });
  });

  it("sets the identity provider from an existing provider, and back to PingOne with an empty body", async () => {
    const { client, environmentID, userPath, read } = await setup();
    const idp = await client.POST("/environments/{environmentID}/identityProviders", {
      params: { path: { environmentID } },
      body: {
        name: "Social",
        enabled: true,
        type: "OPENID_CONNECT",
        clientId: "id",
        clientSecret: "secret",
        authorizationEndpoint: "https://idp.example.com/authorize",
        tokenEndpoint: "https://idp.example.com/token",
        jwksEndpoint: "https://idp.example.com/jwks",
        issuer: "https://idp.example.com",
        scopes: ["openid"],
        tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
      },
    });
    expect(idp.response.status).toBe(201);
    const set = await client.PUT("/environments/{environmentID}/users/{userID}/identityProvider", {
      ...userPath,
      body: { id: idp.data!.id },
    });
    expect(set.data).toMatchObject({ id: idp.data!.id, type: "OPENID_CONNECT" });
    expect((await read()).identityProvider).toEqual({ id: idp.data!.id, type: "OPENID_CONNECT" });
    const unknown = await client.PUT("/environments/{environmentID}/users/{userID}/identityProvider", {
      ...userPath,
      body: { id: "0b0e6f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b" },
    });
    expect(unknown.response.status).toBe(400);
    await client.PUT("/environments/{environmentID}/users/{userID}/identityProvider", { ...userPath, body: {} });
    expect((await read()).identityProvider).toEqual({ type: "PING_ONE" });
  });

  it("reads and changes verifyStatus on the user", async () => {
    const { client, userPath, read } = await setup();
    const put = await client.PUT("/environments/{environmentID}/users/{userID}/verifyStatus", {
      ...userPath,
      body: { verifyStatus: "DISABLED" },
    });
    expect(put.data?.verifyStatus).toBe("DISABLED");
    expect((await read()).verifyStatus).toBe("DISABLED");
    const get = await client.GET("/environments/{environmentID}/users/{userID}/verifyStatus", userPath);
    expect(get.data?.verifyStatus).toBe("DISABLED");
  });
});

describe("users: account actions by media type", () => {
  it("locks until a time and unlocks", async () => {
    const { client, userPath, read } = await setup();
    const until = new Date(context.clock.now() + 3_600_000).toISOString();
    const locked = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { unlockAt: until },
      headers: { "Content-Type": "application/vnd.pingidentity.account.lock+json" },
    });
    expect(locked.response.status).toBe(200);
    expect(locked.data?.account).toMatchObject({ status: "LOCKED", canAuthenticate: false, unlockAt: until });
    const unlocked = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.account.unlock+json" },
    });
    expect(unlocked.data?.account).toEqual({ status: "OK", canAuthenticate: true });
    expect((await read()).account?.status).toBe("OK");
  });

  it("sends a verification code, then verifies the account and the email", async () => {
    const { client, userPath, read } = await setup();
    const notYet = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { verificationCode: "K7Q2M9XA" },
      headers: { "Content-Type": "application/vnd.pingidentity.user.verify+json" },
    });
    expect(notYet.response.status).toBe(400);
    const sent = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: {},
      headers: { "Content-Type": "application/vnd.pingidentity.user.sendVerificationCode+json" },
    });
    expect(sent.data?.lifecycle?.status).toBe("VERIFICATION_REQUIRED");
    const verified = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { verificationCode: "K7Q2M9XA" },
      headers: { "Content-Type": "application/vnd.pingidentity.user.verify+json" },
    });
    expect(verified.data).toMatchObject({ lifecycle: { status: "ACCOUNT_OK" }, emailVerified: true });
    expect((await read()).emailVerified).toBe(true);
  });

  it("answers 415 to a media type that selects no action, and 404 for an unknown user", async () => {
    const { client, environmentID, userPath } = await setup();
    const plain = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      headers: { "Content-Type": "application/json" },
    });
    expect(plain.response.status).toBe(415);
    const missing = await client.POST("/environments/{environmentID}/users/{userID}", {
      params: { path: { environmentID, userID: "0b0e6f7a-1c2d-4e3f-8a9b-0c1d2e3f4a5b" } },
      headers: { "Content-Type": "application/vnd.pingidentity.account.unlock+json" },
    });
    expect(missing.response.status).toBe(404);
  });
});

describe("users: password operations by media type", () => {
  const path = "/environments/{environmentID}/users/{userID}/password" as const;

  it("sets, checks, changes (self and admin), forces a change and removes a password", async () => {
    const { client, userPath } = await setup();
    expect((await client.GET(path, userPath)).data?.status).toBe("NO_PASSWORD");
    const set = await client.PUT(path, {
      ...userPath,
      body: { value: "2FederateM0re!", forceChange: false },
      headers: { "Content-Type": "application/vnd.pingidentity.password.set+json" },
    });
    expect(set.data).toMatchObject({ status: "OK" });
    expect(set.data).not.toHaveProperty("value");
    const check = (password: string) =>
      client.POST(path, {
        ...userPath,
        body: { password },
        headers: { "Content-Type": "application/vnd.pingidentity.password.check+json" },
      });
    expect((await check("2FederateM0re!")).response.status).toBe(200);
    expect((await check("wrong")).response.status).toBe(400);
    const wrongCurrent = await client.PUT(path, {
      ...userPath,
      body: { currentPassword: "nope", newPassword: "N3wSecret!2026" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.reset+json" },
    });
    expect(wrongCurrent.response.status).toBe(400);
    const self = await client.PUT(path, {
      ...userPath,
      body: { currentPassword: "2FederateM0re!", newPassword: "N3wSecret!2026" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.reset+json" },
    });
    expect(self.data?.status).toBe("OK");
    expect((await check("N3wSecret!2026")).response.status).toBe(200);
    const admin = await client.PUT(path, {
      ...userPath,
      body: { newPassword: "Temp0rary!Pass" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.reset+json" },
    });
    expect(admin.data?.status).toBe("MUST_CHANGE_PASSWORD");
    await client.PUT(path, {
      ...userPath,
      body: { value: "2FederateM0re!" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.setValue+json" },
    });
    const forced = await client.POST(path, {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.password.forceChange" },
    });
    expect(forced.response.status).toBe(200);
    expect(forced.data?.status).toBe("MUST_CHANGE_PASSWORD");
    expect((await check("2FederateM0re!")).response.status).toBe(200);
    const removed = await client.PUT(path, {
      ...userPath,
      body: {},
      headers: { "Content-Type": "application/vnd.pingidentity.password.setValue+json" },
    });
    expect(removed.data?.status).toBe("NO_PASSWORD");
    expect((await check("2FederateM0re!")).response.status).toBe(400);
  });

  it("recovers only after a recovery code was sent, and not for a disabled user", async () => {
    const { client, userPath } = await setup();
    await client.PUT(path, {
      ...userPath,
      body: { value: "2FederateM0re!", forceChange: false },
      headers: { "Content-Type": "application/vnd.pingidentity.password.set+json" },
    });
    const recover = () =>
      client.POST(path, {
        ...userPath,
        body: { recoveryCode: "7TZ4B2QH", newPassword: "N3wSecret!2026" },
        headers: { "Content-Type": "application/vnd.pingidentity.password.recover+json" },
      });
    expect((await recover()).response.status).toBe(400);
    const sent = await client.POST(path, {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.password.sendRecoveryCode+json" },
    });
    expect(sent.response.status).toBe(200);
    const recovered = await recover();
    expect(recovered.data?.status).toBe("OK");
    expect((await recover()).response.status).toBe(400);
    const unlocked = await client.POST(path, {
      ...userPath,
      body: {},
      headers: { "Content-Type": "application/vnd.pingidentity.password.unlock+json" },
    });
    expect(unlocked.data?.status).toBe("OK");

    await client.PUT("/environments/{environmentID}/users/{userID}/enabled", { ...userPath, body: { enabled: false } });
    const disabled = await client.POST(path, {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.password.sendRecoveryCode+json" },
    });
    expect(disabled.response.status).toBe(400);
  });
});

describe("users: sub-collections", () => {
  it("assigns an application role under the role's ID, once", async () => {
    const { client, userPath } = await setup();
    const roleID = "f1d45fa4-0c94-45f9-8872-47a38d4c1b72";
    const assigned = await client.POST("/environments/{environmentID}/users/{userID}/applicationRoles", {
      ...userPath,
      body: { id: roleID },
    });
    expect(assigned.response.status).toBe(201);
    expect(assigned.data?.id).toBe(roleID);
    const again = await client.POST("/environments/{environmentID}/users/{userID}/applicationRoles", {
      ...userPath,
      body: { id: roleID },
    });
    expect(again.response.status).toBe(400);
    const list = await client.GET("/environments/{environmentID}/users/{userID}/applicationRoles", userPath);
    expect(list.data?._embedded.roles.map((r) => r.id)).toEqual([roleID]);
    const removed = await client.DELETE(
      "/environments/{environmentID}/users/{userID}/applicationRoles/{applicationRoleID}",
      {
        params: { path: { ...userPath.params.path, applicationRoleID: roleID } },
      },
    );
    expect(removed.response.status).toBe(204);
  });

  it("starts pairing keys unclaimed and verify transactions requested, which cannot be approved yet", async () => {
    const { client, userPath } = await setup();
    const key = await client.POST("/environments/{environmentID}/users/{userID}/pairingKeys", {
      ...userPath,
      body: { applications: [] },
    });
    expect(key.data).toMatchObject({ status: "UNCLAIMED", code: expect.stringMatching(/^\d{14}$/) });
    const tx = await client.POST("/environments/{environmentID}/users/{userID}/verifyTransactions", {
      ...userPath,
      body: { sendNotification: { email: "ada@example.com" } },
    });
    expect(tx.data?.transactionStatus?.status).toBe("REQUESTED");
    const approve = await client.PUT(
      "/environments/{environmentID}/users/{userID}/verifyTransactions/{transactionID}",
      {
        params: { path: { ...userPath.params.path, transactionID: tx.data!.id } },
        body: { transactionStatus: { status: "APPROVED_MANUALLY" } },
      },
    );
    expect(approve.response.status).toBe(400);
  });
});

describe("users: what the rules answer conforms to the description", () => {
  const doc = spec as unknown as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  formats.default(ajv);
  ajv.addSchema({ ...doc, $id: "spec.json" });
  const check = (schema: string, value: unknown): void => {
    const validate = ajv.getSchema(`spec.json#/components/schemas/${schema}`);
    expect(validate, schema).toBeDefined();
    expect(validate?.(value), `${schema}: ${JSON.stringify(validate?.errors)}`).toBe(true);
  };

  it("answers each users operation with its response schema", async () => {
    const { client, user, userPath, otherPopulationID } = await setup();
    check("User", user);
    const views = ["enabled", "population", "identityProvider", "verifyStatus"] as const;
    const schemas = ["UserEnabled", "UserPopulation", "UserIdentityProvider", "UserVerifyStatus"];
    for (const [i, view] of views.entries()) {
      const res = await client.GET(`/environments/{environmentID}/users/{userID}/${view}`, userPath);
      check(schemas[i] as string, res.data);
    }
    check(
      "UserPopulation",
      (
        await client.PUT("/environments/{environmentID}/users/{userID}/population", {
          ...userPath,
          body: { id: otherPopulationID },
        })
      ).data,
    );
    const action = await client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.account.unlock+json" },
    });
    check("User", action.data);
    check(
      "UserPasswordState",
      (await client.GET("/environments/{environmentID}/users/{userID}/password", userPath)).data,
    );
    const refused = await client.POST("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: { password: "x" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.check+json" },
    });
    check("ErrorResponse", refused.error);
    const role = await client.POST("/environments/{environmentID}/users/{userID}/applicationRoles", {
      ...userPath,
      body: { id: "f1d45fa4-0c94-45f9-8872-47a38d4c1b72" },
    });
    check("UserApplicationRoleAssignment", role.data);
    check(
      "PairingKey",
      (await client.POST("/environments/{environmentID}/users/{userID}/pairingKeys", { ...userPath, body: {} })).data,
    );
    check(
      "VerifyTransaction",
      (await client.POST("/environments/{environmentID}/users/{userID}/verifyTransactions", { ...userPath, body: {} }))
        .data,
    );
  });
});
