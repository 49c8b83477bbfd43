// The package as a user gets it: build a clean copy of the project, `npm pack` it, check what
// the tarball holds, install it into a fresh ESM project and use it from there. Shared by
// test/package.test.ts (TypeScript 5.9) and .ci/package (5.9 and 7, publint, attw):
//   tsx test/support/consumer.ts <workdir>   → packs and sets up <workdir>/consumer, prints
//                                               the tarball path and the consumer folder
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./toolchain.ts";

export interface Packed {
  /** Absolute path of the .tgz. */
  tarball: string;
  /** Paths inside the tarball, relative to its package/ folder. */
  files: string[];
}

/** Top-level entries of the project not copied into the staging folder (build output, VCS, caches). */
const NOT_STAGED = new Set(["node_modules", "dist", "build", ".git", "coverage"]);

/**
 * Copies the project (sources, tests, everything but build output) into `<workDir>/stage`,
 * builds it there with `npm run build` and packs it into `workDir`. Working on a copy means a
 * stale file in the repository's dist/ can never ship, and the repository is not touched.
 */
export function buildAndPack(workDir: string): Packed {
  const stage = join(workDir, "stage");
  rmSync(stage, { recursive: true, force: true });
  cpSync(ROOT, stage, {
    recursive: true,
    filter: (source) => {
      const relative = source.slice(ROOT.length).replace(/^\/+/, "");
      const top = relative.split("/")[0] ?? "";
      return !NOT_STAGED.has(top) && !top.startsWith(".gen-tmp-");
    },
  });
  symlinkSync(join(ROOT, "node_modules"), join(stage, "node_modules"), "dir");
  run("npm", ["run", "build"], stage);
  const out = run("npm", ["pack", "--json", "--pack-destination", workDir], stage);
  const [info] = JSON.parse(out.slice(out.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(workDir, info!.filename), files: info!.files.map((f) => f.path).sort() };
}

/** Files every tarball must hold: the entry points of `exports`, the bundled description, docs. */
export const REQUIRED_FILES = [
  "package.json",
  "README.md",
  "LICENSE",
  "dist/src/index.js",
  "dist/src/index.d.ts",
  "dist/src/testing/index.js",
  "dist/src/testing/index.d.ts",
  "dist/src/testing/cli.js",
  "dist/generated/schema.d.ts",
  "dist/generated/openapi.json",
];

/** What must not ship: sources, tests, benchmarks, the spec's YAML, tooling, source maps. */
export const FORBIDDEN: readonly [RegExp, string][] = [
  [/^(src|test|bench|openapi|scripts|generated|examples|\.ci|build|node_modules)\//, "a source or tooling folder"],
  [/(?<!\.d)\.ts$/, "TypeScript source"],
  [/\.map$/, "a source map (its sources are not shipped)"],
  [/^(tsconfig.*\.json|vitest\.config\.ts|redocly\.yaml|package-lock\.json|\.gitignore)$/, "project configuration"],
];

/** Problems with a tarball's file list; empty when it is right. */
export function contentProblems(files: readonly string[]): string[] {
  const problems = REQUIRED_FILES.filter((f) => !files.includes(f)).map((f) => `missing ${f}`);
  for (const file of files) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problems.push(`ships ${file} (${what})`);
  }
  return problems;
}

/** What a user writes: the client, the simulator, paging and the bundled description, typed. */
export const CONSUMER_SOURCE = `\
import { createPingOneClient, paginate, unwrap, PingOneApiError, type PingOneClient } from "pingone-client";
import { startPingOneSimulator } from "pingone-client/testing";
import spec from "pingone-client/openapi.json" with { type: "json" };

const sim = await startPingOneSimulator();
try {
  const client: PingOneClient = createPingOneClient({
    apiBase: sim.apiBase,
    authBase: sim.authBase,
    clientCredentials: { clientId: sim.clientId, clientSecret: sim.clientSecret, environmentId: sim.environmentId },
  });
  const { data, error, correlationId } = await client.GET("/environments/{environmentID}", {
    params: { path: { environmentID: sim.environmentId } },
  });
  if (error) throw error;
  // The types are real, not any: these lines fail to compile if they were lost.
  const id: string | undefined = data.id;
  // Type errors only; never called (the second would be refused before sending anyway).
  const typeErrors = async () => {
    // @ts-expect-error not a path of the API
    await client.GET("/no-such-path");
    // @ts-expect-error environmentID is required
    await client.GET("/environments/{environmentID}", { params: { path: {} } });
  };
  void typeErrors;

  let count = 0;
  for await (const environment of paginate(client, "/environments", { params: { query: { limit: 1 } } })) {
    const name: string = environment.name;
    if (name) count++;
  }
  const missing = await client.GET("/environments/{environmentID}", {
    params: { path: { environmentID: "00000000-0000-4000-8000-000000000000" } },
  });
  const notFound = missing.error instanceof PingOneApiError ? missing.error.status : undefined;
  const again = await unwrap(client.GET("/environments/{environmentID}", { params: { path: { environmentID: sim.environmentId } } }));

  const result = { id, name: again.name, correlationId: typeof correlationId, count, notFound, specVersion: spec.openapi };
  console.log("CONSUMER " + JSON.stringify(result));
  if (id !== sim.environmentId || count < 1 || notFound !== 404 || !spec.openapi.startsWith("3.1")) process.exitCode = 1;
} finally {
  await sim.close();
}
`;

/** Compiler options of the consumer project: what \`tsc --init\` users of Node ESM end up with, strict and fully checked. */
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2023"],
    types: ["node"],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    resolveJsonModule: true,
    skipLibCheck: false,
    outDir: "out",
  },
  include: ["consumer.ts"],
};

