// Gateways and webhook subscriptions: what the generic CRUD cannot know. A gateway credential
// carries its signed token only in the response that creates it (PingOne does not keep it),
// and a gateway has at most five credentials, which its reads list without tokens; only
// PingFederate gateways hold roles, and their role assignments name the gateway; an
// environment has at most 50 webhook subscriptions.
import { Buffer } from "node:buffer";
import { environmentPath, pathSegment, type RuleContext, type SimRule } from "../rules.ts";
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import type { Resource } from "../store.ts";

const ENV = "/environments/{environmentID}";
const GATEWAYS = `${ENV}/gateways`;
const GATEWAY = `${GATEWAYS}/{gatewayID}`;

/** Most credentials one gateway may have. */
export const MAX_GATEWAY_CREDENTIALS = 5;
/** Most webhook subscriptions one environment may have. */
export const MAX_SUBSCRIPTIONS = 50;

type Handler = (ctx: RuleContext, next: () => SimResponse) => SimResponse;

const HANDLERS: Record<string, Handler> = {
  [`get ${GATEWAYS}`]: listGatewaysWithCredentials,
  [`get ${GATEWAY}`]: readGatewayWithCredentials,
  [`put ${GATEWAY}`]: readGatewayWithCredentials,
  [`post ${GATEWAY}/credentials`]: createCredential,
  [`post ${GATEWAY}/roleAssignments`]: assignGatewayRole,
  [`post ${ENV}/subscriptions`]: createSubscription,
};

export const gatewaysRule: SimRule = (ctx, next) => {
  const handler = HANDLERS[`${ctx.method} ${ctx.template}`];
  return handler ? handler(ctx, next) : next();
};

function gatewayPath(ctx: RuleContext, gatewayId = ctx.params.gatewayID): string {
  return `${environmentPath(ctx)}/gateways/${pathSegment(gatewayId)}`;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** Credentials of a gateway as its reads show them: no tokens, no links. */
function credentialsOf(ctx: RuleContext, gateway: string): Resource[] {
  return ctx.resources.list(`${gateway}/credentials`).map((c) => {
    const { credential: _credential, token: _token, _links: _l, ...rest } = c;
    return rest;
  });
}

function withCredentials(ctx: RuleContext, item: unknown): unknown {
  if (!isRecord(item) || typeof item.id !== "string") return item;
  const credentials = credentialsOf(ctx, gatewayPath(ctx, item.id));
  return credentials.length > 0 ? { ...item, credentials } : item;
}

function readGatewayWithCredentials(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  if (response.status !== 200) return response;
  return { ...response, body: withCredentials(ctx, response.body) };
}

function listGatewaysWithCredentials(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const response = next();
  if (response.status !== 200 || !isRecord(response.body) || !isRecord(response.body._embedded)) return response;
  const embedded = response.body._embedded;
  const gateways = Array.isArray(embedded.gateways) ? embedded.gateways : [];
  return {
    ...response,
    body: { ...response.body, _embedded: { ...embedded, gateways: gateways.map((g) => withCredentials(ctx, g)) } },
  };
}

/**
 * A new credential: at most five per gateway, and the signed token (claims as Ping documents
 * them, signature left out) in this response only.
 */
function createCredential(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const gateway = ctx.resources.get(gatewayPath(ctx));
  if (!gateway) return next();
  if (ctx.resources.list(`${gatewayPath(ctx)}/credentials`).length >= MAX_GATEWAY_CREDENTIALS) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "credentials",
        message: `A gateway has at most ${MAX_GATEWAY_CREDENTIALS} credentials; delete one first.`,
      },
    ]);
  }
  const response = next();
  if (response.status !== 201 || !isRecord(response.body)) return response;
  const credential = response.body;
  const claims = {
    jti: credential.id,
    gatewayId: gateway.id,
    gatewayName: gateway.name,
    gatewayType: gateway.type,
    environmentId: ctx.params.environmentID,
    iat: Math.floor(Date.parse(ctx.resources.now()) / 1000),
    aud: ctx.resources.apiBase,
  };
  const token = `${base64url({ alg: "none" })}.${base64url(claims)}.`;
  return { ...response, body: { ...credential, credential: token } };
}

/** Only PingFederate gateways hold roles; the assignment names its gateway. */
function assignGatewayRole(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const path = gatewayPath(ctx);
  const gateway = ctx.resources.get(path);
  if (!gateway) return next();
  if (gateway.type !== "PING_FEDERATE") {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "gateway.type",
        message: `Only PING_FEDERATE gateways can be assigned roles; this gateway is ${String(gateway.type)}.`,
      },
    ]);
  }
  const response = next();
  if (response.status !== 201 || !isRecord(response.body) || typeof response.body.id !== "string") return response;
  const itemPath = `${path}/roleAssignments/${pathSegment(response.body.id)}`;
  const stored = ctx.resources.get(itemPath);
  const ref = { id: String(gateway.id) };
  if (stored) ctx.resources.put(itemPath, { ...stored, gateway: ref });
  return { ...response, body: { ...response.body, gateway: ref } };
}

function createSubscription(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const existing = ctx.resources.list(`${environmentPath(ctx)}/subscriptions`);
  if (existing.length >= MAX_SUBSCRIPTIONS) {
    return errorResponse(403, `An environment has at most ${MAX_SUBSCRIPTIONS} subscriptions.`);
  }
  return next();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
