// Sign-in through the real AWS SDK: password and SRP flows, challenges, refresh, errors.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt, decodeProtectedHeader } from "jose";
import { useMock, failure } from "../support/mock.js";
import { secretHash } from "../../src/auth/sign-in/common.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function setup(clientInput: Partial<C.CreateUserPoolClientCommandInput> = {}, poolInput: Partial<C.CreateUserPoolCommandInput> = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "auth", ...poolInput }))).UserPool!.Id!;
  const app = (await client.send(new C.CreateUserPoolClientCommand({
    UserPoolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"], ...clientInput,
  }))).UserPoolClient!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "alice@example.com" }, { Name: "email_verified", Value: "true" }] }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  return { UserPoolId, ClientId: app.ClientId!, secret: app.ClientSecret };
}
const passwordAuth = (ClientId: string, USERNAME: string, PASSWORD: string, extra: Record<string, string> = {}) =>
  client.send(new C.InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME, PASSWORD, ...extra } }));

describe("USER_PASSWORD_AUTH", () => {
  it("signs in with the right password and issues Cognito-shaped tokens", async () => {
    const { UserPoolId, ClientId } = await setup();
    const r = await passwordAuth(ClientId, "alice", PASSWORD);
    expect(r.ChallengeParameters).toEqual({});
    expect(r.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: "Bearer" });
    const { AccessToken, IdToken, RefreshToken } = r.AuthenticationResult!;
    const access = decodeJwt(AccessToken!);
    const id = decodeJwt(IdToken!);
    const iss = `https://cognito-idp.us-east-1.amazonaws.com/${UserPoolId}`;
    expect(access).toMatchObject({ iss, token_use: "access", client_id: ClientId, username: "alice", scope: "aws.cognito.signin.user.admin" });
    expect(id).toMatchObject({ iss, token_use: "id", aud: ClientId, "cognito:username": "alice", email: "alice@example.com", email_verified: true });
    expect(id.sub).toBe(access.sub);
    expect(id.origin_jti).toBe(access.origin_jti);
    expect(id.jti).not.toBe(access.jti);
    expect(access.exp! - access.iat!).toBe(3600);
    expect(decodeProtectedHeader(AccessToken!)).toEqual({ kid: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/), alg: "RS256" });
    expect(decodeProtectedHeader(IdToken!).kid).not.toBe(decodeProtectedHeader(AccessToken!).kid);
    expect(RefreshToken!.split(".")).toHaveLength(5);
    expect(RefreshToken!.startsWith("eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.")).toBe(true);
    // segment lengths as measured on a real one: header, RSA-2048-wrapped key, 12-byte IV, ~1,444, 16-byte tag
    expect(RefreshToken!.split(".").map((s) => s.length)).toEqual([62, 342, 16, 1444, 22]);
  });

  it("refuses a wrong password, an unknown user (LEGACY and ENABLED), a disabled user, a flow the client does not allow", async () => {
    const { UserPoolId, ClientId } = await setup();
    const wrong = await failure(passwordAuth(ClientId, "alice", "nope-Nope1!"));
    expect([wrong.name, wrong.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
    const unknown = await failure(passwordAuth(ClientId, "nobody", PASSWORD));
    expect([unknown.name, unknown.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    const hidden = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "h", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"], PreventUserExistenceErrors: "ENABLED" }))).UserPoolClient!.ClientId!;
    expect((await failure(passwordAuth(hidden, "nobody", PASSWORD))).message).toBe("Incorrect username or password.");
    await client.send(new C.AdminDisableUserCommand({ UserPoolId, Username: "alice" }));
    expect((await failure(passwordAuth(ClientId, "alice", PASSWORD))).message).toBe("User is disabled.");
    const srpOnly = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "s" }))).UserPoolClient!.ClientId!;
    const notAllowed = await failure(passwordAuth(srpOnly, "alice", PASSWORD));
    expect([notAllowed.name, notAllowed.message]).toEqual(["InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client"]);
    const missing = await failure(client.send(new C.InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: "alice" } })));
    expect(missing.message).toBe("Missing required parameter PASSWORD");
  });

  it("signs in by verified email alias", async () => {
    const { ClientId } = await setup({}, { AliasAttributes: ["email"] });
    const r = await passwordAuth(ClientId, "alice@example.com", PASSWORD);
    expect(decodeJwt(r.AuthenticationResult!.AccessToken!).username).toBe("alice");
  });

  it("locks the user out after repeated failures, by the mock's clock", async () => {
    const { ClientId } = await setup();
    mock.clock.freeze();
    for (let i = 0; i < 5; i++) await failure(passwordAuth(ClientId, "alice", "Wrong-pass1"));
    expect((await failure(passwordAuth(ClientId, "alice", PASSWORD))).message).toBe("Password attempts exceeded");
    mock.clock.advance(1500);
    expect((await passwordAuth(ClientId, "alice", PASSWORD)).AuthenticationResult).toBeDefined();
    mock.clock.unfreeze();
  });

  it("checks SECRET_HASH for clients with a secret", async () => {
    const { ClientId, secret } = await setup({ GenerateSecret: true });
    const none = await failure(passwordAuth(ClientId, "alice", PASSWORD));
    expect(none.message).toBe(`Client ${ClientId} is configured with secret but SECRET_HASH was not received`);
    const bad = await failure(passwordAuth(ClientId, "alice", PASSWORD, { SECRET_HASH: secretHash("not-the-secret", "alice", ClientId) }));
    expect(bad.message).toBe(`Unable to verify secret hash for client ${ClientId}`);
    const ok = await passwordAuth(ClientId, "alice", PASSWORD, { SECRET_HASH: secretHash(secret!, "alice", ClientId) });
    expect(ok.AuthenticationResult?.AccessToken).toBeDefined();
  });
});

