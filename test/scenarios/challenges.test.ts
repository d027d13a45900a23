// The challenge scenarios, each driven through the client a frontend would use (Amplify v6,
// amazon-cognito-identity-js) or the AWS SDK: the credentials the scenario reports must lead to the
// challenge or error it promises, and on to tokens.
import { beforeEach, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { confirmResetPassword, confirmSignIn, confirmSignUp, fetchAuthSession, signIn, signOut } from "aws-amplify/auth";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession, type ICognitoStorage } from "amazon-cognito-identity-js";
import { createCognitoMock } from "../../src/index.js";
import { builtInScenarios } from "../../scenarios/index.js";
import { defineScenario, type ScenarioInfo } from "../../src/scenarios/define.js";
import { useMock, failure } from "../support/mock.js";
import { authenticatorCode } from "../support/totp.js";
import { SoftwareAuthenticator, type CreationOptionsJSON, type RequestOptionsJSON } from "../support/passkey.js";

const { client, mock, server } = useMock();
const NEW_PASSWORD = "N3w!password-chosen";

const CHALLENGES = [
  "new-password-required", "sms-mfa", "email-mfa", "totp-mfa", "mfa-setup-required", "mfa-select", "custom-challenge",
  "passwordless-email", "passwordless-sms", "passkey", "remembered-device", "unconfirmed-user", "password-reset-required", "disabled-user",
];

/** Starts over from the scenario(s) and points Amplify at the pool they made. */
async function use(scenarios: Parameters<typeof mock.useScenario>[0]) {
  const { info } = await mock.useScenario(scenarios);
  Amplify.configure({ Auth: { Cognito: { userPoolId: info.userPoolId!, userPoolClientId: info.clientId! } } });
  const user = info.users![info.users!.length - 1];
  return { info, user: { username: user.username, password: user.password!, notes: user.notes ?? "" } };
}

const userStatus = async (info: ScenarioInfo, Username: string) => (await client.send(new C.AdminGetUserCommand({ UserPoolId: info.userPoolId, Username }))).UserStatus;
const passwordSignIn = (info: ScenarioInfo, USERNAME: string, PASSWORD: string) =>
  client.send(new C.InitiateAuthCommand({ ClientId: info.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } }));

beforeEach(async () => { await signOut().catch(() => undefined); });

describe("the challenge scenarios", () => {
  it("are registered, documented, and say what to sign in with", () => {
    const byName = new Map(builtInScenarios.map((s) => [s.name, s]));
    for (const name of CHALLENGES) {
      const s = byName.get(name);
      expect(s, name).toBeDefined();
      expect(s!.kind).toBe("challenge");
      expect(s!.description.length).toBeGreaterThan(100);
      expect(s!.seeds).not.toContain("\n");
      expect(s!.credentials?.[0]?.username).toBeTruthy();
    }
  });

  it("each seeds without errors, and the same seed gives the same pool, client and secrets", async () => {
    for (const name of CHALLENGES) {
      const a = (await createCognitoMock({ seed: "same", validateResponses: true, scenario: name }).ready()).info;
      const b = (await createCognitoMock({ seed: "same", validateResponses: true, scenario: name }).ready()).info;
      expect(a.userPoolId, name).toMatch(/^us-east-1_[0-9A-Za-z]+$/);
      expect(b, name).toEqual(a);
      expect(a.users?.[0]?.username, name).toBe(builtInScenarios.find((s) => s.name === name)!.credentials![0].username);
    }
  });
});

