// Schemas, password policies, agreements and user agreement consents: what the generic CRUD
// cannot know. Every environment has its built-in `User` schema (with stable IDs derived from
// the environment ID); core attributes cannot change and built-in ones cannot be deleted; one
// password policy is the default; agreement languages and revisions point at their parents;
// and a consent is accepted or revoked by POSTing to the consent item, which needs the
// agreement (and, to accept, its language and revision) to exist.
import { createHash } from "node:crypto";
import {
  environmentPath,
  pathSegment,
  requestPath,
  type ResourceAccess,
  type RuleContext,
  type SimRule,
} from "../rules.ts";
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import type { Resource } from "../store.ts";

const ENV = "/environments/{environmentID}";
const SCHEMAS = `${ENV}/schemas`;
const ATTRIBUTES = `${SCHEMAS}/{schemaID}/attributes`;
const ATTRIBUTE = `${ATTRIBUTES}/{attributeID}`;
const POLICIES = `${ENV}/passwordPolicies`;
const POLICY = `${POLICIES}/{passwordPolicyID}`;
const LANGUAGES = `${ENV}/agreements/{agreementID}/languages`;
const REVISIONS = `${LANGUAGES}/{languageID}/revisions`;
const REVISION = `${REVISIONS}/{revisionID}`;
const CONSENT = `${ENV}/users/{userID}/agreementConsents/{agreementID}`;

const ACCEPT = "application/vnd.pingidentity.consent.accept+json";
const DAY_MS = 86_400_000;

