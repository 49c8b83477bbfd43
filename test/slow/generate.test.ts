// Generation is atomic and its failures are located: a broken copy of the spec fails with
// file, line and rule, and leaves generated/ byte-for-byte as it was. The drift check
// names the files that differ. Watch mode reports a broken save and recovers on the next.
import { execFile, spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let copy: string;

async function runScript(script: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      join(ROOT, "scripts", script),
      "--root",
      copy,
    ]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

/** Drops the description of Environment's `id`; the lint rule reports the property's own line. */
async function breakSpec(): Promise<{ file: string; original: string; propertyLine: number }> {
  const file = join(copy, "openapi/components/schemas/Environment.yaml");
  const original = await readFile(file, "utf8");
  const lines = original.split("\n");
  const propertyLine = lines.indexOf("  id:");
  const descriptionLine = lines.findIndex((l, i) => i > propertyLine && l.startsWith("    description:"));
  expect(propertyLine).toBeGreaterThan(0);
  lines.splice(descriptionLine, 1);
  await writeFile(file, lines.join("\n"));
  return { file, original, propertyLine };
}

const LOCATED = /openapi\/components\/schemas\/Environment\.yaml:(\d+):\d+ \[rule\/schema-property-description\]/;

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir)) out[name] = await readFile(join(dir, name), "utf8");
  return out;
}

beforeEach(async () => {
  copy = await mkdtemp(join(tmpdir(), "pingone-spec-"));
  for (const entry of ["openapi", "generated", "redocly.yaml"])
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
});
afterEach(() => rm(copy, { recursive: true, force: true }));

describe("npm run generate", () => {
  it("fails on a broken spec with file:line and rule, leaving generated/ untouched", async () => {
    const { propertyLine } = await breakSpec();
    const before = await snapshot(join(copy, "generated"));

    const { code, output } = await runScript("generate.js");

    expect(code).toBe(1);
    // Redocly points at the property's schema: the `id:` line or the first line under it.
    const located = LOCATED.exec(output);
    expect(located, output).not.toBeNull();
    expect([propertyLine + 1, propertyLine + 2]).toContain(Number(located![1]));
    expect(output).not.toMatch(/\n\s+at /); // a located message, not a stack trace
    expect(await snapshot(join(copy, "generated"))).toEqual(before);
    expect((await readdir(copy)).filter((n) => n.startsWith(".gen-tmp-"))).toEqual([]);
  });

  it("fails on a $ref to a missing file with the referring file:line, leaving generated/ untouched", async () => {
    const file = join(copy, "openapi/paths/environments_{environmentID}.yaml");
    const original = await readFile(file, "utf8");
    const lines = original.split("\n");
    const refLine = lines.findIndex((l) => l.includes("$ref: ../components/schemas/Environment.yaml"));
    expect(refLine).toBeGreaterThan(0);
    lines[refLine] = lines[refLine]!.replace("Environment.yaml", "NoSuchSchema.yaml");
    await writeFile(file, lines.join("\n"));
    const before = await snapshot(join(copy, "generated"));

    const { code, output } = await runScript("generate.js");

    expect(code).toBe(1);
    expect(output).toContain(
      `openapi/paths/environments_{environmentID}.yaml:${refLine + 1}:${lines[refLine]!.indexOf("$ref") + 1} [no-unresolved-refs] error: Can't resolve $ref`,
    );
    expect(output).toContain("NoSuchSchema.yaml");
    expect(await snapshot(join(copy, "generated"))).toEqual(before);
  });

  it("fails on a YAML syntax error in the root document with its line and column, not a stack trace", async () => {
    const file = join(copy, "openapi/openapi.yaml");
    const lines = (await readFile(file, "utf8")).split("\n");
    const pathsLine = lines.indexOf("paths:");
    lines.splice(pathsLine + 1, 0, "  broken: [");
    await writeFile(file, lines.join("\n"));

    const { code, output } = await runScript("generate.js");

    expect(code).toBe(1);
    expect(output).toMatch(/openapi\/openapi\.yaml:\d+:\d+ error: /);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("remembers examples that passed, yet fails again when a schema two $refs away breaks one", async () => {
    const first = await runScript("generate.js");
    expect(first.code, first.output).toBe(0);
    const cache = join(copy, "node_modules/.cache/pingone-client/examples.json");
    expect(Object.keys(JSON.parse(await readFile(cache, "utf8"))).length).toBeGreaterThan(100);

    // Environment.yaml reaches ResourceRef.yaml through `organization`; no file that names
    // Environment.yaml changes, only the schema at the end of the chain.
    const file = join(copy, "openapi/components/schemas/ResourceRef.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("    type: string\n    format: uuid", "    type: integer"));
    const { code, output } = await runScript("generate.js");

    expect(code).toBe(1);
    expect(output).toMatch(
      /openapi\/components\/examples\/Environment\w*\.yaml:\d+:\d+ \[no-invalid-media-type-examples\] error: Example value must conform to the schema: `id` property type must be integer/,
    );
  });

  it("regenerates a valid spec to exactly the committed files, and the drift check names a changed file", async () => {
    const before = await snapshot(join(copy, "generated"));
    const generated = await runScript("generate.js");
    expect(generated.code, generated.output).toBe(0);
    for (const step of ["lint", "bundle", "types", "format"])
      expect(generated.output).toMatch(new RegExp(`✓ ${step} +\\d+ ms`));
    expect(generated.output).toContain("generated/ already up to date");
    expect(await snapshot(join(copy, "generated"))).toEqual(before);

    expect((await runScript("check-generated.js")).code).toBe(0);
    await writeFile(join(copy, "generated/schema.ts"), `${before["schema.ts"]}\n// edited by hand\n`);
    const drift = await runScript("check-generated.js");
    expect(drift.code).toBe(1);
    expect(drift.output).toContain("generated/schema.ts differs");
    expect(drift.output).not.toContain("generated/openapi.json");
  });

  it("--watch prints located errors for a broken save, keeps running, and regenerates after the fix", async () => {
    const child = spawn(process.execPath, [join(ROOT, "scripts/generate.js"), "--root", copy, "--watch"]);
    let output = "";
    const waiters: { pattern: RegExp; from: number; resolve: () => void }[] = [];
    const check = () => {
      for (const w of [...waiters])
        if (w.pattern.test(output.slice(w.from))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
    };
    child.stdout.on("data", (chunk) => ((output += chunk), check()));
    child.stderr.on("data", (chunk) => ((output += chunk), check()));
    const next = (pattern: RegExp) =>
      new Promise<void>((resolve) => {
        waiters.push({ pattern, from: output.length, resolve });
        check();
      });
    try {
      await next(/Watching openapi\//);
      const broken = next(LOCATED);
      const { file, original } = await breakSpec();
      await broken;
      expect(child.exitCode).toBeNull();
      const before = await snapshot(join(copy, "generated"));
      const fixed = next(/already up to date|swapped into generated/);
      await writeFile(file, original);
      await fixed;
      expect(await snapshot(join(copy, "generated"))).toEqual(before);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGINT");
    }
  });
});
