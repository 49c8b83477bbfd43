// Creates a PingOne identity propagation store, shows it (the client secret is write-only
// and never comes back), and deletes it. For brevity the target environment is the worker
// application's own; a real setup points ENVIRONMENT_ID and CLIENT_ID at another one.
import { isPingOnePropagationStore, unwrap } from "pingone-client";
import { runExample } from "./connect.ts";

await runExample(async ({ client, environmentId }) => {
  const env = { params: { path: { environmentID: environmentId } } };
  const store = await unwrap(
    client.POST("/environments/{environmentID}/propagation/stores", {
      ...env,
      body: {
        name: "Provision to target environment",
        type: "PingOne",
        description: "Created by examples/create-propagation-store.ts",
        configuration: {
          ENVIRONMENT_ID: environmentId,
          REGION: client.endpoints.region?.code ?? "NA",
          CLIENT_ID: "11111111-2222-4333-8444-555555555555",
          CLIENT_SECRET: "example-secret-never-returned",
          CREATE_USERS: true,
          UPDATE_USERS: true,
          DISABLE_USERS: false,
          REMOVE_ACTION: "Disable",
        },
      },
    }),
  );
  console.log(`  ✓ created store ${store.id} (${store.type}, status ${store.status ?? "unknown"})`);
  if (isPingOnePropagationStore(store)) {
    console.log(
      `    provisions into ${store.configuration.ENVIRONMENT_ID} (${store.configuration.REGION}); secret returned: ${"CLIENT_SECRET" in store.configuration}`,
    );
  }
  await unwrap(
    client.DELETE("/environments/{environmentID}/propagation/stores/{storeID}", {
      params: { path: { environmentID: environmentId, storeID: store.id } },
    }),
  );
  console.log("  ✓ deleted it again");
});
