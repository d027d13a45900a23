// The SDK middleware against the mock (MSW setupServer): clean calls pass untouched, off-contract
// requests and answers (an MSW handler that answers outside the spec) are reported or thrown.
import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";
import {
  ContractViolationError, cognitoContractMiddleware, cognitoContractMiddlewareOptions, readJsonLines, validateExchange, withContractValidation,
  type ContractMiddlewareOptions, type ExchangeReport, type TrafficRecord,
} from "../../src/contract/index.js";

const { mock, server } = useMock({ scenario: "default" });

const newClient = () => new C.CognitoIdentityProviderClient({ region: "us-east-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" }, maxAttempts: 1 });
const validated = (options: ContractMiddlewareOptions) => withContractValidation(newClient(), options);
const AWS = "https://cognito-idp.us-east-1.amazonaws.com/";
const target = (op: string) => `AWSCognitoIdentityProviderService.${op}`;

/** One answer off the contract for one operation; everything else reaches the mock. */
function answerOnce(op: string, status: number, body: unknown) {
  server.use(http.post(AWS, ({ request }) => (request.headers.get("x-amz-target") === target(op)
    ? HttpResponse.json(body as object, { status, headers: { "content-type": "application/x-amz-json-1.1" } })
    : undefined), { once: true }));
}

describe("cognitoContractMiddleware, report mode", () => {
  it("leaves clean calls alone: the SDK still parses success and error bodies, nothing is reported", async () => {
    const { info } = await mock.ready();
    const reports: ExchangeReport[] = [];
    const records: TrafficRecord[] = [];
    const client = validated({ onViolation: (r) => reports.push(r), onExchange: (r) => records.push(r) });
    const user = await client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" }));
    expect(user.UserCreateDate).toBeInstanceOf(Date);
    expect(user.UserAttributes?.find((a) => a.Name === "email")?.Value).toBe("demo@example.com");
    const e = await failure(client.send(new C.DescribeUserPoolCommand({ UserPoolId: "us-east-1_missing00" })));
    expect(e.name).toBe("ResourceNotFoundException");
    mock.failNext("ListUsers", "TooManyRequestsException");
    expect((await failure(client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId! })))).name).toBe("TooManyRequestsException");
    expect(reports).toEqual([]);
    expect(records.map((r) => [r.target, r.status])).toEqual([[target("AdminGetUser"), 200], [target("DescribeUserPool"), 400], [target("ListUsers"), 400]]);
    expect((records[0].response as { Username: string }).Username).toBe("demo");
    expect(records[1].headers?.["x-amzn-errortype"]).toBe("ResourceNotFoundException:");
    client.destroy();
  });

  it("reports an undeclared error, a wrong member and an unknown member, and the call carries on", async () => {
    const { info } = await mock.ready();
    const reports: ExchangeReport[] = [];
    const client = validated({ onViolation: (r) => reports.push(r) });
    answerOnce("AdminGetUser", 400, { __type: "CodeMismatchException", message: "Invalid code" });
    expect((await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" })))).name).toBe("CodeMismatchException");
    answerOnce("ListGroups", 200, { Groups: [{ GroupName: "admins", Precedence: -1 }], Sparkle: true });
    const groups = await client.send(new C.ListGroupsCommand({ UserPoolId: info.userPoolId! }));
    expect(groups.Groups?.[0].GroupName).toBe("admins");
    expect(reports.map((r) => r.operation)).toEqual(["AdminGetUser", "ListGroups"]);
    expect(reports[0].violations).toMatchObject([{ direction: "response", kind: "undeclared error", severity: "error", jsonPath: "/__type", value: "CodeMismatchException" }]);
    expect(reports[1].violations.map((v) => [v.jsonPath, v.keyword, v.severity])).toEqual(expect.arrayContaining([
      ["/Groups/0/Precedence", "minimum", "error"],
      ["/Sparkle", "additionalProperties", "warning"],
    ]));
    client.destroy();
  });

  it("reports a request the contract refuses (the SDK does not check constraints), then the mock's answer", async () => {
    const { info } = await mock.ready();
    const reports: ExchangeReport[] = [];
    const client = validated({ onViolation: (r) => reports.push(r) });
    const e = await failure(client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId!, Limit: 100 })));
    expect(e.name).toBe("InvalidParameterException");
    expect(reports).toHaveLength(1);
    expect(reports[0].violations).toMatchObject([{ direction: "request", jsonPath: "/Limit", keyword: "maximum", value: 100, message: "Member must have value less than or equal to 60" }]);
    client.destroy();
  });

  it("warns on the console by default, leaving sensitive values out", async () => {
    const { info } = await mock.ready();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const client = validated({});
      await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "x".repeat(200) })));
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        "cognito-idp-mock contract: AdminGetUser request /Username error (constraint): Member must have length less than or equal to 128",
      ]);
      client.destroy();
    } finally { warn.mockRestore(); }
  });

  it("records exchanges as JSON lines that `validate` reads back with the same findings", async () => {
    const { info } = await mock.ready();
    const lines: string[] = [];
    const reports: ExchangeReport[] = [];
    const client = validated({ onExchange: (r) => lines.push(JSON.stringify(r)), onViolation: (r) => reports.push(r) });
    await client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId! }));
    answerOnce("ListUsers", 200, { Users: [{ Username: "demo", UserStatus: "SLEEPING" }] });
    await client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId! }));
    const read = readJsonLines(lines.join("\n"));
    expect(read.entries).toHaveLength(2);
    const again = read.entries.map((e) => validateExchange(e.exchange));
    expect(again[0].violations).toEqual([]);
    expect(again[1].violations).toEqual(reports[0].violations);
    expect(again[1].violations[0]).toMatchObject({ jsonPath: "/Users/0/UserStatus", keyword: "enum" });
    client.destroy();
  });
});

