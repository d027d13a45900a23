// The error scenarios, each driven through a real client (Amplify v6 where a frontend would be, the AWS
// SDK for admin and backend calls, amazon-cognito-identity-js for one check), composed after the
// scenario whose pool they use, as their descriptions say. Plus mock.failNext, the one-line injection.
import { beforeEach, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmResetPassword, confirmSignIn, confirmSignUp, resendSignUpCode, resetPassword, signIn, signOut, signUp } from "aws-amplify/auth";
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from "amazon-cognito-identity-js";
import { createCognitoMock } from "../../src/index.js";
import { defineScenario } from "../../src/scenarios/define.js";
import type { AppliedScenarios } from "../../src/scenarios/run.js";
import { checkRule } from "../../src/scenarios/rules.js";
import { builtInScenarios } from "../../scenarios/index.js";
import throttled from "../../scenarios/throttled.js";
import slowNetwork, { SLOW_NETWORK_LATENCY_MS } from "../../scenarios/slow-network.js";
import { LOCKOUT_PASSWORD } from "../../scenarios/lockout.js";
import { DEMO_PASSWORD } from "../../src/server/demo.js";
import { failure, useMock } from "../support/mock.js";
import { authenticatorCode } from "../support/totp.js";

const { mock, client } = useMock();

async function use(names: string): Promise<AppliedScenarios["info"]> {
  const { info } = await mock.useScenario(names);
  Amplify.configure({ Auth: { Cognito: { userPoolId: info.userPoolId!, userPoolClientId: info.clientId! } } });
  return info;
}
const user = (info: AppliedScenarios["info"], i = 0) => info.users![i];
const passwordSignIn = (ClientId: string, USERNAME: string, PASSWORD: string) =>
  client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }));

beforeEach(async () => { await signOut().catch(() => undefined); });

describe("the error scenarios are registered", () => {
  it("all seven, as kind error, with rules that pass the install check", async () => {
    const names = ["throttled", "lockout", "code-delivery-failure", "expired-codes", "wrong-codes", "service-outage", "slow-network"];
    for (const name of names) {
      const s = builtInScenarios.find((x) => x.name === name);
      expect(s?.kind, name).toBe("error");
      expect(s!.description.length).toBeGreaterThan(80);
      for (const rule of s!.rules ?? []) expect(() => checkRule(rule), `${name}: ${JSON.stringify(rule)}`).not.toThrow();
    }
    // alone, each seeds default's pool (so there is something to sign in to) and installs its rules
    const alone = createCognitoMock({ seed: "e", scenario: "wrong-codes" });
    const { info } = await alone.ready();
    expect(info.users?.[0]).toMatchObject({ username: "demo", password: DEMO_PASSWORD });
    expect(alone.rules.length).toBe(6);
  });
});

describe("throttled", () => {
  it("fails an Amplify sign-in with TooManyRequestsException \"Rate exceeded\", every time", async () => {
    const info = await use("default,throttled");
    await expect(signIn({ username: user(info).username, password: user(info).password! })).rejects.toMatchObject({ name: "TooManyRequestsException", message: "Rate exceeded" });
    // Amplify retried on its own: why the rule holds for every call rather than the next one only
    expect(mock.rules.find((r) => r.operation === "InitiateAuth")!.used).toBeGreaterThan(1);
    const e = await failure(passwordSignIn(info.clientId!, "demo", DEMO_PASSWORD));
    expect(e.name).toBe("TooManyRequestsException");
    expect(e.$metadata.httpStatusCode).toBe(400);
  });

  it("throttles challenge answers and admin sign-in, but not token refresh", async () => {
    const info = await use("default");
    const signedIn = await passwordSignIn(info.clientId!, "demo", DEMO_PASSWORD);
    for (const rule of throttled.rules!) mock.addRule(rule);
    const refreshed = await client.send(new C.InitiateAuthCommand({ ClientId: info.clientId!, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: signedIn.AuthenticationResult!.RefreshToken! } }));
    expect(refreshed.AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId: info.clientId!, ChallengeName: "PASSWORD_VERIFIER", ChallengeResponses: {} })))).name).toBe("TooManyRequestsException");
    expect((await failure(client.send(new C.AdminInitiateAuthCommand({ UserPoolId: info.userPoolId!, ClientId: info.clientId!, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "demo", PASSWORD: DEMO_PASSWORD } })))).name).toBe("TooManyRequestsException");
  });
});

