// Users: what the generic CRUD cannot infer. The singleton sub-resources (enabled, population,
// identityProvider, verifyStatus) are views of the user itself; account and password actions
// are chosen by the request's media type; a new user gets PingOne's defaults, and only an
// import (its own media type) brings a password or a verified email address. The password
// state lives under the user's write-only `password`, so it is never returned with the user.
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import { environmentPath, pathSegment, type RuleContext, type SimRule } from "../rules.ts";
import type { Resource } from "../store.ts";

const USERS = "/environments/{environmentID}/users";
const USER = `${USERS}/{userID}`;
const IMPORT = "application/vnd.pingidentity.user.import+json";
const VIEWS = new Set(["enabled", "population", "identityProvider", "verifyStatus"]);

type Password = {
  value?: string;
  status?: string;
  lastChangedAt?: string;
  recoveryPending?: boolean;
  external?: unknown;
};

export const usersRule: SimRule = (ctx, next) => {
  const { template, method } = ctx;
  if (template === USERS && method === "post") {
    // Only an import takes a password; the body of a plain create is open to custom
    // attributes, so the schema alone would let one through.
    if (ctx.contentType !== IMPORT && (ctx.body as Resource).password !== undefined) {
      return invalid([
        {
          code: "INVALID_VALUE",
          target: "password",
          message: `Create User takes no password; import the user with ${IMPORT} to set one.`,
        },
      ]);
    }
    return withDefaults(ctx, next());
  }
  if (template === USER && method === "post") return accountAction(ctx);
  if (template === USER && (method === "put" || method === "patch")) return samePopulation(ctx) ?? next();
  if (template === `${USER}/password`) return passwordOperation(ctx);
  const view = template.startsWith(`${USER}/`) ? template.slice(USER.length + 1) : "";
  if (VIEWS.has(view) && (method === "get" || method === "put")) return userView(ctx, view);
  if (template === `${USER}/applicationRoles` && method === "post") return assignRole(ctx);
  if (template === `${USER}/pairingKeys` && method === "post")
    return enrichCreated(ctx, next(), { code: pairingCode(), status: "UNCLAIMED" });
  if (template === `${USER}/verifyTransactions` && method === "post")
    return enrichCreated(ctx, next(), { transactionStatus: { status: "REQUESTED" } });
  if (template === `${USER}/verifyTransactions/{transactionID}` && method === "put") return approvable(ctx) ?? next();
  return next();
};

// --- paths and presentation

function userPath(ctx: RuleContext): string {
  return `${environmentPath(ctx)}/users/${pathSegment(ctx.params.userID)}`;
}

function href(ctx: RuleContext, path: string): { href: string } {
  return { href: `${ctx.resources.apiBase}${path}` };
}

/** The user as the API returns it: links first, the write-only password left out. */
function presentUser(ctx: RuleContext, user: Resource): Resource {
  const { password: _, ...visible } = user;
  const self = userPath(ctx);
  const population = (user.population as { id?: string } | undefined)?.id;
  return {
    _links: {
      self: href(ctx, self),
      environment: href(ctx, environmentPath(ctx)),
      ...(population
        ? { population: href(ctx, `${environmentPath(ctx)}/populations/${pathSegment(population)}`) }
        : {}),
      password: href(ctx, `${self}/password`),
    },
    ...visible,
  };
}

function notFoundUser(ctx: RuleContext): SimResponse {
  return errorResponse(404, `Unable to find user with id ${ctx.params.userID ?? ""}.`);
}

function bad(target: string, message: string, code = "INVALID_VALUE"): SimResponse {
  return invalid([{ code, target, message }]);
}

function save(ctx: RuleContext, user: Resource): Resource {
  const updated = { ...user, updatedAt: ctx.resources.now() };
  ctx.resources.put(userPath(ctx), updated);
  return updated;
}

// --- create: PingOne's defaults