describe("cognitoContractMiddleware, throw mode", () => {
  it("refuses to send an off-contract request", async () => {
    const { info } = await mock.ready();
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => { seen.push(request.headers.get("x-amz-target") ?? ""); };
    server.events.on("request:start", listener);
    try {
      const client = validated({ mode: "throw" });
      const e = await failure(client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId!, Limit: 61 })));
      expect(e).toBeInstanceOf(ContractViolationError);
      expect(e.message).toContain("ListUsers request /Limit error (constraint): Member must have value less than or equal to 60");
      expect(seen).toEqual([]);
      await client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId!, Limit: 1 }));
      expect(seen).toEqual([target("ListUsers")]);
      client.destroy();
    } finally { server.events.removeListener("request:start", listener); }
  });

  it("throws on an off-contract answer instead of the SDK's result or error", async () => {
    const { info } = await mock.ready();
    const client = validated({ mode: "throw" });
    answerOnce("AdminGetUser", 400, { __type: "ExpiredCodeException", message: "expired" });
    const e = await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" })));
    expect(e).toBeInstanceOf(ContractViolationError);
    expect((e as unknown as ContractViolationError).report.violations[0]).toMatchObject({ kind: "undeclared error", value: "ExpiredCodeException" });
    answerOnce("AdminGetUser", 200, { Username: 42 });
    const typed = await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" })));
    expect((typed as unknown as ContractViolationError).report.violations.map((v) => [v.jsonPath, v.keyword])).toEqual([["/Username", "type"]]);
    // declared errors are the contract working: they reach the caller as the SDK's errors
    expect((await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "nobody" })))).name).toBe("UserNotFoundException");
    client.destroy();
  });

  it("lets warnings through unless strict", async () => {
    const { info } = await mock.ready();
    const loose = validated({ mode: "throw", onViolation: () => {} });
    answerOnce("AdminGetUser", 200, { Username: "demo", NewField: "from a newer Cognito" });
    expect((await loose.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" }))).Username).toBe("demo");
    const strict = validated({ mode: "throw", strict: true, onViolation: () => {} });
    answerOnce("AdminGetUser", 200, { Username: "demo", NewField: "from a newer Cognito" });
    const e = await failure(strict.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" })));
    expect((e as unknown as ContractViolationError).report.violations).toMatchObject([{ kind: "unknown member", jsonPath: "/NewField", severity: "warning" }]);
    loose.destroy();
    strict.destroy();
  });

  it("can be added by hand with middlewareStack.add", async () => {
    const { info } = await mock.ready();
    const client = newClient();
    client.middlewareStack.add(cognitoContractMiddleware({ mode: "throw" }), cognitoContractMiddlewareOptions);
    answerOnce("DescribeUserPool", 200, { UserPool: { Id: "not a pool id" } });
    const e = await failure(client.send(new C.DescribeUserPoolCommand({ UserPoolId: info.userPoolId! })));
    expect((e as unknown as ContractViolationError).report.violations.map((v) => v.jsonPath)).toEqual(["/UserPool/Id"]);
    client.destroy();
  });
});
