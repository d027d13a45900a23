// npm run bench: sizes and speeds worth watching. Numbers go into the README with the machine they
// ran on; they are never asserted in tests (machines here are shared and noisy).
import fs from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { build } from "esbuild";
import * as validators from "../generated/validators.js";
import { createCognitoMock } from "../src/index.js";

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

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

function startup() {
  const code = `const t=performance.now();const m=await import(${JSON.stringify(new URL("../dist/src/index.js", import.meta.url).href)});m.createCognitoMock();console.log(performance.now()-t)`;
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) runs.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", code]).toString()));
  console.log(`start-up (import dist + createCognitoMock, fresh process): ${median(runs).toFixed(0)} ms (median of 7)`);
}

console.log(`machine: ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}\n`);
await sizes();
const ok = { UserPoolId: "us-east-1_AbCdEf123", Username: "alice" };
rate("validate AdminGetUserRequest (valid)", () => validators.AdminGetUserRequest(ok));
rate("validate AdminGetUserRequest (invalid)", () => validators.AdminGetUserRequest({ UserPoolId: "bad", Username: "" }));
await engine();
if (fs.existsSync("dist/src/index.js")) startup();
else console.log("start-up: skipped (run npm run build first)");
