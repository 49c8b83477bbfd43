// Notification behaviour the generic handler cannot infer: every environment has PingOne's
// predefined templates, each with a default content per channel; templates are read-only and
// default contents cannot be replaced or deleted; a custom content must use a channel its
// template supports. The notification settings start from the environment's type (a DELETE
// resets them to that start and answers them), a variant's custom contents can be renamed or
// deleted together (PATCH / DELETE on the contents, filtered by variant), the email
// delivery settings (SMTP server or custom provider) exist only once set, an SMTP server's
// protocol follows from its port, an environment has at most 10 custom SMS and voice
// senders, the SMS fallback chain and a policy's sender order name existing senders, and one
// notification policy at a time is the default.
//
// The templates are set up when an environment is created through the API, and for the
// simulator's own admin environment on the first request under it. The generic handler
// checks that a path's parents exist before any rule runs, so a content request that is the
// very first request under the admin environment answers 404: read the templates first (as
// Ping advises before writing a content).
import type { SimResponse } from "../responses.ts";
import { errorResponse, invalid } from "../responses.ts";
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
const TEMPLATES = `${ENV}/templates`;
const CONTENT = `${TEMPLATES}/{templateName}/contents/{contentID}`;
const SETTINGS = `${ENV}/notificationsSettings`;
const SENDERS = `${SETTINGS}/phoneDeliverySettings`;
const POLICIES = `${ENV}/notificationsPolicies`;

/** Most custom SMS and voice senders an environment may have (Ping's documented limit). */
export const MAX_PHONE_DELIVERY_SETTINGS = 10;

interface PredefinedTemplate {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly deliveryMethods: readonly string[];
  /** Required variables (all channels); the user name variables are optional everywhere. */
  readonly required: readonly string[];
  readonly allowDynamicVariables: boolean;
}

const t = (
  id: string,
  displayName: string,
  description: string,
  deliveryMethods: readonly string[],
  required: readonly string[] = [],
  allowDynamicVariables = false,
): PredefinedTemplate => ({ id, displayName, description, deliveryMethods, required, allowDynamicVariables });

/**
 * PingOne's predefined templates as the simulator serves them, with the channels Ping's
 * template table lists. Descriptions and default texts are the simulator's own.
 */
export const PREDEFINED_TEMPLATES: readonly PredefinedTemplate[] = [
  t("credential_issued", "Credential Issued", "Sent when a credential is issued to the user.", [
    "SMS",
    "Email",
    "Push",
  ]),
  t("credential_revoked", "Credential Revoked", "Sent when a credential of the user is revoked.", [
    "SMS",
    "Email",
    "Push",
  ]),
  t("credential_updated", "Credential Updated", "Sent when a credential of the user is updated.", [
    "SMS",
    "Email",
    "Push",
  ]),
  t("credential_verification", "Credential Verification", "Pushed to a digital wallet to start a verification.", [
    "Push",
  ]),
  t(
    "device_pairing",
    "Device Pairing",
    "Sent to pair a device for strong authentication.",
    ["SMS", "Email", "Voice"],
    ["otp"],
    true,
  ),
  t("digital_wallet_pairing", "Digital Wallet Pairing", "Sent to pair a digital wallet.", ["SMS", "Email"]),
  t(
    "email_verification_admin",
    "Email Address Verification (Admin)",
    "Sent to administrators to verify their email address.",
    ["Email"],
    ["otp"],
  ),
  t(
    "email_verification_user",
    "Email Address Verification (User)",
    "Sent to users to verify their email address.",
    ["Email"],
    ["otp"],
  ),
  t(
    "email_phone_verification",
    "PingOne Verify Email Address and Phone Number Verification",
    "Sent to verify an email address or phone number.",
    ["SMS", "Email"],
    ["otp"],
  ),
  t("general", "General", "A multi-purpose template for custom notifications.", ["SMS", "Email", "Voice"], [], true),
  t("id_verification", "PingOne Verify ID Verification", "Sent with instructions for providing identity documents.", [
    "SMS",
    "Email",
  ]),
  t("new_device_paired", "New Device Paired", "Sent when a new device was paired.", ["SMS", "Email", "Voice"]),
  t(
    "recovery_code_template",
    "Password Recovery",
    "Sent with a code to recover a forgotten password.",
    ["Email"],
    ["otp"],
  ),
  t(
    "strong_authentication",
    "Strong Authentication",
    "Sent with a one-time passcode for sign-on.",
    ["SMS", "Email", "Voice", "Push"],
    ["otp"],
    true,
  ),
  t(
    "transaction",
    "Transaction",
    "Sent to approve a transaction with strong authentication.",
    ["SMS", "Email", "Voice", "Push"],
    [],
    true,
  ),
  t(
    "verification_code_template",
    "Verification Code",
    "Sent with a code to verify the user account.",
    ["Email"],
    ["code"],
  ),
];

