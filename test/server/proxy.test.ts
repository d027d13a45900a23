// The validating proxy: in front of the mock's standalone server (a child process, as in server.test.ts)
// and of a tiny fake upstream that answers off the contract. Everything passes through unchanged.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { startProxy, type RunningProxy } from "../../src/server/proxy.js";
import { readJsonLines, validateExchange, type ExchangeReport, type TrafficRecord } from "../../src/contract/index.js";

const root = path.resolve(import.meta.dirname, "../..");
const T = (op: string) => `AWSCognitoIdentityProviderService.${op}`;
const children: ChildProcess[] = [];

/** Runs the CLI and resolves once it prints a line matching `ready`; stderr is collected. */
async function cli(args: string[], ready: RegExp): Promise<{ match: RegExpExecArray; stdout: () => string; stderr: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  let err = "";
  child.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args[0]} did not start: ${out} ${err}`)), 15_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) { clearTimeout(timer); resolve(m); }
    });
    child.once("exit", (code) => reject(new Error(`${args[0]} exited with ${code}: ${out} ${err}`)));
  });
  return { match, stdout: () => out, stderr: () => err };
}

const sdk = (endpoint: string) => new C.CognitoIdentityProviderClient({ endpoint, region: "us-east-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s" }, maxAttempts: 1 });

let mockUrl = "";
let banner = "";
beforeAll(async () => {
  const started = await cli(["serve", "--port", "0", "--scenario", "default"], /listening on (http:\/\/\S+)/);
  mockUrl = started.match[1];
  banner = started.stdout();
}, 20_000);
afterAll(() => { for (const c of children) c.kill("SIGTERM"); });

const demo = (label: string) => new RegExp(`${label}\\s+(\\S+)`).exec(banner)![1];

interface Seen { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }

/** A fake upstream: records what reaches it and answers with `answer(target)`. */
interface Answer { status: number; headers?: Record<string, string>; body: string | Buffer }
async function fakeUpstream(answer: (target: string) => Answer) {
  const seen: Seen[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
    const a = answer(String(req.headers["x-amz-target"] ?? ""));
    res.writeHead(a.status, { "content-type": "application/x-amz-json-1.1", ...a.headers });
    res.end(a.body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return { url, seen, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

function collecting(target: string) {
  const reports: ExchangeReport[] = [];
  const records: TrafficRecord[] = [];
  const errors: string[] = [];
  const started = startProxy({ target, port: 0, onExchange: (rec, rep) => { records.push(rec); reports.push(rep); }, onUpstreamError: (e) => errors.push(e.message) });
  return { started, reports, records, errors };
}

describe("proxy in front of the mock server", () => {
  let proxy: RunningProxy;
  let seen: ReturnType<typeof collecting>;
  beforeAll(async () => { seen = collecting(mockUrl); proxy = await seen.started; });
  afterAll(() => proxy.close());

  it("serves signed SDK calls and declared errors exactly as the server does, finding nothing wrong", async () => {
    const client = sdk(proxy.url);
    const pool = demo("userPoolId");
    const user = await client.send(new C.AdminGetUserCommand({ UserPoolId: pool, Username: "demo" }));
    expect(user).toMatchObject({ Username: "demo", UserStatus: "CONFIRMED" });
    const e = await client.send(new C.DescribeUserPoolCommand({ UserPoolId: "us-east-1_missing1" })).catch((x: Error) => x);
    expect((e as Error).name).toBe("ResourceNotFoundException");
    // an injected error the operation declares is the contract working
    await fetch(`${proxy.url}/_mock/rules`, { method: "POST", body: JSON.stringify({ operation: "ListUsers", error: { type: "TooManyRequestsException" }, times: 1 }) });
    expect(((await client.send(new C.ListUsersCommand({ UserPoolId: pool })).catch((x: Error) => x)) as Error).name).toBe("TooManyRequestsException");
    expect(seen.reports.map((r) => [r.operation, r.violations.length])).toEqual([["AdminGetUser", 0], ["DescribeUserPool", 0], ["ListUsers", 0]]);
    expect(seen.records.map((r) => r.status)).toEqual([200, 400, 400]);
    expect((seen.records[0].request as { UserPoolId: string }).UserPoolId).toBe(pool);
    expect(seen.records[1].headers?.["x-amzn-errortype"]).toBe("ResourceNotFoundException:");
    client.destroy();
  });

  it("reports a request the contract refuses, and forwards it anyway", async () => {
    const before = seen.reports.length;
    const client = sdk(proxy.url);
    const e = await client.send(new C.ListUsersCommand({ UserPoolId: demo("userPoolId"), Limit: 100 })).catch((x: Error) => x);
    expect((e as Error).name).toBe("InvalidParameterException");
    expect(seen.reports.slice(before).flatMap((r) => r.violations)).toMatchObject([{ direction: "request", jsonPath: "/Limit", keyword: "maximum", value: 100 }]);
    client.destroy();
  });

  it("passes what is not a Cognito call through without checking it", async () => {
    const before = seen.reports.length;
    const outbox = await fetch(`${proxy.url}/_mock/outbox`);
    expect(outbox.status).toBe(200);
    expect(await outbox.json()).toHaveProperty("messages");
    expect((await fetch(`${proxy.url}/nothing-here`)).status).toBe(404);
    expect(seen.reports.length).toBe(before);
  });
});

describe("proxy in front of an upstream that breaks the contract", () => {
  const gzipped = zlib.gzipSync(JSON.stringify({ Users: [{ Username: "u", UserStatus: "ACTIVE" }] }));
  let upstream: Awaited<ReturnType<typeof fakeUpstream>>;
  let proxy: RunningProxy;
  let seen: ReturnType<typeof collecting>;
  beforeAll(async () => {
    upstream = await fakeUpstream((target): Answer => {
      if (target === T("AdminGetUser")) return { status: 400, headers: { "x-amzn-errortype": "CodeMismatchException:", "x-custom": "kept" }, body: '{"__type":"CodeMismatchException","message":"Invalid code"}' };
      if (target === T("ListUsers")) return { status: 200, headers: { "content-encoding": "gzip" }, body: gzipped };
      return { status: 200, body: '{"UserPool":{"Id":"us-east-1_AbCdEfGh1","Shiny":true}}' };
    });
    seen = collecting(upstream.url);
    proxy = await seen.started;
  });
  afterAll(async () => { await proxy.close(); await upstream.close(); });

  it("forwards method, path, query, headers (Authorization included) and body unchanged, with the target's Host", async () => {
    const body = '{"UserPoolId":"us-east-1_AbCdEfGh1","Username":"demo"}';
    const res = await fetch(`${proxy.url}/?x=1`, {
      method: "POST", body,
      headers: { "x-amz-target": T("AdminGetUser"), "content-type": "application/x-amz-json-1.1", authorization: "AWS4-HMAC-SHA256 Credential=AKIA/20260102/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=abc", "x-amz-date": "20260102T100000Z" },
    });
    const got = upstream.seen.at(-1)!;
    expect([got.method, got.url, got.body]).toEqual(["POST", "/?x=1", body]);
    expect(got.headers.host).toBe(new URL(upstream.url).host);
    expect(got.headers.authorization).toContain("Signature=abc");
    expect(got.headers["x-amz-date"]).toBe("20260102T100000Z");
    expect(res.status).toBe(400);
    expect(res.headers.get("x-custom")).toBe("kept");
    expect(res.headers.get("x-amzn-errortype")).toBe("CodeMismatchException:");
    expect(await res.text()).toBe('{"__type":"CodeMismatchException","message":"Invalid code"}');
    expect(seen.reports.at(-1)!.violations).toMatchObject([{ direction: "response", kind: "undeclared error", value: "CodeMismatchException" }]);
  });

  it("checks a compressed answer and still hands the compressed bytes back", async () => {
    const res = await new Promise<{ status: number; encoding?: string; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${proxy.url}/`, { method: "POST", headers: { "x-amz-target": T("ListUsers"), "accept-encoding": "gzip" } }, async (r) => {
        const chunks: Buffer[] = [];
        for await (const c of r) chunks.push(c as Buffer);
        resolve({ status: r.statusCode!, encoding: r.headers["content-encoding"], body: Buffer.concat(chunks) });
      });
      req.once("error", reject);
      req.end('{"UserPoolId":"us-east-1_AbCdEfGh1"}');
    });
    expect(res).toEqual({ status: 200, encoding: "gzip", body: gzipped });
    expect(seen.reports.at(-1)!.violations).toMatchObject([{ jsonPath: "/Users/0/UserStatus", keyword: "enum", value: "ACTIVE" }]);
  });

  it("reports unknown members in answers as warnings", async () => {
    const client = sdk(proxy.url);
    const pool = await client.send(new C.DescribeUserPoolCommand({ UserPoolId: "us-east-1_AbCdEfGh1" }));
    expect(pool.UserPool?.Id).toBe("us-east-1_AbCdEfGh1");
    expect(seen.reports.at(-1)!.violations).toMatchObject([{ jsonPath: "/UserPool/Shiny", kind: "unknown member", severity: "warning" }]);
    client.destroy();
  });

  it("answers 502 when the upstream cannot be reached", async () => {
    const dead = collecting("http://127.0.0.1:1");
    const p = await dead.started;
    const res = await fetch(p.url, { method: "POST", headers: { "x-amz-target": T("GetUser") }, body: "{}" });
    expect(res.status).toBe(502);
    expect(((await res.json()) as { message: string }).message).toContain("could not forward to http://127.0.0.1:1");
    expect(dead.errors).toHaveLength(1);
    await p.close();
  });
});

