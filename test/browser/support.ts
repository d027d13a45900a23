// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, and the example app served
// by Vite, for the browser suite (npm run test:browser).
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

export async function serveExample(): Promise<{ url: string; server: ViteDevServer }> {
  const root = path.resolve(import.meta.dirname, "../../examples/browser-app");
  const server = await createServer({ configFile: path.join(root, "vite.config.ts"), server: { port: 0 } });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  return { url: `http://localhost:${address.port}`, server };
}