function withDefaults(ctx: RuleContext, created: SimResponse): SimResponse {
  if (created.status !== 201) return created;
  const body = created.body as Resource;
  const path = `${environmentPath(ctx)}/users/${pathSegment(String(body.id))}`;
  const stored = ctx.resources.get(path);
  if (!stored) return created;
  const input = ctx.body as Resource;
  const imported = ctx.contentType === IMPORT;
  const idpId = (input.identityProvider as { id?: string } | undefined)?.id;
  const password = input.password as (Password & { forceChange?: boolean }) | undefined;
  const defaults: Resource = {
    enabled: input.enabled ?? true,
    mfaEnabled: input.mfaEnabled ?? false,
    emailVerified: imported && input.emailVerified === true,
    lifecycle: { status: (input.lifecycle as { status?: string } | undefined)?.status ?? "ACCOUNT_OK" },
    account: { canAuthenticate: input.enabled !== false, status: "OK" },
    identityProvider: idpId ? { id: idpId, type: identityProviderType(ctx, idpId) } : { type: "PING_ONE" },
    verifyStatus: "NOT_INITIATED",
  };
  const user: Resource = { ...stored, ...defaults };
  if (password) user.password = passwordFromSet(ctx, password.value, password.forceChange === true, password.external);
  ctx.resources.put(path, user);
  const { password: _, ...visible } = user;
  return { ...created, body: { ...body, ...visible } };
}

function identityProviderType(ctx: RuleContext, id: string): string {
  const idp = ctx.resources.get(`${environmentPath(ctx)}/identityProviders/${pathSegment(id)}`);
  return typeof idp?.type === "string" ? idp.type : "OPENID_CONNECT";
}

/** PUT and PATCH may repeat the user's population but not change it. */
function samePopulation(ctx: RuleContext): SimResponse | undefined {
  const user = ctx.resources.get(userPath(ctx));
  const sent = ((ctx.body as Resource | undefined)?.population as { id?: string } | undefined)?.id;
  const current = (user?.population as { id?: string } | undefined)?.id;
  if (!user || sent === undefined || current === undefined || sent === current) return undefined;
  return bad(
    "population.id",
    "The population cannot be changed with this operation; use PUT .../users/{userID}/population.",
  );
}

// --- account actions (POST /users/{userID})

function accountAction(ctx: RuleContext): SimResponse {
  const user = ctx.resources.get(userPath(ctx));
  if (!user) return notFoundUser(ctx);
  const body = (ctx.body ?? {}) as Resource;
  const account = { ...((user.account as Resource | undefined) ?? {}) };
  const enabled = user.enabled !== false;
  switch (ctx.contentType) {
    case "application/vnd.pingidentity.account.unlock+json": {
      const { lockedAt: _l, unlockAt: _u, secondsUntilUnlock: _s, ...rest } = account;
      return ok(ctx, save(ctx, { ...user, account: { ...rest, status: "OK", canAuthenticate: enabled } }));
    }
    case "application/vnd.pingidentity.account.lock+json": {
      const unlockAt = typeof body.unlockAt === "string" ? body.unlockAt : undefined;
      // Per Ping, a missing or past unlockAt leaves the account unlocked.
      if (unlockAt === undefined || Date.parse(unlockAt) <= Date.parse(ctx.resources.now())) return ok(ctx, user);
      const locked = { ...account, status: "LOCKED", canAuthenticate: false, lockedAt: ctx.resources.now(), unlockAt };
      return ok(ctx, save(ctx, { ...user, account: locked }));
    }
    case "application/vnd.pingidentity.user.verify+json": {
      const lifecycle = (user.lifecycle as Resource | undefined) ?? {};
      if (lifecycle.status !== "VERIFICATION_REQUIRED")
        return bad("verificationCode", "The user's account does not require verification.");
      const verified: Resource = { ...user, lifecycle: { ...lifecycle, status: "ACCOUNT_OK" } };
      if (typeof user.email === "string") verified.emailVerified = true;
      return ok(ctx, save(ctx, verified));
    }
    case "application/vnd.pingidentity.user.sendverificationcode+json": {
      if (typeof user.email !== "string") return bad("email", "The user has no email address to send a code to.");
      const lifecycle = { ...((user.lifecycle as Resource | undefined) ?? {}), status: "VERIFICATION_REQUIRED" };
      return ok(ctx, save(ctx, { ...user, lifecycle }));
    }
    default:
      return unsupported(ctx);
  }
}

function ok(ctx: RuleContext, user: Resource): SimResponse {
  return { status: 200, body: presentUser(ctx, user) };
}

function unsupported(ctx: RuleContext): SimResponse {
  return errorResponse(
    415,
    `${ctx.contentType || "A request without Content-Type"} does not select an action of ${ctx.method.toUpperCase()} ${ctx.template}.`,
  );
}

// --- the password

