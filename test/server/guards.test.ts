// Strict mode (unsigned IAM-authorised calls refused as AWS refuses them) and the control token that
// guards /_mock/... when the server is reachable from other machines.
import { afterEach, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { serve, isLoopback } from "../../src/cli/serve.js";
import { createCognitoMock } from "../../src/index.js";
import type { RunningServer } from "../../src/server/server.js";

const running: RunningServer[] = [];
afterEach(async () => { await Promise.all(running.splice(0).map((r) => r.close())); });

async function start(o: Partial<Parameters<typeof serve>[0]> = {}) {
  const s = await serve({ host: "127.0.0.1", port: 0, region: "us-east-1", scenario: "default", ...o });
  running.push(s.running);
  return { ...s, url: s.running.url.replace("0.0.0.0", "127.0.0.1"), pool: (s.applied.info as { userPoolId: string }).userPoolId, clientId: (s.applied.info as { clientId: string }).clientId };
}

const unsigned = (url: string, op: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${op}`, ...headers }, body: JSON.stringify(body) });

describe("strict mode", () => {
  it("refuses an unsigned Admin call with MissingAuthenticationTokenException and changes nothing", async () => {
    const { url, pool } = await start({ strict: true });
    const res = await unsigned(url, "AdminDeleteUser", { UserPoolId: pool, Username: "demo" });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-amzn-errortype")).toMatch(/^MissingAuthenticationTokenException/);
    expect(await res.json()).toEqual({ __type: "MissingAuthenticationTokenException", message: "Request is missing Authentication Token" });
    // an SDK signs: the same call goes through, and the user was still there to delete
    const sdk = new C.CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s" }, maxAttempts: 1 });
    await sdk.send(new C.AdminDeleteUserCommand({ UserPoolId: pool, Username: "demo" }));
    sdk.destroy();
  });

  it("checks before reading the body, and leaves the public operations (sign-in, sign-up) open", async () => {
    const { url, clientId } = await start({ strict: true });
    const res = await unsigned(url, "ListUserPools", "not json");
    expect((await res.json()).__type).toBe("MissingAuthenticationTokenException");
    const signIn = await unsigned(url, "InitiateAuth", { ClientId: clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "demo", PASSWORD: "Passw0rd!demo" } });
    expect(signIn.status).toBe(200);
    expect((await signIn.json()).AuthenticationResult.AccessToken).toBeTruthy();
  });

  it("is off by default: unsigned Admin calls are answered (most test set-ups send them)", async () => {
    const { url, pool } = await start();
    const res = await unsigned(url, "AdminGetUser", { UserPoolId: pool, Username: "demo" });
    expect(res.status).toBe(200);
  });

  it("applies to MSW too, where the transport passes the header; mock.call() counts as signed", async () => {
    const mock = createCognitoMock({ requireSignature: true, scenario: "default", seed: "strict" });
    const { userPoolId } = (await mock.ready()).info as { userPoolId: string };
    const body = JSON.stringify({ UserPoolId: userPoolId, Username: "demo" });
    const refused = await mock.dispatch("AWSCognitoIdentityProviderService.AdminGetUser", body, undefined, { authorization: null });
    expect(JSON.parse(refused.body).__type).toBe("MissingAuthenticationTokenException");
    const signed = await mock.dispatch("AWSCognitoIdentityProviderService.AdminGetUser", body, undefined, { authorization: "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261122/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00" });
    expect(signed.status).toBe(200);
    await expect(mock.call("AdminGetUser", { UserPoolId: userPoolId, Username: "demo" })).resolves.toMatchObject({ Username: "demo" });
  });
});

describe("control token", () => {
  it("without it, control requests get 401 and change nothing; with it (header or ?token=) they work", async () => {
    const { url, pool } = await start({ controlToken: "s3cret-token" });
    for (const [method, path] of [["GET", "/_mock/state"], ["GET", "/_mock/outbox"], ["POST", "/_mock/reset"], ["GET", "/_mock/"], ["DELETE", "/_mock/rules"]]) {
      const res = await fetch(url + path, { method });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    expect((await fetch(`${url}/_mock/state`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    // the refused reset did not reset: a user made before it is still there
    const made = await unsigned(url, "AdminCreateUser", { UserPoolId: pool, Username: "kept", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "kept@example.com" }] });
    expect(made.status, await made.clone().text()).toBe(200);
    await fetch(`${url}/_mock/reset`, { method: "POST" });
    const state = await (await fetch(`${url}/_mock/state`, { headers: { authorization: "Bearer s3cret-token" } })).json() as { pools: { users: { username: string }[] }[] };
    expect(state.pools[0].users.map((u) => u.username)).toContain("kept");
    expect((await fetch(`${url}/_mock/outbox`, { headers: { "x-mock-control-token": "s3cret-token" } })).status).toBe(200);
    const page = await fetch(`${url}/_mock/?token=s3cret-token`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<script>");
    // Cognito calls themselves need no control token
    expect((await unsigned(url, "AdminGetUser", { UserPoolId: pool, Username: "demo" })).status).toBe(200);
  });

  it("is chosen at random when the server listens beyond loopback and none is given", async () => {
    const s = await start({ host: "0.0.0.0" });
    expect(s.controlToken).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetch(`${s.url}/_mock/state`)).status).toBe(401);
    expect((await fetch(`${s.url}/_mock/state?token=${s.controlToken}`)).status).toBe(200);
    const local = await start();
    expect(local.controlToken).toBeUndefined();
    expect((await fetch(`${local.url}/_mock/state`)).status).toBe(200);
  });

  it("knows what loopback is", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]) expect(isLoopback(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.168.1.10", "example.com", "128.0.0.1"]) expect(isLoopback(h), h).toBe(false);
  });
});
