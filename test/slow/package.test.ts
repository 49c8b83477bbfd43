// The published package, end to end: a clean build of a copy of the project is packed, the
// tarball's contents are checked, and a fresh ESM project installs it, type-checks a consumer
// with TypeScript 5.9 and runs it against the simulator from pingone-client/testing.
// .ci/package does the same with TypeScript 7 too, plus publint and attw.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildAndPack,
  contentProblems,
  createConsumer,
  runConsumer,
  typeCheck,
  type BeforePeers,
  type Packed,
} from "../support/consumer.ts";
import { compileCase, writeCases } from "../../bench/typecheck.ts";
import { AJV_MISSING } from "../../src/testing/ajv.ts";
import { tscPath } from "../support/toolchain.ts";

const workDir = mkdtempSync(join(tmpdir(), "pingone-package-"));
const consumer = join(workDir, "consumer");
let packed: Packed;
let before: BeforePeers;

beforeAll(() => {
  packed = buildAndPack(workDir);
  before = createConsumer(consumer, packed.tarball);
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("npm pack", () => {
  it("ships the built entry points, declarations and the bundled description, and nothing else", () => {
    expect(contentProblems(packed.files)).toEqual([]);
    // The check is not vacuous: the staged copy held all of these, and each would be caught.
    for (const extra of [
      "src/index.ts",
      "test/package.test.ts",
      "openapi/openapi.yaml",
      "dist/src/index.js.map",
      "tsconfig.json",
    ]) {
      expect(contentProblems([...packed.files, extra]), extra).not.toEqual([]);
    }
  });
});

describe("a fresh ESM project that installs the tarball", () => {
  it("gets openapi-fetch as the only runtime dependency (and nothing of the simulator's)", () => {
    expect(before.runtimeDependencies).toEqual(["openapi-fetch"]);
    // openapi-fetch's own type helpers come with it; ajv does not.
    expect(before.installed.sort()).toEqual(["openapi-fetch", "openapi-typescript-helpers"]);
  });

  it("is told in one line what to install when it starts the simulator without ajv", () => {
    expect(before.testingWithoutAjv.code).not.toBe(0);
    expect(before.testingWithoutAjv.output).toContain(AJV_MISSING);
  });

  it("type-checks a consumer of pingone-client and pingone-client/testing with TypeScript 5.9", () => {
    const { code, output } = typeCheck(consumer, tscPath("5.9.3"), true);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("compiles the type-check benchmark's cases (every operation, typed and as any), which npm run bench times", () => {
    const cases = writeCases(consumer);
    expect(cases).toEqual(["ops", "ops-any"]);
    for (const name of cases) expect(() => compileCase(consumer, tscPath("5.9.3"), name)).not.toThrow();
  });

  it("runs it: the simulator starts and the client reads the admin environment through it", () => {
    const { code, output } = runConsumer(consumer);
    const line = output.split("\n").find((l) => l.startsWith("CONSUMER "));
    expect(line, output).toBeDefined();
    const result = JSON.parse(line!.slice("CONSUMER ".length));
    expect(result).toMatchObject({
      name: expect.any(String),
      correlationId: "string",
      notFound: 404,
      specVersion: "3.1.0",
    });
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.count).toBeGreaterThanOrEqual(1);
    expect(code, output).toBe(0);
  });
});
