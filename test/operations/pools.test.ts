import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client } = useMock();
const createPool = async (input: Partial<C.CreateUserPoolCommandInput> = {}) =>
  (await client.send(new C.CreateUserPoolCommand({ PoolName: "pool", ...input }))).UserPool!;

describe("CreateUserPool / DescribeUserPool", () => {
  it("creates a pool with Cognito's defaults and id formats", async () => {
    const pool = await createPool();
    expect(pool.Id).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    expect(pool.Arn).toBe(`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${pool.Id}`);
    expect(pool.Policies?.PasswordPolicy).toEqual({ MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 });
    expect(pool.MfaConfiguration).toBe("OFF");
    expect(pool.EstimatedNumberOfUsers).toBe(0);
    expect(pool.VerificationMessageTemplate).toEqual({ DefaultEmailOption: "CONFIRM_WITH_CODE" });
    expect(pool.EmailConfiguration).toEqual({ EmailSendingAccount: "COGNITO_DEFAULT" });
    expect(pool.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 });
    expect(pool.SchemaAttributes?.map((a) => a.Name)).toEqual(["sub", "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at"]);
    expect(pool.SchemaAttributes?.[0]).toMatchObject({ Name: "sub", Mutable: false, Required: true, StringAttributeConstraints: { MinLength: "1", MaxLength: "2048" } });
    // unconfigured settings are absent, not null
    for (const k of ["UsernameConfiguration", "DeletionProtection", "AccountRecoverySetting", "DeviceConfiguration", "SmsConfiguration", "UserPoolAddOns", "Domain"] as const) expect(pool[k], k).toBeUndefined();
    const described = (await client.send(new C.DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool;
    expect(described).toEqual(pool);
  });

  it("keeps settings, custom attributes and tags", async () => {
    const pool = await createPool({
      AliasAttributes: ["email"], AutoVerifiedAttributes: ["email"], UsernameConfiguration: { CaseSensitive: false },
      Schema: [{ Name: "tenant", AttributeDataType: "String", Mutable: true, StringAttributeConstraints: { MaxLength: "40" } }, { Name: "email", Required: true }],
      UserPoolTags: { team: "auth" }, DeletionProtection: "ACTIVE",
    });
    expect(pool.AliasAttributes).toEqual(["email"]);
    expect(pool.UsernameConfiguration).toEqual({ CaseSensitive: false });
    expect(pool.SchemaAttributes?.find((a) => a.Name === "custom:tenant")).toEqual({ Name: "custom:tenant", AttributeDataType: "String", DeveloperOnlyAttribute: false, Mutable: true, Required: false, StringAttributeConstraints: { MaxLength: "40" } });
    expect(pool.SchemaAttributes?.find((a) => a.Name === "email")?.Required).toBe(true);
    expect(pool.UserPoolTags).toEqual({ team: "auth" });
  });

  it("refuses both username and alias attributes, and required custom attributes", async () => {
    const both = await failure(createPool({ UsernameAttributes: ["email"], AliasAttributes: ["phone_number"] }));
    expect(both.name).toBe("InvalidParameterException");
    const required = await failure(createPool({ Schema: [{ Name: "role", AttributeDataType: "String", Required: true }] }));
    expect(required.message).toBe("Required custom attributes are not supported currently.");
    expect((await client.send(new C.ListUserPoolsCommand({ MaxResults: 60 }))).UserPools).toEqual([]);
  });

  it("answers an unknown pool with ResourceNotFoundException", async () => {
    const e = await failure(client.send(new C.DescribeUserPoolCommand({ UserPoolId: "us-east-1_NoSuchPool" })));
    expect([e.name, e.message, e.$metadata.httpStatusCode]).toEqual(["ResourceNotFoundException", "User pool us-east-1_NoSuchPool does not exist.", 400]);
  });
});

describe("UpdateUserPool", () => {
  it("replaces what it may change, resets what it omits, and keeps what is fixed", async () => {
    const pool = await createPool({ AliasAttributes: ["email"], MfaConfiguration: "OFF", EmailVerificationSubject: "Hi" });
    await client.send(new C.UpdateUserPoolCommand({ UserPoolId: pool.Id, Policies: { PasswordPolicy: { MinimumLength: 12 } }, UserPoolTags: { a: "b" } }));
    const after = (await client.send(new C.DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool!;
    expect(after.Policies?.PasswordPolicy?.MinimumLength).toBe(12);
    expect(after.EmailVerificationSubject).toBeUndefined();
    expect(after.AliasAttributes).toEqual(["email"]);
    expect(after.UserPoolTags).toEqual({ a: "b" });
    expect(after.LastModifiedDate!.getTime()).toBeGreaterThanOrEqual(pool.CreationDate!.getTime());
  });

  it("refuses UnusedAccountValidityDays together with TemporaryPasswordValidityDays", async () => {
    const pool = await createPool();
    const e = await failure(client.send(new C.UpdateUserPoolCommand({ UserPoolId: pool.Id, AdminCreateUserConfig: { UnusedAccountValidityDays: 3 }, Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 3 } } })));
    expect(e.name).toBe("InvalidParameterException");
  });
});

describe("DeleteUserPool / ListUserPools", () => {
  it("deletes unless deletion protection is on", async () => {
    const guarded = await createPool({ DeletionProtection: "ACTIVE" });
    expect((await failure(client.send(new C.DeleteUserPoolCommand({ UserPoolId: guarded.Id })))).name).toBe("InvalidParameterException");
    const withDomain = await createPool();
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: withDomain.Id, Domain: "has-a-domain" }));
    const blocked = await failure(client.send(new C.DeleteUserPoolCommand({ UserPoolId: withDomain.Id })));
    expect(blocked.message).toBe("User pool cannot be deleted. It has a domain configured that should be deleted first.");
    const plain = await createPool();
    await client.send(new C.DeleteUserPoolCommand({ UserPoolId: plain.Id }));
    expect((await failure(client.send(new C.DescribeUserPoolCommand({ UserPoolId: plain.Id })))).name).toBe("ResourceNotFoundException");
  });

  it("pages through every pool exactly once and refuses a forged token", async () => {
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push((await createPool({ PoolName: `p${i}` })).Id);
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new C.ListUserPoolsCommand({ MaxResults: 3, NextToken }));
      expect(page.UserPools!.length).toBeLessThanOrEqual(3);
      seen.push(...page.UserPools!.map((p) => p.Id!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(seen).toEqual(ids);
    const e = await failure(client.send(new C.ListUserPoolsCommand({ MaxResults: 3, NextToken: "Zm9yZ2VkLXRva2VuLXRoYXQtaXMtbG9uZy1lbm91Z2gtdG8tZGVjb2Rl" })));
    expect(e.name).toBe("InvalidParameterException");
  });
});

