// Choice-based sign-in (USER_AUTH), passkeys and authentication factors through the real AWS SDK.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "jose";
// @ts-expect-error no types for the internal helper module
import AuthenticationHelperModule from "amazon-cognito-identity-js/lib/AuthenticationHelper.js";
// @ts-expect-error no types
import BigIntegerModule from "amazon-cognito-identity-js/lib/BigInteger.js";
import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";
import { useMock, failure } from "../support/mock.js";
import { SoftwareAuthenticator, type CreationOptionsJSON, type RequestOptionsJSON } from "../support/passkey.js";
import { formatSrpTimestamp } from "../../src/auth/srp-timestamp.js";

const AuthenticationHelper = AuthenticationHelperModule.default ?? AuthenticationHelperModule;
const BigInteger = BigIntegerModule.default ?? BigIntegerModule;

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";
const ALL_FACTORS = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"] as const;
const RP = "example.com";

interface Setup { factors?: readonly string[]; client?: Partial<C.CreateUserPoolClientCommandInput>; rp?: string | null }

async function setup(o: Setup = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({
    PoolName: "choice", Policies: { SignInPolicy: { AllowedFirstAuthFactors: [...(o.factors ?? ALL_FACTORS)] as C.AuthFactorType[] } },
  }))).UserPool!.Id!;
  const rp = o.rp === undefined ? RP : o.rp;
  if (rp) await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, WebAuthnConfiguration: { RelyingPartyId: rp, UserVerification: "preferred" } }));
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({
    UserPoolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], ...o.client,
  }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({
    UserPoolId, Username: "alice", MessageAction: "SUPPRESS",
    UserAttributes: [
      { Name: "email", Value: "alice@example.com" }, { Name: "email_verified", Value: "true" },
      { Name: "phone_number", Value: "+15555550100" }, { Name: "phone_number_verified", Value: "true" },
    ],
  }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  return { UserPoolId, ClientId };
}

const userAuth = (ClientId: string, AuthParameters: Record<string, string>) =>
  client.send(new C.InitiateAuthCommand({ AuthFlow: "USER_AUTH", ClientId, AuthParameters }));
const answer = (ClientId: string, ChallengeName: C.ChallengeNameType, Session: string | undefined, ChallengeResponses: Record<string, string>) =>
  client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName, Session, ChallengeResponses }));

async function passwordTokens(ClientId: string, USERNAME = "alice") {
  return (await userAuth(ClientId, { USERNAME, PREFERRED_CHALLENGE: "PASSWORD", PASSWORD })).AuthenticationResult!;
}

/** A code that is surely not the one sent: its first digit moved on by one. */
const otherCode = (code: string) => String((Number(code[0]) + 1) % 10) + code.slice(1);

/** The client side of SRP exactly as amazon-cognito-identity-js computes it. */
async function srpClient(UserPoolId: string) {
  const poolName = UserPoolId.split("_")[1];
  const helper = new AuthenticationHelper(poolName);
  const A: string = await new Promise((res, rej) => helper.getLargeAValue((e: Error, a: { toString(r: number): string }) => (e ? rej(e) : res(a.toString(16)))));
  return {
    A,
    async proof(p: Record<string, string>, password: string) {
      const key: number[] = await new Promise((res, rej) => helper.getPasswordAuthenticationKey(p.USER_ID_FOR_SRP, password, new BigInteger(p.SRP_B, 16), new BigInteger(p.SALT, 16), (e: Error, k: number[]) => (e ? rej(e) : res(k))));
      const TIMESTAMP = formatSrpTimestamp(Date.now());
      const message = Buffer.concat([Buffer.from(poolName), Buffer.from(p.USER_ID_FOR_SRP), Buffer.from(p.SECRET_BLOCK, "base64"), Buffer.from(TIMESTAMP)]);
      return { USERNAME: p.USER_ID_FOR_SRP, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE: createHmac("sha256", Buffer.from(key)).update(message).digest("base64") };
    },
  };
}

