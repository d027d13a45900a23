// The example app: Vite serving a plain TypeScript page that uses Amplify v6 against the mock running
// in an MSW service worker. MSW's worker script is served straight from node_modules (a copy in
// public/ would go stale when msw is upgraded).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

const mswWorker = (): Plugin => ({
  name: "msw-worker",
  configureServer(server) {
    server.middlewares.use("/mockServiceWorker.js", (_req, res) => {
      res.setHeader("content-type", "text/javascript");
      res.end(fs.readFileSync(path.join(root, "node_modules/msw/lib/mockServiceWorker.js")));
    });
  },
});

export default defineConfig({
  root: here,
  plugins: [mswWorker()],
  resolve: { alias: { "cognito-idp-mock/browser": path.join(root, "src/browser/index.ts") } },
  server: { host: "127.0.0.1", strictPort: false },
  logLevel: "warn",
});