/** A UUID that depends only on `seed`, so the same environment always gets the same IDs. */
export function stableId(seed: string): string {
  const hex = createHash("sha1").update(`pingone-simulator:${seed}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** ID of the `User` schema of an environment in the simulator. */
export function userSchemaId(environmentId: string): string {
  return stableId(`${environmentId}/schemas/User`);
}

/** ID of a built-in attribute of an environment's `User` schema in the simulator. */
export function userSchemaAttributeId(environmentId: string, name: string): string {
  return stableId(`${environmentId}/schemas/User/attributes/${name}`);
}

const sub = (name: string, displayName: string): Resource => ({
  name,
  displayName,
  type: "STRING",
  schemaType: "STANDARD",
  enabled: true,
  required: false,
});

// An excerpt of the built-in attributes: the core ones Ping names (`id`, `username`) and a few
// standard ones, with the types Ping's documentation shows for them.
const BUILT_IN: readonly Resource[] = [
  {
    name: "id",
    displayName: "ID",
    schemaType: "CORE",
    type: "STRING",
    unique: true,
    enabled: true,
    multiValued: false,
  },
  {
    name: "username",
    displayName: "Username",
    schemaType: "CORE",
    type: "STRING",
    unique: true,
    enabled: true,
    multiValued: false,
  },
  {
    name: "email",
    displayName: "Email Address",
    schemaType: "STANDARD",
    type: "STRING",
    unique: false,
    enabled: true,
    multiValued: false,
    required: false,
  },
  {
    name: "name",
    displayName: "Name",
    schemaType: "STANDARD",
    type: "COMPLEX",
    unique: false,
    enabled: true,
    multiValued: false,
    required: false,
    subAttributes: [
      sub("given", "Given Name"),
      sub("middle", "Middle Name"),
      sub("family", "Family Name"),
      sub("formatted", "Formatted"),
    ],
  },
  {
    name: "address",
    displayName: "Address",
    schemaType: "STANDARD",
    type: "COMPLEX",
    unique: false,
    enabled: true,
    multiValued: false,
    required: false,
    subAttributes: [
      sub("streetAddress", "Street Address"),
      sub("locality", "Locality"),
      sub("region", "Region"),
      sub("postalCode", "Postal Code"),
      sub("countryCode", "Country Code"),
    ],
  },
  {
    name: "preferredLanguage",
    displayName: "Preferred Language",
    schemaType: "STANDARD",
    type: "STRING",
    unique: false,
    enabled: true,
    multiValued: false,
    required: false,
  },
  {
    name: "timezone",
    displayName: "Timezone",
    schemaType: "STANDARD",
    type: "STRING",
    unique: false,
    enabled: true,
    multiValued: false,
    required: false,
  },
];

/** Creates the `User` schema and its built-in attributes when the environment has no schema yet. */
function ensureUserSchema(resources: ResourceAccess, environmentId: string): void {
  const environment = environmentPath(environmentId);
  if (!resources.get(environment)) return;
  const schemas = `${environment}/schemas`;
  if (resources.list(schemas).length > 0) return;
  const schemaId = userSchemaId(environmentId);
  try {
    resources.insert(schemas, { id: schemaId, name: "User", description: "User resource stored in the directory" });
  } catch {
    return; // a description without schemas (the simulator accepts any spec)
  }
  for (const attribute of BUILT_IN) {
    resources.insert(`${schemas}/${schemaId}/attributes`, {
      id: userSchemaAttributeId(environmentId, String(attribute.name)),
      ...structuredClone(attribute),
      schema: { id: schemaId },
    });
  }
}

/** After a successful create, adds `extra` to the stored item and to the response. */
function amendCreated(ctx: RuleContext, response: SimResponse, extra: Resource): SimResponse {
  if (response.status !== 201) return response;
  const created = response.body as Resource;
  const itemPath = `${requestPath(ctx)}/${pathSegment(String(created.id))}`;
  const stored = ctx.resources.get(itemPath);
  if (stored) ctx.resources.put(itemPath, { ...stored, ...extra });
  return { ...response, body: { ...created, ...extra } };
}

function schemaAttributes(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const attributesPath = requestPath(ctx).replace(/\/[^/]+$/, "");
  if (ctx.template === ATTRIBUTES && ctx.method === "post") {
    const body = ctx.body as Resource;
    const clash = ctx.resources.list(requestPath(ctx)).some((a) => a.name === body.name);
    if (clash) {
      return invalid([
        {
          code: "UNIQUENESS_VIOLATION",
          target: "name",
          message: `An attribute named ${String(body.name)} already exists in the schema`,
        },
      ]);
    }
    return amendCreated(ctx, next(), {
      type: body.type ?? "STRING",
      schemaType: "CUSTOM",
      required: false,
      multiValued: body.multiValued ?? false,
      schema: { id: ctx.params.schemaID },
    });
  }
  const stored = ctx.resources.get(`${attributesPath}/${pathSegment(ctx.params.attributeID)}`);
  if (!stored) return next();
  if (ctx.method === "delete" && stored.schemaType !== "CUSTOM") {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "schemaType",
        message: `${String(stored.schemaType)} attributes cannot be deleted`,
      },
    ]);
  }
  if ((ctx.method === "put" || ctx.method === "patch") && stored.schemaType === "CORE") {
    return invalid([{ code: "INVALID_VALUE", target: "schemaType", message: "CORE attributes cannot be changed" }]);
  }
  if ((ctx.method === "put" || ctx.method === "patch") && stored.multiValued === true) {
    if ((ctx.body as Resource).multiValued === false) {
      return invalid([
        { code: "INVALID_VALUE", target: "multiValued", message: "multiValued cannot change from true to false" },
      ]);
    }
  }
  return next();
}

/** `default: true` on one policy clears it on the others; the default policy cannot be deleted. */
function passwordPolicies(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const collection = ctx.template === POLICIES ? requestPath(ctx) : requestPath(ctx).replace(/\/[^/]+$/, "");
  if (ctx.method === "delete") {
    const stored = ctx.resources.get(requestPath(ctx));
    if (stored?.default === true) {
      return invalid([
        { code: "INVALID_VALUE", target: "default", message: "The default password policy cannot be deleted" },
      ]);
    }
    return next();
  }
  const response = next();
  if ((response.status === 200 || response.status === 201) && (ctx.body as Resource | undefined)?.default === true) {
    const keep = (response.body as Resource).id;
    for (const policy of ctx.resources.list(collection)) {
      if (policy.id !== keep && policy.default === true) {
        ctx.resources.put(`${collection}/${pathSegment(String(policy.id))}`, { ...policy, default: false });
      }
    }
  }
  return response;
}

/** Accepts or revokes the user's consent to an agreement. */
function changeConsent(ctx: RuleContext): SimResponse {
  const environmentId = ctx.params.environmentID ?? "";
  const agreementId = ctx.params.agreementID ?? "";
  const agreementPath = `${environmentPath(ctx)}/agreements/${pathSegment(agreementId)}`;
  const agreement = ctx.resources.get(agreementPath);
  if (!agreement) return errorResponse(404, `Unable to find agreement with id ${agreementId}.`);
  const consentPath = requestPath(ctx);
  const previous = ctx.resources.get(consentPath);
  const base: Resource = {
    environment: { id: environmentId },
    user: { id: ctx.params.userID },
    agreement: { id: agreementId },
  };
  let state: Resource;
  if (ctx.contentType === ACCEPT) {
    const body = ctx.body as { language: { id: string }; revision: { id: string }; consentedAt?: string };
    const languagePath = `${agreementPath}/languages/${pathSegment(body.language.id)}`;
    if (!ctx.resources.get(languagePath)) {
      return invalid([
        { code: "INVALID_VALUE", target: "language.id", message: "The language does not belong to the agreement" },
      ]);
    }
    if (!ctx.resources.get(`${languagePath}/revisions/${pathSegment(body.revision.id)}`)) {
      return invalid([
        { code: "INVALID_VALUE", target: "revision.id", message: "The revision does not belong to the language" },
      ]);
    }
    const at = body.consentedAt ?? ctx.resources.now();
    const days = typeof agreement.reconsentPeriodDays === "number" ? agreement.reconsentPeriodDays : undefined;
    state = {
      ...base,
      language: { id: body.language.id },
      revision: { id: body.revision.id },
      status: "ACCEPTED",
      lastConsent: {
        at,
        ...(days === undefined ? {} : { expiresAt: new Date(Date.parse(at) + days * DAY_MS).toISOString() }),
        language: { id: body.language.id },
        revision: { id: body.revision.id },
      },
    };
  } else {
    // Revoking sets the state back to PENDING; the language and revision stay as the ones to consent to.
    const { lastConsent: _, ...rest } = previous ?? {};
    state = { ...rest, ...base, status: "PENDING" };
  }
  ctx.resources.put(consentPath, state);
  const self = `${ctx.resources.apiBase}${consentPath}`;
  return { status: 200, body: { _links: { self: { href: self } }, ...(ctx.resources.get(consentPath) ?? state) } };
}

export const schemasAgreementsRule: SimRule = (ctx, next) => {
  if (ctx.template === "/environments" && ctx.method === "post") {
    const response = next();
    if (response.status === 201) ensureUserSchema(ctx.resources, String((response.body as Resource).id));
    return response;
  }
  const environmentId = ctx.params.environmentID;
  if (environmentId !== undefined && !(ctx.template === ENV && ctx.method === "delete")) {
    ensureUserSchema(ctx.resources, environmentId);
  }
  if (ctx.template === ATTRIBUTES || ctx.template === ATTRIBUTE) return schemaAttributes(ctx, next);
  if (ctx.template === POLICIES || ctx.template === POLICY) return passwordPolicies(ctx, next);
  if (ctx.template === LANGUAGES && ctx.method === "post") {
    // A new language always starts disabled, whatever the request says.
    return amendCreated(ctx, next(), { enabled: false, agreement: { id: ctx.params.agreementID } });
  }
  if (ctx.template === REVISIONS && ctx.method === "post") {
    return amendCreated(ctx, next(), {
      agreement: { id: ctx.params.agreementID },
      language: { id: ctx.params.languageID },
    });
  }
  if (ctx.template === REVISION && ctx.method === "delete") {
    // Revisions that have become effective stay, so the consents given to them keep their meaning.
    const effectiveAt = ctx.resources.get(requestPath(ctx))?.effectiveAt;
    if (typeof effectiveAt === "string" && Date.parse(effectiveAt) <= Date.parse(ctx.resources.now())) {
      return invalid([
        { code: "INVALID_VALUE", target: "effectiveAt", message: "An effective revision cannot be deleted" },
      ]);
    }
  }
  if (ctx.template === CONSENT && ctx.method === "post") return changeConsent(ctx);
  return next();
};
