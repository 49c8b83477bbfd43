// The documented external identity provider (OIDC) sign-on setup: a new destination
// environment signs users on through the worker application's environment. Cleans up after.
import { setupExternalOidcSignOn, WorkflowError, deleteCreated } from "pingone-client";
import { runExample } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  try {
    const result = await setupExternalOidcSignOn(client, {
      source: { environmentId, applicationName: `OIDC source ${suffix}` },
      destination: {
        environment: { name: `Destination ${suffix}`, region: client.endpoints.region?.code ?? "NA", type: "SANDBOX" },
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
    if (error instanceof WorkflowError && error.created.length > 0) await deleteCreated(client, error.created);
    throw error;
  }
});