const OPTIONAL_VARIABLES = ["user.username", "user.name.given", "user.name.family"];

function defaultContent(template: PredefinedTemplate, deliveryMethod: string): Resource {
  const code = template.required.length > 0 ? ` \${${template.required[0]}}` : "";
  const text = `${template.displayName}${code}`;
  const base = { template: { id: template.id }, default: true, locale: "en", deliveryMethod };
  switch (deliveryMethod) {
    case "Email":
      return {
        ...base,
        subject: template.displayName,
        body: `<p>${text}</p>`,
        charset: "UTF-8",
        emailContentType: "text/html",
      };
    case "Push":
      return { ...base, title: template.displayName, body: text };
    case "Voice":
      return { ...base, content: text, voice: "Woman" };
    default:
      return { ...base, content: text };
  }
}

function environmentOf(ctx: RuleContext): Resource | undefined {
  return ctx.params.environmentID === undefined ? undefined : ctx.resources.get(environmentPath(ctx));
}

/** Gives an environment its predefined templates, their default contents and its notification settings, once. */
function ensureNotifications(resources: ResourceAccess, environment: Resource): void {
  const prefix = environmentPath(String(environment.id));
  if (resources.get(`${prefix}/templates/${pathSegment(PREDEFINED_TEMPLATES[0]!.id)}`)) return;
  for (const template of PREDEFINED_TEMPLATES) {
    const variables: Record<string, unknown> = {};
    for (const name of template.required) variables[name] = { required: true };
    for (const name of OPTIONAL_VARIABLES) variables[name] = { required: false };
    resources.insert(`${prefix}/templates`, {
      id: template.id,
      displayName: template.displayName,
      description: template.description,
      deliveryMethods: [...template.deliveryMethods],
      variables,
      allowDynamicVariables: template.allowDynamicVariables,
    });
    for (const method of template.deliveryMethods)
      resources.insert(`${prefix}/templates/${pathSegment(template.id)}/contents`, defaultContent(template, method));
  }
  if (!resources.get(`${prefix}/notificationsSettings`))
    resources.put(`${prefix}/notificationsSettings`, defaultSettings(environment, resources.now()));
}

/** An environment's notification settings as PingOne starts them (and a reset restores them). */
function defaultSettings(environment: Resource, now: string): Resource {
  return {
    environment: { id: String(environment.id) },
    // Production environments notify everyone; sandboxes only the users on the whitelist.
    deliveryMode: environment.type === "PRODUCTION" ? "ALL" : "WHITELIST",
    whitelist: [],
    restrictions: { smsVoiceQuota: { daily: 30 } },
    smsProvidersFallbackChain: [],
    emailProviderFallbackChain: [],
    from: { name: "PingOne", address: "noreply@pingidentity.com" },
    createdAt: now,
    updatedAt: now,
  };
}

/** DELETE on the settings restores the defaults and answers them (200), as Ping's reset does. */
function resetSettings(ctx: RuleContext): SimResponse {
  const environment = environmentOf(ctx);
  if (!environment) return errorResponse(404, `Unable to find environment with id ${ctx.params.environmentID ?? ""}.`);
  const prefix = environmentPath(String(environment.id));
  const path = `${prefix}/notificationsSettings`;
  const { createdAt: _, ...settings } = defaultSettings(environment, ctx.resources.now());
  ctx.resources.put(path, { ...settings, createdAt: ctx.resources.get(path)?.createdAt ?? settings.updatedAt });
  const base = ctx.resources.apiBase;
  return {
    status: 200,
    body: {
      _links: { self: { href: base + path }, environment: { href: base + prefix } },
      ...settings,
    },
  };
}

function createContent(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const { resources, params } = ctx;
  const prefix = `${environmentPath(ctx)}/templates/${pathSegment(params.templateName)}`;
  const template = resources.get(prefix);
  const body = ctx.body as Resource;
  const methods = Array.isArray(template?.deliveryMethods) ? (template.deliveryMethods as string[]) : [];
  if (template && !methods.includes(String(body.deliveryMethod))) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "deliveryMethod",
        message: `The ${String(template.id)} template does not send by ${String(body.deliveryMethod)}; it supports ${methods.join(", ")}.`,
      },
    ]);
  }
  const sentTemplate = (body.template as { id?: unknown } | undefined)?.id;
  if (sentTemplate !== undefined && sentTemplate !== params.templateName) {
    return invalid([
      { code: "INVALID_VALUE", target: "template.id", message: "template.id must be the template in the path" },
    ]);
  }
  const response = next();
  const created = response.body as Resource | undefined;
  if (response.status !== 201 || !created) return response;
  const path = `${prefix}/contents/${pathSegment(String(created.id))}`;
  const extra = { template: { id: params.templateName ?? "" }, default: false };
  const stored = resources.get(path);
  if (stored) resources.put(path, { ...stored, ...extra });
  return { ...response, body: { ...created, ...extra } };
}

