// aws-jwt-verify checks the mock's tokens against the pool's JWKS, fetched from the (intercepted) AWS
// host exactly as it would be from Cognito.
import { syncBuiltinESMExports } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { useMock } from "../support/mock.js";

const { client } = useMock();
// aws-jwt-verify imports `request` from "https" as an ES module binding, taken before MSW patches
// https.request; syncing the builtin ES exports lets it see MSW's interceptor (a recipe for users too).
beforeAll(() => syncBuiltinESMExports());

async function tokens() {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "jwt" }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
  await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "admins" }));
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS" }));
  await client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, Username: "alice", GroupName: "admins" }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: "Corr3ct!horse", Permanent: true }));
  const r = await client.send(new C.InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME: "alice", PASSWORD: "Corr3ct!horse" } }));
  return { UserPoolId, ClientId, ...r.AuthenticationResult! };
}

describe("aws-jwt-verify", () => {
  it("verifies ID and access tokens with the pool's JWKS and reads the claims", async () => {
    const t = await tokens();
    const access = await CognitoJwtVerifier.create({ userPoolId: t.UserPoolId, clientId: t.ClientId, tokenUse: "access", groups: "admins" }).verify(t.AccessToken!);
    expect(access.username).toBe("alice");
    const id = await CognitoJwtVerifier.create({ userPoolId: t.UserPoolId, clientId: t.ClientId, tokenUse: "id" }).verify(t.IdToken!);
    expect(id["cognito:username"]).toBe("alice");
  });

  it("refuses a token for another client, of the wrong use, or tampered with", async () => {
    const t = await tokens();
    await expect(CognitoJwtVerifier.create({ userPoolId: t.UserPoolId, clientId: "someoneelse", tokenUse: "access" }).verify(t.AccessToken!)).rejects.toThrow();
    await expect(CognitoJwtVerifier.create({ userPoolId: t.UserPoolId, clientId: t.ClientId, tokenUse: "id" }).verify(t.AccessToken!)).rejects.toThrow();
    const [h, p, s] = t.AccessToken!.split(".");
    const forged = JSON.parse(Buffer.from(p, "base64url").toString());
    forged.username = "mallory";
    await expect(CognitoJwtVerifier.create({ userPoolId: t.UserPoolId, clientId: t.ClientId, tokenUse: "access" }).verify(`${h}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${s}`)).rejects.toThrow();
  });

  it("publishes JWKS and OIDC discovery with Cognito's shapes", async () => {
    const t = await tokens();
    const base = `https://cognito-idp.us-east-1.amazonaws.com/${t.UserPoolId}`;
    const keys = await (await fetch(`${base}/.well-known/jwks.json`)).json() as { keys: Record<string, string>[] };
    expect(keys.keys).toHaveLength(2);
    for (const k of keys.keys) expect(Object.keys(k)).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
    const oidc = await (await fetch(`${base}/.well-known/openid-configuration`)).json() as Record<string, string>;
    expect(oidc.issuer).toBe(base);
    expect(oidc.jwks_uri).toBe(`${base}/.well-known/jwks.json`);
  });
});
