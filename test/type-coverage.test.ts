// The compile-time files in test/types/ only prove something if they keep up with the spec.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operations } from "./support/spec.ts";

const calls = readFileSync(new URL("./types/operations.ts", import.meta.url), "utf8");

describe("test/types/operations.ts", () => {
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
