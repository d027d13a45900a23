// Recorded traffic: HAR and JSON-lines readers, validateExchange, and `cognito-idp-mock validate`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readHar, readJsonLines, readTraffic, TrafficFormatError, validateExchange, type Recording } from "../../src/contract/index.js";
import { validateCommand } from "../../src/cli/validate.js";

const dir = path.resolve(import.meta.dirname, "../fixtures/traffic");
const fixture = (name: string) => path.join(dir, name);
const read = (name: string) => readFileSync(fixture(name), "utf8");
const T = (op: string) => `AWSCognitoIdentityProviderService.${op}`;

/** [entry index, operation, direction, jsonPath, kind, severity] for every violation in a recording. */
const findings = (rec: Recording) => rec.entries.flatMap((e) => {
  const r = validateExchange(e.exchange);
  return r.violations.map((v) => [e.index, r.operation, v.direction, v.jsonPath, v.kind, v.severity]);
});

describe("readHar", () => {
  it("finds the Cognito calls of a Chrome export by X-Amz-Target, leaving pages, preflights and identity pools out", () => {
    const rec = readHar(read("amplify-sign-in.har"));
    expect(rec.format).toBe("har");
    expect(rec.entries.map((e) => [e.index, e.exchange.target])).toEqual([
      [2, T("InitiateAuth")], [3, T("RespondToAuthChallenge")], [4, T("GetUser")], [6, T("ListDevices")],
      [7, T("SignUp")], [8, T("ForgotPassword")], [9, T("GetUser")], [10, T("GlobalSignOut")],
    ]);
    expect(rec.skipped).toBe(3);
  });

  it("decodes base64 content, keeps response headers and treats status 0 as no answer", () => {
    const { entries } = readHar(read("amplify-sign-in.har"));
    const devices = entries.find((e) => e.index === 6)!.exchange;
    expect(devices.responseBody).toBe('{"Devices":[]}');
    expect(entries.find((e) => e.index === 7)!.exchange.responseHeaders?.["x-amzn-errortype"]).toBe("UsernameExistsException:");
    const offline = entries.find((e) => e.index === 10)!.exchange;
    expect(offline.status).toBeUndefined();
    expect(validateExchange(offline).checked).toEqual({ request: true, response: false });
  });

  it("finds nothing wrong in a clean sign-in: SRP challenge, tokens, declared errors", () => {
    const rec = readHar(read("amplify-sign-in.har"));
    expect(findings(rec)).toEqual([]);
    expect(rec.entries.filter((e) => validateExchange(e.exchange).checked.response)).toHaveLength(7);
  });

  it("reports each kind of drift and mistake at its entry and place", () => {
    expect(findings(readHar(read("drift.har")))).toEqual([
      [1, "InitiateAuth", "request", "/AuthFlow", "constraint", "error"],
      [2, "GetUser", "response", "/UserTier", "unknown member", "warning"],
      [3, "GetUser", "response", "/__type", "undeclared error", "error"],
      [4, "ConfirmSignUp", "response", "/__type", "undeclared error", "error"],
      [6, "ListDevices", "response", "", "not JSON", "error"],
      [7, "InitiateAuth", "response", "/AuthenticationResult/ExpiresIn", "constraint", "error"],
      [8, "SignUp", "request", "/Password", "constraint", "error"],
    ]);
  });

  it("leaves sensitive values out and names undeclared errors without their namespace", () => {
    const { entries } = readHar(read("drift.har"));
    const at = (i: number) => validateExchange(entries.find((e) => e.index === i)!.exchange).violations[0];
    expect(at(8)).toMatchObject({ sensitive: true, message: "Member must have length less than or equal to 256" });
    expect(at(8)).not.toHaveProperty("value");
    expect(at(3).value).toBe("CodeDeliveryFailureException");
    expect(at(4).value).toBe("InvalidPasswordException");
  });

  it("refuses what is not a HAR file", () => {
    expect(() => readHar("{")).toThrow(TrafficFormatError);
    expect(() => readHar('{"log":{}}')).toThrow("log.entries is missing");
  });
});

