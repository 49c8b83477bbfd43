// Directory relations the generic CRUD cannot infer: group memberships (of users and of
// groups) keyed by the group's ID, kept consistent when groups and users go away; role
// assignments that must name an existing role applicable to an existing scope; PingOne's
// built-in roles; a group's population that PUT cannot change; a population's default
// identity provider.
import type { SimResponse } from "../responses.ts";
import { invalid } from "../responses.ts";
import {
  environmentPath,
  pathSegment,
  requestPath,
  type ResourceAccess,
  type RuleContext,
  type SimRule,
} from "../rules.ts";
import type { Resource } from "../store.ts";

type Handler = (ctx: RuleContext, next: () => SimResponse) => SimResponse;

interface BuiltInRole {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly applicableTo: readonly string[];
}

/**
 * PingOne's built-in administrator roles as `GET /roles` serves them. The IDs are the
 * simulator's own, stable across runs (PingOne assigns its own IDs: look roles up by name).
 * Which scopes each role applies to follows Ping's role pages; the simulator lists no
 * permissions.
 */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  role(
    "5a287391-3792-52a8-97cc-047127608707",
    "Organization Admin",
    "Manages the organization: its environments and licenses.",
    ["ORGANIZATION"],
  ),
  role(
    "9991f056-5eb1-55ec-9c7e-08fb15b42dde",
    "Environment Admin",
    "Manages environments and their configuration; assigns every role but Organization Admin.",
    ["ORGANIZATION", "ENVIRONMENT"],
  ),
  role(
    "3acf038d-3ebb-528c-9b32-2edecc7099b9",
    "Identity Data Admin",
    "Manages users, their passwords, groups and populations.",
    ["ORGANIZATION", "ENVIRONMENT", "POPULATION"],
  ),
  role("65efea51-2cc6-51d3-adc5-f203931672a1", "Identity Data Read Only", "Reads users, groups and populations.", [
    "ORGANIZATION",
    "ENVIRONMENT",
    "POPULATION",
  ]),
  role(
    "83f8a828-6c9c-5e62-aae8-96a6667298dc",
    "Client Application Developer",
    "Manages applications and their secrets.",
    ["ORGANIZATION", "ENVIRONMENT"],
  ),
  role("3ccae320-b253-5b71-810a-f7e3a86f5235", "Configuration Read Only", "Reads the configuration of environments.", [
    "ORGANIZATION",
    "ENVIRONMENT",
  ]),
  role("d08ae538-d22b-542f-a444-cad25793a525", "Application Owner", "Manages the applications it is assigned over.", [
    "ORGANIZATION",
    "ENVIRONMENT",
    "APPLICATION",
  ]),
  role(
    "bf27d834-fcb7-57f5-a662-3568676b7ccd",
    "Help Desk Admin",
    "Helps users: reads them, unlocks them and resets their passwords.",
    ["ORGANIZATION", "ENVIRONMENT", "POPULATION"],
  ),
  role("112d4985-63bf-555c-aa53-e2f9bec10df9", "Custom Roles Admin", "Creates, changes and deletes custom roles.", [
    "ORGANIZATION",
    "ENVIRONMENT",
  ]),
  role("03faa5d9-3efb-5bdd-8684-6662f5b301bd", "DaVinci Admin", "Manages DaVinci flows and connectors.", [
    "ORGANIZATION",
    "ENVIRONMENT",
  ]),
  role("e2cb9338-d9eb-5518-87e0-dbf3ce840619", "DaVinci Admin Read Only", "Reads DaVinci flows and connectors.", [
    "ORGANIZATION",
    "ENVIRONMENT",
  ]),
  role(
    "316ddf62-506e-5db3-a62f-63267de69826",
    "Advanced Identity Cloud Super Admin",
    "Administers connected Advanced Identity Cloud tenants.",
    ["ORGANIZATION", "ENVIRONMENT"],
  ),
  role(
    "909896a2-6d60-52eb-9e8c-894bbda53971",
    "Advanced Identity Cloud Tenant Admin",
    "Administers one connected Advanced Identity Cloud tenant.",
    ["ORGANIZATION", "ENVIRONMENT"],
  ),
];

function role(id: string, name: string, description: string, applicableTo: string[]): BuiltInRole {
  return { id, name, description, applicableTo };
}