describe("new-password-required", () => {
  it("Amplify: the temporary password leads to CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED, then a new password signs in", async () => {
    const { info, user } = await use("new-password-required");
    expect(await userStatus(info, user.username)).toBe("FORCE_CHANGE_PASSWORD");
    const r = await signIn({ username: user.username, password: user.password });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED");
    expect((await confirmSignIn({ challengeResponse: NEW_PASSWORD })).isSignedIn).toBe(true);
    expect(await userStatus(info, user.username)).toBe("CONFIRMED");
  });

  it("composed after default: the user joins the default pool and amazon-cognito-identity-js gets newPasswordRequired", async () => {
    const { info: base } = await createCognitoMock({ seed: "test", scenario: "default" }).ready();
    const { info, user } = await use("default,new-password-required");
    expect([info.userPoolId, info.clientId]).toEqual([base.userPoolId, base.clientId]);
    expect(info.users!.map((u) => u.username)).toEqual(["demo", "new-user"]);
    const pool = new CognitoUserPool({ UserPoolId: info.userPoolId!, ClientId: info.clientId! });
    const cognitoUser = new CognitoUser({ Username: user.username, Pool: pool });
    const outcome = await new Promise<string>((resolve) => cognitoUser.authenticateUser(new AuthenticationDetails({ Username: user.username, Password: user.password }), {
      onSuccess: () => resolve("tokens"), onFailure: (e) => resolve(`error ${e.code}`), newPasswordRequired: () => resolve("newPasswordRequired"),
    }));
    expect(outcome).toBe("newPasswordRequired");
  });
});

describe("sms-mfa", () => {
  it("Amplify: CONFIRM_SIGN_IN_WITH_SMS_CODE to the masked phone; a wrong code is refused, 123456 signs in", async () => {
    const { info, user } = await use("sms-mfa");
    const r = await signIn({ username: user.username, password: user.password });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_SMS_CODE");
    expect((r.nextStep as { codeDeliveryDetails?: { destination?: string } }).codeDeliveryDetails?.destination).toBe("+*******0101");
    expect(mock.outbox.lastCode({ userPoolId: info.userPoolId, username: user.username, purpose: "MFA_SMS" })).toBe("123456");
    await expect(confirmSignIn({ challengeResponse: "654321" })).rejects.toMatchObject({ name: "CodeMismatchException", message: "Invalid code or auth state for the user." });
    expect((await confirmSignIn({ challengeResponse: "123456" })).isSignedIn).toBe(true);
  });
});

describe("email-mfa", () => {
  it("Amplify: CONFIRM_SIGN_IN_WITH_EMAIL_CODE; the 8-digit code is 12345678", async () => {
    const { info, user } = await use("email-mfa");
    const pool = await client.send(new C.DescribeUserPoolCommand({ UserPoolId: info.userPoolId }));
    expect(pool.UserPool!.EmailConfiguration?.EmailSendingAccount).toBe("DEVELOPER");
    const r = await signIn({ username: user.username, password: user.password });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_EMAIL_CODE");
    const sent = mock.outbox.forUser(info.userPoolId!, user.username, "MFA_EMAIL");
    expect(sent.map((m) => [m.channel, m.destination, m.code])).toEqual([["EMAIL", "email-user@example.com", "12345678"]]);
    expect((await confirmSignIn({ challengeResponse: "12345678" })).isSignedIn).toBe(true);
  });
});

describe("totp-mfa", () => {
  it("Amplify: CONFIRM_SIGN_IN_WITH_TOTP_CODE, answered with the authenticator code of the secret in the notes", async () => {
    const { info, user } = await use("totp-mfa");
    const secret = /TOTP secret ([A-Z2-7]+)/.exec(user.notes)![1];
    expect(secret).toMatch(/^[A-Z2-7]{52}$/);
    expect(info.details!.totpUri).toBe(`otpauth://totp/cognito-idp-mock:totp-user?secret=${secret}&issuer=cognito-idp-mock&algorithm=SHA1&digits=6&period=30`);
    mock.clock.freeze();
    try {
      const r = await signIn({ username: user.username, password: user.password });
      expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
      // the code an authenticator shows right after the scenario was applied works: set-up did not spend it
      expect((await confirmSignIn({ challengeResponse: authenticatorCode(secret, mock.clock.now()) })).isSignedIn).toBe(true);
    } finally {
      mock.clock.unfreeze();
    }
  });

  it("the secret depends only on the seed", async () => {
    const secretOf = async (seed: string) => (await createCognitoMock({ seed, scenario: "totp-mfa" }).ready()).info.details!.totpSecret;
    expect(await secretOf("alpha")).toBe(await secretOf("alpha"));
    expect(await secretOf("alpha")).not.toBe(await secretOf("beta"));
  });
});

