// npm run bench: sizes and speeds worth watching. Numbers go into the README with the machine they
// ran on; they are never asserted in tests (machines here are shared and noisy).
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { build } from "esbuild";
import * as validators from "../generated/validators.js";
import { createCognitoMock } from "../src/index.js";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The browser entry as an app would bundle it: minified, msw left to the app, lazy chunks apart. */
async function browserBundle() {
  const r = await build({ entryPoints: ["src/browser/index.ts"], bundle: true, minify: true, format: "esm", platform: "browser", write: false, external: ["msw", "msw/*"], splitting: true, outdir: "bench/.out", metafile: true });
  let entry = 0, faker = 0, other = 0;
  for (const f of r.outputFiles) {
    const gz = gzipSync(f.contents).length;
    const inputs = Object.keys(r.metafile.outputs[path.relative(process.cwd(), f.path)]?.inputs ?? {});
    if (f.path.endsWith("index.js")) entry = gz;
    else if (inputs.some((i) => i.includes("@faker-js"))) faker += gz;
    else other += gz;
  }
  console.log(`browser entry (cognito-idp-mock/browser, validators included, msw excluded): ${kb(entry)} gzip`);
  console.log(`  loaded only when used: faker (data scenarios) ${kb(faker)} gzip; passkeys and certificates ${kb(other)} gzip`);
}

async function sizes() {
  const raw = fs.readFileSync("generated/validators.js");
  const min = await build({ entryPoints: ["generated/validators.js"], bundle: true, minify: true, format: "esm", write: false, platform: "browser" });
  const m = min.outputFiles[0].contents;
  console.log(`validators: ${kb(raw.length)} raw, ${kb(gzipSync(raw).length)} gzip; minified ${kb(m.length)}, ${kb(gzipSync(m).length)} gzip`);
}

function rate(label: string, fn: () => unknown, seconds = 1) {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const end = performance.now() + (seconds * 1000) / 5;
    while (performance.now() < end) { for (let i = 0; i < 100; i++) fn(); n += 100; }
    runs.push(n / (seconds / 5));
  }
  console.log(`${label}: ${Math.round(median(runs)).toLocaleString("en")} /s (median of 5)`);
}

async function asyncRate(label: string, fn: () => Promise<unknown>, count = 3000) {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (let i = 0; i < count; i++) await fn();
    runs.push(count / ((performance.now() - t) / 1000));
  }
  console.log(`${label}: ${Math.round(median(runs)).toLocaleString("en")} /s (median of 5)`);
}

async function engine() {
  const mock = createCognitoMock({ seed: "bench" });
  const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "bench" });
  for (let i = 0; i < 1000; i++) {
    await mock.call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: `user${i}`, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: `user${i}@example.com` }] });
  }
  const body = JSON.stringify({ UserPoolId: UserPool.Id, Username: "user500" });
  await asyncRate("engine AdminGetUser (dispatch, in process, 1,000-user pool)", () => mock.dispatch("AWSCognitoIdentityProviderService.AdminGetUser", body));
  const list = JSON.stringify({ UserPoolId: UserPool.Id, Limit: 60 });
  await asyncRate("engine ListUsers Limit 60 (dispatch, in process)", () => mock.dispatch("AWSCognitoIdentityProviderService.ListUsers", list), 500);
  const t = performance.now();
  await mock.call("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "user1", Password: "Passw0rd!x", Permanent: true });
  console.log(`AdminSetUserPassword (hash + SRP verifier): ${(performance.now() - t).toFixed(1)} ms`);
}

