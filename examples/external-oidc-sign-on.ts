// The documented external identity provider (OIDC) sign-on setup: a new destination
// environment signs users on through the worker application's environment. Cleans up after.
import { setupExternalOidcSignOn, unwrap } from "pingone-client";
import { printStep, runExample, runThenCleanUp } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  // A new environment needs a license; use the one the worker application's environment has.
  const { license } = await unwrap(
    client.GET("/environments/{environmentID}", { params: { path: { environmentID: environmentId } } }),
  );
  await runThenCleanUp("the example", () =>
    setupExternalOidcSignOn(client, {
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
      onStep: printStep,
    }),
  );
});