describe("mfa-setup-required", () => {
  it("Amplify: CONTINUE_SIGN_IN_WITH_TOTP_SETUP, then the app's code finishes set-up; next time it asks for the code", async () => {
    const { user } = await use("mfa-setup-required");
    const r = await signIn({ username: user.username, password: user.password });
    expect(r.nextStep.signInStep).toBe("CONTINUE_SIGN_IN_WITH_TOTP_SETUP");
    const secret = (r.nextStep as { totpSetupDetails: { sharedSecret: string } }).totpSetupDetails.sharedSecret;
    mock.clock.freeze();
    try {
      expect((await confirmSignIn({ challengeResponse: authenticatorCode(secret, mock.clock.now()) })).isSignedIn).toBe(true);
      await signOut();
      mock.clock.advance(30_000);
      expect((await signIn({ username: user.username, password: user.password })).nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
    } finally {
      mock.clock.unfreeze();
    }
  });
});

describe("mfa-select", () => {
  it("Amplify: CONTINUE_SIGN_IN_WITH_MFA_SELECTION between SMS and TOTP; SMS then 123456", async () => {
    const { user } = await use("mfa-select");
    const r = await signIn({ username: user.username, password: user.password });
    expect(r.nextStep.signInStep).toBe("CONTINUE_SIGN_IN_WITH_MFA_SELECTION");
    expect((r.nextStep as { allowedMFATypes?: string[] }).allowedMFATypes).toEqual(["SMS", "TOTP"]);
    expect((await confirmSignIn({ challengeResponse: "SMS" })).nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_SMS_CODE");
    expect((await confirmSignIn({ challengeResponse: "123456" })).isSignedIn).toBe(true);
  });

  it("SDK: choosing SOFTWARE_TOKEN_MFA asks for the code of the secret in the details", async () => {
    const { info, user } = await use("mfa-select");
    const first = await passwordSignIn(info, user.username, user.password);
    expect(first.ChallengeName).toBe("SELECT_MFA_TYPE");
    expect(JSON.parse(first.ChallengeParameters!.MFAS_CAN_CHOOSE)).toEqual(["SMS_MFA", "SOFTWARE_TOKEN_MFA"]);
    const totp = await client.send(new C.RespondToAuthChallengeCommand({ ClientId: info.clientId, ChallengeName: "SELECT_MFA_TYPE", Session: first.Session, ChallengeResponses: { USERNAME: user.username, ANSWER: "SOFTWARE_TOKEN_MFA" } }));
    expect(totp.ChallengeName).toBe("SOFTWARE_TOKEN_MFA");
    const done = await client.send(new C.RespondToAuthChallengeCommand({
      ClientId: info.clientId, ChallengeName: "SOFTWARE_TOKEN_MFA", Session: totp.Session,
      ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: authenticatorCode(info.details!.totpSecret, mock.clock.now()) },
    }));
    expect(done.AuthenticationResult?.AccessToken).toBeDefined();
  });
});

describe("custom-challenge", () => {
  it("Amplify CUSTOM_WITHOUT_SRP: the question, a wrong answer asks again, 42 signs in", async () => {
    const { user } = await use("custom-challenge");
    const r = await signIn({ username: user.username, options: { authFlowType: "CUSTOM_WITHOUT_SRP" } });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE");
    expect((r.nextStep as { additionalInfo?: Record<string, string> }).additionalInfo?.question).toBe("What is 6 x 7?");
    expect((await confirmSignIn({ challengeResponse: "41" })).nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE");
    expect((await confirmSignIn({ challengeResponse: "42" })).isSignedIn).toBe(true);
  });

  it("Amplify CUSTOM_WITH_SRP checks the password before the question; three wrong answers fail the sign-in", async () => {
    const { info, user } = await use("custom-challenge");
    const r = await signIn({ username: user.username, password: user.password, options: { authFlowType: "CUSTOM_WITH_SRP" } });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE");
    await signOut();
    await expect(signIn({ username: user.username, password: "Wr0ng!password", options: { authFlowType: "CUSTOM_WITH_SRP" } })).rejects.toMatchObject({ name: "NotAuthorizedException" });

    let step = await client.send(new C.InitiateAuthCommand({ ClientId: info.clientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: user.username } }));
    for (const answer of ["1", "2"]) {
      step = await client.send(new C.RespondToAuthChallengeCommand({ ClientId: info.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: step.Session, ChallengeResponses: { USERNAME: user.username, ANSWER: answer } }));
      expect(step.ChallengeName).toBe("CUSTOM_CHALLENGE");
    }
    const last = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId: info.clientId, ChallengeName: "CUSTOM_CHALLENGE", Session: step.Session, ChallengeResponses: { USERNAME: user.username, ANSWER: "3" } })));
    expect([last.name, last.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
  });
});

