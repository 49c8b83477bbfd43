import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The slow tier (test/slow, `npm run test:slow`) and the browser test
    // (`npm run test:browser`) have their own commands.
    exclude: ["test/slow/**", "test/browser/**", "node_modules/**"],
    testTimeout: 20_000,
    // Test files share their worker's module cache: each would otherwise load the client,
    // the simulator and the bundled description anew. Files keep no state in modules.
    isolate: false,
  },
});