describe("readJsonLines", () => {
  it("reads proxy and middleware records, raw text bodies and bare operation names; skips blank lines and other services", () => {
    const rec = readJsonLines(read("recording.jsonl"));
    expect(rec.entries.map((e) => [e.index, e.line, e.exchange.target])).toEqual([
      [0, 1, T("InitiateAuth")], [1, 3, T("AdminGetUser")], [3, 5, "ListUsers"], [4, 6, T("AdminDeleteUser")],
      [5, 7, T("AdminDeleteUser")], [6, 8, T("DescribeUserPoolPaymentPlan")],
    ]);
    expect(rec.skipped).toBe(1);
    expect(findings(rec)).toEqual([
      [3, "ListUsers", "response", "/Users/0/UserStatus", "constraint", "error"],
      [4, "AdminDeleteUser", "request", "/UserPoolId", "constraint", "error"],
      [5, "AdminDeleteUser", "response", "/__type", "undeclared error", "error"],
      [6, "DescribeUserPoolPaymentPlan", "request", "", "unknown operation", "warning"],
    ]);
  });

  it("says which line is broken", () => {
    expect(() => readJsonLines(read("broken.jsonl"))).toThrow("line 2 is not JSON");
    expect(() => readJsonLines('{"request":{}}')).toThrow("line 1 has no target");
    expect(() => readJsonLines('{"target":"GetUser","status":"200"}')).toThrow("status must be a number");
  });

  it("readTraffic tells the formats apart, including a one-line recording", () => {
    expect(readTraffic(read("drift.har")).format).toBe("har");
    expect(readTraffic(read("recording.jsonl")).format).toBe("jsonl");
    expect(readTraffic('{"target":"GetUser","request":{"AccessToken":"abc"}}').entries).toHaveLength(1);
  });
});

describe("validateExchange", () => {
  const pool = "us-east-1_AbCdEfGh1";

  it("accepts common AWS errors no operation declares, but only with an error's shape", () => {
    for (const type of ["UnrecognizedClientException", "com.amazon.coral.service#UnknownOperationException", "ThrottlingException"]) {
      expect(validateExchange({ target: T("AdminGetUser"), requestBody: { UserPoolId: pool, Username: "a" }, status: 400, responseBody: { __type: type, message: "m" } }).violations, type).toEqual([]);
    }
    expect(validateExchange({ target: T("AdminGetUser"), status: 400, responseBody: [] }).violations[0]).toMatchObject({ kind: "not JSON", direction: "response" });
  });

  it("checks a declared error's members: an unknown one is a warning", () => {
    const r = validateExchange({ target: T("AdminGetUser"), status: 400, responseBody: { __type: "UserNotFoundException", message: "User does not exist.", Detail: 1 } });
    expect(r.violations).toMatchObject([{ jsonPath: "/Detail", kind: "unknown member", severity: "warning" }]);
  });

  it("takes the error's name from x-amzn-errortype when the body has none", () => {
    const ok = validateExchange({ target: T("AdminGetUser"), status: 400, responseBody: '{"message":"User does not exist."}', responseHeaders: { "X-Amzn-ErrorType": "UserNotFoundException:http://internal.amazon.com/" } });
    expect(ok.violations).toEqual([]);
    const anonymous = validateExchange({ target: T("AdminGetUser"), status: 400, responseBody: { message: "?" } });
    expect(anonymous.violations).toMatchObject([{ kind: "undeclared error", jsonPath: "/__type" }]);
  });

  it("reads an empty 2xx body as {} and a null request member as absent, as Cognito does", () => {
    expect(validateExchange({ target: T("AdminDeleteUser"), requestBody: `{"UserPoolId":"${pool}","Username":"a"}`, status: 200, responseBody: "" }).violations).toEqual([]);
    expect(validateExchange({ target: T("InitiateAuth"), requestBody: { AuthFlow: "USER_SRP_AUTH", ClientId: "abc", AuthParameters: { USERNAME: "a", SRP_A: "ff", DEVICE_KEY: null }, ClientMetadata: null } }).violations).toEqual([]);
    expect(validateExchange({ target: T("AdminDeleteUser"), status: 200, responseBody: '{"Extra":1}' }).violations).toMatchObject([{ kind: "unknown member" }]);
  });

  it("reports bodies that are not JSON objects, unknown operations and other services' targets", () => {
    expect(validateExchange({ target: T("GetUser"), requestBody: "{oops" }).violations).toMatchObject([{ direction: "request", kind: "not JSON", severity: "error" }]);
    expect(validateExchange({ target: T("GetUser"), requestBody: "[1]" }).violations).toMatchObject([{ direction: "request", kind: "not JSON" }]);
    expect(validateExchange({ target: T("GetUser"), requestBody: {} }).violations).toMatchObject([{ jsonPath: "/AccessToken", keyword: "required" }]);
    expect(validateExchange({ target: "DynamoDB_20120810.GetItem", requestBody: {} }).violations).toMatchObject([{ kind: "unknown operation", severity: "error" }]);
    expect(validateExchange({ target: T("BrandNew"), requestBody: {} })).toMatchObject({ operation: "BrandNew", violations: [{ kind: "unknown operation", severity: "warning" }] });
  });

  it("forgives the known deviations of real Cognito (custom domains)", () => {
    const r = validateExchange({ target: T("DescribeUserPoolDomain"), requestBody: { Domain: "auth.example.com" }, status: 200, responseBody: { DomainDescription: { Domain: "auth.example.com", CloudFrontDistribution: "d111111abcdef8.cloudfront.net", UserPoolId: pool, Status: "ACTIVE" } } });
    expect(r.violations).toEqual([]);
  });
});