const ENV = "/environments/{environmentID}";
const USER = `${ENV}/users/{userID}`;
const GROUP = `${ENV}/groups/{groupID}`;
const APPLICATION = `${ENV}/applications/{applicationID}`;

const HANDLERS: Record<string, Handler> = {
  [`get /roles`]: withRoles,
  [`get /roles/{roleID}`]: withRoles,
  [`post ${USER}/memberOfGroups`]: (ctx) => join(ctx, "user"),
  [`get ${USER}/memberOfGroups`]: refreshNames,
  [`get ${USER}/memberOfGroups/{groupID}`]: refreshNames,
  [`delete ${USER}/memberOfGroups/{groupID}`]: leave,
  [`post ${GROUP}/memberOfGroups`]: (ctx) => join(ctx, "group"),
  [`get ${GROUP}/memberOfGroups`]: refreshNames,
  [`get ${GROUP}/memberOfGroups/{nestedGroupID}`]: refreshNames,
  [`delete ${GROUP}/memberOfGroups/{nestedGroupID}`]: unnest,
  [`put ${GROUP}`]: keepGroupPopulation,
  [`delete ${GROUP}`]: deleteGroup,
  [`delete ${USER}`]: deleteUser,
  [`post ${USER}/roleAssignments`]: assignRole,
  [`post ${GROUP}/roleAssignments`]: assignRole,
  [`post ${APPLICATION}/roleAssignments`]: assignRole,
  [`get ${ENV}/roles`]: listEnvironmentRoles,
  [`post ${ENV}/roles`]: saveCustomRole,
  [`put ${ENV}/roles/{customRoleID}`]: saveCustomRole,
  [`get ${ENV}/populations/{populationID}/defaultIdentityProvider`]: readDefaultIdentityProvider,
  [`put ${ENV}/populations/{populationID}/defaultIdentityProvider`]: setDefaultIdentityProvider,
};

export const directoryRule: SimRule = (ctx, next) => {
  const handler = HANDLERS[`${ctx.method} ${ctx.template}`];
  return handler ? handler(ctx, next) : next();
};

// ---- built-in roles

function ensureRoles(resources: ResourceAccess): void {
  if (resources.get(`/roles/${pathSegment(BUILT_IN_ROLES[0]!.id)}`)) return;
  for (const r of BUILT_IN_ROLES) {
    const stored = resources.insert("/roles", { ...r, applicableTo: [...r.applicableTo] });
    const { createdAt: _c, updatedAt: _u, ...plain } = stored;
    resources.put(`/roles/${pathSegment(r.id)}`, plain);
  }
}

function withRoles(ctx: RuleContext, next: () => SimResponse): SimResponse {
  ensureRoles(ctx.resources);
  return next();
}

/** A built-in role, or a custom role of the environment, by ID. */
function findRole(resources: ResourceAccess, environmentId: string, id: string): Resource | undefined {
  ensureRoles(resources);
  return (
    resources.get(`/roles/${pathSegment(id)}`) ??
    resources.get(`${environmentPath(environmentId)}/roles/${pathSegment(id)}`)
  );
}

// ---- group memberships

function groupPath(ctx: RuleContext, groupId: string): string {
  return `${environmentPath(ctx)}/groups/${pathSegment(groupId)}`;
}

/** The collection of memberships the request is about: of a user, or of a group. */
function membershipsPath(ctx: RuleContext, member: "user" | "group"): string {
  const env = environmentPath(ctx);
  return member === "user"
    ? `${env}/users/${pathSegment(ctx.params.userID)}/memberOfGroups`
    : `${env}/groups/${pathSegment(ctx.params.groupID)}/memberOfGroups`;
}

