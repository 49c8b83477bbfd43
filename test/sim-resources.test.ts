// The simulator's resources rules over HTTP, through the client: built-in resources, scopes
// that belong to their resource (and go with it), grants that must name scopes of their own
// resource, and application and resource secrets that rotate and keep the previous one until
// the expiry the rotation asked for.
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { describe, expect, it } from "vitest";
import spec from "../generated/openapi.json" with { type: "json" };
import { BadRequestError, NotFoundError, unwrap, type components } from "../src/index.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

type Schemas = components["schemas"];
const context = useSimulator();
const DAY = 24 * 60 * 60 * 1000;

function setup() {
  const client = clientFor(context.sim, context.clock);
  const environmentID = context.sim.environmentId;
  const env = { params: { path: { environmentID } } };
  const resourcePath = (resourceID: string) => ({ params: { path: { environmentID, resourceID } } });
  const appPath = (applicationID: string) => ({ params: { path: { environmentID, applicationID } } });
  const createResource = (name: string) =>
    unwrap(client.POST("/environments/{environmentID}/resources", { ...env, body: { name } }));
  const createScope = (resourceID: string, name: string) =>
    unwrap(
      client.POST("/environments/{environmentID}/resources/{resourceID}/scopes", {
        ...resourcePath(resourceID),
        body: { name },
      }),
    );
  const createApp = (name = "Worker") =>
    unwrap(
      client.POST("/environments/{environmentID}/applications", {
        ...env,
        body: {
          name,
          enabled: true,
          type: "WORKER",
          protocol: "OPENID_CONNECT",
          grantTypes: ["CLIENT_CREDENTIALS"],
          tokenEndpointAuthMethod: "CLIENT_SECRET_BASIC",
        },
      }),
    );
  return { client, environmentID, env, resourcePath, appPath, createResource, createScope, createApp };
}

/** The error a rejected call threw. */
async function rejection(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    () => expect.fail("the call succeeded"),
    (error: unknown) => error,
  );
}

describe("resources", () => {
  it("lists the built-in openid and PingOne API resources, with scopes, and will not delete them", async () => {
    const { client, env, resourcePath } = setup();
    const page = await unwrap(client.GET("/environments/{environmentID}/resources", env));
    const byType = new Map(page._embedded.resources.map((r) => [r.type, r]));
    expect(byType.get("OPENID_CONNECT")?.name).toBe("openid");
    expect(byType.get("PINGONE_API")?.name).toBe("PingOne API");
    const openid = byType.get("OPENID_CONNECT")!;
    const scopes = await unwrap(
      client.GET("/environments/{environmentID}/resources/{resourceID}/scopes", resourcePath(openid.id)),
    );
    expect(scopes._embedded.scopes.map((s) => s.name)).toEqual(expect.arrayContaining(["openid", "profile", "email"]));
    const error = await rejection(
      unwrap(client.DELETE("/environments/{environmentID}/resources/{resourceID}", resourcePath(openid.id))),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    // Listing again does not create them twice.
    const again = await unwrap(client.GET("/environments/{environmentID}/resources", env));
    expect(again._embedded.resources.filter((r) => r.type === "OPENID_CONNECT")).toHaveLength(1);
  });

  it("gives a new custom resource PingOne's defaults and refuses a second resource of the same name", async () => {
    const { client, env, createResource } = setup();
    const created = await createResource("Invoices API");
    expect(created).toMatchObject({
      type: "CUSTOM",
      audience: "Invoices API",
      accessTokenValiditySeconds: 3600,
      environment: { id: context.sim.environmentId },
    });
    const error = await rejection(createResource("Invoices API"));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.details[0]).toMatchObject({ code: "UNIQUENESS_VIOLATION", target: "name" });
    const page = await unwrap(client.GET("/environments/{environmentID}/resources", env));
    expect(page._embedded.resources.filter((r) => r.name === "Invoices API")).toHaveLength(1);
  });

  it("puts the token lifetime back to 3600 when a PUT leaves it out", async () => {
    const { client, environmentID, createResource } = setup();
    const created = await createResource("Short-lived");
    const path = { params: { path: { environmentID, resourceID: created.id } } };
    await unwrap(
      client.PUT("/environments/{environmentID}/resources/{resourceID}", {
        ...path,
        body: { name: "Short-lived", accessTokenValiditySeconds: 600 },
      }),
    );
    const replaced = await unwrap(
      client.PUT("/environments/{environmentID}/resources/{resourceID}", { ...path, body: { name: "Short-lived" } }),
    );
    expect(replaced.accessTokenValiditySeconds).toBe(3600);
    expect(replaced.type).toBe("CUSTOM");
  });
});

