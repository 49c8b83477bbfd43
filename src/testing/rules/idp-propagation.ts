// Identity propagation behaviour the generic handler cannot infer: the `id:latest` revision,
// revisions that point at their predecessor, the rules of a plan, mappings that live under a
// rule but are read, replaced and deleted by their own ID, cascading deletes of plans and
// rules, and the two answers that are not stored resources (store metadata, connection checks).
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

const BASE = "/environments/{environmentID}/propagation";

type Ref = { id?: unknown } | undefined;

function refId(value: unknown): string | undefined {
  const id = (value as Ref)?.id;
  return typeof id === "string" ? id : undefined;
}

/** A HAL list of stored items: `selfPath` is the list, `itemPath` the collection each item's ID is under. */
function halList(
  resources: ResourceAccess,
  selfPath: string,
  name: string,
  itemPath: string,
  items: Resource[],
): SimResponse {
  const embedded = items.map((item) => ({
    _links: { self: { href: `${resources.apiBase}${itemPath}/${pathSegment(String(item.id))}` } },
    ...item,
  }));
  return {
    status: 200,
    body: {
      _links: { self: { href: `${resources.apiBase}${selfPath}` } },
      _embedded: { [name]: embedded },
      count: embedded.length,
      size: embedded.length,
    },
  };
}

/** The newest stored revision under a propagation prefix, if any (revisions are stored in creation order). */
function latestRevision(resources: ResourceAccess, prefix: string): Resource | undefined {
  return resources.list(`${prefix}/revisions`).at(-1);
}

/** Deletes the mappings of a rule everywhere they are kept. */
function dropMappingsOf(resources: ResourceAccess, prefix: string, ruleID: string): void {
  for (const mapping of resources.list(`${prefix}/mappings`)) {
    if (refId(mapping.rule) === ruleID) resources.remove(`${prefix}/mappings/${pathSegment(String(mapping.id))}`);
  }
}

function metadataFor(storeType: string): Record<string, unknown> {
  const attributes: Record<string, string[]> = {
    scim: ["userName", "name.givenName", "name.familyName", 'emails[type eq "work"].value', "active"],
    Aquera: ["userName", "name.givenName", "name.familyName", 'emails[type eq "work"].value'],
    Salesforce: ["Username", "Email", "FirstName", "LastName", "ProfileId"],
    SalesforceContacts: ["Email", "FirstName", "LastName", "AccountId"],
    PingOne: ["username", "email", "name.given", "name.family", "population.id"],
  };
  return {
    information: { name: storeType, description: `Connector metadata for ${storeType} stores.` },
    connectionProfiles: [{ name: "default", type: storeType }],
    attributeMetadata: {
      userAttributes: (attributes[storeType] ?? []).map((name, index) => ({ name, required: index === 0 })),
    },
  };
}

