// The bundled description as test data, and an independent JSON Schema 2020-12 validator
// for its components (ajv, not Redocly's engine).
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const SPEC_URL = new URL("../../generated/openapi.json", import.meta.url);
export const spec = JSON.parse(readFileSync(SPEC_URL, "utf8"));

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export interface OperationInfo {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId: string;
  operation: any;
  parameters: any[];
}

/** Resolves a local `$ref` (`#/components/...`) in the bundled document. */
export function deref<T = any>(node: any): T {
  while (node && typeof node.$ref === "string") {
    node = node.$ref
      .slice(2)
      .split("/")
      .reduce((at: any, key: string) => at?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return node;
}

export function operations(): OperationInfo[] {
  const out: OperationInfo[] = [];
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(deref);
      out.push({ method, path, operationId: operation.operationId, operation, parameters });
    }
  }
  return out;
}

const SCHEMAS_ID = "https://pingone-client.test/schemas";

/** ajv over components.schemas, with `#/components/schemas/X` read as `$defs/X`. */
export function createValidator() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats.default(ajv);
  // OpenAPI's own keywords on schemas, which carry no validation meaning for JSON Schema.
  ajv.addVocabulary(["discriminator", "example", "externalDocs", "xml", "x-pingone-immutable"]);
  const defs = JSON.parse(
    JSON.stringify(spec.components.schemas).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`),
  );
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: defs });
  // Most media types name the same few components: compile each distinct schema once.
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return {
    /** Validates `value` against a media type's schema (a `$ref` or inline); returns ajv's errors. */
    validate(schema: any, value: unknown) {
      const text = JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`);
      let check = compiled.get(text);
      if (!check) compiled.set(text, (check = ajv.compile(JSON.parse(text))));
      return check(value) ? [] : (check.errors ?? []);
    },
  };
}
