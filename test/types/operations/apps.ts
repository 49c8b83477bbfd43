// Compile-time check (run by `npm run typecheck`) for the applications domain: every
// application variant created, read and updated through the client with a correctly typed
// body, and the flow policy operations. test/type-coverage.test.ts counts the calls here.
import { createPingOneClient, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
type Application = Schemas["Application"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const applicationID = "9f0d7c1e-5a3b-4e2f-8c6d-1b2a3c4d5e6f";
const flowPolicyAssignmentID = "6f778330-f4b2-4581-a50a-fa9ff988c658";
const flowPolicyID = "831534fda10cdc0d17b0188e31d1fd75";
const env = { params: { path: { environmentID } } } as const;
const appPath = { params: { path: { environmentID, applicationID } } } as const;

/** Narrows the response union by protocol and, for OpenID Connect, by type. */
function variant<V extends Application>(protocol: string, type?: string) {
  return (app: Application): app is V => app.protocol === protocol && (type === undefined || app.type === type);
}
const isWsFed = variant<Schemas["WsFedApplication"]>("WS_FED");
const isExternalLink = variant<Schemas["ExternalLinkApplication"]>("EXTERNAL_LINK");
const isPortal = variant<Schemas["PingOnePortalApplication"]>("OPENID_CONNECT", "PING_ONE_PORTAL");
const isSelfService = variant<Schemas["PingOneSelfServiceApplication"]>("OPENID_CONNECT", "PING_ONE_SELF_SERVICE");
const isSaml = variant<Schemas["SamlApplication"]>("SAML");
const isOidc = (app: Application): app is Schemas["OidcApplication"] =>
  app.protocol === "OPENID_CONNECT" && app.type !== "PING_ONE_PORTAL" && app.type !== "PING_ONE_SELF_SERVICE";

const create = (body: Schemas["ApplicationInput"]): Promise<Application> =>
  unwrap(client.POST("/environments/{environmentID}/applications", { ...env, body }));
const update = (body: Schemas["ApplicationUpdateInput"]): Promise<Application> =>
  unwrap(client.PUT("/environments/{environmentID}/applications/{applicationID}", { ...appPath, body }));

export async function applicationVariants(): Promise<void> {
  const read: Application = await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}", appPath),
  );

  // OpenID Connect: every client type, with the newer settings.
  const web = await create({
    name: "Web",
    enabled: true,
    type: "WEB_APP",
    protocol: "OPENID_CONNECT",
    grantTypes: ["AUTHORIZATION_CODE", "REFRESH_TOKEN", "TOKEN_EXCHANGE"],
    responseTypes: ["CODE"],
    redirectUris: ["https://app.example.com/*/callback"],
    allowWildcardInRedirectUris: true,
    tokenEndpointAuthMethod: "PRIVATE_KEY_JWT",
    jwksUrl: "https://app.example.com/jwks",
    signing: { keyRotationPolicy: { id: applicationID } },
    parRequirement: "OPTIONAL",
    parTimeout: 60,
    requireSignedRequestObject: true,
    supportUnsignedRequestObject: false,
    refreshTokenType: "JSON_WEB_TOKEN",
    refreshTokenRollingGracePeriodDuration: 0,
    additionalRefreshTokenReplayProtectionEnabled: true,
    idpSignoff: true,
    opSessionCheckEnabled: true,
    includeX5t: true,
    corsSettings: { behavior: "ALLOW_SPECIFIC_ORIGINS", origins: ["https://app.example.com"] },
    kerberos: { key: { id: applicationID } },
    template: {
      integration: { id: applicationID },
      version: { id: applicationID },
      configuration: { tenant: "acme" },
    },
  });
  await create({
    name: "Native",
    enabled: true,
    type: "NATIVE_APP",
    protocol: "OPENID_CONNECT",
    grantTypes: ["AUTHORIZATION_CODE", "CIBA"],
    tokenEndpointAuthMethod: "NONE",
    pkceEnforcement: "S256_REQUIRED",
    mobile: {
      bundleId: "com.example.app",
      packageName: "com.example.app",
      huaweiAppId: "123",
      huaweiPackageName: "com.example.app",
      passcodeRefreshDuration: { duration: 30, timeUnit: "SECONDS" },
      passcodeGracePeriod: 5,
      uriPrefix: "https://example.com/app",
      integrityDetection: {
        mode: "ENABLED",
        excludedPlatforms: ["IOS"],
        cacheDuration: { amount: 30, units: "MINUTES" },
        googlePlay: { verificationType: "INTERNAL", decryptionKey: "k", verificationKey: "v" },
      },
      push: { numberMatching: { type: "ENTER_MANUALLY" } },
    },
  });
  await create({
    name: "SPA",
    enabled: true,
    type: "SINGLE_PAGE_APP",
    protocol: "OPENID_CONNECT",
    grantTypes: ["AUTHORIZATION_CODE"],
    tokenEndpointAuthMethod: "NONE",
  });
  await create({
    name: "PingFederate connection",
    enabled: true,
    type: "WORKER",
    protocol: "OPENID_CONNECT",
    grantTypes: ["CLIENT_CREDENTIALS"],
    tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
    tags: ["PING_FED_CONNECTION_INTEGRATION"],
    assignActorRoles: true,
  });
  await create({
    name: "Service",
    enabled: true,
    type: "SERVICE",
    protocol: "OPENID_CONNECT",
    grantTypes: ["CLIENT_CREDENTIALS"],
    tokenEndpointAuthMethod: "CLIENT_SECRET_POST",
    clientId: "migrated-client",
    clientSecret: "migrated-secret",
  });
  await create({
    name: "TV",
    enabled: true,
    type: "CUSTOM_APP",
    protocol: "OPENID_CONNECT",
    grantTypes: ["DEVICE_CODE", "REFRESH_TOKEN"],
    tokenEndpointAuthMethod: "NONE",
    devicePathId: "tv-app",
    deviceCustomVerificationUri: "https://example.com/activate",
    deviceTimeout: 600,
    devicePollingInterval: 5,
  });
  if (isOidc(web)) {
    const grants: readonly string[] | undefined = web.grantTypes;
    const par: string | undefined = web.parRequirement;
    const cors: string | undefined = web.corsSettings?.behavior;
    void [grants, par, cors];
  }

  // SAML, with the newer settings.
  const saml = await create({
    name: "SAML",
    enabled: true,
    type: "WEB_APP",
    protocol: "SAML",
    acsUrls: ["https://sp.example.com/acs"],
    spEntityId: "https://sp.example.com",
    assertionDuration: 60,
    spVerification: { authnRequestSigned: true, certificates: [{ id: applicationID }] },
    spEncryption: { algorithm: "AES_128", certificate: { id: applicationID } },
    defaultTargetUrl: "https://sp.example.com/home",
    sloWindow: 1,
    sessionNotOnOrAfterDuration: 3600,
    enableRequestedAuthnContext: true,
    enableAlwaysAcceptAcsUrlInSignedAuthnRequest: false,
    corsSettings: { behavior: "ALLOW_NO_ORIGINS" },
    virtualServerIdSettings: { enabled: true, virtualServerIds: [{ vsId: "https://idp.example.com", default: true }] },
  });
  if (isSaml(saml)) {
    const algorithm: string | undefined = saml.spEncryption?.algorithm;
    void algorithm;
  }

  // WS-Federation.
  const wsFedBody: Schemas["WsFedApplicationInput"] = {
    name: "Microsoft 365",
    enabled: true,
    type: "WEB_APP",
    protocol: "WS_FED",
    domainName: "example.com",
    replyUrl: "https://login.microsoftonline.com/login.srf",
    idpSigning: { key: { id: applicationID }, algorithm: "SHA256withRSA" },
    sloEndpoint: "https://example.com/slo",
    assertionDuration: 300,
    audienceRestriction: "urn:federation:MicrosoftOnline",
    subjectNameIdentifierFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    wsTrustVersion: "1.3",
    kerberos: { gateways: [{ id: applicationID, type: "LDAP", userType: { id: applicationID } }] },
  };
  const wsFed = await create(wsFedBody);
  await update({ ...wsFedBody, enabled: false });
  if (isWsFed(wsFed)) {
    const domain: string | undefined = wsFed.domainName;
    void domain;
  }

  // External link.
  const linkBody: Schemas["ExternalLinkApplicationInput"] = {
    name: "Expenses",
    enabled: true,
    type: "PORTAL_LINK_APP",
    protocol: "EXTERNAL_LINK",
    homePageUrl: "https://expenses.example.com",
    externalId: "expenses",
  };
  const link = await create(linkBody);
  await update({ ...linkBody, hiddenFromAppPortal: true });
  if (isExternalLink(link)) {
    const home: string | undefined = link.homePageUrl;
    void home;
  }

  // The PingOne portal and self-service applications: read and update, never create.
  // @ts-expect-error -- the portal cannot be created: no create variant has its type
  await create({
    name: "Portal",
    enabled: true,
    type: "PING_ONE_PORTAL",
    protocol: "OPENID_CONNECT",
    grantTypes: ["AUTHORIZATION_CODE"],
    tokenEndpointAuthMethod: "NONE",
  });
  const portal = await update({
    name: "PingOne Application Portal",
    enabled: true,
    type: "PING_ONE_PORTAL",
    protocol: "OPENID_CONNECT",
    tokenEndpointAuthMethod: "NONE",
    pkceEnforcement: "S256_REQUIRED",
    applyDefaultTheme: true,
  });
  const selfService = await update({
    name: "PingOne Self-Service - MyAccount",
    enabled: true,
    type: "PING_ONE_SELF_SERVICE",
    protocol: "OPENID_CONNECT",
    tokenEndpointAuthMethod: "NONE",
    applyDefaultTheme: true,
    enableDefaultThemeFooter: true,
  });
  if (isPortal(portal)) {
    const theme: boolean | undefined = portal.applyDefaultTheme;
    void theme;
  }
  if (isSelfService(selfService)) {
    const footer: boolean | undefined = selfService.enableDefaultThemeFooter;
    void footer;
  }
  // Ordinary OpenID Connect and SAML updates still work.
  await update({
    name: "Web",
    enabled: false,
    type: "WEB_APP",
    protocol: "OPENID_CONNECT",
    grantTypes: ["AUTHORIZATION_CODE"],
    tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
  });
  await update({
    name: "SAML",
    enabled: true,
    type: "WEB_APP",
    protocol: "SAML",
    acsUrls: ["https://sp.example.com/acs"],
    spEntityId: "https://sp.example.com",
    assertionDuration: 60,
  });
  void read;
}

