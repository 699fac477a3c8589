import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Rebuilds dist/ when a source file is newer, for the tests that run the built app.
    globalSetup: ["tests/global-setup.ts"],
    // End-to-end tests start real servers on loopback; give them room on a busy 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
