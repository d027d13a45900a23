// After tsc: one ESM bundle per Node entry point (with shared chunks), so that importing the package
// loads a handful of files instead of ~370 modules: a cold `import` + createCognitoMock drops from
// ~300 ms to ~130 ms. dist/src stays as tsc wrote it: types, and the browser entry for users' bundlers.
// msw stays external (handlers must come from the app's own msw), and so do the lazily loaded heavy
// dependencies (faker, passkeys, certificates), which would only slow the bundle down.
import fs from "node:fs";
import { build } from "esbuild";

// msw takes ~110 ms to import, more than the rest of the package together, and a mock driven through
// dispatch/call or the standalone server's direct path never needs it. In the Node bundle, `import ... from
// "msw"` becomes a module that requires msw (Node >= 22.12 requires ESM synchronously, and hands back the
// very module instance an app's own `import "msw"` gets) the first time a handler is built. esbuild fails
// the build if the code imports a name this module does not export.
const lazyMsw = {
  name: "lazy-msw",
  setup(b) {
    b.onResolve({ filter: /^msw$/ }, () => ({ path: "msw", namespace: "lazy-msw" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-msw" }, () => ({
      contents: `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
let loaded;
const msw = () => (loaded ??= require("msw"));
export const http = new Proxy({}, { get: (_, method) => msw().http[method] });
export const getResponse = (...args) => msw().getResponse(...args);
`,
      loader: "js",
      resolveDir: process.cwd(),
    }));
  },
};

// chunk names are content hashes: clear the previous build's
fs.rmSync("dist/esm", { recursive: true, force: true });

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
  plugins: [lazyMsw],
  logLevel: "warning",
});
