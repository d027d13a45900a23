import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client, mock } = useMock();
const newPool = async (input: Partial<C.CreateUserPoolCommandInput> = {}) =>
  (await client.send(new C.CreateUserPoolCommand({ PoolName: "pool", ...input }))).UserPool!.Id!;
const create = (UserPoolId: string, Username: string, attrs: Record<string, string> = {}, extra: Partial<C.AdminCreateUserCommandInput> = {}) =>
  client.send(new C.AdminCreateUserCommand({ UserPoolId, Username, UserAttributes: Object.entries(attrs).map(([Name, Value]) => ({ Name, Value })), ...extra }));
const get = (UserPoolId: string, Username: string) => client.send(new C.AdminGetUserCommand({ UserPoolId, Username }));
const attrs = (u: { UserAttributes?: C.AttributeType[] }) => Object.fromEntries((u.UserAttributes ?? []).map((a) => [a.Name, a.Value]));

describe("AdminCreateUser", () => {
  it("creates a FORCE_CHANGE_PASSWORD user with a UUID sub first and sends the invitation", async () => {
    const pool = await newPool();
    const { User } = await create(pool, "alice", { email: "alice@example.com", phone_number: "+15555550100" }, { DesiredDeliveryMediums: ["EMAIL"] });
    expect(User).toMatchObject({ Username: "alice", Enabled: true, UserStatus: "FORCE_CHANGE_PASSWORD" });
    expect(User!.Attributes![0].Name).toBe("sub");
    expect(User!.Attributes![0].Value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const invite = mock.outbox.forUser(pool, "alice", "INVITATION");
    expect(invite).toHaveLength(1);
    expect(invite[0]).toMatchObject({ channel: "EMAIL", destination: "alice@example.com" });
    expect(invite[0].temporaryPassword).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])(?=.*[^A-Za-z0-9]).{8,}$/);
    expect(invite[0].body).toContain(invite[0].temporaryPassword);
    const got = await get(pool, "alice");
    expect(got.UserStatus).toBe("FORCE_CHANGE_PASSWORD");
    expect(got.MFAOptions).toBeUndefined();
    expect(got.UserMFASettingList).toBeUndefined();
    expect(got.PreferredMfaSetting).toBeUndefined();
  });

  it("refuses a taken username, a bad temporary password and schema violations, leaving no user behind", async () => {
    const pool = await newPool({ Schema: [{ Name: "email", Required: true }] });
    await create(pool, "bob", { email: "b@example.com" });
    const taken = await failure(create(pool, "bob", { email: "c@example.com" }));
    expect([taken.name, taken.message]).toEqual(["UsernameExistsException", "User account already exists"]);
    const weak = await failure(create(pool, "carol", { email: "c@example.com" }, { TemporaryPassword: "short" }));
    expect([weak.name, weak.message]).toEqual(["InvalidPasswordException", "Password did not conform with password policy: Password not long enough"]);
    const missing = await failure(create(pool, "dave"));
    expect(missing.message).toBe("Attributes did not conform to the schema: email: The attribute is required");
    const unknown = await failure(create(pool, "erin", { email: "e@example.com", "custom:role": "x" }));
    expect(unknown.message).toBe("Attributes did not conform to the schema: Type for attribute {custom:role} could not be determined");
    const badEmail = await failure(create(pool, "fred", { email: "not-an-email" }));
    expect(badEmail.message).toBe("Invalid email address format.");
    for (const u of ["carol", "dave", "erin", "fred"]) expect((await failure(get(pool, u))).name).toBe("UserNotFoundException");
  });

  it("in an email-as-username pool, stores the user under their sub and refuses a second account for the email", async () => {
    const pool = await newPool({ UsernameAttributes: ["email"] });
    const { User } = await create(pool, "x@example.com");
    const sub = User!.Attributes!.find((a) => a.Name === "sub")!.Value;
    expect(User!.Username).toBe(sub);
    expect(attrs(await get(pool, "x@example.com")).email).toBe("x@example.com");
    expect((await get(pool, sub!)).Username).toBe(sub);
    const again = await failure(create(pool, "X@example.com"));
    expect([again.name, again.message]).toEqual(["UsernameExistsException", "An account with the given email already exists."]);
    expect((await failure(create(pool, "not-an-email"))).message).toBe("Username should be an email.");
  });

  it("in an email-alias pool, refuses an email-shaped username and guards verified aliases", async () => {
    const pool = await newPool({ AliasAttributes: ["email"] });
    expect((await failure(create(pool, "a@example.com"))).message).toBe("Username cannot be of email format, since user pool is configured for email alias.");
    await create(pool, "ann", { email: "shared@example.com", email_verified: "true" });
    expect((await get(pool, "shared@example.com")).Username).toBe("ann");
    const clash = await failure(create(pool, "ben", { email: "shared@example.com", email_verified: "true" }));
    expect([clash.name, clash.message]).toEqual(["AliasExistsException", "An account with the email already exists."]);
    await create(pool, "ben", { email: "shared@example.com", email_verified: "true" }, { ForceAliasCreation: true });
    expect((await get(pool, "shared@example.com")).Username).toBe("ben");
    expect(attrs(await get(pool, "ann")).email_verified).toBe("false");
    // an unverified address is no alias
    await create(pool, "cal", { email: "cal@example.com" });
    expect((await failure(get(pool, "cal@example.com"))).name).toBe("UserNotFoundException");
  });

  it("resends the invitation with a new temporary password, only while FORCE_CHANGE_PASSWORD", async () => {
    const pool = await newPool();
    await create(pool, "dan", { email: "dan@example.com" }, { DesiredDeliveryMediums: ["EMAIL"] });
    await create(pool, "dan", {}, { MessageAction: "RESEND", DesiredDeliveryMediums: ["EMAIL"] });
    const invites = mock.outbox.forUser(pool, "dan", "INVITATION");
    expect(invites).toHaveLength(2);
    expect(invites[1].temporaryPassword).not.toBe(invites[0].temporaryPassword);
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "dan", Password: "Perm4nent!pass", Permanent: true }));
    expect((await failure(create(pool, "dan", {}, { MessageAction: "RESEND" }))).name).toBe("UnsupportedUserStateException");
    expect(mock.outbox.forUser(pool, "dan", "INVITATION")).toHaveLength(2);
  });

  it("suppresses messages on request", async () => {
    const pool = await newPool();
    await create(pool, "quiet", { email: "q@example.com" }, { MessageAction: "SUPPRESS", DesiredDeliveryMediums: ["EMAIL"] });
    expect(mock.outbox.forUser(pool, "quiet")).toHaveLength(0);
  });
});

