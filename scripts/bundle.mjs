// After tsc: one ESM bundle per Node entry point (with shared chunks), so that importing the package
// loads a handful of files instead of ~370 modules: a cold `import` + createCognitoMock drops from
// ~300 ms to ~130 ms. dist/src stays as tsc wrote it: types, and the browser entry for users' bundlers.
// msw stays external (handlers must come from the app's own msw), and so do the lazily loaded heavy
// dependencies (faker, passkeys, certificates), which would only slow the bundle down.
import { build } from "esbuild";

await build({
  entryPoints: {
    index: "dist/src/index.js",
    node: "dist/src/node/index.js",
    contract: "dist/src/contract/index.js",
    "cli/bin": "dist/src/cli/bin.js",
  },
  outdir: "dist/esm",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node22",
  external: ["msw", "msw/*", "@mswjs/*", "@faker-js/faker", "@simplewebauthn/server", "@peculiar/x509", "reflect-metadata"],
  logLevel: "warning",
});