function handle(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const { method, template, params, resources } = ctx;
  const prefix = `${environmentPath(ctx)}/propagation`;

  if (template === `${BASE}/revisions/id:latest` && method === "get") {
    const latest = latestRevision(resources, prefix);
    if (!latest) return errorResponse(404, "The environment has no propagation revision yet.");
    return {
      status: 200,
      body: {
        _links: { self: { href: `${resources.apiBase}${prefix}/revisions/${pathSegment(String(latest.id))}` } },
        ...latest,
      },
    };
  }

  if (template === `${BASE}/revisions` && method === "post") {
    const previous = latestRevision(resources, prefix);
    const response = next();
    const created = response.body as Resource | undefined;
    if (response.status !== 201 || !created || !previous) return response;
    const path = `${prefix}/revisions/${pathSegment(String(created.id))}`;
    const stored = resources.get(path);
    const previousRevision = { id: String(previous.id) };
    if (stored) resources.put(path, { ...stored, previousRevision });
    return { ...response, body: { ...created, previousRevision } };
  }

  if (template === `${BASE}/plans/{planID}/rules` && method === "get") {
    const rules = resources.list(`${prefix}/rules`).filter((rule) => refId(rule.plan) === params.planID);
    return halList(resources, requestPath(ctx), "rules", `${prefix}/rules`, rules);
  }

  if (template === `${BASE}/rules` && method === "post") {
    const body = ctx.body as Resource;
    const missing = (["plan", "sourceStore", "targetStore"] as const)
      .map((key) => {
        const id = refId(body[key]);
        const collection = key === "plan" ? "plans" : "stores";
        return id && !resources.get(`${prefix}/${collection}/${pathSegment(id)}`) ? { key, id } : undefined;
      })
      .filter((m) => m !== undefined);
    if (missing.length > 0) {
      return invalid(
        missing.map(({ key, id }) => ({
          code: "INVALID_VALUE",
          target: `${key}.id`,
          message: `${key}.id ${id} does not exist in the environment`,
        })),
      );
    }
    return next();
  }

  if (template === `${BASE}/rules/{ruleID}/mappings` && method === "post") {
    const body = ctx.body as Resource;
    const ruleID = params.ruleID ?? "";
    const sent = refId(body.rule);
    if (sent !== undefined && sent !== ruleID) {
      return invalid([{ code: "INVALID_VALUE", target: "rule.id", message: "rule.id must be the rule in the path" }]);
    }
    const response = next();
    const created = response.body as Resource | undefined;
    if (response.status !== 201 || !created) return response;
    const id = pathSegment(String(created.id));
    const underRule = `${requestPath(ctx)}/${id}`;
    const stored = { ...(resources.get(underRule) ?? created), rule: { id: ruleID } };
    resources.put(underRule, stored);
    // PingOne serves a mapping by its own ID too: keep that copy in step with this one.
    resources.put(`${prefix}/mappings/${id}`, stored);
    const self = `${resources.apiBase}${prefix}/mappings/${id}`;
    return {
      ...response,
      headers: { ...response.headers, Location: self },
      body: { ...created, rule: { id: ruleID }, _links: { self: { href: self } } },
    };
  }

  if (template === `${BASE}/mappings/{mappingID}` && (method === "put" || method === "delete")) {
    const path = requestPath(ctx);
    const before = resources.get(path);
    const ruleID = refId(before?.rule);
    if (method === "put" && before && ruleID) {
      const sent = refId((ctx.body as Resource).rule);
      if (sent !== undefined && sent !== ruleID) {
        return invalid([{ code: "INVALID_VALUE", target: "rule", message: "rule cannot be changed after creation" }]);
      }
    }
    const response = next();
    if (!before || !ruleID) return response;
    const underRule = `${prefix}/rules/${pathSegment(ruleID)}/mappings/${pathSegment(params.mappingID)}`;
    if (method === "delete") {
      if (response.status === 204) resources.remove(underRule);
      return response;
    }
    if (response.status !== 200) return response;
    const after = { ...(resources.get(path) ?? {}), rule: { id: ruleID } } as Resource;
    resources.put(path, after);
    resources.put(underRule, after);
    return { ...response, body: { ...(response.body as Resource), rule: { id: ruleID } } };
  }

  if (template === `${BASE}/rules/{ruleID}/mappings` && method === "get") {
    // The copies under the rule are kept in step with /mappings/{id}; serve the canonical ones.
    const ruleID = params.ruleID ?? "";
    if (!resources.get(`${prefix}/rules/${pathSegment(ruleID)}`)) return next();
    const mappings = resources.list(`${prefix}/mappings`).filter((m) => refId(m.rule) === ruleID);
    return halList(resources, requestPath(ctx), "mappings", `${prefix}/mappings`, mappings);
  }

  if (template === `${BASE}/rules/{ruleID}` && method === "delete") {
    const response = next();
    if (response.status === 204) dropMappingsOf(resources, prefix, params.ruleID ?? "");
    return response;
  }

  if (template === `${BASE}/plans/{planID}` && method === "delete") {
    const response = next();
    if (response.status !== 204) return response;
    // Deleting a plan deletes its rules and their mappings.
    for (const rule of resources.list(`${prefix}/rules`)) {
      if (refId(rule.plan) !== params.planID) continue;
      resources.remove(`${prefix}/rules/${pathSegment(String(rule.id))}`);
      dropMappingsOf(resources, prefix, String(rule.id));
    }
    return response;
  }

  if (template === `${BASE}/storeMetadata/{storeType}` && method === "post") {
    return { status: 200, body: metadataFor(params.storeType ?? "") };
  }

  if (template === `${BASE}/stores/connection/status` && method === "post") {
    // The body was validated as a complete store; nothing is stored.
    return { status: 200, body: {} };
  }

  return next();
}

/** Identity propagation: revisions, plan rules, mappings by ID, cascades, metadata and connection checks. */
export const idpPropagationRule: SimRule = (ctx, next) =>
  ctx.template.startsWith(`${BASE}/`) ? handle(ctx, next) : next();