function passwordFromSet(
  ctx: RuleContext,
  value: string | undefined,
  forceChange: boolean,
  external?: unknown,
): Password {
  const now = ctx.resources.now();
  if (value === undefined) return external ? { status: "EXTERNAL", external } : { status: "NO_PASSWORD" };
  return {
    value,
    status: forceChange ? "MUST_CHANGE_PASSWORD" : "OK",
    lastChangedAt: now,
    ...(external ? { external } : {}),
  };
}

function passwordOf(user: Resource): Password {
  const stored = (user.password as Password | undefined) ?? {};
  const status = stored.status ?? (stored.value !== undefined ? "OK" : "NO_PASSWORD");
  return { ...stored, status };
}

function passwordState(ctx: RuleContext, password: Password): SimResponse {
  const self = `${userPath(ctx)}/password`;
  return {
    status: 200,
    body: {
      _links: {
        self: href(ctx, self),
        environment: href(ctx, environmentPath(ctx)),
        user: href(ctx, userPath(ctx)),
      },
      environment: { id: ctx.params.environmentID },
      user: { id: ctx.params.userID },
      status: password.status,
      ...(password.lastChangedAt ? { lastChangedAt: password.lastChangedAt } : {}),
    },
  };
}

function passwordOperation(ctx: RuleContext): SimResponse {
  const user = ctx.resources.get(userPath(ctx));
  if (!user) return notFoundUser(ctx);
  const current = passwordOf(user);
  const body = (ctx.body ?? {}) as Resource;
  const store = (password: Password): SimResponse => {
    save(ctx, { ...user, password });
    return passwordState(ctx, password);
  };
  if (ctx.method === "get") return passwordState(ctx, current);
  const now = ctx.resources.now();
  if (ctx.method === "put") {
    switch (ctx.contentType) {
      case "application/vnd.pingidentity.password.set+json":
        return store(passwordFromSet(ctx, body.value as string, body.forceChange === true, current.external));
      case "application/vnd.pingidentity.password.setvalue+json":
        return store(
          passwordFromSet(ctx, body.value as string | undefined, body.forceChange === true, current.external),
        );
      case "application/vnd.pingidentity.password.reset+json": {
        const newPassword = body.newPassword as string;
        if (body.currentPassword === undefined)
          return store({ ...current, value: newPassword, status: "MUST_CHANGE_PASSWORD", lastChangedAt: now });
        if (current.value === undefined || body.currentPassword !== current.value)
          return bad("currentPassword", "The current password is not correct.");
        if (newPassword === current.value)
          return bad("newPassword", "The new password must differ from the current one.");
        return store({ ...current, value: newPassword, status: "OK", lastChangedAt: now });
      }
      default:
        return unsupported(ctx);
    }
  }
  switch (ctx.contentType) {
    case "application/vnd.pingidentity.password.check+json":
      if (current.status === "NO_PASSWORD" || current.status === "PASSWORD_LOCKED_OUT")
        return bad("password", `The password cannot be checked while its status is ${current.status}.`);
      if (body.password !== current.value) return bad("password", "The password does not match.");
      return passwordState(ctx, current);
    case "application/vnd.pingidentity.password.sendrecoverycode+json":
      if (user.enabled === false) return bad("user", "A disabled user cannot recover a password.");
      if (current.status === "NO_PASSWORD" || current.status === "PASSWORD_LOCKED_OUT")
        return bad("password", `No recovery code can be sent while the status is ${current.status}.`);
      return store({ ...current, recoveryPending: true });
    case "application/vnd.pingidentity.password.recover+json": {
      if (current.recoveryPending !== true) return bad("recoveryCode", "No recovery code was sent, or it was used.");
      const { recoveryPending: _, ...rest } = current;
      return store({ ...rest, value: body.newPassword as string, status: "OK", lastChangedAt: now });
    }
    case "application/vnd.pingidentity.password.unlock+json":
      return store(current.status === "PASSWORD_LOCKED_OUT" ? { ...current, status: "OK" } : current);
    case "application/vnd.pingidentity.password.forcechange":
      if (current.value === undefined) return bad("password", "The user has no password to change.");
      return store({ ...current, status: "MUST_CHANGE_PASSWORD" });
    default:
      return unsupported(ctx);
  }
}

// --- views of the user: enabled, population, identityProvider, verifyStatus

