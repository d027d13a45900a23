import { defineConfig } from "vitest/config";

// The slower suite: real Chromium against the example app and the server's inspector page.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
