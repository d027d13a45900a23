// Self sign-up, confirmation and password recovery through the AWS SDK, codes read from the outbox.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";
import { secretHash } from "../../src/auth/sign-in/common.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function setup(pool: Partial<C.CreateUserPoolCommandInput> = { AutoVerifiedAttributes: ["email"] }, app: Partial<C.CreateUserPoolClientCommandInput> = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "signup", ...pool }))).UserPool!.Id!;
  const c = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], ...app }))).UserPoolClient!;
  return { UserPoolId, ClientId: c.ClientId!, secret: c.ClientSecret };
}
const signUp = (ClientId: string, Username: string, extra: Partial<C.SignUpCommandInput> = {}) =>
  client.send(new C.SignUpCommand({ ClientId, Username, Password: PASSWORD, UserAttributes: [{ Name: "email", Value: `${Username.split("@")[0]}@example.com` }], ...extra }));
const signIn = (ClientId: string, USERNAME: string, pw = PASSWORD) => client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD: pw } }));

describe("SignUp and ConfirmSignUp", () => {
  it("creates an UNCONFIRMED user, sends a code, confirms it, verifies the email and allows sign-in", async () => {
    const { UserPoolId, ClientId } = await setup();
    const r = await signUp(ClientId, "alice");
    expect(r.UserConfirmed).toBe(false);
    expect(r.UserSub).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.CodeDeliveryDetails).toEqual({ Destination: "a***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const notYet = await failure(signIn(ClientId, "alice"));
    expect([notYet.name, notYet.message]).toEqual(["UserNotConfirmedException", "User is not confirmed."]);
    const code = mock.outbox.lastCode({ username: "alice", purpose: "SIGN_UP" })!;
    const wrong = await failure(client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "alice", ConfirmationCode: code === "000000" ? "111111" : "000000" })));
    expect([wrong.name, wrong.message]).toEqual(["CodeMismatchException", "Invalid verification code provided, please try again."]);
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "alice", ConfirmationCode: code }));
    const user = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "alice" }));
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(user.UserAttributes!.find((a) => a.Name === "email_verified")?.Value).toBe("true");
    expect((await signIn(ClientId, "alice")).AuthenticationResult).toBeDefined();
    const again = await failure(client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "alice", ConfirmationCode: code })));
    expect(again.message).toBe("User cannot be confirmed. Current status is CONFIRMED");
  });

  it("has no CodeDeliveryDetails when nothing is auto-verified, and refuses a taken username and a weak password", async () => {
    const { ClientId } = await setup({});
    const r = await signUp(ClientId, "bob");
    expect(r.CodeDeliveryDetails).toBeUndefined();
    const taken = await failure(signUp(ClientId, "bob"));
    expect([taken.name, taken.message]).toEqual(["UsernameExistsException", "User already exists"]);
    const weak = await failure(signUp(ClientId, "carl", { Password: "password" }));
    expect([weak.name, weak.message]).toEqual(["InvalidPasswordException", "Password did not conform with policy: Password must have uppercase characters"]);
  });

  it("signs up by email in an email-as-username pool", async () => {
    const { ClientId } = await setup({ UsernameAttributes: ["email"], AutoVerifiedAttributes: ["email"] });
    const r = await client.send(new C.SignUpCommand({ ClientId, Username: "dee@example.com", Password: PASSWORD }));
    const code = mock.outbox.lastCode({ destination: "dee@example.com" })!;
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "dee@example.com", ConfirmationCode: code }));
    const tokens = (await signIn(ClientId, "dee@example.com")).AuthenticationResult!;
    expect(JSON.parse(Buffer.from(tokens.AccessToken!.split(".")[1], "base64url").toString()).username).toBe(r.UserSub);
    const again = await failure(client.send(new C.SignUpCommand({ ClientId, Username: "dee@example.com", Password: PASSWORD })));
    expect(again.message).toBe("An account with the given email already exists.");
  });

  it("expires codes after 24 hours, resends, and refuses resending to a confirmed user", async () => {
    const { ClientId } = await setup();
    await signUp(ClientId, "eve");
    const old = mock.outbox.lastCode({ username: "eve" })!;
    mock.clock.advance(24 * 3600_000 + 1);
    const expired = await failure(client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "eve", ConfirmationCode: old })));
    expect([expired.name, expired.message]).toEqual(["ExpiredCodeException", "Invalid code provided, please request a code again."]);
    const resent = await client.send(new C.ResendConfirmationCodeCommand({ ClientId, Username: "eve" }));
    expect(resent.CodeDeliveryDetails?.DeliveryMedium).toBe("EMAIL");
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "eve", ConfirmationCode: mock.outbox.lastCode({ username: "eve" })! }));
    const done = await failure(client.send(new C.ResendConfirmationCodeCommand({ ClientId, Username: "eve" })));
    expect([done.name, done.message]).toEqual(["InvalidParameterException", "User is already confirmed."]);
  });

  it("limits wrong guesses", async () => {
    const { ClientId } = await setup();
    await signUp(ClientId, "finn");
    for (let i = 0; i < 5; i++) await failure(client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "finn", ConfirmationCode: "x" + i })));
    const e = await failure(client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "finn", ConfirmationCode: mock.outbox.lastCode({ username: "finn" })! })));
    expect([e.name, e.message]).toEqual(["LimitExceededException", "Attempt limit exceeded, please try after some time."]);
  });

  it("requires SecretHash for a client with a secret", async () => {
    const { ClientId, secret } = await setup({ AutoVerifiedAttributes: ["email"] }, { GenerateSecret: true });
    expect((await failure(signUp(ClientId, "gus"))).message).toBe(`Client ${ClientId} is configured with secret but SECRET_HASH was not received`);
    const r = await signUp(ClientId, "gus", { SecretHash: secretHash(secret!, "gus", ClientId) });
    expect(r.UserSub).toBeDefined();
  });

  it("refuses sign-up when only administrators may create users", async () => {
    const { ClientId } = await setup({ AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } });
    const e = await failure(signUp(ClientId, "hal"));
    expect([e.name, e.message]).toEqual(["NotAuthorizedException", "SignUp is not permitted for this user pool"]);
  });
});

