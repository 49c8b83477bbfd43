import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test needs Chromium and has its own command (npm run test:browser).
    exclude: ["test/browser/**", "node_modules/**"],
    testTimeout: 20_000,
  },
});
