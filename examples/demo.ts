// npm run demo: the documented SAML sign-on setup, step by step, then cleaned up again.
// With no configuration it runs against the local simulator; see connect.ts for a tenant.
import { setupSamlApplication, WorkflowError } from "pingone-client";
import { runExample } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  try {
    const result = await setupSamlApplication(client, {
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
      onStep: ({ step, created }) =>
        console.log(`  ✓ ${step.padEnd(24)} ${created ? `${created.kind} ${created.id}` : ""}`),
    });
    console.log(`Created ${result.created.length} resources; cleaning up.`);
    await result.cleanup();
    console.log("  ✓ deleted everything the demo created");
  } catch (error) {
    if (error instanceof WorkflowError && error.created.length > 0) {
      console.error(`Step "${error.step}" failed; deleting the ${error.created.length} resources created before it.`);
      // A failing cleanup is reported, but the workflow's own error is the one to surface.
      await error.cleanup().catch((cleanupError: unknown) => console.error(`✗ ${(cleanupError as Error).message}`));
    }
    throw error;
  }
});