function userView(ctx: RuleContext, view: string): SimResponse {
  const user = ctx.resources.get(userPath(ctx));
  if (!user) return notFoundUser(ctx);
  const body = (ctx.body ?? {}) as Resource;
  let next = user;
  if (ctx.method === "put") {
    if (view === "enabled") {
      const enabled = body.enabled === true;
      const account = { ...((user.account as Resource | undefined) ?? {}) };
      account.canAuthenticate = enabled && account.status !== "LOCKED";
      next = save(ctx, { ...user, enabled, account });
    } else if (view === "population") {
      const id = String(body.id);
      const population = ctx.resources.get(`${environmentPath(ctx)}/populations/${pathSegment(id)}`);
      if (!population) return bad("id", `Population ${id} does not exist in this environment.`);
      next = save(ctx, { ...user, population: { id } });
    } else if (view === "identityProvider") {
      const id = typeof body.id === "string" ? body.id : undefined;
      if (id !== undefined) {
        const idp = ctx.resources.get(`${environmentPath(ctx)}/identityProviders/${pathSegment(id)}`);
        if (!idp) return bad("id", `Identity provider ${id} does not exist in this environment.`);
      }
      next = save(ctx, {
        ...user,
        identityProvider: id ? { id, type: identityProviderType(ctx, id) } : { type: "PING_ONE" },
      });
    } else {
      next = save(ctx, { ...user, verifyStatus: body.verifyStatus });
    }
  }
  const self = `${userPath(ctx)}/${view}`;
  const links: Resource = { self: href(ctx, self), user: href(ctx, userPath(ctx)) };
  let value: Resource;
  if (view === "enabled") value = { enabled: next.enabled !== false };
  else if (view === "population") {
    const id = (next.population as { id?: string } | undefined)?.id;
    if (id) links.population = href(ctx, `${environmentPath(ctx)}/populations/${pathSegment(id)}`);
    value = { id };
  } else if (view === "identityProvider")
    value = { ...((next.identityProvider as Resource | undefined) ?? { type: "PING_ONE" }) };
  else value = { verifyStatus: next.verifyStatus ?? "NOT_INITIATED" };
  return { status: 200, body: { _links: links, ...value } };
}

// --- sub-collections

/** An application role assignment is identified by the role's ID. */
function assignRole(ctx: RuleContext): SimResponse {
  const id = String((ctx.body as Resource).id);
  const collection = `${userPath(ctx)}/applicationRoles`;
  if (ctx.resources.get(`${collection}/${pathSegment(id)}`))
    return bad("id", `Application role ${id} is already assigned to the user.`);
  const item = ctx.resources.insert(collection, { id, environment: { id: ctx.params.environmentID } });
  const self = `${collection}/${pathSegment(id)}`;
  return {
    status: 201,
    headers: { Location: `${ctx.resources.apiBase}${self}` },
    body: {
      _links: {
        self: href(ctx, self),
        environment: href(ctx, environmentPath(ctx)),
        role: href(ctx, `${environmentPath(ctx)}/applicationRoles/${pathSegment(id)}`),
      },
      ...item,
    },
  };
}

/** Adds what the service sets itself to an item the generic handler just created. */
function enrichCreated(ctx: RuleContext, created: SimResponse, extra: Resource): SimResponse {
  if (created.status !== 201) return created;
  const body = created.body as Resource;
  const location = created.headers?.Location;
  const path = location?.startsWith(ctx.resources.apiBase) ? location.slice(ctx.resources.apiBase.length) : undefined;
  const stored = path ? ctx.resources.get(path) : undefined;
  if (!path || !stored) return created;
  ctx.resources.put(path, { ...stored, ...extra });
  return { ...created, body: { ...body, ...extra } };
}

/** Ping accepts a manual decision only while a transaction is FAIL or IN_PROGRESS. */
function approvable(ctx: RuleContext): SimResponse | undefined {
  const path = `${userPath(ctx)}/verifyTransactions/${pathSegment(ctx.params.transactionID)}`;
  const stored = ctx.resources.get(path);
  if (!stored) return undefined;
  const status = (stored.transactionStatus as { status?: string } | undefined)?.status;
  if (status === "FAIL" || status === "IN_PROGRESS") return undefined;
  return bad("transactionStatus.status", `A transaction in status ${status ?? "unknown"} cannot be approved manually.`);
}

function pairingCode(): string {
  return Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
}