/** CPU ms of this process's main thread and of its libuv pool threads, where /proc tells (Linux). */
function threadCpu(): { main: number; pool: number } | undefined {
  try {
    let main = 0, pool = 0;
    for (const t of fs.readdirSync("/proc/self/task")) {
      const stat = fs.readFileSync(`/proc/self/task/${t}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms
      if (Number(t) === process.pid) main += ms;
      else if (stat.includes("(libuv-worker)")) pool += ms;
    }
    return { main, pool };
  } catch { return undefined; }
}

async function signIns() {
  const mock = createCognitoMock({ seed: "bench-auth" });
  const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "auth" });
  const { UserPoolClient } = await mock.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "c", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"] });
  await mock.call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "u", MessageAction: "SUPPRESS" });
  await mock.call("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "u", Password: "Passw0rd!x", Permanent: true });
  const ClientId = UserPoolClient.ClientId;
  const pw = JSON.stringify({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "u", PASSWORD: "Passw0rd!x" } });
  const timesPw: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const r = await mock.dispatch("AWSCognitoIdentityProviderService.InitiateAuth", pw);
    timesPw.push(performance.now() - t);
    if (r.status !== 200) throw new Error(r.body);
  }
  console.log(`USER_PASSWORD_AUTH sign-in, server time: ${median(timesPw).toFixed(2)} ms (median of 200; two RS256 signatures + JWE refresh token)`);
  // throughput, 16 at a time, against the machine's signing rate measured the same way (node:crypto's
  // thread pool, as the mock signs): how much a sign-in costs beyond its two signatures
  const nodeCrypto = await import("node:crypto");
  const { privateKey } = nodeCrypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
  const data = Buffer.from("x".repeat(900));
  const at16 = async (fn: () => Promise<unknown>) => {
    const end = performance.now() + 2000;
    let n = 0;
    await Promise.all(Array.from({ length: 16 }, async () => { while (performance.now() < end) { await fn(); n++; } }));
    return n / 2;
  };
  await at16(() => mock.dispatch("AWSCognitoIdentityProviderService.InitiateAuth", pw)); // warm-up (JIT)
  const sigRates: number[] = [], signInRates: number[] = [], mainMs: number[] = [], poolMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    sigRates.push(await at16(() => new Promise((res, rej) => nodeCrypto.sign("sha256", data, privateKey, (e, sig) => (e ? rej(e) : res(sig))))));
    const before = threadCpu();
    const rate = await at16(() => mock.dispatch("AWSCognitoIdentityProviderService.InitiateAuth", pw));
    const after = threadCpu();
    signInRates.push(rate);
    if (before && after) { mainMs.push((after.main - before.main) / (rate * 2)); poolMs.push((after.pool - before.pool) / (rate * 2)); }
  }
  const [sigs, signIns] = [median(sigRates), median(signInRates)];
  console.log(`USER_PASSWORD_AUTH sign-ins/s, 16 at a time: ${Math.round(signIns)}; RS256 signatures/s the same way: ${Math.round(sigs)} (at most ${Math.round(sigs / 2)} sign-ins/s): ${Math.round((signIns / (sigs / 2)) * 100)}% of the signing bound`);
  if (mainMs.length) console.log(`  CPU per sign-in: main thread ${median(mainMs).toFixed(3)} ms, signing threads ${median(poolMs).toFixed(3)} ms (from /proc)`);

  // SRP: the client's maths (amazon-cognito-identity-js) run outside the timed part
  const { default: AuthenticationHelper } = await import("amazon-cognito-identity-js/lib/AuthenticationHelper.js" as string) as { default: new (pool: string) => any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const { default: BigInteger } = await import("amazon-cognito-identity-js/lib/BigInteger.js" as string) as { default: new (v: string, r: number) => unknown };
  const { createHmac } = await import("node:crypto");
  const poolName = UserPool.Id.split("_")[1];
  const timesSrp: number[] = [];
  for (let i = 0; i < 30; i++) {
    const helper = new AuthenticationHelper(poolName);
    const A: string = await new Promise((res) => helper.getLargeAValue((_e: unknown, a: { toString(r: number): string }) => res(a.toString(16))));
    let t = performance.now();
    const start = await mock.dispatch("AWSCognitoIdentityProviderService.InitiateAuth", JSON.stringify({ ClientId, AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME: "u", SRP_A: A } }));
    let server = performance.now() - t;
    const p = JSON.parse(start.body).ChallengeParameters;
    const key: number[] = await new Promise((res) => helper.getPasswordAuthenticationKey(p.USER_ID_FOR_SRP, "Passw0rd!x", new BigInteger(p.SRP_B, 16), new BigInteger(p.SALT, 16), (_e: unknown, k: number[]) => res(k)));
    const timestamp = new Date().toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_m, d, day, mon, y, time) => `${d} ${mon} ${Number(day)} ${time} UTC ${y}`);
    const sig = createHmac("sha256", Buffer.from(key)).update(Buffer.concat([Buffer.from(poolName), Buffer.from(p.USER_ID_FOR_SRP), Buffer.from(p.SECRET_BLOCK, "base64"), Buffer.from(timestamp)])).digest("base64");
    t = performance.now();
    const done = await mock.dispatch("AWSCognitoIdentityProviderService.RespondToAuthChallenge", JSON.stringify({ ClientId, ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses: { USERNAME: p.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP: timestamp, PASSWORD_CLAIM_SIGNATURE: sig } }));
    server += performance.now() - t;
    if (done.status !== 200) throw new Error(done.body);
    timesSrp.push(server);
  }
  console.log(`USER_SRP_AUTH full sign-in, server time: ${median(timesSrp).toFixed(2)} ms (median of 30; both requests)`);
}

/** The SDK through MSW's setupServer to the engine, against the same call answered by a no-op handler. */
async function inProcess() {
  const { setupServer } = await import("msw/node");
  const { http, HttpResponse } = await import("msw");
  const C = await import("@aws-sdk/client-cognito-identity-provider");
  const mock = createCognitoMock({ seed: "bench-msw" });
  const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "msw" });
  for (let i = 0; i < 1000; i++) await mock.call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: `user${i}`, MessageAction: "SUPPRESS" });
  const fixed = JSON.stringify(await mock.call("AdminGetUser", { UserPoolId: UserPool.Id, Username: "user500" }));
  const noop = [http.post("https://cognito-idp.us-east-1.amazonaws.com/", () => new HttpResponse(fixed, { headers: { "content-type": "application/x-amz-json-1.1" } }))];
  const client = new C.CognitoIdentityProviderClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } });
  const command = new C.AdminGetUserCommand({ UserPoolId: UserPool.Id, Username: "user500" });
  // One server, the handlers swapped before every call, so the two alternate call by call: this machine's
  // speed drifts by half within a minute (other tenants), and rounds of 500 calls each measured that
  // drift more than the engine (11-29% from one run to the next). Each call is timed alone; medians
  // leave out the calls a garbage collection or a preemption lands on, means keep them.
  const server = setupServer();
  server.listen();
  const noopTimes: number[] = [], engineTimes: number[] = [];
  const CALLS = 4000;
  for (let i = -400; i < CALLS; i++) {
    const engine = (i & 1) === 1;
    server.resetHandlers(...(engine ? mock.handlers : noop));
    const t = performance.now();
    await client.send(command);
    if (i >= 0) (engine ? engineTimes : noopTimes).push(performance.now() - t);
  }
  server.close();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const [bare, full] = [median(noopTimes), median(engineTimes)];
  const [bareMean, fullMean] = [mean(noopTimes), mean(engineTimes)];
  console.log(`in process, AWS SDK -> MSW setupServer: no-op handler ${(bare * 1000).toFixed(0)} µs/call, engine ${(full * 1000).toFixed(0)} µs/call: the engine adds ${(((full - bare) / bare) * 100).toFixed(0)}% (medians of ${CALLS / 2} calls each, alternating call by call; means ${(bareMean * 1000).toFixed(0)} and ${(fullMean * 1000).toFixed(0)} µs: ${(((fullMean - bareMean) / bareMean) * 100).toFixed(0)}%)`);
  client.destroy();
}

/** 100,000 users through the shipped scenario, then the same reads as at 1,000. */
async function scale() {
  // the same reads on the 1,000-user scenario (same generator, same attributes): the baseline to compare with
  const small = createCognitoMock({ seed: "bench-scale", scenario: "users-1k" });
  const smallPool = ((await small.ready()).info as { userPoolId: string }).userPoolId;
  const first = (await small.call<{ Users: { Username: string }[] }>("ListUsers", { UserPoolId: smallPool, Limit: 1 })).Users[0].Username;
  const smallGet = JSON.stringify({ UserPoolId: smallPool, Username: first });
  await asyncRate("scale: AdminGetUser at 1,000 users (users-1k scenario)", () => small.dispatch("AWSCognitoIdentityProviderService.AdminGetUser", smallGet));
  const smallList = JSON.stringify({ UserPoolId: smallPool, Limit: 60 });
  await asyncRate("  ListUsers Limit 60 at 1,000 users", () => small.dispatch("AWSCognitoIdentityProviderService.ListUsers", smallList), 500);
  small.reset();
  (globalThis as { gc?: () => void }).gc?.();
  const rss0 = process.memoryUsage().rss;
  const mock = createCognitoMock({ seed: "bench-scale", scenario: "users-100k" });
  const t = performance.now();
  const { info } = await mock.ready();
  const seeded = (performance.now() - t) / 1000;
  const UserPoolId = (info as { userPoolId: string }).userPoolId;
  const some = await mock.call<{ Users: { Username: string }[] }>("ListUsers", { UserPoolId, Limit: 1 });
  const get = JSON.stringify({ UserPoolId, Username: some.Users[0].Username });
  console.log(`  100,000 users seeded through the users-100k scenario in ${seeded.toFixed(2)} s`);
  await asyncRate("  AdminGetUser at 100,000 users", () => mock.dispatch("AWSCognitoIdentityProviderService.AdminGetUser", get));
  const list = JSON.stringify({ UserPoolId, Limit: 60 });
  await asyncRate("  ListUsers Limit 60 at 100,000 users", () => mock.dispatch("AWSCognitoIdentityProviderService.ListUsers", list), 500);
  const filtered = JSON.stringify({ UserPoolId, Limit: 60, Filter: 'email ^= "a"' });
  // a write before each query makes every query scan; without one, repeats and next pages reuse the result
  const touch = JSON.stringify({ UserPoolId, Username: some.Users[0].Username, UserAttributes: [{ Name: "custom:plan", Value: "pro" }] });
  await asyncRate('  ListUsers Limit 60, email ^= "a", at 100,000 users, after a write (a scan)', async () => {
    await mock.dispatch("AWSCognitoIdentityProviderService.AdminUpdateUserAttributes", touch);
    return mock.dispatch("AWSCognitoIdentityProviderService.ListUsers", filtered);
  }, 30);
  await asyncRate('  the same filter repeated with nothing written between (result reused)', () => mock.dispatch("AWSCognitoIdentityProviderService.ListUsers", filtered), 500);
  const exact = JSON.stringify({ UserPoolId, Limit: 60, Filter: `username = "${some.Users[0].Username}"` });
  await asyncRate("  ListUsers username = (exact) at 100,000 users", () => mock.dispatch("AWSCognitoIdentityProviderService.ListUsers", exact), 500);
  for (let i = 0; i < 3; i++) { (globalThis as { gc?: () => void }).gc?.(); await new Promise((r) => setTimeout(r, 200)); }
  const m = process.memoryUsage();
  console.log(`  (this process, with the TypeScript loader and the sections above: RSS ${(m.rss / 2 ** 20).toFixed(0)} MB, ${((m.rss - rss0) / 2 ** 20).toFixed(0)} MB more than before seeding; JS heap in use ${(m.heapUsed / 2 ** 20).toFixed(0)} MB)`);
}

function startup() {
  // the package by its name, as a user imports it: Node picks the bundled entry (dist/esm)
  const code = `const t=performance.now();const m=await import("cognito-idp-mock");m.createCognitoMock();console.log(performance.now()-t)`;
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) runs.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", code]).toString()));
  console.log(`start-up (import "cognito-idp-mock" + createCognitoMock, fresh process): ${median(runs).toFixed(0)} ms (median of 7)`);
}

if (process.argv.includes("--sign-in")) {
  // npm run bench -- --sign-in: the authentication section alone
  await signIns();
  process.exit(0);
}
if (process.argv.includes("--in-process")) {
  // npm run bench -- --in-process: the SDK -> MSW comparison alone
  await inProcess();
  process.exit(0);
}
if (process.argv.includes("--scale")) {
  // run as a child: RSS then measures the 100,000 users, not what earlier sections left behind
  await scale();
  process.exit(0);
}
console.log(`machine: ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}\n`);
await sizes();
await browserBundle();
const ok = { UserPoolId: "us-east-1_AbCdEf123", Username: "alice" };
rate("validate AdminGetUserRequest (valid)", () => validators.AdminGetUserRequest(ok));
rate("validate AdminGetUserRequest (invalid)", () => validators.AdminGetUserRequest({ UserPoolId: "bad", Username: "" }));
await engine();
await inProcess();
// in a child of its own, as the scale section: what earlier sections leave behind (heaps, MSW, the SDK)
// slowed the sign-ins and not the bare signatures they are compared with
execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/run.ts", "--sign-in"], { stdio: "inherit" });
execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "bench/run.ts", "--scale"], { stdio: "inherit" });
if (fs.existsSync("dist/esm/index.js")) execFileSync(process.execPath, ["--expose-gc", "bench/scale-rss.mjs"], { stdio: "inherit" });
if (fs.existsSync("dist/esm/index.js")) startup();
else console.log("start-up: skipped (run npm run build first)");