describe("password recovery", () => {
  async function confirmedUser() {
    const ids = await setup();
    await signUp(ids.ClientId, "ivy");
    await client.send(new C.ConfirmSignUpCommand({ ClientId: ids.ClientId, Username: "ivy", ConfirmationCode: mock.outbox.lastCode({ username: "ivy" })! }));
    return ids;
  }

  it("sends a reset code to the verified email and sets the new password with it", async () => {
    const { ClientId } = await confirmedUser();
    const r = await client.send(new C.ForgotPasswordCommand({ ClientId, Username: "ivy" }));
    expect(r.CodeDeliveryDetails).toEqual({ Destination: "i***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" });
    const code = mock.outbox.lastCode({ username: "ivy", purpose: "FORGOT_PASSWORD" })!;
    const weak = await failure(client.send(new C.ConfirmForgotPasswordCommand({ ClientId, Username: "ivy", ConfirmationCode: code, Password: "weak" })));
    expect(weak.message).toBe("Password does not conform to policy: Password not long enough");
    await client.send(new C.ConfirmForgotPasswordCommand({ ClientId, Username: "ivy", ConfirmationCode: code, Password: "N3w!password" }));
    expect((await failure(signIn(ClientId, "ivy"))).message).toBe("Incorrect username or password.");
    expect((await signIn(ClientId, "ivy", "N3w!password")).AuthenticationResult).toBeDefined();
  });

  it("hides unknown users when PreventUserExistenceErrors is ENABLED, and not otherwise", async () => {
    const { UserPoolId, ClientId } = await confirmedUser();
    const e = await failure(client.send(new C.ForgotPasswordCommand({ ClientId, Username: "nobody" })));
    expect([e.name, e.message]).toEqual(["UserNotFoundException", "Username/client id combination not found."]);
    const hidden = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "h", PreventUserExistenceErrors: "ENABLED" }))).UserPoolClient!.ClientId!;
    const r = await client.send(new C.ForgotPasswordCommand({ ClientId: hidden, Username: "nobody" }));
    expect(r.CodeDeliveryDetails?.DeliveryMedium).toBe("EMAIL");
    expect(mock.outbox.forUser(UserPoolId, "nobody")).toHaveLength(0);
    const confirm = await failure(client.send(new C.ConfirmForgotPasswordCommand({ ClientId: hidden, Username: "nobody", ConfirmationCode: "123456", Password: "N3w!password" })));
    expect(confirm.name).toBe("CodeMismatchException");
  });

  it("AdminResetUserPassword makes the user reset before signing in", async () => {
    const { UserPoolId, ClientId } = await confirmedUser();
    await client.send(new C.AdminResetUserPasswordCommand({ UserPoolId, Username: "ivy" }));
    const e = await failure(signIn(ClientId, "ivy"));
    expect([e.name, e.message]).toEqual(["PasswordResetRequiredException", "Password reset required for the user"]);
    const code = mock.outbox.lastCode({ username: "ivy", purpose: "FORGOT_PASSWORD" })!;
    await client.send(new C.ConfirmForgotPasswordCommand({ ClientId, Username: "ivy", ConfirmationCode: code, Password: "N3w!password" }));
    expect((await signIn(ClientId, "ivy", "N3w!password")).AuthenticationResult).toBeDefined();
  });

  it("refuses a reset with no verified address, and one never requested", async () => {
    const { UserPoolId, ClientId } = await setup({});
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "jo", MessageAction: "SUPPRESS" }));
    const none = await failure(client.send(new C.ForgotPasswordCommand({ ClientId, Username: "jo" })));
    expect(none.message).toBe("Cannot reset password for the user as there is no registered/verified email or phone_number");
    const never = await failure(client.send(new C.ConfirmForgotPasswordCommand({ ClientId, Username: "jo", ConfirmationCode: "123456", Password: "N3w!password" })));
    expect(never.name).toBe("ExpiredCodeException");
  });
});