describe("cognito-idp-mock proxy (the command)", () => {
  it("reports violations on stderr and records JSON lines that `validate` reads", async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "cim-proxy-"));
    const file = path.join(tmp, "calls.jsonl");
    try {
      const proxy = await cli(["proxy", "--target", mockUrl, "--port", "0", "--record", file], /proxying (http:\/\/\S+) -> /);
      const client = sdk(proxy.match[1]);
      await client.send(new C.AdminGetUserCommand({ UserPoolId: demo("userPoolId"), Username: "demo" }));
      await client.send(new C.ListUsersCommand({ UserPoolId: demo("userPoolId"), Limit: 100 })).catch(() => undefined);
      const sent = await fetch(proxy.match[1], { method: "POST", headers: { "x-amz-target": T("AdminGetUser") }, body: JSON.stringify({ UserPoolId: demo("userPoolId"), Username: "demo", Verbose: true }) });
      expect(sent.status).toBe(200);
      client.destroy();
      await expect.poll(() => proxy.stderr(), { timeout: 5000 }).toContain("Verbose");
      expect(proxy.stderr().trim().split("\n")).toEqual([
        "proxy: ListUsers request /Limit error (constraint): Member must have value less than or equal to 60 (value 100)",
        "proxy: AdminGetUser request /Verbose warning (unknown member): Member is not part of the shape (value true)",
      ]);
      await expect.poll(() => readFileSync(file, "utf8").trim().split("\n").length, { timeout: 5000 }).toBe(3);
      const recording = readJsonLines(readFileSync(file, "utf8"));
      expect(recording.entries.map((e) => [e.exchange.target, e.exchange.status])).toEqual([[T("AdminGetUser"), 200], [T("ListUsers"), 400], [T("AdminGetUser"), 200]]);
      expect(recording.entries.map((e) => validateExchange(e.exchange).violations.map((v) => v.jsonPath))).toEqual([[], ["/Limit"], ["/Verbose"]]);
    } finally { rmSync(tmp, { recursive: true }); }
  });

  it("refuses a missing or bad --target", async () => {
    const { proxyCommand } = await import("../../src/cli/proxy.js");
    const write = process.stderr.write;
    let err = "";
    process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
    try {
      expect(await proxyCommand([])).toBe(2);
      expect(await proxyCommand(["--target", "ftp://example.com"])).toBe(2);
    } finally { process.stderr.write = write; }
    expect(err).toContain("--target must be an http(s) URL");
  });
});