async function registerPasskey(ClientId: string, authenticator = new SoftwareAuthenticator(), AccessToken?: string) {
  AccessToken ??= (await passwordTokens(ClientId)).AccessToken!;
  const { CredentialCreationOptions } = await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }));
  await client.send(new C.CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: authenticator.register(CredentialCreationOptions as unknown as CreationOptionsJSON) as never }));
  return authenticator;
}

describe("USER_AUTH: choosing a first factor", () => {
  it("answers SELECT_CHALLENGE with the user's factors in Cognito's order, and signs in with the chosen password", async () => {
    const { ClientId } = await setup({ factors: ["PASSWORD", "EMAIL_OTP", "SMS_OTP"] });
    const r = await userAuth(ClientId, { USERNAME: "alice" });
    expect(r.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(r.Session).toMatch(/^AYAB/);
    expect(r.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]);
    const wrong = await failure(answer(ClientId, "SELECT_CHALLENGE", r.Session, { USERNAME: "alice", ANSWER: "PASSWORD", PASSWORD: "Wrong-pass1" }));
    expect([wrong.name, wrong.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
    const done = await answer(ClientId, "SELECT_CHALLENGE", r.Session, { USERNAME: "alice", ANSWER: "PASSWORD", PASSWORD });
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).username).toBe("alice");
    const again = await failure(answer(ClientId, "SELECT_CHALLENGE", r.Session, { USERNAME: "alice", ANSWER: "PASSWORD", PASSWORD }));
    expect(again.message).toBe("Invalid session for the user, session can only be used once.");
    // remembered by a 43-character digest, not the ~920-character session
    expect([...mock.store.auth.spent].every((k) => k.length === 43)).toBe(true);
    expect(mock.store.auth.spent.size).toBeGreaterThan(0);
  });

  it("lists only what the user has: no phone means no SMS_OTP, an unverified email no EMAIL_OTP", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.AdminDeleteUserAttributesCommand({ UserPoolId, Username: "alice", UserAttributeNames: ["phone_number"] }));
    await client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId, Username: "alice", UserAttributes: [{ Name: "email_verified", Value: "false" }] }));
    expect((await userAuth(ClientId, { USERNAME: "alice" })).AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP"]);
  });

  it("signs in in one request with PREFERRED_CHALLENGE=PASSWORD and the password; without it, asks for it", async () => {
    const { ClientId } = await setup();
    const direct = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD });
    expect(direct.AuthenticationResult?.RefreshToken).toBeDefined();
    expect(direct.AvailableChallenges).toBeUndefined();
    const wrong = await failure(userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD", PASSWORD: "Wrong-pass1" }));
    expect(wrong.message).toBe("Incorrect username or password.");
    const ask = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD" });
    expect(ask.ChallengeName).toBe("PASSWORD");
    const done = await answer(ClientId, "PASSWORD", ask.Session, { USERNAME: "alice", PASSWORD });
    expect(done.AuthenticationResult?.IdToken).toBeDefined();
  });

  it("PASSWORD_SRP: SRP_A with the preference, then PASSWORD_VERIFIER with the client's proof", async () => {
    const { UserPoolId, ClientId } = await setup();
    const srp = await srpClient(UserPoolId);
    const r = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "PASSWORD_SRP", SRP_A: srp.A });
    expect(r.ChallengeName).toBe("PASSWORD_VERIFIER");
    expect(r.AvailableChallenges).toContain("PASSWORD_SRP");
    expect(r.ChallengeParameters!.USER_ID_FOR_SRP).toBe("alice");
    const done = await answer(ClientId, "PASSWORD_VERIFIER", r.Session, await srp.proof(r.ChallengeParameters!, PASSWORD));
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).username).toBe("alice");

    const other = await srpClient(UserPoolId);
    const viaSelect = await userAuth(ClientId, { USERNAME: "alice" });
    const verifier = await answer(ClientId, "SELECT_CHALLENGE", viaSelect.Session, { USERNAME: "alice", ANSWER: "PASSWORD_SRP", SRP_A: other.A });
    expect(verifier.ChallengeName).toBe("PASSWORD_VERIFIER");
    const wrong = await failure(answer(ClientId, "PASSWORD_VERIFIER", verifier.Session, await other.proof(verifier.ChallengeParameters!, "Wrong-pass1")));
    expect([wrong.name, wrong.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
  });

  it("EMAIL_OTP: sends an 8-digit code, refuses a wrong one, signs in with the right one (no MFA after it)", async () => {
    const { UserPoolId, ClientId } = await setup();
    const r = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(r.ChallengeName).toBe("EMAIL_OTP");
    expect(r.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "a***@e***" });
    expect(r.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]);
    const sent = mock.outbox.forUser(UserPoolId, "alice", "OTP_SIGN_IN");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: "EMAIL", destination: "alice@example.com" });
    const code = sent[0].code!;
    expect(code).toMatch(/^[0-9]{8}$/);
    const wrong = await failure(answer(ClientId, "EMAIL_OTP", r.Session, { USERNAME: "alice", EMAIL_OTP_CODE: otherCode(code) }));
    expect([wrong.name, wrong.message]).toEqual(["CodeMismatchException", "Invalid code or auth state for the user."]);
    const done = await answer(ClientId, "EMAIL_OTP", r.Session, { USERNAME: "alice", EMAIL_OTP_CODE: code });
    expect(decodeJwt(done.AuthenticationResult!.IdToken!).email).toBe("alice@example.com");
  });

  it("SMS_OTP chosen on SELECT_CHALLENGE: the code goes by SMS and is answered with SMS_OTP_CODE", async () => {
    const { UserPoolId, ClientId } = await setup();
    const select = await userAuth(ClientId, { USERNAME: "alice" });
    const r = await answer(ClientId, "SELECT_CHALLENGE", select.Session, { USERNAME: "alice", ANSWER: "SMS_OTP" });
    expect(r.ChallengeName).toBe("SMS_OTP");
    expect(r.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: "SMS", CODE_DELIVERY_DESTINATION: "+*******0100" });
    const code = mock.outbox.lastCode({ userPoolId: UserPoolId, username: "alice", purpose: "OTP_SIGN_IN" })!;
    expect(mock.outbox.forUser(UserPoolId, "alice", "OTP_SIGN_IN")[0]).toMatchObject({ channel: "SMS", destination: "+15555550100" });
    expect((await failure(answer(ClientId, "SMS_OTP", r.Session, { USERNAME: "alice", SMS_OTP_CODE: otherCode(code) }))).name).toBe("CodeMismatchException");
    const done = await answer(ClientId, "SMS_OTP", r.Session, { USERNAME: "alice", SMS_OTP_CODE: code });
    expect(done.AuthenticationResult?.AccessToken).toBeDefined();
  });

  it("a factor the pool does not allow is not offered, not started when preferred, and refused when chosen", async () => {
    const { ClientId } = await setup({ factors: ["PASSWORD"] });
    const r = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(r.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(r.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP"]);
    const e = await failure(answer(ClientId, "SELECT_CHALLENGE", r.Session, { USERNAME: "alice", ANSWER: "EMAIL_OTP" }));
    expect([e.name, e.message]).toEqual(["InvalidParameterException", "EMAIL_OTP is not an available challenge for the user."]);
    const bad = await failure(userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "CARRIER_PIGEON" }));
    expect(bad.name).toBe("InvalidParameterException");
  });

  it("needs ALLOW_USER_AUTH on the client, USERNAME, and SECRET_HASH for a client with a secret", async () => {
    const { ClientId } = await setup({ client: { ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] } });
    const e = await failure(userAuth(ClientId, { USERNAME: "alice" }));
    expect([e.name, e.message]).toEqual(["InvalidParameterException", "USER_AUTH is not enabled for the client."]);
    const { ClientId: secretClient } = await setup({ client: { GenerateSecret: true } });
    expect((await failure(userAuth(secretClient, { USERNAME: "alice" }))).message).toBe(`Client ${secretClient} is configured with secret but SECRET_HASH was not received`);
    expect((await failure(userAuth(secretClient, {}))).message).toBe("Missing required parameter USERNAME");
  });

  it("a user with a temporary password gets only the password choices, then NEW_PASSWORD_REQUIRED", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.AdminCreateUserCommand({
      UserPoolId, Username: "bob", TemporaryPassword: "Temp0rary!pw", MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: "bob@example.com" }, { Name: "email_verified", Value: "true" }],
    }));
    const r = await userAuth(ClientId, { USERNAME: "bob", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(r.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(r.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP"]);
    const next = await answer(ClientId, "SELECT_CHALLENGE", r.Session, { USERNAME: "bob", ANSWER: "PASSWORD", PASSWORD: "Temp0rary!pw" });
    expect(next.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
  });

  it("a password factor goes on to MFA; where MFA is required one-time codes are not offered", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } }));
    const r = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(r.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP"]);
    const next = await answer(ClientId, "SELECT_CHALLENGE", r.Session, { USERNAME: "alice", ANSWER: "PASSWORD", PASSWORD });
    expect(next.ChallengeName).toBe("MFA_SETUP");
    expect(mock.outbox.forUser(UserPoolId, "alice", "OTP_SIGN_IN")).toHaveLength(0);
  });

  it("unknown users: UserNotFoundException (LEGACY); believable challenges that never succeed (ENABLED)", async () => {
    const { UserPoolId, ClientId } = await setup();
    const legacy = await failure(userAuth(ClientId, { USERNAME: "nobody@example.com" }));
    expect([legacy.name, legacy.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    const hidden = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "h", ExplicitAuthFlows: ["ALLOW_USER_AUTH"], PreventUserExistenceErrors: "ENABLED" }))).UserPoolClient!.ClientId!;
    const otp = await userAuth(hidden, { USERNAME: "nobody@example.com", PREFERRED_CHALLENGE: "EMAIL_OTP" });
    expect(otp.ChallengeName).toBe("EMAIL_OTP");
    expect(otp.Session).toMatch(/^AYAB/);
    expect(otp.ChallengeParameters).toEqual({ CODE_DELIVERY_DELIVERY_MEDIUM: "EMAIL", CODE_DELIVERY_DESTINATION: "n***@e***" });
    expect(mock.outbox.messages).toHaveLength(0);
    const guess = await failure(answer(hidden, "EMAIL_OTP", otp.Session, { USERNAME: "nobody@example.com", EMAIL_OTP_CODE: "12345678" }));
    expect([guess.name, guess.message]).toEqual(["CodeMismatchException", "Invalid code or auth state for the user."]);
    const select = await userAuth(hidden, { USERNAME: "nobody@example.com" });
    expect(select.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"]);
    const pw = await failure(answer(hidden, "SELECT_CHALLENGE", select.Session, { USERNAME: "nobody@example.com", ANSWER: "PASSWORD", PASSWORD }));
    expect([pw.name, pw.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
    const sms = await answer(hidden, "SELECT_CHALLENGE", select.Session, { USERNAME: "nobody@example.com", ANSWER: "SMS_OTP" });
    const smsGuess = await failure(answer(hidden, "SMS_OTP", sms.Session, { USERNAME: "nobody@example.com", SMS_OTP_CODE: "12345678" }));
    expect([smsGuess.name, smsGuess.message]).toEqual(["CodeMismatchException", "Invalid code or auth state for the user."]);
  });

  it("AdminInitiateAuth runs USER_AUTH too", async () => {
    const { UserPoolId, ClientId } = await setup();
    const r = await client.send(new C.AdminInitiateAuthCommand({ UserPoolId, ClientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice" } }));
    expect(r.ChallengeName).toBe("SELECT_CHALLENGE");
    const done = await client.send(new C.AdminRespondToAuthChallengeCommand({ UserPoolId, ClientId, ChallengeName: "SELECT_CHALLENGE", Session: r.Session, ChallengeResponses: { USERNAME: "alice", ANSWER: "PASSWORD", PASSWORD } }));
    expect(done.AuthenticationResult?.AccessToken).toBeDefined();
  });
});

describe("passkeys: registration", () => {
  it("StartWebAuthnRegistration hands out creation options for the pool's relying party and the user", async () => {
    const { ClientId } = await setup();
    const { AccessToken } = await passwordTokens(ClientId);
    const { CredentialCreationOptions } = await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }));
    const o = CredentialCreationOptions as Record<string, unknown>;
    expect(o).toMatchObject({
      rp: { id: RP, name: RP }, user: { name: "alice@example.com", displayName: "alice@example.com" },
      pubKeyCredParams: [{ alg: -7, type: "public-key" }, { alg: -257, type: "public-key" }], excludeCredentials: [],
      authenticatorSelection: { residentKey: "required", userVerification: "preferred" }, timeout: 180000,
    });
    expect(o.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from((o.user as { id: string }).id, "base64url").toString()).toBe(decodeJwt(AccessToken!).sub);
  });

  it("registers a passkey, lists it, shows it in the auth factors, and deletes it", async () => {
    const { UserPoolId, ClientId } = await setup();
    mock.clock.freeze();
    const { AccessToken } = await passwordTokens(ClientId);
    const key = await registerPasskey(ClientId, new SoftwareAuthenticator(), AccessToken);
    const list = await client.send(new C.ListWebAuthnCredentialsCommand({ AccessToken }));
    expect(list.Credentials).toEqual([{
      CredentialId: key.id, FriendlyCredentialName: "Passkey", RelyingPartyId: RP, AuthenticatorAttachment: "platform",
      AuthenticatorTransports: ["internal", "hybrid"], CreatedAt: new Date(mock.clock.now()),
    }]);
    expect(list.NextToken).toBeUndefined();
    const factors = await client.send(new C.GetUserAuthFactorsCommand({ AccessToken }));
    expect(factors.Username).toBe("alice");
    expect(factors.ConfiguredUserAuthFactors).toEqual(["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]);
    const next = await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }));
    expect((next.CredentialCreationOptions as { excludeCredentials: unknown[] }).excludeCredentials).toEqual([{ id: key.id, type: "public-key", transports: ["internal", "hybrid"] }]);

    await client.send(new C.DeleteWebAuthnCredentialCommand({ AccessToken, CredentialId: key.id }));
    expect((await client.send(new C.ListWebAuthnCredentialsCommand({ AccessToken }))).Credentials).toEqual([]);
    const admin = await client.send(new C.AdminGetUserAuthFactorsCommand({ UserPoolId, Username: "alice" }));
    expect(admin.ConfiguredUserAuthFactors).toEqual(["PASSWORD", "EMAIL_OTP", "SMS_OTP"]);
    const gone = await failure(client.send(new C.DeleteWebAuthnCredentialCommand({ AccessToken, CredentialId: key.id })));
    expect(gone.name).toBe("ResourceNotFoundException");
    mock.clock.unfreeze();
  });

  it("checks a packed self-attestation's signature", async () => {
    const { ClientId } = await setup();
    const { AccessToken } = await passwordTokens(ClientId);
    const start = async () => (await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }))).CredentialCreationOptions as unknown as CreationOptionsJSON;
    const forged = new SoftwareAuthenticator("ES256", "packed");
    const e = await failure(client.send(new C.CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: forged.register(await start(), { tamper: true }) as never })));
    expect(e.name).toBe("InvalidParameterException");
    const good = new SoftwareAuthenticator("ES256", "packed");
    await client.send(new C.CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: good.register(await start()) as never }));
    expect((await client.send(new C.ListWebAuthnCredentialsCommand({ AccessToken }))).Credentials!.map((c) => c.CredentialId)).toEqual([good.id]);
  });

  it("refuses a credential for another origin, relying party or challenge, an unsupported algorithm, a stale start and another client", async () => {
    const { UserPoolId, ClientId } = await setup();
    const { AccessToken } = await passwordTokens(ClientId);
    const start = async () => (await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }))).CredentialCreationOptions as unknown as CreationOptionsJSON;
    const complete = (Credential: unknown, token = AccessToken) => failure(client.send(new C.CompleteWebAuthnRegistrationCommand({ AccessToken: token, Credential: Credential as never })));
    const key = new SoftwareAuthenticator();

    const unstarted = { challenge: "AAAA", rp: { id: RP, name: RP }, user: { id: "dXNlcg", name: "alice", displayName: "alice" } };
    expect((await complete(key.register(unstarted))).name).toBe("WebAuthnChallengeNotFoundException");
    expect((await complete(key.register(await start(), { origin: "https://evil.example.net" }))).name).toBe("WebAuthnOriginNotAllowedException");
    expect((await complete(key.register(await start(), { rpId: "other.example.org", origin: "https://example.com" }))).name).toBe("WebAuthnRelyingPartyMismatchException");
    expect((await complete(key.register(await start(), { challenge: "AAAA" }))).name).toBe("WebAuthnChallengeNotFoundException");
    expect((await complete(new SoftwareAuthenticator("EdDSA").register(await start()))).name).toBe("WebAuthnCredentialNotSupportedException");
    const options = await start();
    mock.clock.advance(181_000);
    expect((await complete(key.register(options))).name).toBe("WebAuthnChallengeNotFoundException");
    mock.clock.advance(-181_000);

    const other = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "other", ExplicitAuthFlows: ["ALLOW_USER_AUTH"] }))).UserPoolClient!.ClientId!;
    const otherToken = (await passwordTokens(other)).AccessToken!;
    const mismatch = await complete(key.register(await start()), otherToken);
    expect(mismatch.name).toBe("WebAuthnClientMismatchException");
    // a subdomain of the relying party is a valid origin
    await client.send(new C.CompleteWebAuthnRegistrationCommand({ AccessToken, Credential: key.register(await start(), { origin: "https://app.example.com" }) as never }));
    expect((await client.send(new C.ListWebAuthnCredentialsCommand({ AccessToken }))).Credentials).toHaveLength(1);
  });

  it("needs WEB_AUTHN among the first factors and a relying party (configured, or the pool's domain)", async () => {
    const off = await setup({ factors: ["PASSWORD"] });
    const e = await failure(client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken: (await passwordTokens(off.ClientId)).AccessToken })));
    expect(e.name).toBe("WebAuthnNotEnabledException");
    const bare = await setup({ rp: null });
    const AccessToken = (await passwordTokens(bare.ClientId)).AccessToken;
    expect((await failure(client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken })))).name).toBe("WebAuthnConfigurationMissingException");
    await client.send(new C.CreateUserPoolDomainCommand({ UserPoolId: bare.UserPoolId, Domain: "choice-login" }));
    const { CredentialCreationOptions } = await client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken }));
    expect((CredentialCreationOptions as { rp: { id: string } }).rp.id).toBe("choice-login.auth.us-east-1.amazoncognito.com");
    const garbage = await failure(client.send(new C.StartWebAuthnRegistrationCommand({ AccessToken: "not.a.token" })));
    expect([garbage.name, garbage.message]).toEqual(["NotAuthorizedException", "Invalid Access Token"]);
  });

  it("pages ListWebAuthnCredentials", async () => {
    const { ClientId } = await setup();
    const { AccessToken } = await passwordTokens(ClientId);
    const keys = [];
    for (let i = 0; i < 3; i++) keys.push(await registerPasskey(ClientId, new SoftwareAuthenticator(), AccessToken));
    const first = await client.send(new C.ListWebAuthnCredentialsCommand({ AccessToken, MaxResults: 2 }));
    expect(first.Credentials!.map((c) => c.CredentialId)).toEqual([keys[0].id, keys[1].id]);
    const second = await client.send(new C.ListWebAuthnCredentialsCommand({ AccessToken, MaxResults: 2, NextToken: first.NextToken }));
    expect(second.Credentials!.map((c) => c.CredentialId)).toEqual([keys[2].id]);
    expect(second.NextToken).toBeUndefined();
  });
});

