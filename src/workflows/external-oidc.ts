// The documented "External identity provider sign-on (OIDC)" configuration: a source
// environment acts as an OpenID Connect provider for a destination environment, whose
// sign-on policy sends users to it.
import type { components } from "../../generated/schema.ts";
import { unwrap, type PingOneClient } from "../client.ts";
import { waitForEnvironmentReady, type ReadinessOptions } from "./readiness.ts";
import { assignSignOnPolicy, createApplication, createSignOnPolicy, createSignOnPolicyAction } from "./shared-steps.ts";
import { pathOf, WorkflowRun, type CreatedResource, type StepEvent } from "./steps.ts";

type Schemas = components["schemas"];

/** Input of {@link setupExternalOidcSignOn}. */
export interface ExternalOidcSignOnSetup {
  /** The environment whose users sign on (the identity provider side). */
  source: {
    environmentId: string;
    /** A client for the source environment's region, when it differs from the main client's. */
    client?: PingOneClient;
    /** Name of the OIDC application created in the source environment. */
    applicationName: string;
  };
  /** The service-provider side: an existing environment, or one to create. */
  destination: { environmentId: string } | { environment: Schemas["EnvironmentCreate"] };
  /** Name and description of the identity provider created in the destination. */
  identityProvider: { name: string; description?: string };
  /** Attribute mappings from the provider's claims. Default: email. */
  attributeMappings?: Schemas["IdentityProviderAttributeInput"][];
  signOnPolicy: Schemas["SignOnPolicyInput"];
  /** The destination application users sign on to, without `protocol`, which is set here. */
  application: Omit<Schemas["OidcApplicationInput"], "protocol">;
  /** How long to wait for a newly created destination environment. */
  readiness?: ReadinessOptions;
  onStep?: (event: StepEvent) => void;
}

/** What {@link setupExternalOidcSignOn} created, step by step. */
export interface ExternalOidcSignOnResult {
  destinationEnvironmentId: string;
  /** Present when the workflow created the destination environment. */
  destinationEnvironment: Schemas["Environment"] | undefined;
  sourceApplication: Schemas["Application"];
  identityProvider: Schemas["IdentityProvider"];
  attributeMappings: Schemas["IdentityProviderAttribute"][];
  signOnPolicy: Schemas["SignOnPolicy"];
  identityProviderAction: Schemas["SignOnPolicyAction"];
  application: Schemas["Application"];
  assignment: Schemas["SignOnPolicyAssignment"];
  created: readonly CreatedResource[];
  cleanup(): Promise<void>;
}

const DEFAULT_MAPPINGS: Schemas["IdentityProviderAttributeInput"][] = [
  { name: "email", value: "${providerAttributes.email}", update: "ALWAYS" },
];

/**
 * Runs the external OIDC sign-on setup step by step. On failure it throws a WorkflowError
 * naming the step and listing what was created before it.
 */
export async function setupExternalOidcSignOn(
  client: PingOneClient,
  setup: ExternalOidcSignOnSetup,
): Promise<ExternalOidcSignOnResult> {
  const sourceClient = setup.source.client ?? client;
  const run = new WorkflowRun("External OIDC sign-on setup", [client, sourceClient], setup.onStep);
  const sourceEnvironmentID = setup.source.environmentId;

  let destinationEnvironment: Schemas["Environment"] | undefined;
  if ("environment" in setup.destination) {
    const body = setup.destination.environment;
    destinationEnvironment = await run.create(
      "create destination environment",
      "environment",
      client,
      "/environments",
      () => unwrap(client.POST("/environments", { body })),
    );
    await run.step("wait for destination environment", () =>
      waitForEnvironmentReady(client, destinationEnvironment!.id, setup.readiness),
    );
  }
  const environmentID = destinationEnvironment?.id ?? (setup.destination as { environmentId: string }).environmentId;
  const env = { params: { path: { environmentID } } };

  // The source application sends users back to the destination's callback for OIDC providers.
  const callback = `${client.endpoints.environmentAuthBase(environmentID)}/rp/callback/openid_connect`;
  const sourceApplication = await createApplication(
    run,
    sourceClient,
    "create source application",
    sourceEnvironmentID,
    {
      name: setup.source.applicationName,
      enabled: true,
      type: "WEB_APP",
      protocol: "OPENID_CONNECT",
      grantTypes: ["AUTHORIZATION_CODE"],
      responseTypes: ["CODE"],
      redirectUris: [callback],
      tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
    },
  );
  const { secret } = await run.step("read source application secret", () =>
    unwrap(
      sourceClient.GET("/environments/{environmentID}/applications/{applicationID}/secret", {
        params: { path: { environmentID: sourceEnvironmentID, applicationID: sourceApplication.id } },
      }),
    ),
  );

  const issuer = `${sourceClient.endpoints.environmentAuthBase(sourceEnvironmentID)}/as`;
  const identityProvider = await run.create(
    "create identity provider",
    "identity provider",
    client,
    pathOf("/environments/{environmentID}/identityProviders", { environmentID }),
    () =>
      unwrap(
        client.POST("/environments/{environmentID}/identityProviders", {
          ...env,
          body: {
            ...setup.identityProvider,
            enabled: true,
            type: "OPENID_CONNECT",
            clientId: sourceApplication.id,
            clientSecret: secret,
            issuer,
            authorizationEndpoint: `${issuer}/authorize`,
            tokenEndpoint: `${issuer}/token`,
            userInfoEndpoint: `${issuer}/userinfo`,
            jwksEndpoint: `${issuer}/jwks`,
            discoveryEndpoint: `${issuer}/.well-known/openid-configuration`,
            scopes: ["openid", "profile", "email"],
            tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
          },
        }),
      ),
  );
  const idpPath = { params: { path: { environmentID, identityProviderID: identityProvider.id } } };
  const attributeMappings: Schemas["IdentityProviderAttribute"][] = [];
  for (const mapping of setup.attributeMappings ?? DEFAULT_MAPPINGS) {
    attributeMappings.push(
      await run.create(
        `map attribute ${mapping.name}`,
        "identity provider attribute",
        client,
        pathOf("/environments/{environmentID}/identityProviders/{identityProviderID}/attributes", {
          environmentID,
          identityProviderID: identityProvider.id,
        }),
        () =>
          unwrap(
            client.POST("/environments/{environmentID}/identityProviders/{identityProviderID}/attributes", {
              ...idpPath,
              body: mapping,
            }),
          ),
      ),
    );
  }
  const signOnPolicy = await createSignOnPolicy(run, client, environmentID, setup.signOnPolicy);
  const identityProviderAction = await createSignOnPolicyAction(
    run,
    client,
    "create identity provider action",
    environmentID,
    signOnPolicy.id,
    { type: "IDENTITY_PROVIDER", priority: 1, identityProvider: { id: identityProvider.id } },
  );
  const application = await createApplication(run, client, "create destination application", environmentID, {
    ...setup.application,
    protocol: "OPENID_CONNECT",
  });
  const assignment = await assignSignOnPolicy(run, client, environmentID, application.id, signOnPolicy.id);

  return {
    destinationEnvironmentId: environmentID,
    destinationEnvironment,
    sourceApplication,
    identityProvider,
    attributeMappings,
    signOnPolicy,
    identityProviderAction,
    application,
    assignment,
    created: run.created,
    cleanup: () => run.cleanup(),
  };
}