/** A membership is stored under the member with the group's ID as its own. */
function join(ctx: RuleContext, member: "user" | "group"): SimResponse {
  const { resources } = ctx;
  const targetId = (ctx.body as { id: string }).id;
  const group = resources.get(groupPath(ctx, targetId));
  if (!group) {
    return invalid([
      { code: "INVALID_VALUE", target: "id", message: `No group with ID ${targetId} exists in this environment.` },
    ]);
  }
  if (member === "user") {
    const user = resources.get(`${environmentPath(ctx)}/users/${pathSegment(ctx.params.userID)}`);
    const groupPopulation = refId(group.population);
    if (groupPopulation && refId(user?.population) !== groupPopulation) {
      return invalid([
        {
          code: "INVALID_VALUE",
          target: "id",
          message: `Group ${targetId} belongs to population ${groupPopulation}; only users of that population can join it.`,
        },
      ]);
    }
  } else {
    const child = resources.get(groupPath(ctx, ctx.params.groupID ?? ""));
    if (targetId === ctx.params.groupID) {
      return invalid([{ code: "INVALID_VALUE", target: "id", message: "A group cannot be nested in itself." }]);
    }
    if (child?.sourceType !== undefined) {
      return invalid([{ code: "INVALID_VALUE", target: "id", message: "External groups cannot be nested." }]);
    }
  }
  const collection = membershipsPath(ctx, member);
  const path = `${collection}/${pathSegment(targetId)}`;
  if (resources.get(path)) {
    return invalid([{ code: "UNIQUENESS_VIOLATION", target: "id", message: `Already a member of group ${targetId}.` }]);
  }
  const stored = resources.insert(collection, { id: targetId, name: group.name, type: "DIRECT" });
  const { createdAt: _c, updatedAt: _u, ...membership } = stored;
  resources.put(path, membership);
  adjustDirectCount(resources, groupPath(ctx, targetId), member === "user" ? "users" : "groups", +1);
  const self = `${resources.apiBase}${path}`;
  const owner = collection.slice(0, -"/memberOfGroups".length);
  const links: Record<string, { href: string }> = { self: { href: self } };
  if (member === "user") links.user = { href: resources.apiBase + owner };
  links.group = { href: resources.apiBase + groupPath(ctx, targetId) };
  links.environment = { href: resources.apiBase + environmentPath(ctx) };
  return { status: 201, headers: { Location: self }, body: { _links: links, ...membership } };
}

function leave(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  if (response.status === 204) adjustDirectCount(ctx.resources, groupPath(ctx, ctx.params.groupID ?? ""), "users", -1);
  return response;
}

function unnest(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  if (response.status === 204) {
    adjustDirectCount(ctx.resources, groupPath(ctx, ctx.params.nestedGroupID ?? ""), "groups", -1);
  }
  return response;
}

/**
 * Memberships show the group's current name, even after the group was renamed. A list asked
 * for with `expand=group` (its `_links.self` is the requested URL) embeds each group.
 */
function refreshNames(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  if (response.status !== 200 || !isRecord(response.body)) return response;
  const selfHref =
    isRecord(response.body._links) && isRecord(response.body._links.self) ? response.body._links.self.href : undefined;
  const expand = typeof selfHref === "string" && new URL(selfHref).searchParams.get("expand") === "group";
  const refresh = (membership: unknown): unknown => {
    if (!isRecord(membership) || typeof membership.id !== "string") return membership;
    const path = groupPath(ctx, membership.id);
    const group = ctx.resources.get(path);
    if (!group) return membership;
    const embedded = expand
      ? { _embedded: { group: { _links: { self: { href: ctx.resources.apiBase + path } }, ...group } } }
      : {};
    return { ...membership, name: group.name, ...embedded };
  };
  const embedded = response.body._embedded;
  if (isRecord(embedded) && Array.isArray(embedded.groupMemberships)) {
    return {
      ...response,
      body: { ...response.body, _embedded: { ...embedded, groupMemberships: embedded.groupMemberships.map(refresh) } },
    };
  }
  return { ...response, body: refresh(response.body) };
}

/** Keeps a group's `directMemberCounts.users` or `.groups` in step with its memberships. */
function adjustDirectCount(resources: ResourceAccess, path: string, kind: "users" | "groups", delta: number): void {
  const group = resources.get(path);
  if (!group) return;
  const counts = isRecord(group.directMemberCounts) ? group.directMemberCounts : {};
  const count = typeof counts[kind] === "number" ? counts[kind] : 0;
  resources.put(path, { ...group, directMemberCounts: { ...counts, [kind]: Math.max(0, count + delta) } });
}

/**
 * Deleting a group ends every user's and group's membership of it, and its own nestings
 * (which go with it) no longer count in its parents.
 */
