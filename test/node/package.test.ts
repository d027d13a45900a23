// The package as a user installs it: imported by name from a fresh Node process, which resolves the
// bundled entries in dist/esm (npm install builds them through `prepare`; after changing src/, run
// `npm run build`). The other tests import src/ directly, so only this file proves the bundle works.
import { execFileSync, spawn } from "node:child_process";
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const run = (code: string) => execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8", timeout: 30_000 });

describe("the built package", () => {
  it("is built (npm install runs the build; after editing src/, npm run build)", () => {
    for (const f of ["dist/esm/index.js", "dist/esm/node.js", "dist/esm/contract.js", "dist/esm/cli/bin.js", "dist/src/index.d.ts", "dist/src/browser/index.js"]) {
      expect(fs.existsSync(path.join(root, f)), f).toBe(true);
    }
  });

  it('"cognito-idp-mock" resolves to the bundle, seeds a scenario and signs a user in', () => {
    const out = JSON.parse(run(`
      import { createCognitoMock } from "cognito-idp-mock";
      const mock = createCognitoMock({ scenario: "default" });
      const { info } = await mock.ready();
      const r = await mock.call("InitiateAuth", { ClientId: info.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "demo", PASSWORD: "Passw0rd!demo" } });
      console.log(JSON.stringify({ resolved: import.meta.resolve("cognito-idp-mock"), token: r.AuthenticationResult.AccessToken.split(".").length }));
    `));
    expect(out.resolved).toMatch(/\/dist\/esm\/index\.js$/);
    expect(out.token).toBe(3);
  });

  it('"cognito-idp-mock/node" answers the AWS SDK through the application\'s own msw', () => {
    const out = run(`
      import { setupCognitoMock } from "cognito-idp-mock/node";
      import * as C from "@aws-sdk/client-cognito-identity-provider";
      const cognito = setupCognitoMock({ scenario: "default", onUnhandledRequest: "error" });
      cognito.start();
      const { info } = await cognito.mock.ready();
      const client = new C.CognitoIdentityProviderClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } });
      const user = await client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId, Username: "demo" }));
      const e = await client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId, Username: "nobody" })).catch((x) => x);
      cognito.stop();
      console.log(user.UserStatus, e.name);
    `);
    expect(out.trim()).toBe("CONFIRMED UserNotFoundException");
  });

  it('"cognito-idp-mock/contract" validates an exchange', () => {
    const out = run(`
      import { validateRequest } from "cognito-idp-mock/contract";
      console.log(validateRequest("AdminGetUser", { UserPoolId: "bad" }).map((v) => v.rule).join(","));
    `);
    expect(out).toMatch(/required|pattern/);
  });

  it("the installed command runs the bundled CLI", () => {
    const list = JSON.parse(execFileSync(process.execPath, ["bin/cognito-idp-mock.js", "scenarios", "--json"], { cwd: root, encoding: "utf8" })) as { name: string }[];
    expect(list.map((s) => s.name)).toContain("totp-mfa");
  });

  // tokens are signed on libuv's pool, which Node caps at 4 threads unless told otherwise
  it.runIf(process.platform === "linux")("the installed command sizes the signing thread pool to the machine, unless UV_THREADPOOL_SIZE says otherwise", async () => {
    const poolThreads = async (env: NodeJS.ProcessEnv) => {
      const child = spawn(process.execPath, ["bin/cognito-idp-mock.js", "serve", "--port", "0", "--scenario", "default"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
      try {
        let banner = "";
        await new Promise<void>((resolve, reject) => {
          child.stdout!.on("data", (d: Buffer) => { banner += d; if (/listening on http:\/\/\S+\n/.test(banner) && /clientId\s+\S+\n/.test(banner)) resolve(); });
          child.once("exit", (code) => reject(new Error(`exited ${code}`)));
        });
        const url = /listening on (http:\/\/\S+)/.exec(banner)![1];
        const clientId = /clientId\s+(\S+)/.exec(banner)![1];
        const r = await fetch(url, { method: "POST", headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth" }, body: JSON.stringify({ ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "demo", PASSWORD: "Passw0rd!demo" } }) });
        expect(r.status).toBe(200);
        return fs.readdirSync(`/proc/${child.pid}/task`).filter((t) => fs.readFileSync(`/proc/${child.pid}/task/${t}/comm`, "utf8").trim() === "libuv-worker").length;
      } finally { child.kill(); }
    };
    const { UV_THREADPOOL_SIZE: _, ...env } = process.env;
    expect(await poolThreads(env)).toBe(Math.max(4, os.availableParallelism()));
    expect(await poolThreads({ ...env, UV_THREADPOOL_SIZE: "3" })).toBe(3);
  });
});
