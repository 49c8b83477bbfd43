// Type-checks files outside the project (docs samples, README examples) against the real
// client and generated types, with the project's compiler options.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Type-checks the files with the project's compiler options, `pingone-client` meaning src/index.ts (and /testing its simulator). */
export function typeCheck(files: string[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(files, {
    ...options,
    noEmit: true,
    paths: {
      "pingone-client": [join(root, "src/index.ts")],
      "pingone-client/testing": [join(root, "src/testing/index.ts")],
    },
    // The samples live outside the project, where `types: ["node"]` would not be found.
    typeRoots: [join(root, "node_modules/@types")],
  });
  const errors = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? "(global)";
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const text = `${where ? `${where.line + 1}:${where.character + 1} ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    errors.set(file, [...(errors.get(file) ?? []), text]);
  }
  return errors;
}
