// The servers over HTTP, side by side in one run: cognito-idp-mock's standalone server, a bare node:http
// server answering a fixed body (this machine's and driver's limit), and, when they are available,
// moto_server and cognito-local. Every server is seeded through the API the same way; the load driver
// runs in its own process, keep-alive, on loopback, bounded in time.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const AUTH = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=0";
const headers = (op: string) => ({ "content-type": "application/x-amz-json-1.1", "x-amz-target": `AWSCognitoIdentityProviderService.${op}`, authorization: AUTH });
const USERS = 1000;
const PASSWORD = "Passw0rd!bench";

export interface Server { name: string; url: string; pid: number; stop(): void }
export interface Cell {
  server: string; workload: string; rps: number; p50: number; p99: number; errors: number; cpu: number; rssMb: number;
  /** CPU per request in µs: the server's main thread (its event loop), and all its other threads (libuv's pool, V8's GC helpers) */
  mainUs: number; otherUs: number;
}

async function call(url: string, op: string, body: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await fetch(url, { method: "POST", headers: headers(op), body: JSON.stringify(body) });
  const text = await r.text();
  if (r.status !== 200) throw new Error(`${op} -> ${r.status} ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : {};
}

function waitFor(child: ChildProcess, pattern: RegExp, ms = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} after ${ms} ms: ${out.slice(-500)}`)), ms);
    const on = (d: Buffer) => { out += d.toString(); const m = pattern.exec(out); if (m) { clearTimeout(timer); resolve(m[1] ?? m[0]); } };
    child.stdout?.on("data", on);
    child.stderr?.on("data", on);
    child.once("exit", (c) => { clearTimeout(timer); reject(new Error(`exited ${c}: ${out.slice(-500)}`)); });
  });
}

const freePort = () => new Promise<number>((r) => { const s = http.createServer().listen(0, "127.0.0.1", () => { const p = (s.address() as { port: number }).port; s.close(() => r(p)); }); });

export async function startMock(): Promise<Server> {
  const child = spawn(process.execPath, ["bin/cognito-idp-mock.js", "serve", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const url = await waitFor(child, /listening on (http:\/\/\S+)/);
  return { name: "cognito-idp-mock", url, pid: child.pid!, stop: () => child.kill() };
}

export async function startBare(): Promise<Server> {
  const code = `const http=require("http");const body=JSON.stringify({Username:"user0001",UserAttributes:[{Name:"sub",Value:"x"}],Enabled:true,UserStatus:"CONFIRMED"});http.createServer((q,s)=>{q.resume();q.on("end",()=>{s.writeHead(200,{"content-type":"application/x-amz-json-1.1"});s.end(body)})}).listen(0,"127.0.0.1",function(){console.log("listening on http://127.0.0.1:"+this.address().port)})`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await waitFor(child, /listening on (http:\/\/\S+)/);
  return { name: "bare node:http", url, pid: child.pid!, stop: () => child.kill() };
}

/**
 * The limit for workloads with large answers (a ListUsers page is ~18 KB): a bare node:http server that
 * answers each workload with the mock's own response bytes for it (captured once), chosen by an
 * x-bench-answer header. Sending and receiving those bytes is all it does.
 */
export async function startBareSameBytes(answers: string[]): Promise<Server> {
  const file = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "bench-answers-")), "answers.json");
  fs.writeFileSync(file, JSON.stringify(answers));
  const code = `const http=require("http");const answers=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).map((a)=>Buffer.from(a));http.createServer((q,s)=>{q.resume();q.on("end",()=>{const body=answers[Number(q.headers["x-bench-answer"])]??answers[0];s.writeHead(200,{"content-type":"application/x-amz-json-1.1","content-length":body.length});s.end(body)})}).listen(0,"127.0.0.1",function(){console.log("listening on http://127.0.0.1:"+this.address().port)})`;
  const child = spawn(process.execPath, ["-e", code, file], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await waitFor(child, /listening on (http:\/\/\S+)/);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { name: "bare node:http, same bytes", url, pid: child.pid!, stop: () => child.kill() };
}

/**
 * The sign-in workloads' limit: a bare node:http server that makes a sign-in's two RS256 signatures
 * (two 2048-bit keys, payloads and a body the size of the mock's tokens for the bench user, node:crypto on the thread pool, as the mock signs) and answers
 * a token-sized body. It does no other work, so it is what this machine and driver can do when every
 * request must be signed twice.
 */
export async function startBareSigning(): Promise<Server> {
  const code = `const http=require("http"),crypto=require("crypto");const key=()=>crypto.generateKeyPairSync("rsa",{modulusLength:2048}).privateKey;const keys=[key(),key()];const data=Buffer.from("x".repeat(690));const sign=(k)=>new Promise((r,j)=>crypto.sign("sha256",data,k,(e,s)=>e?j(e):r(s)));http.createServer((q,s)=>{q.resume();q.on("end",async()=>{const[a,b]=await Promise.all(keys.map(sign));const body=JSON.stringify({AuthenticationResult:{AccessToken:"a".repeat(688)+a.toString("base64url"),ExpiresIn:3600,TokenType:"Bearer",IdToken:"i".repeat(697)+b.toString("base64url"),RefreshToken:"r".repeat(1890)},ChallengeParameters:{}});s.writeHead(200,{"content-type":"application/x-amz-json-1.1","content-length":Buffer.byteLength(body)});s.end(body)})}).listen(0,"127.0.0.1",function(){console.log("listening on http://127.0.0.1:"+this.address().port)})`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await waitFor(child, /listening on (http:\/\/\S+)/);
  return { name: "bare node:http + 2 RS256", url, pid: child.pid!, stop: () => child.kill() };
}

