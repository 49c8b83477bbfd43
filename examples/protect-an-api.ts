// Protects an API of your own with PingOne: a custom resource with two scopes and a token
// claim, a worker application granted one of the scopes, with an attribute mapping and a
// rotated secret; then reads the application back with its grants and deletes it all again.
// With no configuration it runs against the local simulator; see connect.ts for a tenant.
import {
  deleteCreated,
  unwrap,
  WorkflowError,
  type CreatedResource,
  type PingOneClient,
  type StepEvent,
} from "pingone-client";
import { printStep, runExample, runThenCleanUp } from "./connect.ts";

const HOUR = 60 * 60 * 1000;

/** Runs named steps, remembers what they create, and turns a failure into a WorkflowError. */
class Steps {
  readonly created: CreatedResource[] = [];
  constructor(
    private readonly client: PingOneClient,
    private readonly onStep: (event: StepEvent) => void,
  ) {}

  async run<T>(step: string, action: () => Promise<T>, creates?: { kind: string; path: (result: T) => string }) {
    let result: T;
    try {
      result = await action();
    } catch (cause) {
      throw new WorkflowError("protect an API", step, [...this.created], [this.client], { cause });
    }
    if (!creates) {
      this.onStep({ step });
      return result;
    }
    const path = creates.path(result);
    const created = {
      step,
      kind: creates.kind,
      id: path.split("/").at(-1) ?? "",
      path,
      apiBase: this.client.endpoints.apiBase,
    };
    this.created.push(created);
    this.onStep({ step, created });
    return result;
  }

  cleanup(): Promise<void> {
    return deleteCreated(this.client, this.created);
  }
}

await runExample(async ({ client, environmentId }) => {
  const suffix = Date.now().toString(36);
  const env = { params: { path: { environmentID: environmentId } } };
  const base = `/environments/${environmentId}`;

  await runThenCleanUp("the example", async () => {
    const steps = new Steps(client, printStep);

    // 1. A custom resource for the API, with two scopes and a claim in its access tokens.
    const resource = await steps.run(
      "create resource",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/resources", {
            ...env,
            body: {
              name: `Invoices API ${suffix}`,
              description: "Created by examples/protect-an-api.ts",
              audience: `https://api.example.com/invoices/${suffix}`,
              accessTokenValiditySeconds: 1800,
            },
          }),
        ),
      { kind: "resource", path: (r) => `${base}/resources/${r.id}` },
    );
    const resourcePath = { params: { path: { environmentID: environmentId, resourceID: resource.id } } };
    const scopePath = (s: { id: string }) => `${base}/resources/${resource.id}/scopes/${s.id}`;
    const read = await steps.run(
      "create scope read:invoices",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/resources/{resourceID}/scopes", {
            ...resourcePath,
            body: { name: "read:invoices", description: "Read invoices." },
          }),
        ),
      { kind: "scope", path: scopePath },
    );
    await steps.run(
      "create scope write:invoices",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/resources/{resourceID}/scopes", {
            ...resourcePath,
            body: { name: "write:invoices", description: "Create and change invoices." },
          }),
        ),
      { kind: "scope", path: scopePath },
    );
    await steps.run(
      "create resource attribute",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/resources/{resourceID}/attributes", {
            ...resourcePath,
            body: { name: "email", value: "${user.email}" },
          }),
        ),
      { kind: "attribute", path: (a) => `${base}/resources/${resource.id}/attributes/${a.id}` },
    );

    // 2. A worker application that calls the API with client credentials.
    const application = await steps.run(
      "create worker application",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/applications", {
            ...env,
            body: {
              name: `Invoice sync ${suffix}`,
              enabled: true,
              type: "WORKER",
              protocol: "OPENID_CONNECT",
              grantTypes: ["CLIENT_CREDENTIALS"],
              tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
            },
          }),
        ),
      { kind: "application", path: (a) => `${base}/applications/${a.id}` },
    );
    const appPath = { params: { path: { environmentID: environmentId, applicationID: application.id } } };

    // 3. It may request the read scope, and nothing else of the resource.
    await steps.run(
      "grant read:invoices",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
            ...appPath,
            body: { resource: { id: resource.id }, scopes: [{ id: read.id }] },
          }),
        ),
      { kind: "grant", path: (g) => `${base}/applications/${application.id}/grants/${g.id}` },
    );

    // 4. A claim the application receives about the user.
    await steps.run(
      "add attribute mapping",
      () =>
        unwrap(
          client.POST("/environments/{environmentID}/applications/{applicationID}/attributes", {
            ...appPath,
            body: { name: "email", value: "${user.email}", required: false },
          }),
        ),
      { kind: "attribute mapping", path: (m) => `${base}/applications/${application.id}/attributes/${m.id}` },
    );

    // 5. A new secret; the old one keeps working for an hour while clients move over.
    const rotated = await steps.run("rotate application secret", () =>
      unwrap(
        client.POST("/environments/{environmentID}/applications/{applicationID}/secret", {
          ...appPath,
          body: { previous: { expiresAt: new Date(Date.now() + HOUR).toISOString() } },
        }),
      ),
    );
    // The secrets themselves are credentials: say that they exist, never what they are.
    console.log(`    new secret issued; previous secret valid until ${rotated.previous?.expiresAt ?? "now"}`);

    // 6. The application as PingOne has it now, with what it may request.
    const [current, grants] = await steps.run("read application and grants", () =>
      Promise.all([
        unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}", appPath)),
        unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/grants", appPath)),
      ]),
    );
    console.log(`    ${current.name} (${current.type}, ${current.protocol}, enabled: ${current.enabled})`);
    for (const grant of grants._embedded.grants) {
      const scopeIds = grant.scopes.map((s) => s.id);
      const names = scopeIds.map((id) => (id === read.id ? read.name : id));
      console.log(`    granted on resource ${grant.resource.id}: ${names.join(", ")}`);
    }

    return { created: steps.created, cleanup: () => steps.cleanup() };
  });
});