function changeContent(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const { params, resources } = ctx;
  const path = requestPath(ctx);
  const stored = resources.get(path);
  if (stored?.default === true) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "default",
        message: "Default contents cannot be changed or deleted; create a custom content instead.",
      },
    ]);
  }
  if (ctx.method === "put" && stored) {
    const response = next();
    if (response.status !== 200) return response;
    const extra = { template: { id: params.templateName ?? "" }, default: false };
    resources.put(path, { ...(resources.get(path) ?? {}), ...extra });
    return { ...response, body: { ...(response.body as Resource), ...extra } };
  }
  return next();
}

/** The custom contents of the template whose variant the `variant eq "<name>"` filter names. */
function variantContents(ctx: RuleContext): { prefix: string; matches: Resource[] } | SimResponse {
  const filter = String(ctx.query.filter ?? "");
  const name = /^\s*variant\s+eq\s+(?:"([^"]*)"|(\S+))\s*$/i.exec(filter);
  if (!name)
    return invalid([
      { code: "INVALID_FILTER", target: "filter", message: 'Only the filter variant eq "<name>" is supported.' },
    ]);
  const variant = (name[1] ?? name[2] ?? "").toLowerCase();
  const prefix = requestPath(ctx);
  const matches = ctx.resources
    .list(prefix)
    .filter((c) => c.default !== true && typeof c.variant === "string" && c.variant.toLowerCase() === variant);
  return { prefix, matches };
}

/** Renames a variant across the template's contents and answers the renamed contents. */
function renameVariant(ctx: RuleContext): SimResponse {
  const found = variantContents(ctx);
  if ("status" in found) return found;
  const base = ctx.resources.apiBase;
  const env = base + environmentPath(ctx);
  const template = `${env}/templates/${pathSegment(ctx.params.templateName)}`;
  const variant = String((ctx.body as Resource).variant);
  const now = ctx.resources.now();
  const contents = found.matches.map((content) => {
    const renamed = { ...content, variant, updatedAt: now };
    const path = `${found.prefix}/${pathSegment(String(content.id))}`;
    ctx.resources.put(path, renamed);
    const links = {
      self: { href: base + path },
      template: { href: template },
      environment: { href: env },
    };
    return { _links: links, ...renamed };
  });
  return {
    status: 200,
    body: {
      _links: { self: { href: base + found.prefix } },
      _embedded: { contents },
      count: contents.length,
      size: contents.length,
    },
  };
}

/** Deletes every custom content of a variant. */
function deleteVariant(ctx: RuleContext): SimResponse {
  const found = variantContents(ctx);
  if ("status" in found) return found;
  for (const content of found.matches) ctx.resources.remove(`${found.prefix}/${pathSegment(String(content.id))}`);
  return { status: 204 };
}

const sendersPath = (ctx: RuleContext) => `${environmentPath(ctx)}/notificationsSettings/phoneDeliverySettings`;

function updateSettings(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const body = ctx.body as Resource;
  const chain = Array.isArray(body.smsProvidersFallbackChain) ? (body.smsProvidersFallbackChain as string[]) : [];
  const senders = sendersPath(ctx);
  const unknown = chain
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => id !== "PINGONE_TWILIO" && !ctx.resources.get(`${senders}/${pathSegment(id)}`));
  if (unknown.length > 0) {
    return invalid(
      unknown.map(({ id, index }) => ({
        code: "INVALID_VALUE",
        target: `smsProvidersFallbackChain[${index}]`,
        message: `${id} is neither PINGONE_TWILIO nor a phone delivery settings ID of the environment`,
      })),
    );
  }
  return next();
}

function createSender(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const senders = ctx.resources.list(sendersPath(ctx));
  if (senders.length >= MAX_PHONE_DELIVERY_SETTINGS) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "provider",
        message: `An environment can have at most ${MAX_PHONE_DELIVERY_SETTINGS} phone delivery settings.`,
      },
    ]);
  }
  return next();
}