describe("scopes", () => {
  it("belong to their resource and are deleted with it", async () => {
    const { client, environmentID, resourcePath, createResource, createScope } = setup();
    const resource = await createResource("Photos API");
    const scope = await createScope(resource.id, "read:photos");
    expect(scope.resource?.id).toBe(resource.id);
    const scopePath = { params: { path: { environmentID, resourceID: resource.id, scopeID: scope.id } } };
    await unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/scopes/{scopeID}", scopePath));
    const duplicate = await rejection(createScope(resource.id, "read:photos"));
    expect(duplicate.details[0]).toMatchObject({ code: "UNIQUENESS_VIOLATION", target: "name" });

    await unwrap(client.DELETE("/environments/{environmentID}/resources/{resourceID}", resourcePath(resource.id)));
    expect(
      context.sim.get(`/environments/${environmentID}/resources/${resource.id}/scopes/${scope.id}`),
    ).toBeUndefined();
    const gone = await rejection(
      unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/scopes/{scopeID}", scopePath)),
    );
    expect(gone).toBeInstanceOf(NotFoundError);
    // A new resource of the same name starts without scopes.
    const again = await createResource("Photos API");
    const scopes = await unwrap(
      client.GET("/environments/{environmentID}/resources/{resourceID}/scopes", resourcePath(again.id)),
    );
    expect(scopes._embedded.scopes).toEqual([]);
  });
});

describe("grants", () => {
  it("grant scopes of their resource, and reject a scope of another resource naming it", async () => {
    const { client, appPath, createResource, createScope, createApp } = setup();
    const photos = await createResource("Photos");
    const invoices = await createResource("Invoices");
    const readPhotos = await createScope(photos.id, "read:photos");
    const readInvoices = await createScope(invoices.id, "read:invoices");
    const app = await createApp();

    const grant = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
        ...appPath(app.id),
        body: { resource: { id: photos.id }, scopes: [{ id: readPhotos.id }] },
      }),
    );
    expect(grant).toMatchObject({ resource: { id: photos.id }, application: { id: app.id } });

    const response = await client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
      ...appPath(app.id),
      body: { resource: { id: invoices.id }, scopes: [{ id: readInvoices.id }, { id: readPhotos.id }] },
    });
    expect(response.response.status).toBe(400);
    const body = response.error as Schemas["ErrorResponse"];
    expect(body.code).toBe("INVALID_DATA");
    expect(body.details).toEqual([
      {
        code: "INVALID_VALUE",
        target: "scopes[1].id",
        message: `Scope ${readPhotos.id} belongs to resource ${photos.id}, not to resource ${invoices.id}`,
      },
    ]);
  });

  it("reject an unknown resource, an unknown scope, a second grant for a resource and a PUT that moves it", async () => {
    const { client, environmentID, appPath, createResource, createScope, createApp } = setup();
    const photos = await createResource("Photos");
    const other = await createResource("Other");
    const read = await createScope(photos.id, "read:photos");
    const app = await createApp();
    const post = (body: Schemas["ApplicationResourceGrantInput"]) =>
      rejection(
        unwrap(
          client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
            ...appPath(app.id),
            body,
          }),
        ),
      );
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await post({ resource: { id: unknown }, scopes: [{ id: read.id }] })).details[0]).toMatchObject({
      target: "resource.id",
      message: `Resource ${unknown} does not exist in this environment`,
    });
    expect((await post({ resource: { id: photos.id }, scopes: [{ id: unknown }] })).details[0]).toMatchObject({
      target: "scopes[0].id",
      message: `Scope ${unknown} does not exist`,
    });
    const grant = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
        ...appPath(app.id),
        body: { resource: { id: photos.id }, scopes: [{ id: read.id }] },
      }),
    );
    expect((await post({ resource: { id: photos.id }, scopes: [{ id: read.id }] })).details[0]).toMatchObject({
      code: "UNIQUENESS_VIOLATION",
      target: "resource.id",
    });
    const grantPath = { params: { path: { environmentID, applicationID: app.id, grantID: grant.id } } };
    const moved = await rejection(
      unwrap(
        client.PUT("/environments/{environmentID}/applications/{applicationID}/grants/{grantID}", {
          ...grantPath,
          body: { resource: { id: other.id }, scopes: [{ id: read.id }] },
        }),
      ),
    );
    expect(moved.details[0]).toMatchObject({ target: "resource.id" });
    const write = await createScope(photos.id, "write:photos");
    const updated = await unwrap(
      client.PUT("/environments/{environmentID}/applications/{applicationID}/grants/{grantID}", {
        ...grantPath,
        body: { resource: { id: photos.id }, scopes: [{ id: read.id }, { id: write.id }] },
      }),
    );
    expect(updated.scopes.map((s) => s.id)).toEqual([read.id, write.id]);
  });

  it("can grant scopes of the built-in openid resource", async () => {
    const { client, env, appPath, resourcePath, createApp } = setup();
    const page = await unwrap(client.GET("/environments/{environmentID}/resources", env));
    const openid = page._embedded.resources.find((r) => r.type === "OPENID_CONNECT")!;
    const scopes = await unwrap(
      client.GET("/environments/{environmentID}/resources/{resourceID}/scopes", resourcePath(openid.id)),
    );
    const profile = scopes._embedded.scopes.find((s) => s.name === "profile")!;
    const app = await createApp("Web");
    const grant = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
        ...appPath(app.id),
        body: { resource: { id: openid.id }, scopes: [{ id: profile.id }] },
      }),
    );
    expect(grant.scopes).toEqual([{ id: profile.id }]);
  });
});

