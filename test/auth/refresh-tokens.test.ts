// Refresh tokens carry their sign-in (encrypted), and origin_jti its number: a sign-in leaves nothing
// behind in the mock, and revocation still reaches every token it should, at any speed of the clock.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "jose";
import { useMock, failure } from "../support/mock.js";
import { signInNumber } from "../../src/auth/origin.js";
import { createCognitoMock, type CognitoMock } from "../../src/engine/create.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function setup() {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "r" }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
  await createAlice(UserPoolId);
  return { UserPoolId, ClientId };
}
async function createAlice(UserPoolId: string) {
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS" }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
}
const signIn = async (ClientId: string) => (await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }))).AuthenticationResult!;
const refresh = (ClientId: string, token: string) => client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: token } }));
const getUser = (AccessToken: string) => client.send(new C.GetUserCommand({ AccessToken })).then((r) => r.Username, (e: Error) => e.message);

describe("refresh tokens without records", () => {
  it("a sign-in leaves nothing in the mock's memory, and every token it gave still works", async () => {
    const { ClientId } = await setup();
    const auth = mock.store.auth;
    const sizes = () => [auth.refreshTokens.size, auth.sessions.size, auth.srp.size, auth.revokedOrigins.size, auth.signedOut.size, auth.rotated.size, auth.spent.size];
    const first = await signIn(ClientId);
    const before = sizes();
    const tokens: C.AuthenticationResultType[] = [];
    for (let i = 0; i < 200; i++) tokens.push(await signIn(ClientId));
    expect(sizes()).toEqual(before);
    expect(before.every((n) => n === 0)).toBe(true);
    for (const t of [first, tokens[0], tokens[199]]) {
      const again = (await refresh(ClientId, t.RefreshToken!)).AuthenticationResult!;
      expect(await getUser(again.AccessToken!)).toBe("alice");
      // a refresh keeps the sign-in: its origin_jti and auth_time
      expect(decodeJwt(again.AccessToken!).origin_jti).toBe(decodeJwt(t.AccessToken!).origin_jti);
      expect(decodeJwt(again.IdToken!).auth_time).toBe(decodeJwt(t.IdToken!).auth_time);
    }
  });

  it("origin_jti looks like any UUID v4, and carries each sign-in's number only for the mock", async () => {
    const { ClientId } = await setup();
    const origins: string[] = [];
    for (let i = 0; i < 20; i++) origins.push(decodeJwt((await signIn(ClientId)).AccessToken!).origin_jti as string);
    for (const o of origins) expect(o).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const numbers = origins.map((o) => signInNumber(mock.store.auth, o)!);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => numbers[0] + i));
    // no visible counting: consecutive sign-ins share no leading characters beyond chance
    const sharedPrefix = origins.slice(1).filter((o, i) => o.slice(0, 4) === origins[i].slice(0, 4)).length;
    expect(sharedPrefix).toBeLessThan(3);
  });

  it("a global sign-out ends the sign-ins before it and none after, though the clock stands still", async () => {
    const { UserPoolId, ClientId } = await setup();
    mock.clock.set(Date.parse("2026-06-01T00:00:00Z"), { freeze: true });
    try {
      const before = await signIn(ClientId);
      await client.send(new C.AdminUserGlobalSignOutCommand({ UserPoolId, Username: "alice" }));
      const after = await signIn(ClientId);
      expect(await getUser(before.AccessToken!)).toBe("Access Token has been revoked");
      expect((await failure(refresh(ClientId, before.RefreshToken!))).message).toBe("Refresh Token has been revoked");
      expect(await getUser(after.AccessToken!)).toBe("alice");
      expect(await getUser((await refresh(ClientId, after.RefreshToken!)).AuthenticationResult!.AccessToken!)).toBe("alice");
      // and a second sign-out, still at the same instant, ends that one too
      await client.send(new C.GlobalSignOutCommand({ AccessToken: after.AccessToken! }));
      expect(await getUser(after.AccessToken!)).toBe("Access Token has been revoked");
      expect((await failure(refresh(ClientId, after.RefreshToken!))).message).toBe("Refresh Token has been revoked");
    } finally {
      mock.clock.reset();
    }
  });

  it("a deleted user's tokens stay revoked when a user of the same name comes back", async () => {
    const { UserPoolId, ClientId } = await setup();
    const old = await signIn(ClientId);
    await client.send(new C.AdminDeleteUserCommand({ UserPoolId, Username: "alice" }));
    await createAlice(UserPoolId);
    expect(await getUser(old.AccessToken!)).toBe("Access Token has been revoked");
    expect((await failure(refresh(ClientId, old.RefreshToken!))).message).toBe("Refresh Token has been revoked");
    const fresh = await signIn(ClientId);
    expect(await getUser(fresh.AccessToken!)).toBe("alice");
    expect(await getUser((await refresh(ClientId, fresh.RefreshToken!)).AuthenticationResult!.AccessToken!)).toBe("alice");
    // what the deletion left to remember goes with the pool
    const remembered = () => [...mock.store.auth.signedOut.keys()].filter((k) => k.startsWith(`${UserPoolId}\u0000`));
    expect(remembered()).toHaveLength(1);
    await client.send(new C.DeleteUserPoolCommand({ UserPoolId }));
    expect(remembered()).toEqual([]);
  });

  it("a changed refresh token, anywhere in it, is not a refresh token; an expired one says so", async () => {
    const { ClientId } = await setup();
    const t = await signIn(ClientId);
    const parts = t.RefreshToken!.split(".");
    for (let i = 0; i < 5; i++) {
      const changed = [...parts];
      const at = Math.floor(parts[i].length / 3);
      changed[i] = parts[i].slice(0, at) + (parts[i][at] === "x" ? "y" : "x") + parts[i].slice(at + 1);
      const e = await failure(refresh(ClientId, changed.join(".")));
      expect([e.name, e.message], `segment ${i}`).toEqual(["NotAuthorizedException", "Invalid Refresh Token."]);
    }
    mock.clock.advance(30 * 86_400_000 + 1000);
    try {
      expect((await failure(refresh(ClientId, t.RefreshToken!))).message).toBe("Refresh Token has expired");
    } finally {
      mock.clock.reset();
    }
  });

  it("tokens from another mock with the same seed, or from before a reset, are not this mock's", async () => {
    const world = async (m: CognitoMock) => {
      const { UserPool } = await m.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "same" });
      const { UserPoolClient } = await m.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "c", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
      await m.call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "ida", MessageAction: "SUPPRESS" });
      await m.call("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "ida", Password: PASSWORD, Permanent: true });
      const r = await m.call<{ AuthenticationResult: { AccessToken: string; RefreshToken: string } }>("InitiateAuth", { ClientId: UserPoolClient.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "ida", PASSWORD } });
      return { UserPoolId: UserPool.Id, ClientId: UserPoolClient.ClientId, ...r.AuthenticationResult };
    };
    const use = (m: CognitoMock, w: { ClientId: string; AccessToken: string; RefreshToken: string }) => Promise.all([
      m.call<{ Username: string }>("GetUser", { AccessToken: w.AccessToken }).then((r) => r.Username, (e: Error) => e.message),
      m.call("InitiateAuth", { ClientId: w.ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: w.RefreshToken } }).then(() => "refreshed", (e: Error) => e.message),
    ]);
    const a = createCognitoMock({ seed: "twins" }), b = createCognitoMock({ seed: "twins" });
    const inA = await world(a), inB = await world(b);
    expect([inB.UserPoolId, inB.ClientId]).toEqual([inA.UserPoolId, inA.ClientId]);
    expect(await use(a, inA)).toEqual(["ida", "refreshed"]);
    expect(await use(b, inA)).toEqual(["Invalid Access Token", "Invalid Refresh Token."]);
    a.reset();
    const again = await world(a);
    expect(again.UserPoolId).toBe(inA.UserPoolId);
    expect(await use(a, inA)).toEqual(["Invalid Access Token", "Invalid Refresh Token."]);
    expect(await use(a, again)).toEqual(["ida", "refreshed"]);
  });
});