describe("passwordless-email and passwordless-sms", () => {
  it("Amplify USER_AUTH with EMAIL_OTP: CONFIRM_SIGN_IN_WITH_EMAIL_CODE, 12345678 signs in without a password", async () => {
    const { info, user } = await use("passwordless-email");
    const r = await signIn({ username: user.username, options: { authFlowType: "USER_AUTH", preferredChallenge: "EMAIL_OTP" } });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_EMAIL_CODE");
    const [sent] = mock.outbox.forUser(info.userPoolId!, user.username, "OTP_SIGN_IN");
    expect([sent.channel, sent.destination, sent.code]).toEqual(["EMAIL", "otp-email-user@example.com", "12345678"]);
    await expect(confirmSignIn({ challengeResponse: "87654321" })).rejects.toMatchObject({ name: "CodeMismatchException" });
    expect((await confirmSignIn({ challengeResponse: "12345678" })).isSignedIn).toBe(true);
    expect((await fetchAuthSession()).tokens?.idToken?.payload.email).toBe("otp-email-user@example.com");
  });

  it("SDK: without a preference the choices are the password and the email code", async () => {
    const { info, user } = await use("passwordless-email");
    const r = await client.send(new C.InitiateAuthCommand({ ClientId: info.clientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: user.username } }));
    expect([r.ChallengeName, r.AvailableChallenges]).toEqual(["SELECT_CHALLENGE", ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"]]);
  });

  it("Amplify USER_AUTH with SMS_OTP: CONFIRM_SIGN_IN_WITH_SMS_CODE, 12345678 signs in", async () => {
    const { info, user } = await use("passwordless-sms");
    const r = await signIn({ username: user.username, options: { authFlowType: "USER_AUTH", preferredChallenge: "SMS_OTP" } });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_SMS_CODE");
    const [sent] = mock.outbox.forUser(info.userPoolId!, user.username, "OTP_SIGN_IN");
    expect([sent.channel, sent.destination, sent.code]).toEqual(["SMS", "+15555550103", "12345678"]);
    expect((await confirmSignIn({ challengeResponse: "12345678" })).isSignedIn).toBe(true);
  });
});

describe("passkey", () => {
  it("registers a passkey from http://localhost after a password sign-in, then signs in with WEB_AUTHN", async () => {
    const { info, user } = await use("passkey");
    const origin = "http://localhost:5173";
    const userAuth = (AuthParameters: Record<string, string>) => client.send(new C.InitiateAuthCommand({ ClientId: info.clientId, AuthFlow: "USER_AUTH", AuthParameters }));
    const before = await userAuth({ USERNAME: user.username, PREFERRED_CHALLENGE: "WEB_AUTHN" });
    expect([before.ChallengeName, before.AvailableChallenges]).toEqual(["SELECT_CHALLENGE", ["PASSWORD", "PASSWORD_SRP"]]);

    const { AccessToken } = (await userAuth({ USERNAME: user.username, PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: user.password })).AuthenticationResult!;
    const { CredentialCreationOptions } = await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }));
    const creation = CredentialCreationOptions as unknown as CreationOptionsJSON;
    expect(creation.rp.id).toBe("localhost");
    const authenticator = new SoftwareAuthenticator();
    await client.send(new C.CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: authenticator.register(creation, { origin }) as never }));

    const r = await userAuth({ USERNAME: user.username, PREFERRED_CHALLENGE: "WEB_AUTHN" });
    expect(r.ChallengeName).toBe("WEB_AUTHN");
    const options = JSON.parse(r.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS) as RequestOptionsJSON;
    expect(options.rpId).toBe("localhost");
    const answer = (credential: unknown) => client.send(new C.RespondToAuthChallengeCommand({ ClientId: info.clientId, ChallengeName: "WEB_AUTHN", Session: r.Session, ChallengeResponses: { USERNAME: user.username, CREDENTIAL: JSON.stringify(credential) } }));
    expect((await failure(answer(authenticator.assert(options, { origin: "http://evil.localhost.example:5173" })))).name).toBe("NotAuthorizedException");
    const done = await answer(authenticator.assert(options, { origin }));
    expect(done.AuthenticationResult?.AccessToken).toBeDefined();
  });
});

