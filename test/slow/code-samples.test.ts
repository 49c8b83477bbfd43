// The docs' code samples are compiled here against the real client and generated types, so a
// change to the spec or the client that breaks a sample fails the normal test run.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenAPI3 } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCodeSamples, listOperations } from "../../scripts/code-samples.ts";
import { typeCheck } from "../support/typecheck.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const spec = JSON.parse(await readFile(join(root, "generated/openapi.json"), "utf8")) as OpenAPI3;
const operations = listOperations(spec);
const samples = generateCodeSamples(spec);

/** The sample of the first operation with a path parameter, with that parameter misspelt. */
function brokenSample(): { source: string; param: string } {
  for (const op of operations) {
    const param = /\{([^}]+)\}/.exec(op.path)?.[1];
    const source = samples.get(op.operationId)?.typescript;
    if (param && source?.includes(`${param}:`)) return { source: source.replace(`${param}:`, `${param}Typo:`), param };
  }
  throw new Error("No operation has a path parameter to misspell.");
}

describe("code samples", () => {
  let dir: string;
  let errors: Map<string, string[]>;
  const broken = brokenSample();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pingone-samples-"));
    // Top-level await needs the samples to be ES modules under NodeNext.
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const files: string[] = [];
    for (const [operationId, { typescript }] of samples) {
      files.push(join(dir, `${operationId}.ts`));
      await writeFile(files.at(-1)!, typescript);
    }
    files.push(join(dir, "broken.ts"));
    await writeFile(files.at(-1)!, broken.source);
    errors = typeCheck(files);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("covers every operation of the spec, once", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect([...samples.keys()].sort()).toEqual(operations.map((op) => op.operationId).sort());
  });

  it("type-checks every TypeScript sample against the client", () => {
    const failures = [...errors]
      .filter(([file, messages]) => !file.endsWith("broken.ts") && messages.length > 0)
      .map(
        ([file, messages]) =>
          `${file}:\n  ${messages.join("\n  ")}\n${samples.get(file.replace(/^.*\/|\.ts$/g, ""))?.typescript ?? ""}`,
      );
    expect(failures).toEqual([]);
  });

  it("rejects a sample with a misspelt path parameter", () => {
    const messages = errors.get(join(dir, "broken.ts")) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join("\n")).toContain(broken.param);
  });

  it("sends the operation's first named request example in curl", () => {
    const withBody = operations.filter((op) => op.operation.requestBody);
    expect(withBody.length).toBeGreaterThan(0);
    for (const op of withBody) {
      const curl = samples.get(op.operationId)?.curl ?? "";
      const types = Object.keys((deref(op.operation.requestBody) as { content: object }).content);
      if (types.includes("multipart/form-data") && !types.some((type) => type.endsWith("json"))) {
        // Form data: one --form per field of the example, and curl's own Content-Type.
        const { value } = firstRequestExample(op.operation.requestBody, "multipart/form-data");
        for (const name of Object.keys(value as object)) expect(curl, op.operationId).toContain(`--form '${name}=`);
        expect(curl, op.operationId).not.toContain("Content-Type");
        continue;
      }
      if (!types.some((type) => type.endsWith("json"))) {
        // A file sent as it is (an image upload): curl sends the file's bytes.
        expect(curl, op.operationId).toContain(`--header 'Content-Type: ${types[0]}'`);
        expect(curl, op.operationId).toMatch(/--data-binary '@upload\.\w+'\n$/);
        continue;
      }
      const data = /--data '([\s\S]*)'\n$/.exec(curl)?.[1]?.replaceAll(`'\\''`, "'");
      expect(data, `${op.operationId} curl has no --data`).toBeDefined();
      const { mediaType, value } = firstRequestExample(op.operation.requestBody);
      expect(JSON.parse(data!)).toEqual(value);
      expect(curl).toContain(`--header 'Content-Type: ${mediaType}'`);
      expect(curl).toContain(`--header "Authorization: Bearer $PINGONE_ACCESS_TOKEN"`);
      expect(curl).toMatch(/^curl --request [A-Z]+ 'https:\/\/api\.pingone\.com\/v1\//);
    }
  });
});

/** Looked up here independently of the generator, so the test does not share its mistakes. */
function firstRequestExample(requestBody: unknown, wanted = "json"): { mediaType: string; value: unknown } {
  const body = deref(requestBody) as { content: Record<string, { examples?: Record<string, unknown> }> };
  const [mediaType, media] = Object.entries(body.content).find(([type]) => type.endsWith(wanted))!;
  const example = Object.values(media.examples ?? {})[0];
  return { mediaType, value: (deref(example) as { value: unknown }).value };
}

function deref(node: unknown): unknown {
  const ref = (node as { $ref?: string } | undefined)?.$ref;
  if (!ref) return node;
  return deref(
    ref
      .slice(2)
      .split("/")
      .reduce<any>((n, key) => n[key], spec),
  );
}
