// What a signed-in user can do with an access token, revocation, and MFA (TOTP, SMS, set-up, choice).
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";
import { authenticatorCode } from "../support/totp.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function setup(pool: Partial<C.CreateUserPoolCommandInput> = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "t", AutoVerifiedAttributes: ["email"], ...pool }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "alice@example.com" }, { Name: "email_verified", Value: "true" }, { Name: "phone_number", Value: "+15555550100" }] }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  return { UserPoolId, ClientId };
}
const signIn = (ClientId: string) => client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
const tokensOf = async (ClientId: string) => (await signIn(ClientId)).AuthenticationResult!;

describe("operations with an access token", () => {
  it("GetUser, UpdateUserAttributes with a verification code, VerifyUserAttribute", async () => {
    const { ClientId } = await setup();
    const { AccessToken } = await tokensOf(ClientId);
    expect((await client.send(new C.GetUserCommand({ AccessToken }))).Username).toBe("alice");
    const upd = await client.send(new C.UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: "email", Value: "new@example.com" }, { Name: "nickname", Value: "al" }] }));
    expect(upd.CodeDeliveryDetailsList).toEqual([{ Destination: "n***@e***", DeliveryMedium: "EMAIL", AttributeName: "email" }]);
    const attrs = async () => Object.fromEntries((await client.send(new C.GetUserCommand({ AccessToken }))).UserAttributes!.map((a) => [a.Name, a.Value]));
    expect(await attrs()).toMatchObject({ email: "new@example.com", email_verified: "false", nickname: "al" });
    const code = mock.outbox.lastCode({ username: "alice", purpose: "VERIFY_ATTRIBUTE" })!;
    await client.send(new C.VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: code }));
    expect((await attrs()).email_verified).toBe("true");
    await client.send(new C.GetUserAttributeVerificationCodeCommand({ AccessToken, AttributeName: "email" }));
    const wrong = await failure(client.send(new C.VerifyUserAttributeCommand({ AccessToken, AttributeName: "email", Code: "000000x" })));
    expect(wrong.name).toBe("CodeMismatchException");
    await client.send(new C.DeleteUserAttributesCommand({ AccessToken, UserAttributeNames: ["nickname"] }));
    expect((await attrs()).nickname).toBeUndefined();
  });

  it("refuses garbage, expired and revoked tokens in Cognito's words", async () => {
    const { ClientId } = await setup();
    const t = await tokensOf(ClientId);
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: "garbage.token.here" })))).message).toBe("Invalid Access Token");
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: t.IdToken })))).message).toBe("Invalid Access Token");
    mock.clock.advance(3601_000);
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: t.AccessToken })))).message).toBe("Access Token has expired");
    mock.clock.advance(-3601_000);
    await client.send(new C.GlobalSignOutCommand({ AccessToken: t.AccessToken }));
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: t.AccessToken })))).message).toBe("Access Token has been revoked");
    const refresh = await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: t.RefreshToken! } })));
    expect(refresh.message).toBe("Refresh Token has been revoked");
    // a new sign-in is unaffected
    expect((await client.send(new C.GetUserCommand({ AccessToken: (await tokensOf(ClientId)).AccessToken }))).Username).toBe("alice");
  });

  it("RevokeToken ends one sign-in; AdminUserGlobalSignOut ends all; a disabled or deleted user's token stops working", async () => {
    const { UserPoolId, ClientId } = await setup();
    const a = await tokensOf(ClientId);
    const b = await tokensOf(ClientId);
    await client.send(new C.RevokeTokenCommand({ ClientId, Token: a.RefreshToken! }));
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: a.AccessToken })))).message).toBe("Access Token has been revoked");
    expect((await client.send(new C.GetUserCommand({ AccessToken: b.AccessToken }))).Username).toBe("alice");
    expect((await failure(client.send(new C.RevokeTokenCommand({ ClientId, Token: b.AccessToken! })))).name).toBe("UnsupportedTokenTypeException");
    await client.send(new C.AdminUserGlobalSignOutCommand({ UserPoolId, Username: "alice" }));
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: b.AccessToken })))).message).toBe("Access Token has been revoked");
    const c = await tokensOf(ClientId);
    await client.send(new C.AdminDisableUserCommand({ UserPoolId, Username: "alice" }));
    expect((await failure(client.send(new C.GetUserCommand({ AccessToken: c.AccessToken })))).message).toBe("User is disabled.");
    await client.send(new C.AdminEnableUserCommand({ UserPoolId, Username: "alice" }));
    await client.send(new C.DeleteUserCommand({ AccessToken: c.AccessToken }));
    expect((await failure(client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "alice" })))).name).toBe("UserNotFoundException");
  });

  it("ChangePassword checks the old password and the policy", async () => {
    const { ClientId } = await setup();
    const { AccessToken } = await tokensOf(ClientId);
    expect((await failure(client.send(new C.ChangePasswordCommand({ AccessToken, PreviousPassword: "Wr0ng!pass", ProposedPassword: "N3w!password" })))).name).toBe("NotAuthorizedException");
    expect((await failure(client.send(new C.ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "short" })))).name).toBe("InvalidPasswordException");
    await client.send(new C.ChangePasswordCommand({ AccessToken, PreviousPassword: PASSWORD, ProposedPassword: "N3w!password" }));
    expect((await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: "N3w!password" } }))).AuthenticationResult).toBeDefined();
  });
});