describe("lockout", () => {
  it("shows \"Password attempts exceeded\" at once for the locked user, right password included, until the lock ends", async () => {
    const info = await use("default,lockout");
    const locked = info.users!.find((u) => u.username === "locked-out@example.com")!;
    expect(locked.password).toBe(LOCKOUT_PASSWORD);
    await expect(signIn({ username: locked.username, password: LOCKOUT_PASSWORD })).rejects.toMatchObject({ name: "NotAuthorizedException", message: "Password attempts exceeded" });
    // attempts during the lock do not lengthen it: 16 minutes on, still locked; 17+ minutes on, free
    mock.clock.advance(16 * 60_000);
    await expect(signIn({ username: locked.username, password: LOCKOUT_PASSWORD })).rejects.toMatchObject({ message: "Password attempts exceeded" });
    mock.clock.advance(2 * 60_000);
    expect((await signIn({ username: locked.username, password: LOCKOUT_PASSWORD })).isSignedIn).toBe(true);
  });

  it("locks the clean user after 5 wrong passwords, as Cognito does (amazon-cognito-identity-js)", async () => {
    const info = await use("default,lockout");
    mock.clock.freeze(); // the first lock lasts 1 s: keep the test from outrunning it on a slow machine
    const pool = new CognitoUserPool({ UserPoolId: info.userPoolId!, ClientId: info.clientId! });
    const attempt = (password: string) => new Promise<string>((resolve) => {
      new CognitoUser({ Username: "lockout-demo@example.com", Pool: pool }).authenticateUser(new AuthenticationDetails({ Username: "lockout-demo@example.com", Password: password }), {
        onSuccess: () => resolve("ok"), onFailure: (e: Error) => resolve(e.message),
      });
    });
    for (let i = 0; i < 5; i++) expect(await attempt("Wr0ng!guess")).toBe("Incorrect username or password.");
    expect(await attempt(LOCKOUT_PASSWORD)).toBe("Password attempts exceeded");
    mock.clock.advance(1_000);
    expect(await attempt(LOCKOUT_PASSWORD)).toBe("ok");
    mock.clock.unfreeze();
  });

  it("uses the pool it is composed after, and signs in by e-mail in an e-mail-as-username pool", async () => {
    const info = await use("users-1k,lockout");
    await expect(signIn({ username: "locked-out@example.com", password: LOCKOUT_PASSWORD })).rejects.toMatchObject({ message: "Password attempts exceeded" });
    expect((await client.send(new C.DescribeUserPoolCommand({ UserPoolId: info.userPoolId! }))).UserPool?.EstimatedNumberOfUsers).toBe(1_002);
  });
});

describe("code-delivery-failure", () => {
  it("fails sign-up, resend and password reset with CodeDeliveryFailureException, sending nothing; sign-in still works", async () => {
    const info = await use("default,code-delivery-failure");
    const refused = { name: "CodeDeliveryFailureException", message: "Unable to deliver the verification code." };
    await expect(signUp({ username: "newbie", password: "Sup3r!secret", options: { userAttributes: { email: "newbie@example.com" } } })).rejects.toMatchObject(refused);
    expect((await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "newbie" })))).name).toBe("UserNotFoundException");
    await expect(resendSignUpCode({ username: "demo" })).rejects.toMatchObject(refused);
    await expect(resetPassword({ username: "demo" })).rejects.toMatchObject(refused);
    expect(mock.outbox.messages).toHaveLength(0);
    expect((await signIn({ username: "demo", password: DEMO_PASSWORD })).isSignedIn).toBe(true);
  });
});

