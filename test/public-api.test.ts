// The hand-written layer is documented: every export of src/index.ts carries a doc comment,
// which is what the generated API reference (TypeDoc, `npm run docs`) shows.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const INDEX = fileURLToPath(new URL("../src/index.ts", import.meta.url));
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
});