/** What a browser's localStorage would hold for amazon-cognito-identity-js: the device key, group key and secret. */
class MemoryStorage implements ICognitoStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
  removeItem(key: string) { this.items.delete(key); }
  clear() { this.items.clear(); }
}

describe("remembered-device", () => {
  it("amazon-cognito-identity-js: SMS code on the first sign-in, which remembers the device; none the second time", async () => {
    const { info, user } = await use("remembered-device");
    const Storage = new MemoryStorage();
    const pool = new CognitoUserPool({ UserPoolId: info.userPoolId!, ClientId: info.clientId!, Storage });
    const challenges: string[] = [];
    const listener = async ({ request }: { request: Request }) => {
      const body = await request.clone().json() as { ChallengeName?: string };
      if (body.ChallengeName) challenges.push(body.ChallengeName);
    };
    server.events.on("request:start", listener);
    const signInOnce = () => {
      const cognitoUser = new CognitoUser({ Username: user.username, Pool: pool, Storage });
      return new Promise<{ session: CognitoUserSession; mfaAsked: boolean }>((resolve, reject) => {
        let mfaAsked = false;
        const callbacks = {
          onSuccess: (session: CognitoUserSession) => resolve({ session, mfaAsked }),
          onFailure: reject,
          // the code a developer types: the scenario fixes it
          mfaRequired: () => { mfaAsked = true; cognitoUser.sendMFACode("123456", callbacks); },
        };
        cognitoUser.authenticateUser(new AuthenticationDetails({ Username: user.username, Password: user.password }), callbacks);
      });
    };
    try {
      const first = await signInOnce();
      expect(first.mfaAsked).toBe(true);
      const deviceKey = [...Storage.items].find(([k]) => k.endsWith(".deviceKey"))?.[1];
      expect(deviceKey).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
      expect(first.session.getAccessToken().payload.device_key).toBe(deviceKey);
      challenges.length = 0;
      const second = await signInOnce();
      expect(second.mfaAsked).toBe(false);
      expect(challenges).toEqual(["PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"]);
      expect(second.session.getAccessToken().payload.device_key).toBe(deviceKey);
    } finally {
      server.events.removeListener("request:start", listener);
    }
  });

  it("SDK: the first sign-in returns NewDeviceMetadata after the SMS code", async () => {
    const { info, user } = await use("remembered-device");
    const first = await passwordSignIn(info, user.username, user.password);
    expect(first.ChallengeName).toBe("SMS_MFA");
    const done = await client.send(new C.RespondToAuthChallengeCommand({ ClientId: info.clientId, ChallengeName: "SMS_MFA", Session: first.Session, ChallengeResponses: { USERNAME: user.username, SMS_MFA_CODE: "123456" } }));
    expect(done.AuthenticationResult?.NewDeviceMetadata?.DeviceKey).toMatch(/^us-east-1_/);
    expect(done.AuthenticationResult?.NewDeviceMetadata?.DeviceGroupKey).toBeTruthy();
  });
});

