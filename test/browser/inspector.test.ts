// The standalone server's inspector page in real Chromium: it shows the pool, its users and the outbox,
// confirms a user, and resets.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import type { Browser, Page } from "playwright-core";
import { launch } from "./support.js";

const root = path.resolve(import.meta.dirname, "../..");
let child: ChildProcess;
let url = "";
let banner = "";
let browser: Browser;
let page: Page;

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "serve", "--port", "0", "--scenario", "default"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${banner}`)), 20_000);
    child.stdout!.on("data", (d: Buffer) => {
      banner += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(banner);
      if (m) { url = m[1]; clearTimeout(timer); resolve(); }
    });
  });
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${url}/_mock/`);
  await page.waitForSelector("body[data-ready=true]");
}, 60_000);
afterAll(async () => { await browser?.close(); child?.kill("SIGTERM"); });

const value = (label: string) => new RegExp(`${label}\\s+(\\S+)`).exec(banner)![1];
const sdk = () => new C.CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });

describe("inspector page", () => {
  it("shows the scenario's pool, client and user", async () => {
    expect(await page.textContent("#active-scenarios")).toBe("default");
    expect(await page.textContent("#pools")).toContain(value("userPoolId"));
    expect(await page.textContent("#pools")).toContain(value("clientId"));
    expect(await page.textContent('tr[data-username="demo"] .status')).toBe("CONFIRMED");
  });

  it("shows a sign-up's code in the outbox and confirms the user with a click", async () => {
    const client = sdk();
    await client.send(new C.SignUpCommand({ ClientId: value("clientId"), Username: "newbie", Password: "Corr3ct!horse", UserAttributes: [{ Name: "email", Value: "newbie@example.com" }] }));
    await page.click("#refresh");
    await page.waitForSelector('tr[data-username="newbie"] button[data-action=confirm]');
    expect(await page.textContent("#outbox")).toMatch(/SIGN_UP\s*[0-9]{6}/);
    await page.click('tr[data-username="newbie"] button[data-action=confirm]');
    await page.waitForFunction(() => document.querySelector('tr[data-username="newbie"] .status')?.textContent === "CONFIRMED");
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId: value("userPoolId"), Username: "newbie" }))).UserStatus).toBe("CONFIRMED");
    await page.click('tr[data-username="newbie"] button[data-action=disable]');
    await page.waitForSelector('tr[data-username="newbie"] button[data-action=enable]');
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId: value("userPoolId"), Username: "newbie" }))).Enabled).toBe(false);
    client.destroy();
  });

  it("resets to the scenario", async () => {
    await page.click("#reset");
    await page.waitForFunction(() => !document.querySelector('tr[data-username="newbie"]'));
    expect(await page.$$eval("table.users tr[data-username]", (rows) => rows.map((r) => r.getAttribute("data-username")))).toEqual(["demo"]);
  });
});