describe("AddCustomAttributes / MFA configuration", () => {
  it("adds custom attributes once", async () => {
    const pool = await createPool();
    await client.send(new C.AddCustomAttributesCommand({ UserPoolId: pool.Id, CustomAttributes: [{ Name: "plan", AttributeDataType: "String" }, { Name: "level", AttributeDataType: "Number", DeveloperOnlyAttribute: true }] }));
    const names = (await client.send(new C.DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool!.SchemaAttributes!.map((a) => a.Name);
    expect(names.slice(-2)).toEqual(["custom:plan", "dev:custom:level"]);
    const again = await failure(client.send(new C.AddCustomAttributesCommand({ UserPoolId: pool.Id, CustomAttributes: [{ Name: "plan", AttributeDataType: "String" }] })));
    expect(again.name).toBe("InvalidParameterException");
  });

  it("sets and reads the MFA configuration", async () => {
    const pool = await createPool();
    expect((await client.send(new C.GetUserPoolMfaConfigCommand({ UserPoolId: pool.Id }))).MfaConfiguration).toBe("OFF");
    const none = await failure(client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId: pool.Id, MfaConfiguration: "ON" })));
    expect(none.message).toBe("At least one of [SmsMfaConfiguration] or [SoftwareTokenMfaConfiguration] must be provided.");
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId: pool.Id, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const got = await client.send(new C.GetUserPoolMfaConfigCommand({ UserPoolId: pool.Id }));
    expect(got.MfaConfiguration).toBe("OPTIONAL");
    expect(got.SoftwareTokenMfaConfiguration).toEqual({ Enabled: true });
    expect((await client.send(new C.DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool!.MfaConfiguration).toBe("OPTIONAL");
  });
});

describe("app clients", () => {
  it("creates clients with Cognito's defaults, a secret on request, sorted attribute lists", async () => {
    const pool = await createPool();
    const c = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: "web", GenerateSecret: true, ReadAttributes: ["name", "email"], ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!;
    expect(c.ClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(c.ClientSecret).toMatch(/^[a-z0-9]{51}$/);
    expect(c).toMatchObject({ RefreshTokenValidity: 30, AllowedOAuthFlowsUserPoolClient: false, AuthSessionValidity: 3, EnableTokenRevocation: true, ReadAttributes: ["email", "name"] });
    expect((await client.send(new C.DescribeUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: c.ClientId }))).UserPoolClient).toEqual(c);
  });

  it("checks token validity ranges, attributes and OAuth settings", async () => {
    const pool = await createPool();
    const base = { UserPoolId: pool.Id, ClientName: "x" };
    expect((await failure(client.send(new C.CreateUserPoolClientCommand({ ...base, AccessTokenValidity: 2, TokenValidityUnits: { AccessToken: "days" } })))).message).toBe("Invalid range for token validity.");
    expect((await failure(client.send(new C.CreateUserPoolClientCommand({ ...base, RefreshTokenValidity: 30, TokenValidityUnits: { RefreshToken: "minutes" } })))).message).toBe("Invalid range for token validity.");
    expect((await failure(client.send(new C.CreateUserPoolClientCommand({ ...base, ReadAttributes: ["custom:nope"] })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.CreateUserPoolClientCommand({ ...base, AllowedOAuthFlowsUserPoolClient: true })))).name).toBe("InvalidParameterException");
    expect((await failure(client.send(new C.CreateUserPoolClientCommand({ ...base, AllowedOAuthFlows: ["client_credentials", "code"] })))).name).toBe("InvalidOAuthFlowException");
    const ok = await client.send(new C.CreateUserPoolClientCommand({ ...base, AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: "minutes" } }));
    expect(ok.UserPoolClient?.AccessTokenValidity).toBe(30);
    expect((await client.send(new C.ListUserPoolClientsCommand({ UserPoolId: pool.Id }))).UserPoolClients).toHaveLength(1);
  });

  it("updates by replacing settings but keeps the id and secret; deletes", async () => {
    const pool = await createPool();
    const c = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: "web", GenerateSecret: true, IdTokenValidity: 2 }))).UserPoolClient!;
    const u = (await client.send(new C.UpdateUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: c.ClientId, ClientName: "web2" }))).UserPoolClient!;
    expect(u.ClientSecret).toBe(c.ClientSecret);
    expect(u.ClientName).toBe("web2");
    expect(u.IdTokenValidity).toBeUndefined();
    expect(u.CreationDate).toEqual(c.CreationDate);
    await client.send(new C.DeleteUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: c.ClientId }));
    const e = await failure(client.send(new C.DescribeUserPoolClientCommand({ UserPoolId: pool.Id, ClientId: c.ClientId })));
    expect([e.name, e.message]).toEqual(["ResourceNotFoundException", `User pool client ${c.ClientId} does not exist.`]);
  });

  it("pages clients", async () => {
    const pool = await createPool();
    for (let i = 0; i < 5; i++) await client.send(new C.CreateUserPoolClientCommand({ UserPoolId: pool.Id, ClientName: `c${i}` }));
    const first = await client.send(new C.ListUserPoolClientsCommand({ UserPoolId: pool.Id, MaxResults: 3 }));
    const second = await client.send(new C.ListUserPoolClientsCommand({ UserPoolId: pool.Id, MaxResults: 3, NextToken: first.NextToken }));
    expect([...first.UserPoolClients!, ...second.UserPoolClients!].map((c) => c.ClientName)).toEqual(["c0", "c1", "c2", "c3", "c4"]);
    expect(second.NextToken).toBeUndefined();
  });
});

describe("tags", () => {
  it("tags, lists and untags a pool by ARN", async () => {
    const pool = await createPool({ UserPoolTags: { a: "1" } });
    await client.send(new C.TagResourceCommand({ ResourceArn: pool.Arn, Tags: { b: "2" } }));
    expect((await client.send(new C.ListTagsForResourceCommand({ ResourceArn: pool.Arn }))).Tags).toEqual({ a: "1", b: "2" });
    await client.send(new C.UntagResourceCommand({ ResourceArn: pool.Arn, TagKeys: ["a"] }));
    expect((await client.send(new C.DescribeUserPoolCommand({ UserPoolId: pool.Id }))).UserPool!.UserPoolTags).toEqual({ b: "2" });
    const e = await failure(client.send(new C.ListTagsForResourceCommand({ ResourceArn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_nothere" })));
    expect(e.name).toBe("ResourceNotFoundException");
  });
});
