// npm run demo: the documented SAML sign-on setup, step by step, then cleaned up again.
// With no configuration it runs against the local simulator; see connect.ts for a tenant.
import { setupSamlApplication } from "pingone-client";
import { printStep, runExample, runThenCleanUp } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  await runThenCleanUp("the demo", () =>
    setupSamlApplication(client, {
      environmentId,
      group: { name: `SAML_Users_${suffix}`, userFilter: 'type eq "SAMLuser"' },
      application: {
        name: `SAML demo ${suffix}`,
        enabled: true,
        type: "WEB_APP",
        acsUrls: ["https://sp.example.com/saml/acs"],
        spEntityId: `https://sp.example.com/${suffix}`,
        assertionDuration: 60,
      },
      population: { name: `SAML_Users_Population_${suffix}` },
      user: { username: `saml_user_${suffix}`, email: `saml.user+${suffix}@example.com`, type: "SAMLuser" },
      password: `Demo-${suffix}-Pw1!`,
      onStep: printStep,
    }),
  );
});
