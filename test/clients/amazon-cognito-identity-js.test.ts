// amazon-cognito-identity-js, unmodified, signing in against the mock through MSW: its SRP maths must
// meet ours exactly, so a right password signs in and a wrong one does not.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession } from "amazon-cognito-identity-js";
import { useMock } from "../support/mock.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function setup(pool: Partial<C.CreateUserPoolCommandInput> = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "acij", ...pool }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "alice@example.com" }, { Name: "email_verified", Value: "true" }] }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  return new CognitoUserPool({ UserPoolId, ClientId });
}

type Outcome = { ok: CognitoUserSession } | { error: { code?: string; name?: string; message: string } } | { newPassword: Record<string, string>; user: CognitoUser };

function signIn(pool: CognitoUserPool, Username: string, Password: string): Promise<Outcome> {
  const user = new CognitoUser({ Username, Pool: pool });
  return new Promise((resolve) => user.authenticateUser(new AuthenticationDetails({ Username, Password }), {
    onSuccess: (session) => resolve({ ok: session }),
    onFailure: (error) => resolve({ error }),
    newPasswordRequired: (attrs) => resolve({ newPassword: attrs, user }),
  }));
}

describe("amazon-cognito-identity-js", () => {
  it("signs in with SRP (USER_SRP_AUTH) and gets valid tokens", async () => {
    const pool = await setup();
    const r = await signIn(pool, "alice", PASSWORD);
    expect("ok" in r).toBe(true);
    const session = (r as { ok: CognitoUserSession }).ok;
    expect(session.isValid()).toBe(true);
    expect(session.getIdToken().payload.email).toBe("alice@example.com");
    expect(session.getAccessToken().payload.username).toBe("alice");
  });

  it("refuses a wrong password over SRP", async () => {
    const pool = await setup();
    const r = await signIn(pool, "alice", "Wr0ng!password");
    expect(r).toEqual({ error: expect.objectContaining({ code: "NotAuthorizedException", message: "Incorrect username or password." }) });
  });

  it("signs in through an email alias: USER_ID_FOR_SRP is the real username", async () => {
    const pool = await setup({ AliasAttributes: ["email"] });
    const r = await signIn(pool, "alice@example.com", PASSWORD);
    expect("ok" in r && r.ok.getAccessToken().payload.username).toBe("alice");
  });

  it("signs in an email-as-username user, whose internal username is their sub", async () => {
    const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "e", UsernameAttributes: ["email"] }))).UserPool!.Id!;
    const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "eve@example.com", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "eve@example.com", Password: PASSWORD, Permanent: true }));
    const r = await signIn(new CognitoUserPool({ UserPoolId, ClientId }), "eve@example.com", PASSWORD);
    expect("ok" in r).toBe(true);
    const payload = (r as { ok: CognitoUserSession }).ok.getAccessToken().payload;
    expect(payload.username).toBe(payload.sub);
  });

  it("answers newPasswordRequired and completes the challenge", async () => {
    const pool = await setup();
    await client.send(new C.AdminCreateUserCommand({ UserPoolId: pool.getUserPoolId(), Username: "bob", TemporaryPassword: "Temp0rary!pw", MessageAction: "SUPPRESS" }));
    const r = await signIn(pool, "bob", "Temp0rary!pw");
    expect("newPassword" in r).toBe(true);
    const { user } = r as { user: CognitoUser };
    const done = await new Promise<Outcome>((resolve) => user.completeNewPasswordChallenge("N3w!password", {}, {
      onSuccess: (session) => resolve({ ok: session }),
      onFailure: (error) => resolve({ error }),
    }));
    expect("ok" in done).toBe(true);
    expect("ok" in (await signIn(pool, "bob", "N3w!password"))).toBe(true);
  });
});

describe("amazon-cognito-identity-js: sign-up, confirmation, forgotten password", () => {
  it("signs up, confirms with the emailed code, then resets a forgotten password", async () => {
    const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "acij-signup", AutoVerifiedAttributes: ["email"] }))).UserPool!.Id!;
    const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
    const pool = new CognitoUserPool({ UserPoolId, ClientId });
    const { CognitoUserAttribute } = await import("amazon-cognito-identity-js");
    const signedUp = await new Promise<{ userConfirmed: boolean; userSub: string }>((resolve, reject) =>
      pool.signUp("carol", PASSWORD, [new CognitoUserAttribute({ Name: "email", Value: "carol@example.com" })], [], (e, r) => (e ? reject(e) : resolve(r!))));
    expect(signedUp.userConfirmed).toBe(false);
    const user = new CognitoUser({ Username: "carol", Pool: pool });
    const wrong = await new Promise<Error | undefined>((resolve) => user.confirmRegistration("000000x", true, (e) => resolve(e ?? undefined)));
    expect(wrong?.name ?? (wrong as { code?: string } | undefined)?.code).toBe("CodeMismatchException");
    await new Promise<void>((resolve, reject) => user.confirmRegistration(mock.outbox.lastCode({ username: "carol", purpose: "SIGN_UP" })!, true, (e) => (e ? reject(e) : resolve())));
    expect("ok" in (await signIn(pool, "carol", PASSWORD))).toBe(true);

    const delivered = await new Promise<{ CodeDeliveryDetails: { DeliveryMedium: string } }>((resolve, reject) => user.forgotPassword({ onSuccess: resolve as never, onFailure: reject, inputVerificationCode: resolve as never }));
    expect(delivered.CodeDeliveryDetails.DeliveryMedium).toBe("EMAIL");
    await new Promise<void>((resolve, reject) => user.confirmPassword(mock.outbox.lastCode({ username: "carol", purpose: "FORGOT_PASSWORD" })!, "N3w!password", { onSuccess: () => resolve(), onFailure: reject }));
    expect("ok" in (await signIn(pool, "carol", "N3w!password"))).toBe(true);
    expect("error" in (await signIn(pool, "carol", PASSWORD))).toBe(true);
  });
});