function deleteGroup(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const env = environmentPath(ctx);
  const groupId = ctx.params.groupID;
  const parents = ctx.resources.list(membershipsPath(ctx, "group"));
  const response = next();
  if (response.status !== 204) return response;
  for (const parent of parents) adjustDirectCount(ctx.resources, groupPath(ctx, String(parent.id)), "groups", -1);
  for (const user of ctx.resources.list(`${env}/users`)) {
    ctx.resources.remove(`${env}/users/${pathSegment(String(user.id))}/memberOfGroups/${pathSegment(groupId)}`);
  }
  for (const group of ctx.resources.list(`${env}/groups`)) {
    ctx.resources.remove(`${env}/groups/${pathSegment(String(group.id))}/memberOfGroups/${pathSegment(groupId)}`);
  }
  return response;
}

/** Deleting a user takes it out of its groups' member counts (its memberships go with it). */
function deleteUser(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const memberships = ctx.resources.list(membershipsPath(ctx, "user"));
  const response = next();
  if (response.status === 204) {
    for (const m of memberships) adjustDirectCount(ctx.resources, groupPath(ctx, String(m.id)), "users", -1);
  }
  return response;
}

/** A group's population is fixed: PUT may repeat it, not change it, and leaving it out keeps it. */
function keepGroupPopulation(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const path = groupPath(ctx, ctx.params.groupID ?? "");
  const stored = ctx.resources.get(path);
  if (!stored) return next();
  const body = ctx.body as { population?: { id: string } };
  const current = refId(stored.population);
  if (body.population && body.population.id !== current) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "population.id",
        message: current
          ? `The group's population cannot change; it is ${current}.`
          : "The group is environment-wide; it cannot be moved into a population.",
      },
    ]);
  }
  const response = next();
  if (response.status !== 200 || body.population || !stored.population || !isRecord(response.body)) return response;
  const updated = ctx.resources.get(path);
  if (updated) ctx.resources.put(path, { ...updated, population: stored.population });
  return { ...response, body: { ...response.body, population: stored.population } };
}

// ---- role assignments and custom roles

function assignRole(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const { resources } = ctx;
  const env = ctx.params.environmentID ?? "";
  const body = ctx.body as { role: { id: string }; scope: { id: string; type: string } };
  const found = findRole(resources, env, body.role.id);
  if (!found) {
    return invalid([{ code: "INVALID_VALUE", target: "role.id", message: `No role with ID ${body.role.id} exists.` }]);
  }
  const applicableTo = Array.isArray(found.applicableTo) ? (found.applicableTo as string[]) : undefined;
  if (applicableTo && !applicableTo.includes(body.scope.type)) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "scope.type",
        message: `${String(found.name)} can be assigned over ${applicableTo.join(", ")}, not ${body.scope.type}.`,
      },
    ]);
  }
  const scopeMissing = missingScope(resources, env, body.scope);
  if (scopeMissing) return invalid([{ code: "INVALID_VALUE", target: "scope.id", message: scopeMissing }]);
  if (ctx.params.groupID !== undefined) {
    const group = resources.get(groupPath(ctx, ctx.params.groupID));
    if (typeof group?.userFilter === "string" && group.userFilter !== "") {
      return invalid([
        {
          code: "INVALID_VALUE",
          target: "group.userFilter",
          message: "Roles can only be assigned to static groups; this group adds members by userFilter.",
        },
      ]);
    }
  }
  if (ctx.params.applicationID !== undefined) {
    const application = resources.get(`${environmentPath(ctx)}/applications/${pathSegment(ctx.params.applicationID)}`);
    if (application?.type !== undefined && application.type !== "WORKER") {
      return invalid([
        { code: "INVALID_VALUE", target: "application.type", message: "Only worker applications can hold roles." },
      ]);
    }
  }
  const response = next();
  if (response.status !== 201 || !isRecord(response.body) || typeof response.body.id !== "string") return response;
  const extra: Resource = { readOnly: false };
  if (ctx.params.groupID !== undefined) extra.group = { id: ctx.params.groupID };
  const path = `${requestPath(ctx)}/${pathSegment(response.body.id)}`;
  const stored = resources.get(path);
  if (stored) resources.put(path, { ...stored, ...extra });
  return { ...response, body: { ...response.body, ...extra } };
}

