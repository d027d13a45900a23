// Forged and misused tokens are refused with Cognito's errors, never accepted and never a 500.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { SignJWT, decodeJwt, decodeProtectedHeader, exportSPKI, generateKeyPair, importJWK, type JWK } from "jose";
import { createHmac } from "node:crypto";
import { useMock, failure } from "../support/mock.js";

const { client, mock } = useMock();

async function signedIn(poolName = "p") {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: poolName }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "c", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS" }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: "Corr3ct!horse", Permanent: true }));
  const r = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: "Corr3ct!horse" } }));
  return { UserPoolId, ClientId, ...r.AuthenticationResult! };
}
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
const getUser = (AccessToken: string) => client.send(new C.GetUserCommand({ AccessToken }));
const refused = async (token: string, message = "Invalid Access Token") => {
  const e = await failure(getUser(token));
  expect([e.name, e.message, e.$metadata.httpStatusCode]).toEqual(["NotAuthorizedException", message, 400]);
};

describe("access token attacks", () => {
  it("alg none, HS256 signed with the public key, a tampered payload, an unknown kid", async () => {
    const t = await signedIn();
    const claims = decodeJwt(t.AccessToken!);
    const header = decodeProtectedHeader(t.AccessToken!);
    await refused(`${b64({ alg: "none", kid: header.kid })}.${b64(claims)}.`);
    const jwks = await (await fetch(`https://cognito-idp.us-east-1.amazonaws.com/${t.UserPoolId}/.well-known/jwks.json`)).json() as { keys: (JWK & { kid: string })[] };
    const pem = await exportSPKI(await importJWK(jwks.keys.find((k) => k.kid === header.kid)!, "RS256") as CryptoKey);
    const hsInput = `${b64({ alg: "HS256", kid: header.kid })}.${b64(claims)}`;
    await refused(`${hsInput}.${createHmac("sha256", pem).update(hsInput).digest("base64url")}`);
    const [h, , s] = t.AccessToken!.split(".");
    await refused(`${h}.${b64({ ...claims, username: "mallory" })}.${s}`);
    // again once the real token's signature has been checked and remembered: the same signature on
    // another payload is still refused
    expect((await getUser(t.AccessToken!)).Username).toBe("alice");
    await refused(`${h}.${b64({ ...claims, username: "mallory" })}.${s}`);
    await refused(`${h}.${b64({ ...claims, exp: claims.exp! + 86400 })}.${s}`);
    expect((await getUser(t.AccessToken!)).Username).toBe("alice");
    const { privateKey } = await generateKeyPair("RS256");
    await refused(await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "unknown-kid" }).sign(privateKey));
    await refused(await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: header.kid }).sign(privateKey));
  });

  it("an ID token where an access token is needed, a token from another pool, an expired and a revoked one", async () => {
    const t = await signedIn("one");
    await refused(t.IdToken!);
    const other = await signedIn("two");
    // re-labelled as the first pool's: the signature no longer matches
    const [h, , s] = other.AccessToken!.split(".");
    await refused(`${h}.${b64({ ...decodeJwt(other.AccessToken!), iss: decodeJwt(t.AccessToken!).iss })}.${s}`);
    await client.send(new C.DeleteUserPoolCommand({ UserPoolId: other.UserPoolId }));
    await refused(other.AccessToken!);
    mock.clock.advance(3601_000);
    await refused(t.AccessToken!, "Access Token has expired");
    mock.clock.advance(-3601_000);
    await client.send(new C.GlobalSignOutCommand({ AccessToken: t.AccessToken! }));
    await refused(t.AccessToken!, "Access Token has been revoked");
  });

  it("refresh tokens: garbage, another client's, revoked", async () => {
    const t = await signedIn();
    const other = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId: t.UserPoolId, ClientName: "other", ExplicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
    const refresh = (ClientId: string, token: string) => client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: token } }));
    for (const [cid, tok] of [[t.ClientId, "x".repeat(40)], [t.ClientId, t.RefreshToken!.replace(/.$/, (c) => (c === "A" ? "B" : "A"))], [other, t.RefreshToken!]]) {
      const e = await failure(refresh(cid, tok));
      expect([e.name, e.message]).toEqual(["NotAuthorizedException", "Invalid Refresh Token."]);
    }
    await client.send(new C.RevokeTokenCommand({ ClientId: t.ClientId, Token: t.RefreshToken! }));
    expect((await failure(refresh(t.ClientId, t.RefreshToken!))).message).toBe("Refresh Token has been revoked");
  });
});