describe("expired-codes", () => {
  it("refuses the right sign-up and password-reset codes with ExpiredCodeException (Amplify)", async () => {
    await use("default,expired-codes");
    await signUp({ username: "late", password: "Sup3r!secret", options: { userAttributes: { email: "late@example.com" } } });
    const code = mock.outbox.lastCode({ destination: "late@example.com" })!;
    const expired = { name: "ExpiredCodeException", message: "Invalid code provided, please request a code again." };
    await expect(confirmSignUp({ username: "late", confirmationCode: code })).rejects.toMatchObject(expired);
    await resetPassword({ username: "demo" });
    await expect(confirmResetPassword({ username: "demo", confirmationCode: mock.outbox.lastCode({ destination: "demo@example.com" })!, newPassword: "N3w!password" })).rejects.toMatchObject(expired);
  });

  it("refuses the right attribute verification code", async () => {
    const info = await use("default,expired-codes");
    const { AuthenticationResult } = await passwordSignIn(info.clientId!, "demo", DEMO_PASSWORD);
    await client.send(new C.UpdateUserAttributesCommand({ AccessToken: AuthenticationResult!.AccessToken!, UserAttributes: [{ Name: "email", Value: "new-demo@example.com" }] }));
    const e = await failure(client.send(new C.VerifyUserAttributeCommand({ AccessToken: AuthenticationResult!.AccessToken!, AttributeName: "email", Code: mock.outbox.lastCode({ destination: "new-demo@example.com" })! })));
    expect(e.name).toBe("ExpiredCodeException");
  });

  it("lets the password through but expires the SMS MFA code (composed after sms-mfa)", async () => {
    const info = await use("sms-mfa,expired-codes");
    const r = await signIn({ username: user(info).username, password: user(info).password! });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_SMS_CODE");
    await expect(confirmSignIn({ challengeResponse: mock.outbox.lastCode({ purpose: "MFA_SMS" })! })).rejects.toMatchObject({ name: "ExpiredCodeException", message: "Invalid code provided, please request a code again." });
  });

  it("answers a TOTP code as already used (composed after totp-mfa)", async () => {
    const info = await use("totp-mfa,expired-codes");
    const r = await signIn({ username: user(info).username, password: user(info).password! });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
    await expect(confirmSignIn({ challengeResponse: authenticatorCode(info.details!.totpSecret, mock.clock.now()) }))
      .rejects.toMatchObject({ name: "ExpiredCodeException", message: "Your software token has already been used once." });
  });
});

describe("wrong-codes", () => {
  it("refuses the right sign-up code as a mismatch, and counts nothing against the user", async () => {
    await use("default,wrong-codes");
    await signUp({ username: "typo", password: "Sup3r!secret", options: { userAttributes: { email: "typo@example.com" } } });
    const code = mock.outbox.lastCode({ destination: "typo@example.com" })!;
    for (let i = 0; i < 6; i++) {
      await expect(confirmSignUp({ username: "typo", confirmationCode: code })).rejects.toMatchObject({ name: "CodeMismatchException", message: "Invalid verification code provided, please try again." });
    }
    mock.clearRules();
    expect((await confirmSignUp({ username: "typo", confirmationCode: code })).isSignUpComplete).toBe(true);
  });

  it("refuses the right e-mail MFA code with Cognito's MFA wording (composed after email-mfa)", async () => {
    const info = await use("email-mfa,wrong-codes");
    const r = await signIn({ username: user(info).username, password: user(info).password! });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_EMAIL_CODE");
    await expect(confirmSignIn({ challengeResponse: mock.outbox.lastCode({ purpose: "MFA_EMAIL" })! })).rejects.toMatchObject({ name: "CodeMismatchException", message: "Invalid code or auth state for the user." });
  });

  it("refuses the right TOTP code at sign-in (composed after totp-mfa)", async () => {
    const info = await use("totp-mfa,wrong-codes");
    await signIn({ username: user(info).username, password: user(info).password! });
    await expect(confirmSignIn({ challengeResponse: authenticatorCode(info.details!.totpSecret, mock.clock.now()) })).rejects.toMatchObject({ name: "CodeMismatchException", message: "Invalid code or auth state for the user." });
  });

  it("refuses the right code when setting up an authenticator, as Cognito words it", async () => {
    const info = await use("default,wrong-codes");
    const AccessToken = (await passwordSignIn(info.clientId!, "demo", DEMO_PASSWORD)).AuthenticationResult!.AccessToken!;
    const { SecretCode } = await client.send(new C.AssociateSoftwareTokenCommand({ AccessToken }));
    const UserCode = authenticatorCode(SecretCode!, mock.clock.now());
    const e = await failure(client.send(new C.VerifySoftwareTokenCommand({ AccessToken, UserCode })));
    expect(e).toMatchObject({ name: "EnableSoftwareTokenMFAException", message: "Code mismatch and fail enable Software Token MFA" });
    mock.clearRules();
    expect((await client.send(new C.VerifySoftwareTokenCommand({ AccessToken, UserCode }))).Status).toBe("SUCCESS");
  });
});

