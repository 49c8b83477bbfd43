// What type-checking a consumer costs: test/types/operations/core.ts (every operation of the API,
// called through the client) compiled against the installed package, relative to the same
// file with the client's imports replaced by `any`. Both with TypeScript 5.9 and 7.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tscPath } from "../test/support/toolchain.ts";
import { median } from "./stats.ts";

const IMPORT = /^import \{([^}]*)\} from "(?:\.\.\/)+src\/index\.ts";$/m;
// With `any` there is nothing left to reject, and an unused directive is itself an error.
const EXPECT_ERROR = /^\s*\/\/ @ts-expect-error\b.*$/gm;

/** The same code without the client's types: every imported name declared as `any`-typed. */
function untyped(names: string[]): string {
  return names
    .map((raw) => {
      const name = raw.trim().replace(/^type\s+/, "");
      if (raw.trim().startsWith("type ")) return `type ${name} = any;`;
      return `declare const ${name}: any;`;
    })
    .join("\n");
}

/** Writes ops.ts and ops-any.ts with a tsconfig each into the consumer project `dir`. */
export function writeCases(dir: string): string[] {
  const source = readFileSync(join(ROOT, "test/types/operations/core.ts"), "utf8");
  const match = IMPORT.exec(source);
  if (!match) throw new Error("test/types/operations/core.ts no longer has the import line this benchmark rewrites");
  const names = match[1]!.split(",").filter((n) => n.trim());
  const cases = {
    ops: source.replace(IMPORT, `import {${match[1]}} from "pingone-client";`),
    "ops-any": source.replace(IMPORT, untyped(names)).replace(EXPECT_ERROR, ""),
  };
  for (const [name, code] of Object.entries(cases)) {
    writeFileSync(join(dir, `${name}.ts`), code);
    const compilerOptions = {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2023", "DOM", "DOM.Iterable"],
      types: ["node"],
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
    };
    writeFileSync(
      join(dir, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions, files: [`${name}.ts`] }, null, 2),
    );
  }
  return Object.keys(cases);
}

export interface TypecheckResult {
  version: string;
  typed: number;
  untyped: number;
}

/** Type-checks one case written by {@link writeCases}; throws with the compiler's output when it fails. */
export function compileCase(dir: string, tsc: string, name: string): void {
  const result = spawnSync(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], { cwd: dir, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tsc} on ${name}.ts failed:\n${result.stdout}${result.stderr}`);
}

/** Median wall time of `tsc -p` on each case over `runs` interleaved runs, per TypeScript version. */
export function typecheck(dir: string, versions: string[], runs = 5): TypecheckResult[] {
  const [typed, untypedCase] = writeCases(dir);
  return versions.map((version) => {
    const tsc = tscPath(version);
    const times: Record<string, number[]> = { [typed!]: [], [untypedCase!]: [] };
    for (let i = 0; i < runs + 1; i++) {
      for (const name of [typed!, untypedCase!]) {
        const started = performance.now();
        compileCase(dir, tsc, name);
        const elapsed = performance.now() - started;
        if (i > 0) times[name]!.push(elapsed); // the first run of each warms the file cache
      }
    }
    return { version, typed: median(times[typed!]!), untyped: median(times[untypedCase!]!) };
  });
}
