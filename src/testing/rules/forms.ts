// Forms and the integration catalog: what the generic CRUD cannot know. Form names are unique
// in an environment, a form's category cannot change, and the service derives `fieldTypes`
// from the fields. The integration catalog is read-only metadata that PingOne provides, so
// every environment gets a small catalog (one integration with a SAML version and an
// integration kit version) with stable IDs derived from the environment ID. A kit's file is an
// empty ZIP archive, served directly (PingOne redirects to a presigned address first).
import { environmentPath, pathSegment, type ResourceAccess, type RuleContext, type SimRule } from "../rules.ts";
import { errorResponse, invalid } from "../responses.ts";
import type { SimResponse } from "../responses.ts";
import type { Resource } from "../store.ts";
import { stableId } from "./schemas-agreements.ts";

const ENV = "/environments/{environmentID}";
const FORMS = `${ENV}/forms`;
const FORM = `${FORMS}/{formID}`;
const INTEGRATIONS = `${ENV}/integrations`;

/** ID of the seeded catalog integration of an environment in the simulator. */
export function catalogIntegrationId(environmentId: string): string {
  return stableId(`${environmentId}/integrations/example`);
}

/** ID of the seeded SAML version of that integration. */
export function catalogSamlVersionId(environmentId: string): string {
  return stableId(`${environmentId}/integrations/example/versions/saml`);
}

/** ID of the seeded integration kit version of that integration. */
export function catalogKitVersionId(environmentId: string): string {
  return stableId(`${environmentId}/integrations/example/versions/kit`);
}

/** ID of the seeded `email` attribute of the SAML version. */
export function catalogAttributeId(environmentId: string): string {
  return stableId(`${environmentId}/integrations/example/versions/saml/attributes/email`);
}

/** The version's file, for a kit version; 404 for any other. */
function kit(ctx: RuleContext): SimResponse {
  const { integrationID, integrationVersionID = "" } = ctx.params;
  const version = ctx.resources.get(
    `${environmentPath(ctx)}/integrations/${pathSegment(integrationID)}/versions/${pathSegment(integrationVersionID)}`,
  );
  if (version?.type !== "PRODUCT_INTEGRATION_KIT") {
    return errorResponse(404, `Unable to find an integration kit with id ${integrationVersionID}.`);
  }
  return {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment;filename=${String(version.name)}-${String(version.number)}.zip`,
    },
    body: EMPTY_ZIP,
  };
}

function ensureCatalog(resources: ResourceAccess, environmentId: string): void {
  const environment = environmentPath(environmentId);
  if (!resources.get(environment)) return;
  const integrations = `${environment}/integrations`;
  if (resources.list(integrations).length > 0) return;
  const integrationId = catalogIntegrationId(environmentId);
  try {
    resources.insert(integrations, {
      id: integrationId,
      name: "Example SaaS",
      publisher: "Example Org",
      description: "<p>Single sign-on for Example SaaS.</p>",
      pingProductNames: ["PINGONE"],
      tags: ["SSO"],
      thirdParty: { companyName: "Example Inc.", products: ["Example SaaS"] },
    });
  } catch {
    return; // a description without the catalog (the simulator accepts any spec)
  }
  const versions = `${integrations}/${pathSegment(integrationId)}/versions`;
  const samlId = catalogSamlVersionId(environmentId);
  resources.insert(versions, {
    id: samlId,
    integration: { id: integrationId },
    type: "SAML",
    name: "Example SaaS SAML",
    number: "1.0",
    protocolVersion: "2.0",
    entityId: "https://example.net",
    assertionConsumerService: "https://example.net/sso/saml",
    nameIdFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
  });
  resources.insert(versions, {
    id: catalogKitVersionId(environmentId),
    integration: { id: integrationId },
    type: "PRODUCT_INTEGRATION_KIT",
    name: "Example SaaS Integration Kit",
    number: "2.1.0",
    releasedOn: "2026-03-10",
    integratedWith: { name: "PINGFEDERATE", minVersion: "11.0" },
  });
  resources.insert(`${versions}/${pathSegment(samlId)}/attributes`, {
    id: catalogAttributeId(environmentId),
    integration: { id: integrationId },
    version: { id: samlId },
    name: "email",
    required: true,
    schema: '{"type":"string","format":"email"}',
  });
}

function formsCollection(ctx: RuleContext): string {
  return `${environmentPath(ctx)}/forms`;
}

/** The distinct field types of a form body, sorted, as the service reports them. */
function fieldTypesOf(body: Resource): string[] {
  const fields = ((body.components as { fields?: { type: string }[] } | undefined)?.fields ?? []).map((f) => f.type);
  return [...new Set(fields)].sort();
}

function forms(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const body = ctx.body as Resource;
  const collection = formsCollection(ctx);
  const self = ctx.params.formID;
  const clash = ctx.resources.list(collection).some((f) => f.name === body.name && f.id !== self);
  if (clash) {
    return invalid([
      { code: "UNIQUENESS_VIOLATION", target: "name", message: `A form named ${String(body.name)} already exists` },
    ]);
  }
  if (ctx.method === "put") {
    const stored = ctx.resources.get(`${collection}/${pathSegment(self)}`);
    if (stored && stored.category !== body.category) {
      return invalid([{ code: "INVALID_VALUE", target: "category", message: "The category of a form cannot change" }]);
    }
  }
  const response = next();
  if (response.status !== 200 && response.status !== 201) return response;
  const saved = response.body as Resource;
  const itemPath = `${collection}/${pathSegment(String(saved.id))}`;
  const fieldTypes = fieldTypesOf(body);
  const stored = ctx.resources.get(itemPath);
  if (stored) ctx.resources.put(itemPath, { ...stored, fieldTypes });
  return { ...response, body: { ...saved, fieldTypes } };
}

// The smallest valid ZIP archive: an end-of-central-directory record and nothing else.
const EMPTY_ZIP = `PK\u0005\u0006${"\u0000".repeat(18)}`;

export const formsRule: SimRule = (ctx, next) => {
  if (ctx.template.startsWith(INTEGRATIONS) && ctx.params.environmentID !== undefined) {
    ensureCatalog(ctx.resources, ctx.params.environmentID);
    if (ctx.template === `${INTEGRATIONS}/{integrationID}/versions/{integrationVersionID}/asset`) return kit(ctx);
    return next();
  }
  if ((ctx.template === FORMS && ctx.method === "post") || (ctx.template === FORM && ctx.method === "put")) {
    return forms(ctx, next);
  }
  return next();
};
