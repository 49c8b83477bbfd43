// Resources, their scopes and secrets, and what applications are granted of them:
// - the built-in `openid` and `PingOne API` resources (with their common scopes) exist in
//   every environment as soon as its resources are first used; they cannot be deleted;
// - resource names are unique per environment and scope names per resource; a new or
//   replaced resource gets PingOne's defaults (type, audience, token lifetime);
// - a grant names one resource and scopes of that resource only: an unknown resource or a
//   scope of another resource is a 400 naming the offending field; one grant per resource;
// - application and resource secrets are generated, rotated (keeping the previous secret until
//   the `previous.expiresAt` the rotation asked for) and the previous one revoked on DELETE.
// Scopes, attributes and application resources go with their resource by the generic
// cascade below an item.
import { randomBytes } from "node:crypto";
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import {
  environmentPath,
  pathSegment,
  requestPath,
  type ResourceAccess,
  type RuleContext,
  type SimRule,
} from "../rules.ts";
import type { Resource } from "../store.ts";

const ENV = "/environments/{environmentID}";
const RESOURCES = `${ENV}/resources`;
const RESOURCE = `${RESOURCES}/{resourceID}`;
const SCOPES = `${RESOURCE}/scopes`;
const SCOPE = `${SCOPES}/{scopeID}`;
const RESOURCE_SECRET = `${RESOURCE}/secret`;
const RESOURCE_ATTRIBUTES = `${RESOURCE}/attributes`;
const APPLICATION_RESOURCES = `${RESOURCE}/applicationResources`;
const APPLICATION = `${ENV}/applications/{applicationID}`;
const APPLICATION_SECRET = `${APPLICATION}/secret`;
const GRANTS = `${APPLICATION}/grants`;
const GRANT = `${GRANTS}/{grantID}`;
const ATTRIBUTE_MAPPINGS = `${APPLICATION}/attributes`;

/** The longest a rotated-out secret may stay valid, and the shortest, as Ping documents. */
const MAX_PREVIOUS_MS = 30 * 24 * 60 * 60 * 1000;
const MIN_PREVIOUS_MS = 60 * 1000;
const DEFAULT_TOKEN_SECONDS = 3600;

/** The built-in resources PingOne creates in every environment, with their best-known scopes. */
const BUILT_IN: readonly { resource: Resource; scopes: readonly [string, string][] }[] = [
  {
    resource: {
      name: "openid",
      description: "OpenID Connect scopes and the claims they return.",
      type: "OPENID_CONNECT",
      audience: "https://api.pingone.com",
      accessTokenValiditySeconds: DEFAULT_TOKEN_SECONDS,
    },
    scopes: [
      ["openid", "Sign the user on with OpenID Connect."],
      ["profile", "The user's default profile claims."],
      ["email", "The user's email address."],
      ["address", "The user's postal address."],
      ["phone", "The user's phone number."],
    ],
  },
  {
    resource: {
      name: "PingOne API",
      description: "The PingOne platform APIs.",
      type: "PINGONE_API",
      audience: "https://api.pingone.com",
      accessTokenValiditySeconds: DEFAULT_TOKEN_SECONDS,
    },
    scopes: [
      ["p1:read:user", "Read the user's own profile."],
      ["p1:update:user", "Change the user's own profile."],
      ["p1:reset:userPassword", "Reset the user's own password."],
    ],
  },
];

export const resourcesRule: SimRule = (ctx, next) => {
  const { template, method } = ctx;
  if (template === APPLICATION_SECRET) return secret(ctx, `${applicationPath(ctx)}/secret`, "application");
  if (template === RESOURCE_SECRET) {
    ensureBuiltIns(ctx);
    const resource = ctx.resources.get(resourcePath(ctx));
    if (resource?.type !== "CUSTOM")
      return errorResponse(404, `Resource ${ctx.params.resourceID} has no secret: only custom resources do.`);
    return secret(ctx, `${resourcePath(ctx)}/secret`, "resource");
  }
  if (template.startsWith(RESOURCES)) ensureBuiltIns(ctx);
  if (template === RESOURCES && method === "post") return createResource(ctx, next);
  if (template === RESOURCE && method === "put") return replaceResource(ctx, next);
  if (template === RESOURCE && method === "delete") return deleteResource(ctx, next);
  if ((template === SCOPES && method === "post") || (template === SCOPE && method === "put")) {
    const taken = uniqueName(ctx, `${resourcePath(ctx)}/scopes`, ctx.params.scopeID, "scope", "this resource");
    if (taken) return taken;
  }
  if ((template === GRANTS && method === "post") || (template === GRANT && method === "put")) {
    ensureBuiltIns(ctx);
    const problem = checkGrant(ctx);
    if (problem) return problem;
  }
  if (template === APPLICATION && method === "delete") return dropSecret(ctx, next(), `${applicationPath(ctx)}/secret`);
  const owner = method === "post" ? ownerReference(ctx) : undefined;
  return owner ? withDefaults(ctx, next(), owner) : next();
};