export async function startMoto(): Promise<Server | undefined> {
  try { execFileSync("moto_server", ["--help"], { stdio: "ignore" }); } catch { return undefined; }
  const port = await freePort();
  const child = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  await waitFor(child, /Running on/);
  return { name: "moto", url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

export async function startCognitoLocal(): Promise<Server | undefined> {
  const dir = path.join(process.env.HOME ?? "/tmp", ".cache/cognito-idp-mock/cognito-local");
  const bin = path.join(dir, "node_modules/cognito-local/lib/bin/start.js");
  if (!fs.existsSync(bin)) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, "cognito-local@3"], { stdio: "ignore", timeout: 180_000 });
    } catch { return undefined; }
  }
  if (!fs.existsSync(bin)) return undefined;
  const port = await freePort();
  const work = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "cognito-local-"));
  const child = spawn(process.execPath, [bin], { cwd: work, env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DEBUG: "" }, stdio: ["ignore", "pipe", "pipe"] });
  await waitFor(child, /Cognito Local running|listening/i);
  return { name: "cognito-local", url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => child.kill() };
}

export interface Seeded { UserPoolId: string; ClientId: string; AccessToken: string }

/** The same API calls for every server: a pool, a client, 1,000 users, one with a password. */
export async function seed(url: string): Promise<Seeded> {
  const { UserPool } = await call(url, "CreateUserPool", { PoolName: "bench" });
  const { UserPoolClient } = await call(url, "CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "bench", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"] });
  const names = Array.from({ length: USERS }, (_, i) => `user${String(i).padStart(4, "0")}`);
  for (let i = 0; i < names.length; i += 16) {
    await Promise.all(names.slice(i, i + 16).map((u) => call(url, "AdminCreateUser", { UserPoolId: UserPool.Id, Username: u, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: `${u}@example.com` }, { Name: "name", Value: u }] })));
  }
  await call(url, "AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "user0001", Password: PASSWORD, Permanent: true });
  const auth = await call(url, "InitiateAuth", { ClientId: UserPoolClient.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "user0001", PASSWORD } });
  return { UserPoolId: UserPool.Id, ClientId: UserPoolClient.ClientId, AccessToken: auth.AuthenticationResult.AccessToken };
}

export function workloads(s: Seeded): Record<string, { headers: Record<string, string>; body: string }[]> {
  const users = Array.from({ length: 256 }, (_, i) => `user${String((i * 37) % USERS).padStart(4, "0")}`);
  return {
    AdminGetUser: users.map((u) => ({ headers: headers("AdminGetUser"), body: JSON.stringify({ UserPoolId: s.UserPoolId, Username: u }) })),
    "ListUsers (Limit 60)": [{ headers: headers("ListUsers"), body: JSON.stringify({ UserPoolId: s.UserPoolId, Limit: 60 }) }],
    "ListUsers (^= filter)": [{ headers: headers("ListUsers"), body: JSON.stringify({ UserPoolId: s.UserPoolId, Limit: 60, Filter: 'username ^= "user05"' }) }],
    "InitiateAuth USER_PASSWORD_AUTH": [{ headers: headers("InitiateAuth"), body: JSON.stringify({ ClientId: s.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "user0001", PASSWORD } }) }],
    "GetUser (access token)": [{ headers: headers("GetUser"), body: JSON.stringify({ AccessToken: s.AccessToken }) }],
    AdminUpdateUserAttributes: users.map((u, i) => ({ headers: headers("AdminUpdateUserAttributes"), body: JSON.stringify({ UserPoolId: s.UserPoolId, Username: u, UserAttributes: [{ Name: "name", Value: `name ${i}` }] }) })),
  };
}

function cpuTicks(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return Number(f[11]) + Number(f[12]);
  } catch { return 0; }
}
/** CPU ns so far of a process's main thread and of all its threads (from /proc/PID/task/TID/schedstat; 0s where that is missing) */
function threadNs(pid: number): { main: number; all: number } {
  const ns = (tid: string) => { try { return Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]) || 0; } catch { return 0; } };
  let tids: string[] = [];
  try { tids = fs.readdirSync(`/proc/${pid}/task`); } catch { /* not Linux, or gone */ }
  return { main: ns(String(pid)), all: tids.reduce((sum, t) => sum + ns(t), 0) };
}
function rssMb(pid: number): number {
  try { return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024; } catch { return 0; }
}

export function drive(url: string, requests: { headers: Record<string, string>; body: string }[], seconds: number, concurrency = 16): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench/driver.ts"), JSON.stringify({ url, concurrency, seconds, requests })], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`driver exited ${code}`))));
  });
}

export async function measure(server: Server, name: string, requests: { headers: Record<string, string>; body: string }[], seconds: number, concurrency = 16): Promise<Cell> {
  await drive(server.url, requests, 1, concurrency); // warm-up
  const ticks = cpuTicks(server.pid);
  const threads = threadNs(server.pid);
  const t = Date.now();
  const r = await drive(server.url, requests, seconds, concurrency);
  const cpu = ((cpuTicks(server.pid) - ticks) / 100) / ((Date.now() - t) / 1000);
  const after = threadNs(server.pid);
  const count = Math.max(1, r.rps * ((Date.now() - t) / 1000));
  const mainUs = (after.main - threads.main) / 1000 / count;
  const otherUs = (after.all - threads.all - (after.main - threads.main)) / 1000 / count;
  return { server: server.name, workload: name, ...r, cpu, rssMb: rssMb(server.pid), mainUs, otherUs };
}
