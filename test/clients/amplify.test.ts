// Amplify v6 (aws-amplify/auth) in Node, unmodified, against the mock through MSW: sign-up, confirm,
// SRP sign-in (its default), MFA, new password, session, sign-out, password reset.
import { describe, expect, it, beforeEach } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import {
  signUp, confirmSignUp, signIn, signOut, confirmSignIn, fetchAuthSession, getCurrentUser, resetPassword, confirmResetPassword,
  fetchUserAttributes, setUpTOTP, verifyTOTPSetup, updateMFAPreference,
} from "aws-amplify/auth";
import { useMock } from "../support/mock.js";
import { authenticatorCode } from "../support/totp.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function configure(pool: Partial<C.CreateUserPoolCommandInput> = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "amplify", AutoVerifiedAttributes: ["email"], UsernameAttributes: ["email"], ...pool }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
  Amplify.configure({ Auth: { Cognito: { userPoolId: UserPoolId, userPoolClientId: ClientId } } });
  return { UserPoolId, ClientId };
}

beforeEach(async () => { await signOut().catch(() => undefined); });

describe("Amplify v6", () => {
  it("signs up, confirms with the emailed code, signs in with SRP, reads the session and attributes, signs out", async () => {
    await configure();
    const up = await signUp({ username: "amy@example.com", password: PASSWORD, options: { userAttributes: { email: "amy@example.com" } } });
    expect(up.nextStep.signUpStep).toBe("CONFIRM_SIGN_UP");
    const code = mock.outbox.lastCode({ destination: "amy@example.com", purpose: "SIGN_UP" })!;
    expect((await confirmSignUp({ username: "amy@example.com", confirmationCode: code })).isSignUpComplete).toBe(true);
    const r = await signIn({ username: "amy@example.com", password: PASSWORD });
    expect(r.isSignedIn).toBe(true);
    const session = await fetchAuthSession();
    expect(session.tokens?.idToken?.payload.email).toBe("amy@example.com");
    expect((await getCurrentUser()).signInDetails?.loginId).toBe("amy@example.com");
    expect((await fetchUserAttributes()).email_verified).toBe("true");
    await signOut();
    await expect(getCurrentUser()).rejects.toThrow();
  });

  it("refuses a wrong password", async () => {
    const { UserPoolId } = await configure();
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "bo@example.com", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "bo@example.com", Password: PASSWORD, Permanent: true }));
    await expect(signIn({ username: "bo@example.com", password: "Wr0ng!pass" })).rejects.toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
  });

  it("completes a new-password challenge with confirmSignIn", async () => {
    const { UserPoolId } = await configure();
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "cy@example.com", TemporaryPassword: "Temp0rary!pw", MessageAction: "SUPPRESS" }));
    const r = await signIn({ username: "cy@example.com", password: "Temp0rary!pw" });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED");
    expect((await confirmSignIn({ challengeResponse: "N3w!password" })).isSignedIn).toBe(true);
  });

  it("sets up TOTP, then signs in with a TOTP code", async () => {
    const { UserPoolId } = await configure();
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "di@example.com", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "di@example.com", Password: PASSWORD, Permanent: true }));
    await signIn({ username: "di@example.com", password: PASSWORD });
    const totp = await setUpTOTP();
    mock.clock.freeze();
    await verifyTOTPSetup({ code: authenticatorCode(totp.sharedSecret, mock.clock.now()) });
    await updateMFAPreference({ totp: "PREFERRED" });
    await signOut();
    mock.clock.advance(30_000);
    const r = await signIn({ username: "di@example.com", password: PASSWORD });
    expect(r.nextStep.signInStep).toBe("CONFIRM_SIGN_IN_WITH_TOTP_CODE");
    await expect(confirmSignIn({ challengeResponse: "000000" === authenticatorCode(totp.sharedSecret, mock.clock.now()) ? "111111" : "000000" })).rejects.toMatchObject({ name: "CodeMismatchException" });
    expect((await confirmSignIn({ challengeResponse: authenticatorCode(totp.sharedSecret, mock.clock.now()) })).isSignedIn).toBe(true);
    mock.clock.unfreeze();
  });

  it("resets a forgotten password with the emailed code", async () => {
    await configure();
    await signUp({ username: "ed@example.com", password: PASSWORD, options: { userAttributes: { email: "ed@example.com" } } });
    await confirmSignUp({ username: "ed@example.com", confirmationCode: mock.outbox.lastCode({ destination: "ed@example.com" })! });
    const r = await resetPassword({ username: "ed@example.com" });
    expect(r.nextStep.resetPasswordStep).toBe("CONFIRM_RESET_PASSWORD_WITH_CODE");
    await confirmResetPassword({ username: "ed@example.com", newPassword: "N3w!password", confirmationCode: mock.outbox.lastCode({ destination: "ed@example.com", purpose: "FORGOT_PASSWORD" })! });
    expect((await signIn({ username: "ed@example.com", password: "N3w!password" })).isSignedIn).toBe(true);
  });
});