/** What PingOne adds to an item created below a resource or an application: its owner. */
function ownerReference(ctx: RuleContext): Resource | undefined {
  const resource = { id: ctx.params.resourceID };
  const application = { id: ctx.params.applicationID };
  switch (ctx.template) {
    case SCOPES:
      return { resource };
    case RESOURCE_ATTRIBUTES:
      return { resource, type: "CUSTOM" };
    case APPLICATION_RESOURCES:
      return { parent: { type: "PING_ONE_RESOURCE", ...resource } };
    case GRANTS:
      return { application };
    case ATTRIBUTE_MAPPINGS:
      return { application, mappingType: "CUSTOM" };
    default:
      return undefined;
  }
}

function resourcePath(ctx: RuleContext, resourceId = ctx.params.resourceID ?? ""): string {
  return `${environmentPath(ctx)}/resources/${pathSegment(resourceId)}`;
}

function applicationPath(ctx: RuleContext): string {
  return `${environmentPath(ctx)}/applications/${pathSegment(ctx.params.applicationID)}`;
}

/** Creates the built-in resources of the environment the first time its resources are used. */
function ensureBuiltIns(ctx: RuleContext): void {
  const { resources } = ctx;
  const collection = `${environmentPath(ctx)}/resources`;
  if (resources.get(environmentPath(ctx)) === undefined) return;
  const existing = resources.list(collection);
  for (const { resource, scopes } of BUILT_IN) {
    if (existing.some((r) => r.type === resource.type)) continue;
    const created = resources.insert(collection, structuredClone(resource));
    const scopeCollection = `${collection}/${pathSegment(String(created.id))}/scopes`;
    for (const [name, description] of scopes) {
      resources.insert(scopeCollection, { name, description, resource: { id: created.id } });
    }
  }
}

/** PingOne's defaults for what a create or replace left out. */
function resourceDefaults(item: Resource): Resource {
  return {
    type: "CUSTOM",
    audience: item.name,
    accessTokenValiditySeconds: DEFAULT_TOKEN_SECONDS,
    introspectEndpointAuthMethod: "CLIENT_SECRET_BASIC",
    applicationPermissionsSettings: { claimEnabled: false },
  };
}

function createResource(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const taken = uniqueName(ctx, `${environmentPath(ctx)}/resources`, undefined, "resource", "this environment");
  if (taken) return taken;
  const response = next();
  const created = response.body as Resource | undefined;
  if (response.status !== 201 || !created) return response;
  return withDefaults(ctx, response, resourceDefaults(created));
}

function replaceResource(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const taken = uniqueName(
    ctx,
    `${environmentPath(ctx)}/resources`,
    ctx.params.resourceID,
    "resource",
    "this environment",
  );
  if (taken) return taken;
  const response = next();
  const updated = response.body as Resource | undefined;
  if (response.status !== 200 || !updated) return response;
  const { type: _type, ...defaults } = resourceDefaults(updated);
  return withDefaults(ctx, response, defaults);
}

function deleteResource(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const stored = ctx.resources.get(resourcePath(ctx));
  if (stored && stored.type !== undefined && stored.type !== "CUSTOM") {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "id",
        message: `${String(stored.name)} is a built-in resource (${String(stored.type)}) and cannot be deleted`,
      },
    ]);
  }
  return dropSecret(ctx, next(), `${resourcePath(ctx)}/secret`);
}

/** Adds values for properties the stored item does not have, to the store and the response. */
function withDefaults(ctx: RuleContext, response: SimResponse, defaults: Resource): SimResponse {
  const body = response.body as Resource | undefined;
  if (response.status >= 300 || !body || typeof body.id !== "string") return response;
  const path = selfPath(ctx, body.id);
  const stored = ctx.resources.get(path);
  if (!stored) return response;
  const missing = Object.fromEntries(Object.entries(defaults).filter(([key]) => stored[key] === undefined));
  if (Object.keys(missing).length === 0) return response;
  ctx.resources.put(path, { ...stored, ...missing });
  return { ...response, body: { ...body, ...missing } };
}

/** The store path of the item a collection POST created or an item request addressed. */
function selfPath(ctx: RuleContext, id: string): string {
  const path = requestPath(ctx);
  return ctx.template.endsWith("}") ? path : `${path}/${pathSegment(id)}`;
}

/** A 400 when another item of the collection already has the body's `name`. */
function uniqueName(
  ctx: RuleContext,
  collection: string,
  selfId: string | undefined,
  kind: string,
  where: string,
): SimResponse | undefined {
  const name = (ctx.body as Resource | undefined)?.name;
  if (typeof name !== "string") return undefined;
  const clash = ctx.resources.list(collection).find((item) => item.name === name && item.id !== selfId);
  if (!clash) return undefined;
  return invalid([
    { code: "UNIQUENESS_VIOLATION", target: "name", message: `A ${kind} named "${name}" already exists in ${where}` },
  ]);
}