describe("unconfirmed-user", () => {
  it("SDK: UserNotConfirmedException; Amplify: CONFIRM_SIGN_UP, confirmed with 123456 from the outbox, then signs in", async () => {
    const { info, user } = await use("unconfirmed-user");
    const e = await failure(passwordSignIn(info, user.username, user.password));
    expect([e.name, e.message]).toEqual(["UserNotConfirmedException", "User is not confirmed."]);
    expect(mock.outbox.lastCode({ userPoolId: info.userPoolId, username: user.username, purpose: "SIGN_UP" })).toBe("123456");
    expect((await signIn({ username: user.username, password: user.password })).nextStep.signInStep).toBe("CONFIRM_SIGN_UP");
    expect((await confirmSignUp({ username: user.username, confirmationCode: "123456" })).isSignUpComplete).toBe(true);
    expect((await signIn({ username: user.username, password: user.password })).isSignedIn).toBe(true);
  });

  it("composed after a pool whose client has a secret: signs up through it with SECRET_HASH", async () => {
    const secretClient = defineScenario({
      name: "secret-client", kind: "basics", description: "a pool whose only client has a secret", seeds: "1 pool, 1 client with a secret",
      async setup({ call }) {
        const { UserPool } = await call("CreateUserPool", { PoolName: "secret", UsernameAttributes: ["email"], AutoVerifiedAttributes: ["email"] });
        const { UserPoolClient } = await call("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "server", GenerateSecret: true, ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
        return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
      },
    });
    const { info } = await mock.useScenario([secretClient, "unconfirmed-user"]);
    const made = info.users![0];
    // an email-as-username pool: the user signs in with their email
    expect(made.username).toBe("unconfirmed-user@example.com");
    expect(await userStatus(info, made.username)).toBe("UNCONFIRMED");
    const [sent] = mock.outbox.messages;
    expect([sent.purpose, sent.destination, sent.code]).toEqual(["SIGN_UP", "unconfirmed-user@example.com", "123456"]);
  });
});

describe("password-reset-required", () => {
  it("SDK: PasswordResetRequiredException; Amplify: RESET_PASSWORD, then the code 123456 sets a new password", async () => {
    const { info, user } = await use("password-reset-required");
    const e = await failure(passwordSignIn(info, user.username, user.password));
    expect([e.name, e.message]).toEqual(["PasswordResetRequiredException", "Password reset required for the user"]);
    expect(await userStatus(info, user.username)).toBe("RESET_REQUIRED");
    expect(mock.outbox.lastCode({ userPoolId: info.userPoolId, username: user.username, purpose: "FORGOT_PASSWORD" })).toBe("123456");
    expect((await signIn({ username: user.username, password: user.password })).nextStep.signInStep).toBe("RESET_PASSWORD");
    await confirmResetPassword({ username: user.username, confirmationCode: "123456", newPassword: NEW_PASSWORD });
    expect((await signIn({ username: user.username, password: NEW_PASSWORD })).isSignedIn).toBe(true);
    expect(await userStatus(info, user.username)).toBe("CONFIRMED");
  });
});

describe("disabled-user", () => {
  it("Amplify: the right password is refused with 'User is disabled.'; enabled again, it signs in", async () => {
    const { info, user } = await use("disabled-user");
    await expect(signIn({ username: user.username, password: user.password })).rejects.toMatchObject({ name: "NotAuthorizedException", message: "User is disabled." });
    await client.send(new C.AdminEnableUserCommand({ UserPoolId: info.userPoolId, Username: user.username }));
    expect((await signIn({ username: user.username, password: user.password })).isSignedIn).toBe(true);
  });
});
