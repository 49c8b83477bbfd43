// The browser tests need Chromium and a built build/docs/, so they have their own command
// (`npm run test:browser`); their `.browser.ts` names keep the main `vitest run` off them.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/browser/**/*.browser.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