describe("SecretHash on every operation that takes one", () => {
  it("ConfirmSignUp, ResendConfirmationCode, ForgotPassword and ConfirmForgotPassword refuse a missing or wrong SecretHash and change nothing", async () => {
    const { UserPoolId, ClientId, secret } = await setup({ AutoVerifiedAttributes: ["email"] }, { GenerateSecret: true });
    await signUp(ClientId, "hana", { SecretHash: secretHash(secret!, "hana", ClientId) });
    const code = mock.outbox.lastCode({ username: "hana", purpose: "SIGN_UP" })!;
    const sent = mock.outbox.messages.length;
    const calls = (SecretHash: string | undefined) => [
      client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "hana", ConfirmationCode: code, SecretHash })),
      client.send(new C.ResendConfirmationCodeCommand({ ClientId, Username: "hana", SecretHash })),
      client.send(new C.ForgotPasswordCommand({ ClientId, Username: "hana", SecretHash })),
      client.send(new C.ConfirmForgotPasswordCommand({ ClientId, Username: "hana", ConfirmationCode: "123456", Password: PASSWORD, SecretHash })),
    ];
    for (const call of calls(undefined)) {
      const e = await failure(call);
      expect([e.name, e.message]).toEqual(["NotAuthorizedException", `Client ${ClientId} is configured with secret but SECRET_HASH was not received`]);
    }
    for (const call of calls(secretHash("not-the-secret", "hana", ClientId))) {
      const e = await failure(call);
      expect([e.name, e.message]).toEqual(["NotAuthorizedException", `Unable to verify secret hash for client ${ClientId}`]);
    }
    // nothing sent, nothing confirmed
    expect(mock.outbox.messages.length).toBe(sent);
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "hana" }))).UserStatus).toBe("UNCONFIRMED");
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "hana", ConfirmationCode: code, SecretHash: secretHash(secret!, "hana", ClientId) }));
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "hana" }))).UserStatus).toBe("CONFIRMED");
  });
});