/** IDs of `body.providerConfiguration.conditions[].fallbackChain[]` that are no sender of the environment. */
function unknownFallbackSenders(ctx: RuleContext): { target: string; id: string }[] {
  const senders = sendersPath(ctx);
  const conditions = ((ctx.body as Resource).providerConfiguration as { conditions?: unknown[] } | undefined)
    ?.conditions;
  const unknown: { target: string; id: string }[] = [];
  (conditions ?? []).forEach((condition, c) => {
    const chain = (condition as { fallbackChain?: { id?: unknown }[] }).fallbackChain ?? [];
    chain.forEach((entry, e) => {
      const id = String(entry.id);
      if (!ctx.resources.get(`${senders}/${pathSegment(id)}`))
        unknown.push({ target: `providerConfiguration.conditions[${c}].fallbackChain[${e}].id`, id });
    });
  });
  return unknown;
}

/**
 * A policy's sender order names existing senders; when a policy becomes the default, the
 * previous default stops being one.
 */
function savePolicy(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const unknown = unknownFallbackSenders(ctx);
  if (unknown.length > 0) {
    return invalid(
      unknown.map(({ target, id }) => ({
        code: "INVALID_VALUE",
        target,
        message: `${id} is not a phone delivery settings ID of the environment`,
      })),
    );
  }
  const response = next();
  const saved = response.body as Resource | undefined;
  if (response.status >= 300 || !saved || saved.default !== true) return response;
  const collection = `${environmentPath(ctx)}/notificationsPolicies`;
  for (const policy of ctx.resources.list(collection)) {
    if (policy.id === saved.id || policy.default !== true) continue;
    ctx.resources.put(`${collection}/${pathSegment(String(policy.id))}`, { ...policy, default: false });
  }
  return response;
}

const emailDeliveryPath = (ctx: RuleContext) => `${environmentPath(ctx)}/notificationsSettings/emailDeliverySettings`;

/** Ports on which PingOne talks SMTP with STARTTLS to an SMTP server; any other port means SMTPS. */
const STARTTLS_PORTS = new Set([25, 587, 2525]);

/** An SMTP server's port defaults to 465, and its protocol follows from the port, as PingOne answers it. */
function saveEmailDeliverySettings(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  const body = ctx.body as { host?: unknown; port?: number };
  if (response.status >= 300 || body.host === undefined) return response;
  const port = body.port ?? 465;
  const derived = { port, protocol: STARTTLS_PORTS.has(port) ? "SMTP" : "SMTPS" };
  const path = emailDeliveryPath(ctx);
  const stored = ctx.resources.get(path);
  if (stored) ctx.resources.put(path, { ...stored, ...derived });
  return { ...response, body: { ...(response.body as Resource), ...derived } };
}

const HANDLERS: Record<string, (ctx: RuleContext, next: () => SimResponse) => SimResponse> = {
  [`post ${TEMPLATES}/{templateName}/contents`]: createContent,
  [`patch ${TEMPLATES}/{templateName}/contents`]: (ctx) => renameVariant(ctx),
  [`delete ${TEMPLATES}/{templateName}/contents`]: (ctx) => deleteVariant(ctx),
  [`put ${CONTENT}`]: changeContent,
  [`delete ${CONTENT}`]: changeContent,
  [`put ${SETTINGS}`]: updateSettings,
  [`delete ${SETTINGS}`]: resetSettings,
  [`get ${SETTINGS}/emailDeliverySettings`]: (ctx, next) => {
    // Until an SMTP server or custom provider is set, there is none to read.
    const path = emailDeliveryPath(ctx);
    return ctx.resources.get(path)
      ? next()
      : errorResponse(404, "The environment has no email delivery settings (SMTP server or custom provider).");
  },
  [`put ${SETTINGS}/emailDeliverySettings`]: saveEmailDeliverySettings,
  [`post ${SENDERS}`]: createSender,
  [`post ${POLICIES}`]: savePolicy,
  [`put ${POLICIES}/{notificationsPolicyID}`]: savePolicy,
};

/** Notifications: predefined templates and default contents, settings, senders and policies. */
export const notificationsRule: SimRule = (ctx, next) => {
  if (ctx.method === "post" && ctx.template === "/environments") {
    const response = next();
    const created = response.body as Resource | undefined;
    if (response.status === 201 && created?.id !== undefined) {
      const stored = ctx.resources.get(environmentPath(String(created.id)));
      if (stored) ensureNotifications(ctx.resources, stored);
    }
    return response;
  }
  const environment = ctx.template.startsWith(`${ENV}/`) ? environmentOf(ctx) : undefined;
  if (environment) ensureNotifications(ctx.resources, environment);
  const handler = HANDLERS[`${ctx.method} ${ctx.template}`];
  return handler ? handler(ctx, next) : next();
};
