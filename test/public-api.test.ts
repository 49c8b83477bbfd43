// The hand-written layer is documented: every export of src/index.ts carries a doc comment,
// and the README shows each by name in its API reference.
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { typeCheck } from "./support/typecheck.ts";

const INDEX = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
// The generated spec types are documented by the spec itself.
const GENERATED = new Set(["components", "paths", "operations"]);

function publicExports() {
  const program = ts.createProgram([INDEX], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const docs = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    return { name: symbol.getName(), docs };
  });
}

const exports = publicExports().filter((e) => !GENERATED.has(e.name));

describe("src/index.ts", () => {
  it("exports the documented surface", () => {
    expect(exports.length).toBeGreaterThan(40);
  });

  it("has a doc comment on every export", () => {
    expect(exports.filter((e) => e.docs === "").map((e) => e.name)).toEqual([]);
  });

  it("has every export used in an example of the README's API reference", () => {
    const reference = README.slice(README.indexOf("## API reference"));
    const examples = [...reference.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n");
    expect(examples.length).toBeGreaterThan(100);
    expect(exports.filter((e) => !new RegExp(`\\b${e.name}\\b`).test(examples)).map((e) => e.name)).toEqual([]);
  });
});

describe("README API reference examples", () => {
  it("type-check against the client", async () => {
    const reference = README.slice(README.indexOf("## API reference"));
    const blocks = [...reference.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const dir = await mkdtemp(join(tmpdir(), "pingone-readme-"));
    try {
      // Top-level await needs the examples to be ES modules under NodeNext.
      await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const files = await Promise.all(
        blocks.map(async (code, i) => {
          const file = join(dir, `example-${i + 1}.ts`);
          await writeFile(file, `${code}\nexport {};\n`);
          return file;
        }),
      );
      const errors = typeCheck(files);
      expect(Object.fromEntries([...errors].filter(([, e]) => e.length > 0))).toEqual({});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