describe("service-outage", () => {
  it("answers every operation with InternalErrorException, HTTP 500", async () => {
    const info = await use("default,service-outage");
    for (const call of [
      () => passwordSignIn(info.clientId!, "demo", DEMO_PASSWORD),
      () => client.send(new C.ListUserPoolsCommand({ MaxResults: 10 })),
      () => client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" })),
      () => client.send(new C.SignUpCommand({ ClientId: info.clientId!, Username: "x", Password: "Sup3r!secret" })),
    ]) {
      const e = await failure(call());
      expect(e).toMatchObject({ name: "InternalErrorException", message: "Internal server error." });
      expect(e.$metadata.httpStatusCode).toBe(500);
    }
    // a frontend library sees the same
    await expect(signIn({ username: "demo", password: DEMO_PASSWORD })).rejects.toMatchObject({ name: "InternalErrorException" });
  });
});

describe("slow-network", () => {
  it("ships one rule: 1,500 ms on every operation, and a call really waits that long", async () => {
    expect(slowNetwork.rules).toEqual([{ operation: "*", latencyMs: 1_500 }]);
    expect(SLOW_NETWORK_LATENCY_MS).toBe(1_500);
    await use("default,slow-network");
    const start = performance.now();
    await client.send(new C.ListUserPoolsCommand({ MaxResults: 10 }));
    expect(performance.now() - start).toBeGreaterThanOrEqual(1_450);
  });

  it("slows both calls of an Amplify SRP sign-in (the same rule with a shorter latency, to keep the test fast)", async () => {
    const quick = defineScenario({ ...slowNetwork, name: "slow-network-200", rules: [{ ...slowNetwork.rules![0], latencyMs: 200 }] });
    const { info } = await mock.useScenario(["default", quick]);
    Amplify.configure({ Auth: { Cognito: { userPoolId: info.userPoolId!, userPoolClientId: info.clientId! } } });
    const start = performance.now();
    expect((await signIn({ username: "demo", password: DEMO_PASSWORD })).isSignedIn).toBe(true);
    expect(performance.now() - start).toBeGreaterThanOrEqual(390);
  });
});

describe("mock.failNext: any declared error in one line", () => {
  it("fails just the next call of an operation, then lets it through", async () => {
    const info = await use("default");
    // (not a throttling-like error here: Amplify retries those by itself and would hide a one-shot one)
    mock.failNext("SignUp", "UsernameExistsException", { message: "User already exists" });
    await expect(signUp({ username: "again", password: "Sup3r!secret", options: { userAttributes: { email: "again@example.com" } } })).rejects.toMatchObject({ name: "UsernameExistsException", message: "User already exists" });
    expect((await signUp({ username: "again", password: "Sup3r!secret", options: { userAttributes: { email: "again@example.com" } } })).nextStep.signUpStep).toBe("CONFIRM_SIGN_UP");

    mock.failNext("ListUsers", "TooManyRequestsException", { times: 2 });
    for (let i = 0; i < 2; i++) {
      expect(await failure(client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId! })))).toMatchObject({ name: "TooManyRequestsException", message: "Rate exceeded" });
    }
    expect((await client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId! }))).Users!.length).toBe(2);

    mock.failNext("AdminGetUser", "UserNotFoundException", { message: "User does not exist.", when: { Username: "demo" } });
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "again" }))).Username).toBe("again");
    expect((await failure(client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId!, Username: "demo" })))).name).toBe("UserNotFoundException");

    mock.failNext("ForgotPassword", "InvalidEmailRoleAccessPolicyException", { message: "Cognito is not allowed to use your email identity." });
    await expect(resetPassword({ username: "demo" })).rejects.toMatchObject({ name: "InvalidEmailRoleAccessPolicyException", message: "Cognito is not allowed to use your email identity." });
  });

  it("refuses an error the operation does not declare, and unknown errors and operations", () => {
    expect(() => mock.failNext("ListUsers", "CodeMismatchException")).toThrow(/ListUsers does not declare CodeMismatchException/);
    expect(() => mock.failNext("SignUp", "NoSuchException")).toThrow(/unknown error NoSuchException/);
    expect(() => mock.failNext("SignIn", "NotAuthorizedException")).toThrow(/unknown operation SignIn/);
    expect(mock.rules).toHaveLength(0);
  });

  it("refuses a scenario whose rule names an undeclared error, before seeding anything", async () => {
    const bad = defineScenario({ name: "bad", kind: "error", description: "x", seeds: "x", rules: [{ operation: "SignUp", error: { type: "ExpiredCodeException" } }] });
    await expect(mock.useScenario(["default", bad])).rejects.toThrow(/SignUp does not declare ExpiredCodeException/);
    expect(mock.store.pools.size).toBe(0);
  });
});
