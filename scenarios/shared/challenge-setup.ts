// Building blocks of the challenge scenarios. Everything is seeded through the API (api.call), so ids,
// secrets and codes follow the mock's seed; nothing here may need Node (scenarios also run in browsers).
import type { ScenarioApi } from "../../src/scenarios/define.js";
import { STEP_SECONDS, totpCode } from "../../src/auth/totp.js";
import { hmacSha256, toBase64, utf8 } from "../../src/auth/hash.js";

/** The password of every user these scenarios create with one. */
export const PASSWORD = "Passw0rd!scenario";

/** A public (no secret) app client that may use every flow a web app uses, so any client library works. */
export const WEB_FLOWS = ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_AUTH"];

/** What AWS needs before a pool may send SMS (SNS through an IAM role). */
export const SMS_CONFIGURATION = { SnsCallerArn: "arn:aws:iam::123456789012:role/cognito-sms", ExternalId: "cognito-idp-mock" };

/** Email through Amazon SES (DEVELOPER): what email MFA and one-time codes need on real Cognito. */
export const SES_EMAIL = {
  EmailSendingAccount: "DEVELOPER",
  SourceArn: "arn:aws:ses:us-east-1:123456789012:identity/example.com",
  From: "no-reply@example.com",
};

export interface Pool { userPoolId: string; clientId: string }

/** A pool (email verified automatically) and its web client. */
export async function createPool(api: ScenarioApi, PoolName: string, settings: Record<string, unknown> = {}): Promise<Pool> {
  const { UserPool } = await api.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName, AutoVerifiedAttributes: ["email"], ...settings });
  const { UserPoolClient } = await api.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
    UserPoolId: UserPool.Id, ClientName: "web", ExplicitAuthFlows: WEB_FLOWS, PreventUserExistenceErrors: "ENABLED",
  });
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
}

/** A CONFIRMED user with these attributes (emails and phones marked verified) and the shared password. */
export async function createUser(api: ScenarioApi, UserPoolId: string, Username: string, attributes: Record<string, string>): Promise<void> {
  const verified: Record<string, string> = {};
  if (attributes.email) verified.email_verified = "true";
  if (attributes.phone_number) verified.phone_number_verified = "true";
  await api.call("AdminCreateUser", {
    UserPoolId, Username, MessageAction: "SUPPRESS",
    UserAttributes: Object.entries({ ...attributes, ...verified }).map(([Name, Value]) => ({ Name, Value })),
  });
  await api.call("AdminSetUserPassword", { UserPoolId, Username, Password: PASSWORD, Permanent: true });
}

/** 123456, or 12345678 for 8-digit codes (one-time sign-in codes, email MFA). */
export const fixedCode = (length: number) => "1234567890".slice(0, length);

/**
 * Fixes the codes one pool (or one user in it) is sent, so a developer can type them without reading
 * the outbox; codes fixed earlier (another scenario, another pool) still apply elsewhere. Returns
 * what undoes it.
 */
export function fixCodes(api: ScenarioApi, userPoolId: string, username?: string): () => void {
  const earlier = api.mock.state.fixedCodes;
  api.mock.setCodes((m) => {
    if (m.userPoolId === userPoolId && (!username || m.username === username)) return fixedCode(m.length);
    return typeof earlier === "function" ? earlier(m) : earlier;
  });
  return () => api.mock.setCodes(earlier);
}

/**
 * Signs the user in with their password and turns on an authenticator app (AssociateSoftwareToken,
 * VerifySoftwareToken). Call it while the pool does not yet require MFA. Returns the base32 secret.
 */
export async function enrollTotp(api: ScenarioApi, ClientId: string, USERNAME: string, FriendlyDeviceName: string): Promise<string> {
  const signIn = await api.call<{ AuthenticationResult: { AccessToken: string } }>("InitiateAuth", {
    AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME, PASSWORD },
  });
  const AccessToken = signIn.AuthenticationResult.AccessToken;
  const { SecretCode } = await api.call<{ SecretCode: string }>("AssociateSoftwareToken", { AccessToken });
  // The previous 30-second step's code: Cognito accepts it (±30 s), and the current code stays unused,
  // so the first sign-in may use whatever the authenticator shows right now.
  const step = Math.floor(api.mock.clock.now() / 1000 / STEP_SECONDS) - 1;
  await api.call("VerifySoftwareToken", { AccessToken, UserCode: totpCode(SecretCode, step), FriendlyDeviceName });
  // the set-up sign-in is over: its tokens are of no further use
  await api.call("GlobalSignOut", { AccessToken });
  return SecretCode;
}

/** What an authenticator app scans (as a QR code) or takes as a link. */
export function otpauthUri(secret: string, account: string, issuer = "cognito-idp-mock"): string {
  const e = encodeURIComponent;
  return `otpauth://totp/${e(issuer)}:${e(account)}?secret=${secret}&issuer=${e(issuer)}&algorithm=SHA1&digits=6&period=30`;
}

/** Where a user-state scenario puts its user: the previous scenario's pool when there is one, else a new pool. */
export interface UserHome extends Pool {
  reused: boolean;
  /**
   * The name the user is created under and signs in with (the email or phone in pools that use those
   * as usernames), and their attributes: the email, verified, and the phone, verified, when it is the name.
   */
  identity(name: string, email: string, phone: string): { username: string; attributes: { Name: string; Value: string }[] };
}

export async function userHome(api: ScenarioApi, PoolName: string): Promise<UserHome> {
  const { userPoolId, clientId } = api.previous;
  let by: string[] = [];
  let pool: Pool;
  if (userPoolId && clientId) {
    const { UserPool } = await api.call<{ UserPool: { UsernameAttributes?: string[] } }>("DescribeUserPool", { UserPoolId: userPoolId });
    by = UserPool.UsernameAttributes ?? [];
    pool = { userPoolId, clientId };
  } else {
    pool = await createPool(api, PoolName);
  }
  return {
    ...pool, reused: pool.userPoolId === userPoolId,
    identity(name, email, phone) {
      const username = by.includes("email") ? email : by.includes("phone_number") ? phone : name;
      const attributes = [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }];
      if (username === phone) attributes.push({ Name: "phone_number", Value: phone }, { Name: "phone_number_verified", Value: "true" });
      return { username, attributes };
    },
  };
}

/** The internal username (the sub in pools that use emails or phones as usernames), which messages are filed under. */
export async function internalUsername(api: ScenarioApi, UserPoolId: string, Username: string): Promise<string> {
  return (await api.call<{ Username: string }>("AdminGetUser", { UserPoolId, Username })).Username;
}

/** SECRET_HASH for a client that has a secret (reused pools may have one), else undefined. */
export async function secretHash(api: ScenarioApi, pool: Pool, username: string): Promise<string | undefined> {
  const { UserPoolClient } = await api.call<{ UserPoolClient: { ClientSecret?: string } }>("DescribeUserPoolClient", { UserPoolId: pool.userPoolId, ClientId: pool.clientId });
  if (!UserPoolClient.ClientSecret) return undefined;
  return toBase64(hmacSha256(utf8(UserPoolClient.ClientSecret), utf8(username + pool.clientId)));
}