describe("TOTP MFA", () => {
  it("sets up an authenticator with an access token, then asks for its code at sign-in; a used code is refused", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const { AccessToken } = await tokensOf(ClientId);
    const early = await failure(client.send(new C.SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } })));
    expect(early.message).toBe("User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA");
    const { SecretCode } = await client.send(new C.AssociateSoftwareTokenCommand({ AccessToken }));
    expect(SecretCode).toMatch(/^[A-Z2-7]{52}$/);
    mock.clock.freeze();
    const bad = await failure(client.send(new C.VerifySoftwareTokenCommand({ AccessToken, UserCode: "000000" === authenticatorCode(SecretCode!, mock.clock.now()) ? "111111" : "000000" })));
    expect([bad.name, bad.message]).toEqual(["EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA"]);
    expect((await client.send(new C.VerifySoftwareTokenCommand({ AccessToken, UserCode: authenticatorCode(SecretCode!, mock.clock.now()), FriendlyDeviceName: "phone" }))).Status).toBe("SUCCESS");
    await client.send(new C.SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    const user = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "alice" }));
    expect([user.PreferredMfaSetting, user.UserMFASettingList]).toEqual(["SOFTWARE_TOKEN_MFA", ["SOFTWARE_TOKEN_MFA"]]);

    const challenge = await signIn(ClientId);
    expect(challenge.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    expect(challenge.ChallengeParameters).toMatchObject({ FRIENDLY_DEVICE_NAME: "phone", USER_ID_FOR_SRP: "alice" });
    // the code just used to verify the set-up is spent for this 30 s step
    const reused = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: challenge.Session, ChallengeResponses: { USERNAME: "alice", SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(SecretCode!, mock.clock.now()) } })));
    expect([reused.name, reused.message]).toEqual(["ExpiredCodeException", "Your software token has already been used once."]);
    mock.clock.advance(30_000);
    const wrong = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: challenge.Session, ChallengeResponses: { USERNAME: "alice", SOFTWARE_TOKEN_MFA_CODE: "123456" === authenticatorCode(SecretCode!, mock.clock.now()) ? "654321" : "123456" } })));
    expect([wrong.name, wrong.message]).toEqual(["CodeMismatchException", "Invalid code or auth state for the user."]);
    const ok = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: challenge.Session, ChallengeResponses: { USERNAME: "alice", SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(SecretCode!, mock.clock.now()) } }));
    expect(ok.AuthenticationResult?.AccessToken).toBeDefined();
    mock.clock.unfreeze();
  });

  it("MFA required: MFA_SETUP through AssociateSoftwareToken and VerifySoftwareToken with the session", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const first = await signIn(ClientId);
    expect(first.ChallengeName).toBe("MFA_SETUP");
    expect(JSON.parse(first.ChallengeParameters!.MFAS_CAN_SETUP)).toEqual(["SOFTWARE_TOKEN_MFA"]);
    const assoc = await client.send(new C.AssociateSoftwareTokenCommand({ Session: first.Session }));
    mock.clock.freeze();
    const verified = await client.send(new C.VerifySoftwareTokenCommand({ Session: assoc.Session, UserCode: authenticatorCode(assoc.SecretCode!, mock.clock.now()) }));
    expect(verified.Status).toBe("SUCCESS");
    const done = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "MFA_SETUP", Session: verified.Session, ChallengeResponses: { USERNAME: "alice" } }));
    expect(done.AuthenticationResult?.IdToken).toBeDefined();
    expect(done.ChallengeParameters).toEqual({});
    mock.clock.advance(60_000);
    expect((await signIn(ClientId)).ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    mock.clock.unfreeze();
  });
});

describe("SMS MFA and the choice between factors", () => {
  it("sends an SMS code and checks it; with two factors asks which", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "OPTIONAL", SmsMfaConfiguration: { SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/sns" } }, SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await client.send(new C.AdminSetUserMFAPreferenceCommand({ UserPoolId, Username: "alice", SMSMfaSettings: { Enabled: true } }));
    const sms = await signIn(ClientId);
    expect(sms.ChallengeName).toBe("SMS_MFA");
    expect(sms.ChallengeParameters).toMatchObject({ CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0100" });
    const code = mock.outbox.lastCode({ username: "alice", purpose: "MFA_SMS" })!;
    const ok = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "SMS_MFA", Session: sms.Session, ChallengeResponses: { USERNAME: "alice", SMS_MFA_CODE: code } }));
    expect(ok.AuthenticationResult).toBeDefined();

    const { AccessToken } = ok.AuthenticationResult!;
    const { SecretCode } = await client.send(new C.AssociateSoftwareTokenCommand({ AccessToken }));
    await client.send(new C.VerifySoftwareTokenCommand({ AccessToken, UserCode: authenticatorCode(SecretCode!, mock.clock.now()) }));
    await client.send(new C.SetUserMFAPreferenceCommand({ AccessToken, SoftwareTokenMfaSettings: { Enabled: true } }));
    const choose = await signIn(ClientId);
    expect(choose.ChallengeName).toBe("SELECT_MFA_TYPE");
    expect(JSON.parse(choose.ChallengeParameters!.MFAS_CAN_CHOOSE)).toEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]);
    const picked = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "SELECT_MFA_TYPE", Session: choose.Session, ChallengeResponses: { USERNAME: "alice", ANSWER: "SMS_MFA" } }));
    expect(picked.ChallengeName).toBe("SMS_MFA");
  });
});