describe("passkeys: signing in with WEB_AUTHN", () => {
  it("signs in with a registered passkey; a wrong signature, another challenge or origin are refused", async () => {
    const { ClientId } = await setup();
    const key = await registerPasskey(ClientId);
    const r = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "WEB_AUTHN" });
    expect(r.ChallengeName).toBe("WEB_AUTHN");
    expect(r.AvailableChallenges).toEqual(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]);
    const options = JSON.parse(r.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS) as RequestOptionsJSON;
    expect(options).toMatchObject({ rpId: RP, allowCredentials: [{ id: key.id, type: "public-key" }], userVerification: "preferred" });
    const respond = (credential: unknown) => answer(ClientId, "WEB_AUTHN", r.Session, { USERNAME: "alice", CREDENTIAL: JSON.stringify(credential) });

    const forged = await failure(respond(key.assert(options, { tamper: true })));
    expect([forged.name, forged.message]).toEqual(["NotAuthorizedException", "Invalid WebAuthn credential."]);
    expect((await failure(respond(key.assert(options, { challenge: "c29tZXRoaW5nIGVsc2U" })))).name).toBe("NotAuthorizedException");
    expect((await failure(respond(key.assert(options, { origin: "https://evil.example.net" })))).name).toBe("NotAuthorizedException");
    expect((await failure(respond(new SoftwareAuthenticator().assert(options)))).name).toBe("NotAuthorizedException");
    const done = await respond(key.assert(options));
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).username).toBe("alice");
    expect((await failure(respond(key.assert(options)))).message).toBe("Invalid session for the user, session can only be used once.");
  });

  it("WEB_AUTHN chosen on SELECT_CHALLENGE; user verification enforced when the pool requires it", async () => {
    const { UserPoolId, ClientId } = await setup();
    const key = await registerPasskey(ClientId);
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, WebAuthnConfiguration: { RelyingPartyId: RP, UserVerification: "required" } }));
    const select = await userAuth(ClientId, { USERNAME: "alice" });
    expect(select.AvailableChallenges).toContain("WEB_AUTHN");
    const r = await answer(ClientId, "SELECT_CHALLENGE", select.Session, { USERNAME: "alice", ANSWER: "WEB_AUTHN" });
    const options = JSON.parse(r.ChallengeParameters!.CREDENTIAL_REQUEST_OPTIONS) as RequestOptionsJSON;
    expect(options.userVerification).toBe("required");
    const noUv = await failure(answer(ClientId, "WEB_AUTHN", r.Session, { USERNAME: "alice", CREDENTIAL: JSON.stringify(key.assert(options, { uv: false })) }));
    expect(noUv.name).toBe("NotAuthorizedException");
    const done = await answer(ClientId, "WEB_AUTHN", r.Session, { USERNAME: "alice", CREDENTIAL: JSON.stringify(key.assert(options)) });
    expect(done.AuthenticationResult?.RefreshToken).toBeDefined();
  });

  it("a user without a passkey is not offered WEB_AUTHN, even when preferring it", async () => {
    const { ClientId } = await setup();
    const r = await userAuth(ClientId, { USERNAME: "alice", PREFERRED_CHALLENGE: "WEB_AUTHN" });
    expect(r.ChallengeName).toBe("SELECT_CHALLENGE");
    expect(r.AvailableChallenges).not.toContain("WEB_AUTHN");
  });
});

describe("GetUserAuthFactors / AdminGetUserAuthFactors", () => {
  it("reports the configured factors for the policy and the user, and refuses unknown users", async () => {
    const { UserPoolId, ClientId } = await setup({ factors: ["PASSWORD", "EMAIL_OTP"] });
    const { AccessToken } = await passwordTokens(ClientId);
    expect(await client.send(new C.GetUserAuthFactorsCommand({ AccessToken }))).toMatchObject({ Username: "alice", ConfiguredUserAuthFactors: ["PASSWORD", "EMAIL_OTP"] });
    const admin = await client.send(new C.AdminGetUserAuthFactorsCommand({ UserPoolId, Username: "alice" }));
    expect(admin.Username).toBe("alice");
    expect(admin.PreferredMfaSetting).toBeUndefined();
    expect(admin.UserMFASettingList).toBeUndefined();
    const e = await failure(client.send(new C.AdminGetUserAuthFactorsCommand({ UserPoolId, Username: "nobody" })));
    expect([e.name, e.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    const missing = await failure(client.send(new C.AdminGetUserAuthFactorsCommand({ UserPoolId: "us-east-1_Nope12345", Username: "alice" })));
    expect(missing.name).toBe("ResourceNotFoundException");
  });
});
