// The documented external identity provider (OIDC) sign-on setup: a new destination
// environment signs users on through the worker application's environment. Cleans up after.
import { setupExternalOidcSignOn, unwrap, WorkflowError } from "pingone-client";
import { runExample } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  // A new environment needs a license; use the one the worker application's environment has.
  const { license } = await unwrap(
    client.GET("/environments/{environmentID}", { params: { path: { environmentID: environmentId } } }),
  );
  try {
    const result = await setupExternalOidcSignOn(client, {
      source: { environmentId, applicationName: `OIDC source ${suffix}` },
      destination: {
        environment: {
          name: `Destination ${suffix}`,
          region: client.endpoints.region?.code ?? "NA",
          type: "SANDBOX",
          ...(license ? { license } : {}),
        },
      },
      identityProvider: { name: `Source environment ${suffix}` },
      signOnPolicy: { name: `External_IdP_${suffix}` },
      application: {
        name: `OIDC app ${suffix}`,
        enabled: true,
        type: "WEB_APP",
        grantTypes: ["AUTHORIZATION_CODE"],
        responseTypes: ["CODE"],
        redirectUris: ["https://app.example.com/callback"],
        tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
      },
      onStep: ({ step, created }) =>
        console.log(`  ✓ ${step.padEnd(34)} ${created ? `${created.kind} ${created.id}` : ""}`),
    });
    console.log(`Created ${result.created.length} resources; cleaning up.`);
    await result.cleanup();
    console.log("  ✓ deleted everything the example created");
  } catch (error) {
    if (error instanceof WorkflowError) {
      await error.cleanup().catch((cleanupError: unknown) => console.error(`✗ ${(cleanupError as Error).message}`));
    }
    throw error;
  }
});
