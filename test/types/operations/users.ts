// Compile-time check for the users domain (run by `npm run typecheck`): every users operation
// called through the client with a correctly typed request, and its result read with the
// expected type. Actions chosen by media type name it in the Content-Type header.
import { createPingOneClient, sendAs, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const userID = "d4e5f6a7-b8c9-4dae-8f01-23456789abcd";
const populationID = "7c5e4d3b-2a19-4f08-9e7d-6c5b4a392817";
const otherID = "5a1c2e3f-4b5d-4e6f-8a7b-9c0d1e2f3a4b";
const env = { params: { path: { environmentID } } } as const;
const userPath = { params: { path: { environmentID, userID } } } as const;

export async function usersOperations(): Promise<void> {
  // The user itself: create with every documented group of attributes, replace, patch
  const created: Schemas["User"] = await unwrap(
    sendAs(client, "POST", "/environments/{environmentID}/users", "application/vnd.pingidentity.user.import+json", {
      ...env,
      body: {
        username: "imported_user",
        emailVerified: true,
        population: { id: populationID },
        accountId: "A-1001",
        address: {
          streetAddress: "1 Main St",
          locality: "Denver",
          region: "CO",
          postalCode: "80202",
          countryCode: "US",
        },
        photo: { href: "https://example.com/u.png" },
        identityProvider: { id: otherID, type: "OPENID_CONNECT" },
        lifecycle: { status: "VERIFICATION_REQUIRED", suppressVerificationCode: true },
        password: {
          forceChange: false,
          external: {
            gateway: {
              id: otherID,
              type: "LDAP",
              userType: { id: otherID },
              correlationAttributes: { uid: "imported_user" },
            },
          },
        },
      },
    }),
  );
  const lockedAt: string | undefined = created.account?.lockedAt;
  const plain: Schemas["User"] = await unwrap(
    client.POST("/environments/{environmentID}/users", {
      ...env,
      body: { username: "plain_user", email: "plain@example.com", emailVerified: false, mfaEnabled: true },
    }),
  );
  await sendAs(client, "POST", "/environments/{environmentID}/users", "application/json", {
    ...env,
    // @ts-expect-error a plain create can only start the address unverified
    body: { username: "plain_user", emailVerified: true },
  });
  const replaced: Schemas["User"] = await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { username: "imported_user", population: { id: populationID }, title: "Tester" },
    }),
  );
  const patched: Schemas["User"] = await unwrap(
    client.PATCH("/environments/{environmentID}/users/{userID}", { ...userPath, body: { title: "Lead tester" } }),
  );

  // Account actions, one media type each
  const unlocked: Schemas["User"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.account.unlock+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { unlockAt: "2026-04-23T23:59:59Z" },
      headers: { "Content-Type": "application/vnd.pingidentity.account.lock+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: { verificationCode: "K7Q2M9XA" },
      headers: { "Content-Type": "application/vnd.pingidentity.user.verify+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}", {
      ...userPath,
      body: {},
      headers: { "Content-Type": "application/vnd.pingidentity.user.sendVerificationCode+json" },
    }),
  );

  // The password: state, PUT media types, POST actions
  const state: Schemas["UserPasswordState"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/password", userPath),
  );
  const status: string | undefined = state.status;
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: { value: "2FederateM0re!", forceChange: true, bypassPolicy: false },
      headers: { "Content-Type": "application/vnd.pingidentity.password.setValue+json" },
    }),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: { currentPassword: "2FederateM0re!", newPassword: "N3wSecret!2026" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.reset+json" },
    }),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: { newPassword: "Temp0rary!Pass" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.reset+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: { password: "2FederateM0re!" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.check+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.password.sendRecoveryCode+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: { recoveryCode: "7TZ4B2QH", newPassword: "N3wSecret!2026" },
      headers: { "Content-Type": "application/vnd.pingidentity.password.recover+json" },
    }),
  );
  await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      body: {},
      headers: { "Content-Type": "application/vnd.pingidentity.password.unlock+json" },
    }),
  );
  const forced: Schemas["UserPasswordState"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/password", {
      ...userPath,
      headers: { "Content-Type": "application/vnd.pingidentity.password.forceChange" },
    }),
  );

  // Views of the user
  const enabled: boolean = (await unwrap(client.GET("/environments/{environmentID}/users/{userID}/enabled", userPath)))
    .enabled;
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/enabled", { ...userPath, body: { enabled: false } }),
  );
  const population: Schemas["UserPopulation"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/population", userPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/population", { ...userPath, body: { id: otherID } }),
  );
  const idp: Schemas["UserIdentityProvider"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/identityProvider", userPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/identityProvider", { ...userPath, body: { id: otherID } }),
  );
  await unwrap(client.PUT("/environments/{environmentID}/users/{userID}/identityProvider", { ...userPath, body: {} }));
  const verifyStatus: Schemas["UserVerifyStatus"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/verifyStatus", userPath),
  );
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/verifyStatus", {
      ...userPath,
      body: { verifyStatus: "DISABLED" },
    }),
  );

  // Sessions, linked accounts, pairing keys
  const sessionPath = { params: { path: { environmentID, userID, sessionID: otherID } } } as const;
  const sessions: Schemas["UserSessionCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/sessions", userPath),
  );
  const session: Schemas["UserSession"] | undefined = sessions._embedded.sessions[0];
  await unwrap(client.GET("/environments/{environmentID}/users/{userID}/sessions/{sessionID}", sessionPath));
  await unwrap(client.DELETE("/environments/{environmentID}/users/{userID}/sessions/{sessionID}", sessionPath));
  const linkPath = { params: { path: { environmentID, userID, linkedAccountID: otherID } } } as const;
  const links: Schemas["LinkedAccountCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/linkedAccounts", userPath),
  );
  const link: Schemas["LinkedAccount"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/linkedAccounts/{linkedAccountID}", linkPath),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/users/{userID}/linkedAccounts/{linkedAccountID}", linkPath),
  );
  const keyPath = { params: { path: { environmentID, userID, pairingKeyID: otherID } } } as const;
  const key: Schemas["PairingKey"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/pairingKeys", {
      ...userPath,
      body: { applications: [{ id: otherID }] },
    }),
  );
  await unwrap(client.GET("/environments/{environmentID}/users/{userID}/pairingKeys/{pairingKeyID}", keyPath));
  await unwrap(client.DELETE("/environments/{environmentID}/users/{userID}/pairingKeys/{pairingKeyID}", keyPath));

  // Verify transactions
  const txPath = { params: { path: { environmentID, userID, transactionID: otherID } } } as const;
  const transactions: Schemas["VerifyTransactionCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/verifyTransactions", userPath),
  );
  const transaction: Schemas["VerifyTransaction"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/verifyTransactions", {
      ...userPath,
      body: {
        verifyPolicy: { id: otherID },
        sendNotification: { email: "user@example.com" },
        requirements: { given_name: { value: "Test", options: ["fuzzy"] } },
      },
    }),
  );
  await unwrap(client.GET("/environments/{environmentID}/users/{userID}/verifyTransactions/{transactionID}", txPath));
  await unwrap(
    client.PUT("/environments/{environmentID}/users/{userID}/verifyTransactions/{transactionID}", {
      ...txPath,
      body: { transactionStatus: { status: "APPROVED_MANUALLY" } },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/users/{userID}/verifyTransactions/{transactionID}", txPath),
  );

  // Activity counts and application roles
  const activities: Schemas["UserActivityCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/userActivities", {
      params: { path: { environmentID }, query: { sampleSize: "DAY" } },
    }),
  );
  const roles: Schemas["UserApplicationRoleAssignmentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/users/{userID}/applicationRoles", userPath),
  );
  const role: Schemas["UserApplicationRoleAssignment"] = await unwrap(
    client.POST("/environments/{environmentID}/users/{userID}/applicationRoles", {
      ...userPath,
      body: { id: otherID },
    }),
  );
  await unwrap(
    client.DELETE("/environments/{environmentID}/users/{userID}/applicationRoles/{applicationRoleID}", {
      params: { path: { environmentID, userID, applicationRoleID: otherID } },
    }),
  );

  void [created, lockedAt, plain, replaced, patched, unlocked, status, forced, enabled, population, idp, verifyStatus];
  void [session, link, links, key, transactions, transaction, activities, roles, role];
}

// Bodies are closed: an action's body with a property it does not take does not compile.
export async function rejectedBodies(): Promise<void> {
  await client.POST("/environments/{environmentID}/users/{userID}/password", {
    ...userPath,
    // @ts-expect-error `currentPassword` belongs to no password action of POST
    body: { currentPassword: "x" },
    headers: { "Content-Type": "application/vnd.pingidentity.password.check+json" },
  });
  await client.PUT("/environments/{environmentID}/users/{userID}/enabled", {
    ...userPath,
    // @ts-expect-error `enabled` is a boolean
    body: { enabled: "false" },
  });
}
