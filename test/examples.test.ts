// Every named example in the description must validate against the schema of the media
// type that uses it, checked by ajv independently of Redocly's lint rule.
import { describe, expect, it } from "vitest";
import { createValidator, deref, operations, spec } from "./support/spec.ts";

interface Use {
  where: string;
  name: string;
  schema: unknown;
  value: unknown;
}

function exampleUses(): Use[] {
  const uses: Use[] = [];
  for (const { method, path, operation } of operations()) {
    const bodies: [string, any][] = [];
    if (operation.requestBody) bodies.push(["request", deref(operation.requestBody)]);
    for (const [status, response] of Object.entries<any>(operation.responses)) bodies.push([status, deref(response)]);
    for (const [label, body] of bodies) {
      for (const [mediaType, media] of Object.entries<any>(body.content ?? {})) {
        for (const [name, example] of Object.entries<any>(media.examples ?? {})) {
          // Name the use by its component, so a component shared by several operations is one example.
          const component = typeof example.$ref === "string" ? example.$ref.split("/").pop() : name;
          uses.push({
            where: `${method.toUpperCase()} ${path} ${label} ${mediaType}`,
            name: component,
            schema: media.schema,
            value: deref(example).value,
          });
        }
      }
    }
  }
  return uses;
}

const validator = createValidator();
const uses = exampleUses();

describe("spec examples", () => {
  it("uses every example component at least once", () => {
    const used = new Set(uses.map((u) => u.name));
    expect(Object.keys(spec.components.examples).filter((name) => !used.has(name))).toEqual([]);
  });

  it.each(uses.map((u) => [`${u.name} (${u.where})`, u] as const))("%s validates", (_label, use) => {
    expect(validator.validate(use.schema, use.value)).toEqual([]);
  });

  it.each(
    Object.entries<any>(spec.components.parameters ?? {}).flatMap(([name, parameter]) =>
      Object.entries<any>({
        ...parameter.examples,
        ...(parameter.example !== undefined ? { example: { value: parameter.example } } : {}),
      }).map(([key, example]) => [`parameter ${name} example ${key}`, parameter.schema, deref(example).value] as const),
    ),
  )("%s validates", (_label, schema, value) => {
    expect(validator.validate(schema, value)).toEqual([]);
  });

  it("rejects an example with a required property removed and an unknown request enum value", () => {
    const create = uses.find((u) => u.name === "EnvironmentCreateDestination")!;
    const { name: _dropped, ...withoutName } = create.value as Record<string, unknown>;
    expect(validator.validate(create.schema, withoutName).map((e) => e.params)).toContainEqual({
      missingProperty: "name",
    });
    expect(validator.validate(create.schema, { ...(create.value as object), region: "MARS" })).not.toEqual([]);
  });

  it("accepts an unknown enum value and an extra property in a response", () => {
    const created = uses.find((u) => u.name === "EnvironmentCreatedDestination")!;
    const future = { ...(created.value as object), region: "ZZ", futureProperty: { added: "later" } };
    expect(validator.validate(created.schema, future)).toEqual([]);
  });
});
