// The standalone server over real HTTP: the CLI as a process, the AWS SDK, awscli when installed.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";

const root = path.resolve(import.meta.dirname, "../..");
let child: ChildProcess;
let url = "";
let banner = "";

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "serve", "--port", "0", "--scenario", "default"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${banner}`)), 15_000);
    child.stdout!.on("data", (d: Buffer) => {
      banner += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(banner);
      if (m) { url = m[1]; clearTimeout(timer); resolve(); }
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${banner}`)));
  });
}, 20_000);
afterAll(() => { child?.kill("SIGTERM"); });

const demoValue = (label: string) => new RegExp(`${label}\\s+(\\S+)`).exec(banner)![1];
const sdk = () => new C.CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s" }, maxAttempts: 1 });

describe("cognito-idp-mock serve", () => {
  it("binds loopback by default and prints the demo pool, client and credentials", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demoValue("userPoolId")).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    expect(demoValue("clientId")).toMatch(/^[a-z0-9]{26}$/);
    expect(/user\s+demo \/ (\S+)/.exec(banner)?.[1]).toBe("Passw0rd!demo");
    expect(banner).toContain("scenario default ready:");
  });

  it("answers the AWS SDK (SigV4-signed) with the demo state", async () => {
    const client = sdk();
    const pool = demoValue("userPoolId");
    const user = await client.send(new C.AdminGetUserCommand({ UserPoolId: pool, Username: "demo@example.com" }));
    expect(user).toMatchObject({ Username: "demo", UserStatus: "CONFIRMED", Enabled: true });
    const e = await client.send(new C.DescribeUserPoolCommand({ UserPoolId: "us-east-1_missing1" })).catch((x: Error) => x);
    expect((e as Error).name).toBe("ResourceNotFoundException");
    client.destroy();
  });

  it("serves the control endpoints: state, outbox, reset (which seeds the active scenario again)", async () => {
    const client = sdk();
    const pool = demoValue("userPoolId");
    await client.send(new C.AdminCreateUserCommand({ UserPoolId: pool, Username: "temp", UserAttributes: [{ Name: "email", Value: "temp@example.com" }], DesiredDeliveryMediums: ["EMAIL"] }));
    const outbox = await (await fetch(`${url}/_mock/outbox`)).json() as { messages: { username: string; temporaryPassword?: string }[] };
    expect(outbox.messages.find((m) => m.username === "temp")?.temporaryPassword).toBeTruthy();
    const state = await (await fetch(`${url}/_mock/state`)).json() as { pools: { users: { username: string }[] }[] };
    expect(state.pools[0].users.map((u) => u.username)).toEqual(["demo", "temp"]);
    expect(JSON.stringify(state)).not.toContain(outbox.messages.find((m) => m.username === "temp")!.temporaryPassword!);
    const reset = await (await fetch(`${url}/_mock/reset`, { method: "POST" })).json() as { made: { userPoolId: string } };
    expect(reset.made.userPoolId).toBe(pool);
    const after = await client.send(new C.ListUsersCommand({ UserPoolId: pool }));
    expect(after.Users!.map((u) => u.Username)).toEqual(["demo"]);
    client.destroy();
  });

  it("answers unknown paths with 404 and oversized JSON with an AWS error, not a crash", async () => {
    expect((await fetch(`${url}/nothing-here`)).status).toBe(404);
    const bad = await fetch(url, { method: "POST", headers: { "x-amz-target": "AWSCognitoIdentityProviderService.ListUserPools" }, body: "{" });
    expect(bad.status).toBe(400);
    expect((await bad.json() as { __type: string }).__type).toBe("SerializationException");
  });

  it("refuses a body over 16 MiB with 413, answers a target naming no host with 400, and takes the region from the Host header", async () => {
    const raw = (target: string, headers: Record<string, string>, body: string | Buffer) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const u = new URL(url);
      const req = http.request({ host: u.hostname, port: u.port, method: "POST", path: target, headers: { "content-type": "application/x-amz-json-1.1", ...headers } }, (res) => {
        let text = "";
        res.on("data", (d) => { text += d; });
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on("error", reject);
      req.end(body);
    });
    const target = { "x-amz-target": "AWSCognitoIdentityProviderService.CreateUserPool" };
    const big = await raw("/", target, Buffer.alloc(17 * 1024 * 1024, 0x20)).catch((e: Error) => ({ status: 0, body: e.message }));
    // the server answers 413 as soon as the limit is passed; a client still sending may see the reset instead
    if (big.status !== 0) expect(big).toMatchObject({ status: 413, body: expect.stringContaining("SerializationException") });
    expect((await raw("//", target, "{}")).status).toBe(400);
    const made = await raw("/", { ...target, host: "cognito-idp.eu-west-2.amazonaws.com" }, JSON.stringify({ PoolName: "by-host" }));
    expect(made.status).toBe(200);
    expect(JSON.parse(made.body).UserPool.Id).toMatch(/^eu-west-2_/);
    const absolute = await raw("http://cognito-idp.ap-south-1.amazonaws.com/", target, JSON.stringify({ PoolName: "absolute" }));
    expect(JSON.parse(absolute.body).UserPool.Id).toMatch(/^ap-south-1_/);
  });

  it("switches scenarios and adds rules over HTTP", async () => {
    const client = sdk();
    const pool = demoValue("userPoolId");
    const added = await fetch(`${url}/_mock/rules`, { method: "POST", body: JSON.stringify({ operation: "AdminGetUser", error: { type: "TooManyRequestsException" }, times: 1 }) });
    expect(added.status).toBe(200);
    const throttled = await client.send(new C.AdminGetUserCommand({ UserPoolId: pool, Username: "demo" })).catch((e: Error) => e);
    expect([(throttled as Error).name, (throttled as Error).message]).toEqual(["TooManyRequestsException", "Rate exceeded"]);
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId: pool, Username: "demo" }))).Username).toBe("demo");
    const bad = await fetch(`${url}/_mock/rules`, { method: "POST", body: JSON.stringify({ operation: "AdminGetUser", error: { type: "CodeMismatchException" } }) });
    expect(bad.status).toBe(400);
    const unknown = await fetch(`${url}/_mock/scenario`, { method: "POST", body: JSON.stringify({ scenarios: ["no-such-scenario"] }) });
    expect(unknown.status).toBe(400);
    const view = await (await fetch(`${url}/_mock/scenario`)).json() as { scenarios: string[] };
    expect(view.scenarios).toEqual(["default"]);
    client.destroy();
  });

  it("lists the scenarios (cognito-idp-mock scenarios --json)", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "scenarios", "--json"], { cwd: root }).toString();
    const list = JSON.parse(out) as { name: string; kind: string; description: string; seeds: string; credentials: { username: string }[] }[];
    expect(list.length).toBeGreaterThanOrEqual(27);
    for (const name of ["default", "totp-mfa", "throttled", "users-100k"]) expect(list.map((s) => s.name)).toContain(name);
    for (const s of list) expect(s.description.length && s.seeds.length, s.name).toBeTruthy();
    expect(list.find((s) => s.name === "default")!.credentials[0].username).toBe("demo");
    const text = execFileSync(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "scenarios"], { cwd: root }).toString();
    expect(text).toContain("sign in: demo / Passw0rd!demo");
  });

  const hasAws = (() => { try { execFileSync("aws", ["--version"], { stdio: "ignore" }); return true; } catch { return false; } })();
  it.runIf(hasAws)("answers awscli (--endpoint-url)", () => {
    const out = execFileSync("aws", ["--endpoint-url", url, "cognito-idp", "list-users", "--user-pool-id", demoValue("userPoolId"), "--filter", 'email ^= "demo"', "--output", "json"], {
      env: { ...process.env, AWS_ACCESS_KEY_ID: "x", AWS_SECRET_ACCESS_KEY: "y", AWS_DEFAULT_REGION: "us-east-1", AWS_PAGER: "" },
    }).toString();
    expect((JSON.parse(out) as { Users: { Username: string }[] }).Users.map((u) => u.Username)).toEqual(["demo"]);
  });
});