describe("application secret", () => {
  it("rotates, keeps the previous secret until its expiry, and DELETE ends it at once", async () => {
    const { client, appPath, createApp } = setup();
    const app = await createApp();
    const path = appPath(app.id);
    const first = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path));
    expect(first.secret).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    expect(first.previous).toBeUndefined();
    expect(
      (await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path))).secret,
    ).toBe(first.secret);

    const expiresAt = new Date(context.clock.now() + DAY).toISOString();
    const rotated = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/secret", {
        ...path,
        body: { previous: { expiresAt } },
      }),
    );
    expect(rotated.secret).not.toBe(first.secret);
    expect(rotated.previous).toEqual({ secret: first.secret, expiresAt });
    const read = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path));
    expect(read).toMatchObject({ secret: rotated.secret, previous: { secret: first.secret, expiresAt } });

    // Still valid an hour before the expiry, gone after it.
    context.clock.advance(DAY - 60 * 60 * 1000);
    const before = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path));
    expect(before.previous?.secret).toBe(first.secret);
    context.clock.advance(2 * 60 * 60 * 1000);
    const after = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path));
    expect(after.secret).toBe(rotated.secret);
    expect(after.previous).toBeUndefined();

    // Rotate again keeping the old one, then revoke it early.
    const again = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/secret", {
        ...path,
        body: { previous: { expiresAt: new Date(context.clock.now() + 7 * DAY).toISOString() } },
      }),
    );
    expect(again.previous?.secret).toBe(rotated.secret);
    await unwrap(client.DELETE("/environments/{environmentID}/applications/{applicationID}/secret", path));
    const revoked = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path));
    expect(revoked).toMatchObject({ secret: again.secret });
    expect(revoked.previous).toBeUndefined();
  });

  it("ends the previous secret at once without previous.expiresAt, and rejects an expiry beyond 30 days", async () => {
    const { client, appPath, createApp } = setup();
    const app = await createApp();
    const path = appPath(app.id);
    const first = await unwrap(client.GET("/environments/{environmentID}/applications/{applicationID}/secret", path));
    const rotated = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/secret", path),
    );
    expect(rotated.secret).not.toBe(first.secret);
    expect(rotated.previous).toBeUndefined();
    const tooLate = new Date(context.clock.now() + 31 * DAY).toISOString();
    const error = await rejection(
      unwrap(
        client.POST("/environments/{environmentID}/applications/{applicationID}/secret", {
          ...path,
          body: { previous: { expiresAt: tooLate } },
        }),
      ),
    );
    expect(error.details[0]).toMatchObject({ code: "OUT_OF_RANGE", target: "previous.expiresAt" });
  });

  it("answers 404 for an application that does not exist", async () => {
    const { client, appPath } = setup();
    const error = await rejection(
      unwrap(
        client.POST(
          "/environments/{environmentID}/applications/{applicationID}/secret",
          appPath("00000000-0000-4000-8000-000000000000"),
        ),
      ),
    );
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe("resource secret", () => {
  it("exists for custom resources only, rotates and is revoked like an application's", async () => {
    const { client, env, resourcePath, createResource } = setup();
    const custom = await createResource("Introspecting API");
    const path = resourcePath(custom.id);
    const first = await unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/secret", path));
    const expiresAt = new Date(context.clock.now() + 2 * DAY).toISOString();
    const rotated = await unwrap(
      client.POST("/environments/{environmentID}/resources/{resourceID}/secret", {
        ...path,
        body: { previous: { expiresAt } },
      }),
    );
    expect(rotated.previous).toEqual({ secret: first.secret, expiresAt });
    await unwrap(client.DELETE("/environments/{environmentID}/resources/{resourceID}/secret", path));
    const read = await unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/secret", path));
    expect(read.secret).toBe(rotated.secret);
    expect(read.previous).toBeUndefined();

    const page = await unwrap(client.GET("/environments/{environmentID}/resources", env));
    const builtIn = page._embedded.resources.find((r) => r.type === "PINGONE_API")!;
    const error = await rejection(
      unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/secret", resourcePath(builtIn.id))),
    );
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe("owners", () => {
  it("fills in the resource, application or parent of what is created below them", async () => {
    const { client, resourcePath, appPath, createResource, createApp } = setup();
    const resource = await createResource("Owned");
    const attribute = await unwrap(
      client.POST("/environments/{environmentID}/resources/{resourceID}/attributes", {
        ...resourcePath(resource.id),
        body: { name: "email", value: "${user.email}" },
      }),
    );
    expect(attribute).toMatchObject({ resource: { id: resource.id }, type: "CUSTOM" });
    const appResource = await unwrap(
      client.POST("/environments/{environmentID}/resources/{resourceID}/applicationResources", {
        ...resourcePath(resource.id),
        body: { name: "invoices" },
      }),
    );
    expect(appResource.parent).toEqual({ type: "PING_ONE_RESOURCE", id: resource.id });
    const app = await createApp();
    const mapping = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/attributes", {
        ...appPath(app.id),
        body: { name: "email", value: "${user.email}", required: false },
      }),
    );
    expect(mapping).toMatchObject({ application: { id: app.id }, mappingType: "CUSTOM" });
  });
});

describe("conformance", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  formats.default(ajv);
  ajv.addSchema({ ...spec, $id: "spec.json" });
  const check = (schema: string, value: unknown): void => {
    const validate = ajv.getSchema(`spec.json#/components/schemas/${schema}`);
    expect(validate, schema).toBeDefined();
    expect(validate?.(value), JSON.stringify(validate?.errors)).toBe(true);
  };

  it("answers with bodies that match the response schemas", async () => {
    const { client, env, resourcePath, appPath, createResource, createScope, createApp } = setup();
    const resource = await createResource("Conformant");
    check("Resource", resource);
    check("ResourceCollection", await unwrap(client.GET("/environments/{environmentID}/resources", env)));
    const scope = await createScope(resource.id, "read:things");
    check("ResourceScope", scope);
    const path = resourcePath(resource.id);
    check(
      "ResourceSecret",
      await unwrap(client.GET("/environments/{environmentID}/resources/{resourceID}/secret", path)),
    );
    const app = await createApp();
    const expiresAt = new Date(context.clock.now() + DAY).toISOString();
    const rotated = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/secret", {
        ...appPath(app.id),
        body: { previous: { expiresAt } },
      }),
    );
    check("ApplicationSecret", rotated);
    const grant = await unwrap(
      client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
        ...appPath(app.id),
        body: { resource: { id: resource.id }, scopes: [{ id: scope.id }] },
      }),
    );
    check("ApplicationResourceGrant", grant);
    const rejected = await client.POST("/environments/{environmentID}/applications/{applicationID}/grants", {
      ...appPath(app.id),
      body: { resource: { id: resource.id }, scopes: [{ id: scope.id }] },
    });
    check("ErrorResponse", rejected.error);
  });
});