describe("AdminGetUser", () => {
  it("shows every change at once, though it keeps its answer between reads (kept answers go stale on any write)", async () => {
    const pool = await newPool();
    await create(pool, "gus", { name: "Gus", phone_number: "+15555550123", phone_number_verified: "true" }, { MessageAction: "SUPPRESS" });
    await create(pool, "other", {}, { MessageAction: "SUPPRESS" });
    const shown = async (Username: string) => { const { $metadata: _, ...u } = await get(pool, Username); return u; };
    const first = await shown("gus");
    expect(await shown("gus")).toEqual(first); // read twice: the kept answer
    const steps: [() => Promise<unknown>, (u: Awaited<ReturnType<typeof shown>>) => void][] = [
      [() => client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId: pool, Username: "gus", UserAttributes: [{ Name: "name", Value: "Gustav" }] })), (u) => expect(attrs(u).name).toBe("Gustav")],
      [() => client.send(new C.AdminDeleteUserAttributesCommand({ UserPoolId: pool, Username: "gus", UserAttributeNames: ["name"] })), (u) => expect(attrs(u).name).toBeUndefined()],
      [() => client.send(new C.AdminDisableUserCommand({ UserPoolId: pool, Username: "gus" })), (u) => expect(u.Enabled).toBe(false)],
      [() => client.send(new C.AdminEnableUserCommand({ UserPoolId: pool, Username: "gus" })), (u) => expect(u.Enabled).toBe(true)],
      [() => client.send(new C.AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "gus", Password: "Corr3ct!horse", Permanent: true })), (u) => expect(u.UserStatus).toBe("CONFIRMED")],
      [() => client.send(new C.AdminSetUserMFAPreferenceCommand({ UserPoolId: pool, Username: "gus", SMSMfaSettings: { Enabled: true, PreferredMfa: true } })), (u) => {
        expect(u.PreferredMfaSetting).toBe("SMS_MFA");
        expect(u.UserMFASettingList).toEqual(["SMS_MFA"]);
      }],
      [() => client.send(new C.AdminSetUserSettingsCommand({ UserPoolId: pool, Username: "gus", MFAOptions: [{ DeliveryMedium: "SMS", AttributeName: "phone_number" }] })), (u) => expect(u.MFAOptions).toEqual([{ DeliveryMedium: "SMS", AttributeName: "phone_number" }])],
      [() => client.send(new C.AdminResetUserPasswordCommand({ UserPoolId: pool, Username: "gus" })), (u) => expect(u.UserStatus).toBe("RESET_REQUIRED")],
    ];
    for (const [change, check] of steps) {
      await get(pool, "gus"); // kept before the change
      await get(pool, "other");
      await change();
      const after = await shown("gus");
      check(after);
      expect(await shown("gus")).toEqual(after);
      expect((await get(pool, "other")).Username).toBe("other");
    }
  });
});