describe("cognito-idp-mock validate", () => {
  let out = "";
  let err = "";
  const run = async (...args: string[]) => {
    out = ""; err = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += String(s); return true; });
    const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += String(s); return true; });
    try { return await validateCommand(args); } finally { o.mockRestore(); e.mockRestore(); }
  };
  afterEach(() => vi.restoreAllMocks());

  it("exits 0 on clean traffic with a summary", async () => {
    expect(await run(fixture("amplify-sign-in.har"))).toBe(0);
    expect(out).toBe("8 Cognito calls in 1 file (8 requests, 7 responses checked): 0 errors, 0 warnings\n");
  });

  it("prints each violation with file, entry, operation and path, and exits 1", async () => {
    expect(await run(fixture("amplify-sign-in.har"), fixture("drift.har"), fixture("recording.jsonl"))).toBe(1);
    const lines = out.trim().split("\n");
    expect(lines).toHaveLength(7 + 4 + 1);
    expect(lines).toContain(`${fixture("drift.har")} entry 7: InitiateAuth response /AuthenticationResult/ExpiresIn error (constraint): Member must be of type integer (value '3600')`);
    expect(lines).toContain(`${fixture("drift.har")} entry 8: SignUp request /Password error (constraint): Member must have length less than or equal to 256`);
    expect(lines).toContain(`${fixture("recording.jsonl")} entry 3 (line 5): ListUsers response /Users/0/UserStatus error (constraint): Member must satisfy enum value set: [UNCONFIRMED, CONFIRMED, ARCHIVED, COMPROMISED, UNKNOWN, RESET_REQUIRED, FORCE_CHANGE_PASSWORD, EXTERNAL_PROVIDER] (value 'ACTIVE')`);
    expect(lines.at(-1)).toBe("23 Cognito calls in 3 files (22 requests, 20 responses checked): 9 errors, 2 warnings");
    expect(out).not.toContain("ppppp");
  });

  it("exits 0 on warnings alone, 1 with --strict", async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "cim-validate-"));
    const warningsOnly = path.join(tmp, "warnings-only.jsonl");
    writeFileSync(warningsOnly, JSON.stringify({ target: T("AdminDeleteUser"), request: { UserPoolId: "us-east-1_AbCdEfGh1", Username: "a", Reason: "cleanup" }, status: 200, response: {} }) + "\n");
    try {
      expect(await run(warningsOnly)).toBe(0);
      expect(out).toContain("AdminDeleteUser request /Reason warning (unknown member)");
      expect(await run("--strict", warningsOnly)).toBe(1);
    } finally { rmSync(tmp, { recursive: true }); }
  });

  it("--json gives a machine-readable report", async () => {
    expect(await run("--json", fixture("drift.har"))).toBe(1);
    const report = JSON.parse(out) as { ok: boolean; files: unknown[]; summary: Record<string, number>; violations: Record<string, unknown>[] };
    expect(report.ok).toBe(false);
    expect(report.files).toEqual([{ file: fixture("drift.har"), format: "har", calls: 9, skipped: 0 }]);
    expect(report.summary).toEqual({ calls: 9, requestsChecked: 9, responsesChecked: 9, errors: 6, warnings: 1 });
    expect(report.violations[0]).toEqual({
      file: fixture("drift.har"), entry: 1, operation: "InitiateAuth", direction: "request", severity: "error", kind: "constraint",
      jsonPath: "/AuthFlow", memberPath: "authFlow", keyword: "enum", message: expect.stringMatching(/^Member must satisfy enum value set/), value: "USER_PASSWORD", sensitive: false,
    });
    expect(report.violations.find((v) => v.jsonPath === "/Password")).not.toHaveProperty("value");
  });

  it("exits 2 on unreadable input (and still checks the rest), and without files", async () => {
    expect(await run(fixture("broken.jsonl"), fixture("drift.har"))).toBe(2);
    expect(err).toBe(`${fixture("broken.jsonl")}: unreadable: line 2 is not JSON\n`);
    expect(out).toContain("drift.har entry 1: InitiateAuth request /AuthFlow");
    expect(await run(fixture("no-such-file.har"))).toBe(2);
    expect(err).toContain("ENOENT");
    expect(await run()).toBe(2);
    expect(err).toContain("usage: cognito-idp-mock validate");
  });
});