/** Why the scope of a role assignment does not exist, or undefined when it does. */
function missingScope(
  resources: ResourceAccess,
  environmentId: string,
  scope: { id: string; type: string },
): string | undefined {
  switch (scope.type) {
    case "ORGANIZATION": {
      const organization = refId(resources.get(environmentPath(environmentId))?.organization);
      return organization && organization !== scope.id ? `No organization with ID ${scope.id} is yours.` : undefined;
    }
    case "ENVIRONMENT":
      return resources.get(environmentPath(scope.id)) ? undefined : `No environment with ID ${scope.id} exists.`;
    case "POPULATION":
      return resources.get(`${environmentPath(environmentId)}/populations/${pathSegment(scope.id)}`)
        ? undefined
        : `No population with ID ${scope.id} exists in this environment.`;
    case "APPLICATION":
      return resources.get(`${environmentPath(environmentId)}/applications/${pathSegment(scope.id)}`)
        ? undefined
        : `No application with ID ${scope.id} exists in this environment.`;
    default:
      return undefined;
  }
}

/** An environment's role list starts with the built-in roles, marked `PLATFORM`. */
function listEnvironmentRoles(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  if (response.status !== 200 || !isRecord(response.body) || !isRecord(response.body._embedded)) return response;
  const { _embedded: embedded } = response.body;
  const custom = Array.isArray(embedded.roles) ? embedded.roles : [];
  const builtIn = BUILT_IN_ROLES.map((r) => ({
    _links: { self: { href: `${ctx.resources.apiBase}/roles/${pathSegment(r.id)}` } },
    ...r,
    applicableTo: [...r.applicableTo],
    type: "PLATFORM",
  }));
  const roles = [...builtIn, ...custom];
  const counts = "count" in response.body ? { count: roles.length, size: roles.length } : {};
  return { ...response, body: { ...response.body, ...counts, _embedded: { ...embedded, roles } } };
}

/** The roles a custom role names as its assigners must exist; new custom roles are `CUSTOM`. */
function saveCustomRole(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const env = ctx.params.environmentID ?? "";
  const body = ctx.body as { canBeAssignedBy: { id: string }[] };
  const unknown = body.canBeAssignedBy
    .map((ref, index) => ({ ref, index }))
    .filter(({ ref }) => !findRole(ctx.resources, env, ref.id));
  if (unknown.length > 0) {
    return invalid(
      unknown.map(({ ref, index }) => ({
        code: "INVALID_VALUE",
        target: `canBeAssignedBy[${index}].id`,
        message: `No role with ID ${ref.id} exists.`,
      })),
    );
  }
  const response = next();
  if (ctx.method !== "post" || response.status !== 201 || !isRecord(response.body)) return response;
  const path = `${environmentPath(ctx)}/roles/${pathSegment(String(response.body.id))}`;
  const stored = ctx.resources.get(path);
  if (stored) ctx.resources.put(path, { ...stored, type: "CUSTOM" });
  return { ...response, body: { ...response.body, type: "CUSTOM" } };
}

// ---- a population's default identity provider

function populationPath(ctx: RuleContext): string {
  return `${environmentPath(ctx)}/populations/${pathSegment(ctx.params.populationID)}`;
}

function defaultIdpLinks(ctx: RuleContext): Record<string, { href: string }> {
  const population = ctx.resources.apiBase + populationPath(ctx);
  return { self: { href: `${population}/defaultIdentityProvider` }, population: { href: population } };
}

function defaultIdpPath(ctx: RuleContext): string {
  return `${populationPath(ctx)}/defaultIdentityProvider`;
}

/** Until one is set, PingOne itself is the default: no `id`. */
function readDefaultIdentityProvider(ctx: RuleContext): SimResponse {
  const stored = ctx.resources.get(defaultIdpPath(ctx)) ?? {};
  return { status: 200, body: { _links: defaultIdpLinks(ctx), ...stored } };
}

function setDefaultIdentityProvider(ctx: RuleContext): SimResponse {
  const id = (ctx.body as { id?: string | null } | undefined)?.id;
  let value: Resource = {};
  if (typeof id === "string") {
    const provider = ctx.resources.get(`${environmentPath(ctx)}/identityProviders/${pathSegment(id)}`);
    if (!provider) {
      return invalid([
        {
          code: "INVALID_VALUE",
          target: "id",
          message: `No identity provider with ID ${id} exists in this environment.`,
        },
      ]);
    }
    value = { id, ...(provider.type !== undefined ? { type: provider.type } : {}) };
  }
  ctx.resources.put(defaultIdpPath(ctx), value);
  return { status: 200, body: { _links: defaultIdpLinks(ctx), ...value } };
}

// ---- helpers

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function refId(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === "string" ? value.id : undefined;
}