/** What the consumer saw before it installed the simulator's optional peers (see createConsumer). */
export interface BeforePeers {
  /** The installed package's own runtime dependencies. */
  runtimeDependencies: string[];
  /** Everything `npm ls --omit=dev --omit=optional --omit=peer --all` lists besides the package. */
  installed: string[];
  /** Starting the simulator without ajv. */
  testingWithoutAjv: Outcome;
}

/**
 * Creates `dir` as a fresh `"type": "module"` project with the tarball installed (its
 * dependencies come from the npm cache when they are there) and @types/node linked from
 * this project, and writes consumer.ts and its tsconfig.json. Before it installs ajv and
 * ajv-formats (the simulator's optional peers) it records what a client-only user gets.
 */
export function createConsumer(dir: string, tarball: string): BeforePeers {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], dir);
  // What installing the package brings, beyond itself (its dependencies' own included).
  const listing = run("npm", ["ls", "--omit=dev", "--omit=optional", "--omit=peer", "--all", "--parseable"], dir);
  const installed = listing
    .split("\n")
    .filter((line) => line.includes("node_modules/"))
    .map((line) => line.slice(line.lastIndexOf("node_modules/") + "node_modules/".length))
    .filter((name) => name !== "pingone-client");
  const manifest = JSON.parse(readFileSync(join(dir, "node_modules/pingone-client/package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const runtimeDependencies = Object.keys(manifest.dependencies ?? {});
  const testingWithoutAjv = attempt(
    process.execPath,
    ["--input-type=module", "-e", 'const t = await import("pingone-client/testing"); await t.startPingOneSimulator();'],
    dir,
  );
  const peers = ["ajv", "ajv-formats"].map((name) => `${name}@${peerVersion(name)}`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...peers], dir);
  // Linked after the install, which would prune a package its package.json does not list.
  mkdirSync(join(dir, "node_modules/@types"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules/@types/node"), join(dir, "node_modules/@types/node"), "dir");
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
  writeFileSync(join(dir, "consumer.ts"), CONSUMER_SOURCE);
  return { runtimeDependencies, installed, testingWithoutAjv };
}

/** The version this project develops against, so the consumer installs from the npm cache. */
function peerVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  };
  return pkg.devDependencies[name]!;
}

export interface Outcome {
  code: number;
  output: string;
}

/** Type-checks the consumer with the given tsc; `emit` also writes out/consumer.js. */
export function typeCheck(dir: string, tsc: string, emit = false): Outcome {
  return attempt(process.execPath, [tsc, "-p", "tsconfig.json", ...(emit ? [] : ["--noEmit"])], dir);
}

/** Runs out/consumer.js (from typeCheck with emit): starts the simulator and calls it through the client. */
export function runConsumer(dir: string): Outcome {
  return attempt(process.execPath, ["out/consumer.js"], dir);
}

function attempt(command: string, args: string[], cwd: string): Outcome {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: result.status ?? 1, output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ?? ""}` };
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const workDir = resolve(process.argv[2] ?? ".");
  mkdirSync(workDir, { recursive: true });
  const packed = buildAndPack(workDir);
  const problems = contentProblems(packed.files);
  if (problems.length > 0) {
    console.error(`The tarball is wrong:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  const before = createConsumer(join(workDir, "consumer"), packed.tarball);
  if (before.runtimeDependencies.join() !== "openapi-fetch") {
    console.error(`Runtime dependencies should be openapi-fetch alone, got: ${before.runtimeDependencies.join(", ")}`);
    process.exit(1);
  }
  console.log(packed.tarball);
  console.log(join(workDir, "consumer"));
}
