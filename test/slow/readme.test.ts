// Every TypeScript block of the README compiles against the real client: a user who copies
// one gets code that builds. Blocks that continue an earlier one may use `client`, `body`
// and `signal` without declaring them.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { typeCheck } from "../support/typecheck.ts";

const README = await readFile(new URL("../../README.md", import.meta.url), "utf8");
const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

function prelude(code: string): string {
  const lines: string[] = [];
  if (!/\bconst client\b/.test(code))
    lines.push('import type { PingOneClient } from "pingone-client";', "declare const client: PingOneClient;");
  lines.push(
    'declare const body: { name: string; region: "EU"; type: "SANDBOX" };',
    "declare const signal: AbortSignal;",
  );
  return lines.join("\n");
}

describe("README", () => {
  it("has TypeScript examples, and each one type-checks against the client", async () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const dir = await mkdtemp(join(tmpdir(), "pingone-readme-"));
    try {
      // Top-level await needs the examples to be ES modules under NodeNext.
      await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const files = await Promise.all(
        blocks.map(async (code, i) => {
          const file = join(dir, `block-${i + 1}.ts`);
          await writeFile(file, `${prelude(code)}\n${code}\nexport {};\n`);
          return file;
        }),
      );
      const errors = typeCheck(files);
      expect(Object.fromEntries([...errors].filter(([, e]) => e.length > 0))).toEqual({});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("opens with exactly two commands, the install line and a quick start, in under 10 kB", () => {
    const fenced = [...README.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
    expect(fenced[0]![2]!.trim().split("\n")).toEqual([
      "npm ci && npm run generate && npm run build && npm run docs",
      "npm test",
    ]);
    expect(fenced[1]![2]!.trim()).toBe("npm install pingone-client");
    expect(fenced[2]![1]).toBe("ts");
    expect(Buffer.byteLength(README)).toBeLessThan(10_000);
  });
});
