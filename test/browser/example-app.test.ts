// The example app in real Chromium: sign up, confirm with the code from the outbox, sign in with
// Amplify v6 (SRP), set up TOTP, answer a TOTP challenge, see the tokens, sign out. All through the
// MSW service worker; the page makes no request to AWS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { authenticatorCode } from "../support/totp.js";
import { launch, serveExample } from "./support.js";

let browser: Browser;
let vite: ViteDevServer;
let url: string;
let page: Page;
const awsRequests: string[] = [];
const answered: string[] = [];

beforeAll(async () => {
  ({ url, server: vite } = await serveExample());
  browser = await launch();
  page = await browser.newPage();
  // every Cognito answer must come from the service worker, none from the network
  page.on("response", (r) => { if (r.url().includes("amazonaws.com")) (r.fromServiceWorker() ? answered : awsRequests).push(r.url()); });
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById("status")?.textContent === "ready", undefined, { timeout: 30_000 });
}, 60_000);
afterAll(async () => { await browser?.close(); await vite?.close(); });

const status = async (want: string | RegExp) => {
  await page.waitForFunction((w) => {
    const t = document.getElementById("status")?.textContent ?? "";
    return w.startsWith("/") ? new RegExp(w.slice(1, -1)).test(t) : t === w;
  }, typeof want === "string" ? want : want.toString(), { timeout: 20_000 });
};

describe("example app in Chromium", () => {
  it("signs up, confirms, sets up TOTP, signs in with a TOTP code, shows tokens, signs out", async () => {
    await page.click("#signup");
    await status("sign-up: CONFIRM_SIGN_UP");
    await page.waitForFunction(() => /^[0-9]{6}$/.test(document.getElementById("outbox-code")?.textContent ?? ""));
    await page.fill("#code", (await page.textContent("#outbox-code"))!);
    await page.click("#confirm");
    await status("confirmed");

    await page.click("#signin");
    await status("CONTINUE_SIGN_IN_WITH_TOTP_SETUP");
    const secret = (await page.textContent("#totp-secret"))!;
    expect(secret).toMatch(/^[A-Z2-7]{52}$/);
    await page.fill("#totp-code", authenticatorCode(secret, Date.now()));
    await page.click("#totp-submit");
    await status("signed in");
    expect(await page.textContent("#tokens")).toContain('"email": "ada@example.com"');

    await page.click("#signout");
    await status("signed out");
    await page.click("#signin");
    await status("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
    // the set-up code is spent for its 30 s step; the next step's code is inside the ±30 s window
    await page.fill("#totp-code", authenticatorCode(secret, Date.now() + 30_000));
    await page.click("#totp-submit");
    await status("signed in");
    await page.click("#signout");
    await status("signed out");
    expect(awsRequests).toEqual([]);
    expect(answered.length).toBeGreaterThan(8);
  });

  it("a wrong TOTP code is refused with Cognito's error", async () => {
    await page.click("#signin");
    await status("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
    await page.fill("#totp-code", "000000");
    await page.click("#totp-submit");
    await status(/^error: CodeMismatchException/);
  });
});
