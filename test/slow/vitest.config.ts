// The slow tier: whole programs and toolchains in subprocesses (the pipeline, the examples,
// packing, type-checking code samples). `npm run test:slow` runs it; `.ci/run` calls it
// through `npm run test:all`. Timings here vary with the machine, so no test asserts one.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/slow/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
