// The compile-time files in test/types/operations/ only prove something if they keep up with
// the spec: together they call every operation. One file per domain keeps them readable.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operations } from "./support/spec.ts";

const dir = new URL("./types/operations/", import.meta.url);
const calls = readdirSync(dir)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => readFileSync(new URL(name, dir), "utf8"))
  .join("\n");

describe("test/types/operations/", () => {
  it("calls every operation of the spec", () => {
    const missing = operations()
      .filter(
        ({ method, path }) =>
          !new RegExp(`client\\.${method.toUpperCase()}\\(\\s*"${path.replace(/[{}]/g, "\\$&")}"`).test(calls),
      )
      .map(({ method, path, operationId }) => `${operationId} (${method.toUpperCase()} ${path})`);
    expect(missing).toEqual([]);
  });
});