export async function flowPolicies(): Promise<void> {
  const policies: Schemas["FlowPolicyCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/flowPolicies", env),
  );
  const first: Schemas["FlowPolicy"] | undefined = policies._embedded.flowPolicies[0];
  const policy: Schemas["FlowPolicy"] = await unwrap(
    client.GET("/environments/{environmentID}/flowPolicies/{flowPolicyID}", {
      params: { path: { environmentID, flowPolicyID } },
    }),
  );
  const trigger: string | undefined = policy.trigger?.type;

  const assignments: Schemas["ApplicationFlowPolicyAssignmentCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments", appPath),
  );
  const created: Schemas["ApplicationFlowPolicyAssignment"] = await unwrap(
    client.POST("/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments", {
      ...appPath,
      body: { priority: 1, flowPolicy: { id: flowPolicyID } },
    }),
  );
  const assignmentPath = {
    params: { path: { environmentID, applicationID, flowPolicyAssignmentID } },
  } as const;
  const one: Schemas["ApplicationFlowPolicyAssignment"] = await unwrap(
    client.GET(
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments/{flowPolicyAssignmentID}",
      assignmentPath,
    ),
  );
  const moved: Schemas["ApplicationFlowPolicyAssignment"] = await unwrap(
    client.PUT(
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments/{flowPolicyAssignmentID}",
      { ...assignmentPath, body: { priority: 3, flowPolicy: { id: flowPolicyID } } },
    ),
  );
  const deleted: undefined = await unwrap(
    client.DELETE(
      "/environments/{environmentID}/applications/{applicationID}/flowPolicyAssignments/{flowPolicyAssignmentID}",
      assignmentPath,
    ),
  );
  void [first, trigger, assignments, created, one, moved, deleted];
}
