// A passkey in real Chromium with its virtual authenticator (DevTools protocol): Amplify registers one
// while signed in (StartWebAuthnRegistration / CompleteWebAuthnRegistration), then signs in with it
// alone (USER_AUTH, WEB_AUTHN). The mock verifies the attestation and the assertion for real.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { launch, serveExample } from "./support.js";

let browser: Browser;
let vite: ViteDevServer;
let page: Page;

beforeAll(async () => {
  const served = await serveExample();
  vite = served.server;
  browser = await launch();
  page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") console.error("[page]", m.text()); });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto(`${served.url}/?cognito-scenario=example-passkey-app`);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "ready", undefined, { timeout: 30_000 });
}, 60_000);
afterAll(async () => { await browser?.close(); await vite?.close(); });

async function status(want: string) {
  try {
    await page.waitForFunction((w) => document.getElementById("status")?.textContent === w, want, { timeout: 20_000 });
  } catch (e) {
    throw new Error(`waited for status "${want}", page shows "${await page.textContent("#status")}"`, { cause: e });
  }
}

describe("passkeys in Chromium", () => {
  it("registers a passkey after a password sign-in, then signs in with the passkey alone", async () => {
    expect(await page.textContent("#scenario")).toBe("example-passkey-app");
    await page.click("#signin");
    await status("signed in");
    await page.click("#passkey-register");
    await status("passkey registered");
    await page.click("#signout");
    await status("signed out");
    await page.click("#passkey-signin");
    await status("signed in");
    expect(await page.textContent("#tokens")).toContain('"email": "ada@example.com"');
  });
});
