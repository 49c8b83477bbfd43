// Organizations, license names, environment type and status, and organization capabilities:
// what the generic CRUD cannot know. The simulator seeds the organization its environments
// belong to (see seedAdminEnvironment); a license's name is the license's own `name`; promoting or
// soft-deleting an environment changes the environment itself (only SANDBOX → PRODUCTION,
// and only production environments are soft-deleted or restored); an organization's
// capabilities follow its stored licenses. Usage reports are read-only: tests fill them with
// `sim.seed(...)`, and a report answers with everything seeded, whatever its query says (its
// `filter` describes the period to count, not attributes of the entries). Audit activities
// are served generically, their `filter` applied to the seeded events; the search by POST
// applies the body's filter the same way and answers with one page.
import { filterOrInvalid } from "../filter.ts";
import { environmentPath, pathSegment, requestPath, type RuleContext, type SimRule } from "../rules.ts";
import { invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import type { Resource } from "../store.ts";

const ORG = "/organizations/{organizationID}";
const LICENSE_NAME = `${ORG}/licenses/{licenseID}/name`;
const ENV = "/environments/{environmentID}";

type Handler = (ctx: RuleContext, next: () => SimResponse) => SimResponse;

const HANDLERS: Record<string, Handler> = {
  [`get ${LICENSE_NAME}`]: readLicenseName,
  [`put ${LICENSE_NAME}`]: updateLicenseName,
  [`get ${ORG}/capabilities`]: readOrganizationCapabilities,
  [`put ${ENV}/type`]: updateEnvironmentType,
  [`put ${ENV}/status`]: updateEnvironmentStatus,
  [`get ${ENV}/activeIdentityCounts`]: (ctx) => report(ctx, "activeIdentityCounts"),
  [`get ${ENV}/metrics/activeIdentityCounts`]: (ctx) => report(ctx, "activeIdentityCounts"),
  [`get ${ORG}/licenses/{licenseID}/metrics/activeIdentityCounts`]: (ctx) => report(ctx, "activeIdentityCounts"),
  [`get ${ENV}/totalIdentities`]: (ctx) => report(ctx, "totalIdentities"),
  [`get ${ENV}/applicationSignons`]: (ctx) => report(ctx, "applicationSignons"),
  [`post ${ENV}/activities`]: searchActivities,
};

export const reportsRule: SimRule = (ctx, next) => {
  const handler = HANDLERS[`${ctx.method} ${ctx.template}`];
  return handler ? handler(ctx, next) : next();
};

function organizationPath(ctx: RuleContext): string {
  return `/organizations/${pathSegment(ctx.params.organizationID)}`;
}

function licensePath(ctx: RuleContext): string {
  return `${organizationPath(ctx)}/licenses/${pathSegment(ctx.params.licenseID)}`;
}

function licenseName(ctx: RuleContext, license: Resource): SimResponse {
  const base = ctx.resources.apiBase + licensePath(ctx);
  return {
    status: 200,
    body: {
      _links: { self: { href: `${base}/name` }, license: { href: base } },
      name: typeof license.name === "string" ? license.name : "",
    },
  };
}

/** The name is the license's own `name` (the license exists: its path was checked). */
function readLicenseName(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const license = ctx.resources.get(licensePath(ctx));
  return license ? licenseName(ctx, license) : next();
}

function updateLicenseName(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const license = ctx.resources.get(licensePath(ctx));
  if (!license || !isRecord(ctx.body)) return next();
  const renamed = { ...license, name: ctx.body.name, updatedAt: ctx.resources.now() };
  ctx.resources.put(licensePath(ctx), renamed);
  return licenseName(ctx, renamed);
}

/** Capabilities of the organization from its stored licenses: the active ones can be assigned. */
function readOrganizationCapabilities(ctx: RuleContext): SimResponse {
  const licenses = ctx.resources.list(`${organizationPath(ctx)}/licenses`);
  const active = licenses.filter((l) => l.status === "ACTIVE");
  const base = ctx.resources.apiBase + organizationPath(ctx);
  return {
    status: 200,
    body: {
      _links: { self: { href: `${base}/capabilities` }, organization: { href: base } },
      organizationId: ctx.params.organizationID,
      canContactSupport: true,
      canCreateEnvironment: true,
      canCreateEphemeralTrialLicenses: false,
      canUsePlatform: licenses.length === 0 || active.length > 0,
      assignableLicenses: active.map((l) => {
        const environments = isRecord(l.environments) ? l.environments : {};
        return {
          id: l.id,
          ...(typeof l.name === "string" ? { name: l.name } : {}),
          ...(typeof environments.allowProduction === "boolean"
            ? { allowProduction: environments.allowProduction }
            : {}),
          ...(typeof l.beginsAt === "string" ? { beginsAt: l.beginsAt } : {}),
          ...(typeof l.expiresAt === "string" ? { expiresAt: l.expiresAt } : {}),
          ...(Array.isArray(environments.regions) ? { supportedRegions: environments.regions } : {}),
        };
      }),
    },
  };
}

/** Stores the changed environment and answers with it, as `PUT .../type` and `.../status` do. */
function saveEnvironment(ctx: RuleContext, environment: Resource): SimResponse {
  const path = environmentPath(ctx);
  const saved = { ...environment, updatedAt: ctx.resources.now() };
  ctx.resources.put(path, saved);
  return { status: 200, body: { _links: { self: { href: ctx.resources.apiBase + path } }, ...saved } };
}

/** Promotion only: SANDBOX → PRODUCTION; asking for the current type changes nothing. */
function updateEnvironmentType(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const environment = ctx.resources.get(environmentPath(ctx));
  if (!environment || !isRecord(ctx.body)) return next();
  const type = ctx.body.type;
  if (environment.type === "PRODUCTION" && type === "SANDBOX") {
    return invalid([
      { code: "INVALID_VALUE", target: "type", message: "A production environment cannot be demoted to SANDBOX." },
    ]);
  }
  return saveEnvironment(ctx, { ...environment, type });
}

/**
 * `DELETE_PENDING` soft-deletes an active production environment; `ACTIVE` restores a
 * soft-deleted one on the license given. Sandboxes have no soft delete.
 */
function updateEnvironmentStatus(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const environment = ctx.resources.get(environmentPath(ctx));
  if (!environment || !isRecord(ctx.body)) return next();
  if (environment.type !== "PRODUCTION") {
    return invalid([
      { code: "INVALID_VALUE", target: "status", message: "Only a production environment has a status to change." },
    ]);
  }
  const pending = environment.status === "DELETE_PENDING";
  if (ctx.body.status === "DELETE_PENDING") {
    if (pending) {
      return invalid([
        { code: "INVALID_VALUE", target: "status", message: "The environment is already DELETE_PENDING." },
      ]);
    }
    return saveEnvironment(ctx, { ...environment, status: "DELETE_PENDING", softDeletedAt: ctx.resources.now() });
  }
  if (!pending) {
    return invalid([
      { code: "INVALID_VALUE", target: "status", message: "Only a DELETE_PENDING environment can be restored." },
    ]);
  }
  const { softDeletedAt: _soft, hardDeleteAllowedAt: _hard, ...rest } = environment;
  return saveEnvironment(ctx, { ...rest, status: "ACTIVE", license: ctx.body.license });
}

/** Every seeded entry of a usage report, in one page; total identities count the users. */
function report(ctx: RuleContext, collection: string): SimResponse {
  const path = requestPath(ctx);
  // The store's bookkeeping (IDs, timestamps, owning environment) is no part of a report entry;
  // an application's entry keeps its ID, which is the application's.
  const items = ctx.resources.list(path).map((item) => {
    const { id, createdAt: _c, updatedAt: _u, environment: _e, ...entry } = item;
    return collection === "applicationSignons" ? { id, ...entry } : entry;
  });
  const count =
    collection === "totalIdentities" ? ctx.resources.list(`${environmentPath(ctx)}/users`).length : items.length;
  return {
    status: 200,
    body: {
      _links: { self: { href: ctx.resources.apiBase + path } },
      _embedded: { [collection]: items },
      count,
      size: items.length,
    },
  };
}

/** The seeded events the body's filter selects, up to its `limit` (100 by default), in one page. */
function searchActivities(ctx: RuleContext, next: () => SimResponse): SimResponse {
  if (!isRecord(ctx.body) || typeof ctx.body.filter !== "string") return next();
  const selects = filterOrInvalid(ctx.body.filter);
  if (typeof selects !== "function") return selects;
  const limit = typeof ctx.body.limit === "number" ? ctx.body.limit : 100;
  const path = `${environmentPath(ctx)}/activities`;
  const base = ctx.resources.apiBase + path;
  const activities = ctx.resources
    .list(path)
    .filter(selects)
    .slice(0, limit)
    .map((event) => ({ _links: { self: { href: `${base}/${pathSegment(String(event.id))}` } }, ...event }));
  return {
    status: 200,
    body: { _links: { self: { href: base } }, _embedded: { activities }, size: activities.length },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