describe("NEW_PASSWORD_REQUIRED", () => {
  it("asks a user with a temporary password for a new one, then signs them in; the session is single-use", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "bob", TemporaryPassword: "Temp0rary!pw", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "bob@example.com" }] }));
    const r = await passwordAuth(ClientId, "bob", "Temp0rary!pw");
    expect(r.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    expect(r.Session).toMatch(/^AYAB/);
    expect(r.ChallengeParameters!.USER_ID_FOR_SRP).toBe("bob");
    expect(JSON.parse(r.ChallengeParameters!.userAttributes)).toEqual({ email: "bob@example.com" });
    expect(JSON.parse(r.ChallengeParameters!.requiredAttributes)).toEqual([]);
    const weak = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: r.Session, ChallengeResponses: { USERNAME: "bob", NEW_PASSWORD: "weak" } })));
    expect([weak.name, weak.message]).toEqual(["InvalidPasswordException", "Password does not conform to policy: Password not long enough"]);
    const done = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: r.Session, ChallengeResponses: { USERNAME: "bob", NEW_PASSWORD: "N3w!password", "userAttributes.name": "Bob" } }));
    expect(done.AuthenticationResult?.IdToken).toBeDefined();
    expect(decodeJwt(done.AuthenticationResult!.IdToken!).name).toBe("Bob");
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "bob" }))).UserStatus).toBe("CONFIRMED");
    const again = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: r.Session, ChallengeResponses: { USERNAME: "bob", NEW_PASSWORD: "N3w!password" } })));
    expect(again.message).toBe("Invalid session for the user, session can only be used once.");
  });

  it("expires the session after 3 minutes by the mock's clock", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "cy", TemporaryPassword: "Temp0rary!pw", MessageAction: "SUPPRESS" }));
    const r = await passwordAuth(ClientId, "cy", "Temp0rary!pw");
    mock.clock.advance(3 * 60_000 + 1000);
    const e = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: r.Session, ChallengeResponses: { USERNAME: "cy", NEW_PASSWORD: "N3w!password" } })));
    expect([e.name, e.message]).toEqual(["NotAuthorizedException", "Invalid session for the user, session is expired."]);
    mock.clock.advance(-(3 * 60_000 + 1000));
  });
});

describe("REFRESH_TOKEN_AUTH and admin flows", () => {
  it("refreshes without a new refresh token, keeping auth_time and origin_jti", async () => {
    const { ClientId } = await setup();
    const first = (await passwordAuth(ClientId, "alice", PASSWORD)).AuthenticationResult!;
    mock.clock.advance(10_000);
    const r = await client.send(new C.InitiateAuthCommand({ AuthFlow: "REFRESH_TOKEN_AUTH", ClientId, AuthParameters: { REFRESH_TOKEN: first.RefreshToken! } }));
    expect(r.AuthenticationResult!.RefreshToken).toBeUndefined();
    const a = decodeJwt(first.AccessToken!), b = decodeJwt(r.AuthenticationResult!.AccessToken!);
    expect(b.auth_time).toBe(a.auth_time);
    expect(b.origin_jti).toBe(a.origin_jti);
    expect(b.iat).toBeGreaterThan(a.iat!);
    const garbage = await failure(client.send(new C.InitiateAuthCommand({ AuthFlow: "REFRESH_TOKEN_AUTH", ClientId, AuthParameters: { REFRESH_TOKEN: "not-a-token" } })));
    expect([garbage.name, garbage.message]).toEqual(["NotAuthorizedException", "Invalid Refresh Token."]);
    mock.clock.advance(-10_000);
  });

  it("ADMIN_USER_PASSWORD_AUTH through AdminInitiateAuth, refused on InitiateAuth", async () => {
    const { UserPoolId, ClientId } = await setup();
    const r = await client.send(new C.AdminInitiateAuthCommand({ UserPoolId, ClientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
    expect(r.AuthenticationResult?.AccessToken).toBeDefined();
    const e = await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } })));
    expect(e.name).toBe("InvalidParameterException");
  });
});

describe("GetTokensFromRefreshToken", () => {
  it("without rotation: new access and ID tokens, no new refresh token", async () => {
    const { ClientId } = await setup();
    const first = (await passwordAuth(ClientId, "alice", PASSWORD)).AuthenticationResult!;
    const r = await client.send(new C.GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: first.RefreshToken! }));
    expect(r.AuthenticationResult!.AccessToken).toBeDefined();
    expect(r.AuthenticationResult!.RefreshToken).toBeUndefined();
  });

  it("with rotation: a new refresh token, and the old one refused after the grace period", async () => {
    const { ClientId } = await setup({ RefreshTokenRotation: { Feature: "ENABLED", RetryGracePeriodSeconds: 10 } });
    const first = (await passwordAuth(ClientId, "alice", PASSWORD)).AuthenticationResult!;
    mock.clock.freeze();
    const r = await client.send(new C.GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: first.RefreshToken! }));
    expect(r.AuthenticationResult!.RefreshToken).toBeDefined();
    expect(r.AuthenticationResult!.RefreshToken).not.toBe(first.RefreshToken);
    mock.clock.advance(5_000);
    expect((await client.send(new C.GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: first.RefreshToken! }))).AuthenticationResult).toBeDefined();
    mock.clock.advance(10_000);
    const reused = await failure(client.send(new C.GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: first.RefreshToken! })));
    expect(reused.name).toBe("RefreshTokenReuseException");
    const next = await client.send(new C.GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: r.AuthenticationResult!.RefreshToken! }));
    expect(next.AuthenticationResult!.AccessToken).toBeDefined();
    mock.clock.unfreeze();
  });
});