/** A grant's resource must exist and every scope must be one of its scopes. */
function checkGrant(ctx: RuleContext): SimResponse | undefined {
  const body = ctx.body as { resource: { id: string }; scopes: { id: string }[] };
  const resourceId = body.resource.id;
  const grants = `${applicationPath(ctx)}/grants`;
  if (ctx.method === "put") {
    const stored = ctx.resources.get(`${grants}/${pathSegment(ctx.params.grantID)}`);
    const storedResource = (stored?.resource as { id?: string } | undefined)?.id;
    if (stored && storedResource !== resourceId) {
      return invalid([
        {
          code: "INVALID_VALUE",
          target: "resource.id",
          message: `resource.id cannot be changed: the grant is for resource ${String(storedResource)}`,
        },
      ]);
    }
  }
  if (!ctx.resources.get(resourcePath(ctx, resourceId))) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "resource.id",
        message: `Resource ${resourceId} does not exist in this environment`,
      },
    ]);
  }
  if (ctx.method === "post") {
    const existing = ctx.resources
      .list(grants)
      .find((grant) => (grant.resource as { id?: string } | undefined)?.id === resourceId);
    if (existing) {
      return invalid([
        {
          code: "UNIQUENESS_VIOLATION",
          target: "resource.id",
          message: `The application already has grant ${String(existing.id)} for resource ${resourceId}; change that one instead`,
        },
      ]);
    }
  }
  const details = body.scopes.flatMap(({ id }, index) => {
    if (ctx.resources.get(`${resourcePath(ctx, resourceId)}/scopes/${pathSegment(id)}`)) return [];
    const owner = findScopeOwner(ctx.resources, environmentPath(ctx), id);
    return [
      {
        code: "INVALID_VALUE",
        target: `scopes[${index}].id`,
        message: owner
          ? `Scope ${id} belongs to resource ${owner}, not to resource ${resourceId}`
          : `Scope ${id} does not exist`,
      },
    ];
  });
  return details.length > 0 ? invalid(details) : undefined;
}

function findScopeOwner(resources: ResourceAccess, environment: string, scopeId: string): string | undefined {
  return resources
    .list(`${environment}/resources`)
    .map((r) => String(r.id))
    .find((id) => resources.get(`${environment}/resources/${pathSegment(id)}/scopes/${pathSegment(scopeId)}`));
}

// ---- secrets -------------------------------------------------------------------------------

interface StoredSecret {
  secret: string;
  previous?: { secret: string; expiresAt: string };
}

/** 64 characters from the alphabet Ping documents for generated secrets. */
function newSecret(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";
  return [...randomBytes(64)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

function secret(ctx: RuleContext, path: string, owner: "application" | "resource"): SimResponse {
  const { resources } = ctx;
  const now = Date.parse(resources.now());
  const loaded = resources.get(path) as (Resource & StoredSecret) | undefined;
  let state: StoredSecret = loaded
    ? { secret: loaded.secret, ...(loaded.previous ? { previous: loaded.previous } : {}) }
    : { secret: newSecret() };
  if (state.previous && Date.parse(state.previous.expiresAt) <= now) state = { secret: state.secret };

  if (ctx.method === "post") {
    const expiresAt = (ctx.body as { previous?: { expiresAt: string } } | undefined)?.previous?.expiresAt;
    if (expiresAt !== undefined) {
      const ahead = Date.parse(expiresAt) - now;
      if (!(ahead >= MIN_PREVIOUS_MS && ahead <= MAX_PREVIOUS_MS)) {
        return invalid([
          {
            code: "OUT_OF_RANGE",
            target: "previous.expiresAt",
            message: "previous.expiresAt must be between 1 minute and 30 days from now",
          },
        ]);
      }
    }
    state = {
      secret: newSecret(),
      ...(expiresAt !== undefined ? { previous: { secret: state.secret, expiresAt } } : {}),
    };
  } else if (ctx.method === "delete") {
    state = { secret: state.secret };
  }
  resources.put(path, state as unknown as Resource);
  if (ctx.method === "delete") return { status: 204 };

  const base = resources.apiBase;
  const environment = environmentPath(ctx);
  const parent = path.slice(0, -"/secret".length);
  return {
    status: 200,
    body: {
      _links: {
        self: { href: base + path },
        environment: { href: base + environment },
        [owner]: { href: base + parent },
      },
      environment: { id: ctx.params.environmentID },
      secret: state.secret,
      ...(state.previous ? { previous: state.previous } : {}),
    },
  };
}

/** After its owner is deleted, forget the owner's secret too. */
function dropSecret(ctx: RuleContext, response: SimResponse, path: string): SimResponse {
  if (response.status === 204) ctx.resources.remove(path);
  return response;
}
