// The AWS JSON 1.1 protocol as raw HTTP sees it: targets, bodies, validation messages, headers, CORS.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupServer } from "msw/node";
import { createCognitoMock } from "../../src/index.js";

const mock = createCognitoMock({ seed: "protocol", validateResponses: true, endpoints: ["http://localhost:9229/"] });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const AWS = "https://cognito-idp.us-east-1.amazonaws.com/";
async function call(target: string | null, body: string | object, url = AWS, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", ...(target ? { "x-amz-target": `AWSCognitoIdentityProviderService.${target}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: JSON.parse(await res.text()) as Record<string, unknown> };
}

describe("dispatch", () => {
  it("answers an unknown or missing target with UnknownOperationException", async () => {
    const unknown = await call("NoSuchOperation", {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.__type).toBe("UnknownOperationException");
    const missing = await call(null, {});
    expect(missing.body.__type).toBe("UnknownOperationException");
  });

  it("answers malformed JSON and non-object bodies with SerializationException", async () => {
    for (const body of ["{not json", "[]", "\"text\"", "42", "null"]) {
      const r = await call("ListUserPools", body);
      expect(r.status, body).toBe(400);
      expect(r.body.__type, body).toBe("SerializationException");
    }
  });

  it("treats an empty body as an empty object (then validation speaks)", async () => {
    const r = await call("ListUserPools", "");
    expect(r.body).toEqual({ __type: "InvalidParameterException", message: "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null" });
  });

  it("treats null members as absent at any depth, but keeps null list items for validation to refuse", async () => {
    const pool = await call("CreateUserPool", { PoolName: "nulls", Policies: null, UserPoolTags: null, Schema: [{ Name: "plan", AttributeDataType: "String", StringAttributeConstraints: { MinLength: null, MaxLength: "8" } }] });
    expect(pool.status).toBe(200);
    const id = (pool.body.UserPool as { Id: string }).Id;
    expect((pool.body.UserPool as { SchemaAttributes: { Name: string; StringAttributeConstraints?: unknown }[] }).SchemaAttributes.find((a) => a.Name === "custom:plan")?.StringAttributeConstraints).toEqual({ MaxLength: "8" });
    const listed = await call("ListUsers", { UserPoolId: id, Limit: null, Filter: null });
    expect(listed.status).toBe(200);
    const items = await call("AdminCreateUser", { UserPoolId: id, Username: "n", UserAttributes: [null], MessageAction: "SUPPRESS" });
    expect(items.status).toBe(400);
  });

  it("answers a JSON type mismatch with SerializationException, as Coral does", async () => {
    const r = await call("DescribeUserPool", { UserPoolId: { nested: true } });
    expect(r.body).toEqual({ __type: "SerializationException", message: "Start of structure or map found where not expected." });
  });
});

describe("validation messages in AWS's words", () => {
  it("reports a range violation with the value and the lowerCamelCase member", async () => {
    const r = await call("ListUsers", { UserPoolId: "us-east-1_AbCdEf123", Limit: 100 });
    expect(r.body.message).toBe("1 validation error detected: Value '100' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 60");
    expect(r.headers.get("x-amzn-errortype")).toBe("InvalidParameterException:");
    expect(r.headers.get("x-amzn-errormessage")).toBe(r.body.message);
  });

  it("shows the model's own pattern", async () => {
    const r = await call("DescribeUserPool", { UserPoolId: "no-underscore" });
    expect(r.body.message).toBe("1 validation error detected: Value 'no-underscore' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+");
  });

  it("leaves out the value of sensitive members", async () => {
    const r = await call("AdminSetUserPassword", { UserPoolId: "us-east-1_AbCdEf123", Username: "u", Password: "has space" });
    expect(r.body.message).toBe("1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
  });

  it("counts and joins several violations, with nested list paths", async () => {
    const r = await call("AdminCreateUser", { UserPoolId: "us-east-1_AbCdEf123", Username: "u", UserAttributes: [{ Name: "x".repeat(33), Value: "v" }], MessageAction: "LOUD" });
    expect(r.body.__type).toBe("InvalidParameterException");
    const message = String(r.body.message);
    expect(message).toMatch(/^2 validation errors detected: /);
    expect(message).toContain(`Value '${"x".repeat(33)}' at 'userAttributes.1.member.name' failed to satisfy constraint: Member must have length less than or equal to 32`);
    expect(message).toContain("Value 'LOUD' at 'messageAction' failed to satisfy constraint: Member must satisfy enum value set: [RESEND, SUPPRESS]");
  });

  it("ignores members the model does not know, as AWS does", async () => {
    const r = await call("ListUserPools", { MaxResults: 5, SomethingNew: true });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ UserPools: [] });
  });
});

describe("headers and CORS", () => {
  it("gives every answer a request id and the AWS JSON content type", async () => {
    for (const r of [await call("ListUserPools", { MaxResults: 1 }), await call("NoSuch", {})]) {
      expect(r.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    }
  });

  it("answers preflights and puts CORS headers on errors too", async () => {
    const pre = await fetch(AWS, { method: "OPTIONS", headers: { origin: "http://app.test", "access-control-request-method": "POST", "access-control-request-headers": "content-type,x-amz-target,x-amz-user-agent" } });
    expect(pre.status).toBe(200);
    expect(pre.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(pre.headers.get("access-control-allow-headers")).toBe("content-type,x-amz-target,x-amz-user-agent");
    const err = await call("DescribeUserPool", { UserPoolId: "us-east-1_missing" }, AWS, { origin: "http://app.test" });
    expect(err.status).toBe(400);
    expect(err.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(err.headers.get("access-control-expose-headers")).toContain("x-amzn-ErrorType");
  });
});

describe("endpoints and regions", () => {
  it("takes the region from the AWS host name", async () => {
    const r = await call("CreateUserPool", { PoolName: "eu" }, "https://cognito-idp.eu-west-1.amazonaws.com/");
    const id = (r.body.UserPool as { Id: string }).Id;
    expect(id).toMatch(/^eu-west-1_/);
    expect((r.body.UserPool as { Arn: string }).Arn).toBe(`arn:aws:cognito-idp:eu-west-1:123456789012:userpool/${id}`);
    const elsewhere = await call("DescribeUserPool", { UserPoolId: id }, AWS);
    expect(elsewhere.body).toEqual({ __type: "ResourceNotFoundException", message: `User pool ${id} does not exist.` });
  });

  it("takes the region from a SigV4 credential scope on custom endpoints", async () => {
    const auth = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/ap-south-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=abc";
    const r = await call("CreateUserPool", { PoolName: "signed" }, "http://localhost:9229/", { authorization: auth });
    expect((r.body.UserPool as { Id: string }).Id).toMatch(/^ap-south-1_/);
    const unsigned = await call("CreateUserPool", { PoolName: "plain" }, "http://localhost:9229/");
    expect((unsigned.body.UserPool as { Id: string }).Id).toMatch(/^us-east-1_/);
  });
});