describe("status and password", () => {
  it("disables, enables, deletes", async () => {
    const pool = await newPool();
    await create(pool, "eve");
    await client.send(new C.AdminDisableUserCommand({ UserPoolId: pool, Username: "eve" }));
    expect((await get(pool, "eve")).Enabled).toBe(false);
    await client.send(new C.AdminEnableUserCommand({ UserPoolId: pool, Username: "eve" }));
    expect((await get(pool, "eve")).Enabled).toBe(true);
    await client.send(new C.AdminDeleteUserCommand({ UserPoolId: pool, Username: "eve" }));
    const e = await failure(get(pool, "eve"));
    expect([e.name, e.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    expect((await failure(client.send(new C.AdminDeleteUserCommand({ UserPoolId: pool, Username: "eve" })))).name).toBe("UserNotFoundException");
  });

  it("sets permanent and temporary passwords against the policy", async () => {
    const pool = await newPool({ Policies: { PasswordPolicy: { MinimumLength: 10, RequireSymbols: false } } });
    await create(pool, "fay");
    const weak = await failure(client.send(new C.AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "fay", Password: "abcdefghij", Permanent: true })));
    expect([weak.name, weak.message]).toEqual(["InvalidPasswordException", "Password does not conform to policy: Password must have uppercase characters"]);
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "fay", Password: "Abcdefghi1", Permanent: true }));
    expect((await get(pool, "fay")).UserStatus).toBe("CONFIRMED");
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId: pool, Username: "fay", Password: "Abcdefghi2", Permanent: false }));
    expect((await get(pool, "fay")).UserStatus).toBe("FORCE_CHANGE_PASSWORD");
    // the password itself is nowhere in state
    expect(JSON.stringify([...mock.store.pools.values()].map((p) => [...p.users.all()]), (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v))).not.toContain("Abcdefghi2");
  });

  it("confirms only unconfirmed users", async () => {
    const pool = await newPool();
    await create(pool, "gus");
    const e = await failure(client.send(new C.AdminConfirmSignUpCommand({ UserPoolId: pool, Username: "gus" })));
    expect([e.name, e.message]).toEqual(["NotAuthorizedException", "User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD"]);
    const user = mock.store.pools.get(pool)!.users.byUsername("gus")!;
    user.status = "UNCONFIRMED"; // as SignUp leaves a user
    await client.send(new C.AdminConfirmSignUpCommand({ UserPoolId: pool, Username: "gus" }));
    expect((await get(pool, "gus")).UserStatus).toBe("CONFIRMED");
  });
});

describe("attributes", () => {
  it("updates attributes, clears the verified flag of a changed email and sends a code when auto-verified", async () => {
    const pool = await newPool({ AutoVerifiedAttributes: ["email"], AliasAttributes: ["email"] });
    await create(pool, "hal", { email: "hal@example.com", email_verified: "true", name: "Hal" });
    await client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId: pool, Username: "hal", UserAttributes: [{ Name: "email", Value: "hal2@example.com" }, { Name: "given_name", Value: "H" }] }));
    const a = attrs(await get(pool, "hal"));
    expect(a).toMatchObject({ email: "hal2@example.com", email_verified: "false", given_name: "H", name: "Hal" });
    expect(mock.outbox.lastCode({ userPoolId: pool, username: "hal", purpose: "VERIFY_ATTRIBUTE" })).toMatch(/^[0-9]{6}$/);
    // the old address no longer finds the user, the new one not yet (unverified)
    expect((await failure(get(pool, "hal@example.com"))).name).toBe("UserNotFoundException");
    expect((await failure(get(pool, "hal2@example.com"))).name).toBe("UserNotFoundException");
  });

  it("refuses unknown and immutable attributes in Cognito's words", async () => {
    const pool = await newPool({ Schema: [{ Name: "fixed", AttributeDataType: "String", Mutable: false }] });
    await create(pool, "ida", { "custom:fixed": "1" });
    const unknown = await failure(client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId: pool, Username: "ida", UserAttributes: [{ Name: "update_email", Value: "x" }] })));
    expect(unknown.message).toBe("user.update_email: Attribute does not exist in the schema.\n");
    const fixed = await failure(client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId: pool, Username: "ida", UserAttributes: [{ Name: "custom:fixed", Value: "2" }] })));
    expect(fixed.name).toBe("InvalidParameterException");
    expect(attrs(await get(pool, "ida"))["custom:fixed"]).toBe("1");
  });

  it("deletes attributes, but not required ones", async () => {
    const pool = await newPool({ Schema: [{ Name: "email", Required: true }] });
    await create(pool, "jo", { email: "jo@example.com", email_verified: "true", nickname: "J" });
    await client.send(new C.AdminDeleteUserAttributesCommand({ UserPoolId: pool, Username: "jo", UserAttributeNames: ["nickname"] }));
    expect(attrs(await get(pool, "jo")).nickname).toBeUndefined();
    const e = await failure(client.send(new C.AdminDeleteUserAttributesCommand({ UserPoolId: pool, Username: "jo", UserAttributeNames: ["email"] })));
    expect(e.name).toBe("InvalidParameterException");
    expect(attrs(await get(pool, "jo")).email).toBe("jo@example.com");
  });
});

describe("case sensitivity", () => {
  it("finds users regardless of case when the pool is case-insensitive", async () => {
    const loose = await newPool({ UsernameConfiguration: { CaseSensitive: false } });
    await create(loose, "Kim");
    expect((await get(loose, "kIM")).Username).toBe("Kim");
    expect((await failure(create(loose, "KIM"))).name).toBe("UsernameExistsException");
    const strict = await newPool();
    await create(strict, "Kim");
    expect((await failure(get(strict, "kim"))).name).toBe("UserNotFoundException");
    await create(strict, "kim");
  });
});
