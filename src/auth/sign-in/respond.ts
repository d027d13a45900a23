// RespondToAuthChallenge and AdminRespondToAuthChallenge: one answer per challenge.
import { CodeMismatchException, ExpiredCodeException, InvalidParameterException, NotAuthorizedException, SoftwareTokenMFANotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { assertPolicy, POLICY_PREFIX } from "../password-policy.js";
import { verifySrpProof } from "../srp-server.js";
import { checkSrpTimestamp } from "../srp-timestamp.js";
import { poolNameForSrp } from "../../state/ids.js";
import { matchTotp } from "../totp.js";
import { setPassword } from "../../operations/shared/passwords.js";
import { checkAttributes, claimAliases, setAttributes, syncAliases } from "../../operations/shared/attributes.js";
import {
  WRONG_PASSWORD, checkCanSignIn, checkLockout, checkSecretHash, checkTemporaryPassword, recordFailure, recordSuccess, requireParam,
  spendSession, takeSession, type AuthAnswer,
} from "./common.js";
import { afterFirstFactor, mfaChallenge, mfaOrTokens, signedIn, userFactors } from "./next-step.js";
import { presentedDevice, respondDevice } from "./devices.js";
import { answerCustomChallenge, continueAfterSrp } from "./custom-auth.js";
import { preAuthentication } from "./lifecycle-triggers.js";
import { respondUserAuth } from "./user-auth.js";

export interface RespondRequest {
  pool: PoolRecord;
  client: ClientRecord;
  challenge: string;
  responses: Record<string, string>;
  session?: string;
  clientMetadata?: Record<string, string>;
}

export async function respond(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  switch (r.challenge) {
    case "PASSWORD_VERIFIER": return passwordVerifier(ctx, r);
    case "NEW_PASSWORD_REQUIRED": return newPassword(ctx, r);
    case "SMS_MFA":
    case "EMAIL_OTP": return codeChallenge(ctx, r);
    case "SOFTWARE_TOKEN_MFA": return softwareToken(ctx, r);
    case "SELECT_MFA_TYPE": return selectMfa(ctx, r);
    case "MFA_SETUP": return mfaSetup(ctx, r);
    case "CUSTOM_CHALLENGE": return answerCustomChallenge(ctx, r.pool, r.client, r.session, r.responses, r.clientMetadata ?? {});
    case "DEVICE_SRP_AUTH":
    case "DEVICE_PASSWORD_VERIFIER": return respondDevice(ctx, r);
    case "SELECT_CHALLENGE":
    case "PASSWORD":
    case "PASSWORD_SRP":
    case "SMS_OTP":
    case "WEB_AUTHN": return respondUserAuth(ctx, r);
    default:
      throw new InvalidParameterException(`${r.challenge} is not a challenge this sign-in can answer.`);
  }
}

function sessionUser(ctx: OperationContext, r: RespondRequest) {
  const s = takeSession(ctx, r.session, r.client, r.challenge);
  const user = r.pool.users.byUsername(s.username);
  if (!user) throw new NotAuthorizedException("Invalid session for the user.");
  checkSecretHash(r.client, r.responses.USERNAME ?? user.username, r.responses.SECRET_HASH, r.pool);
  return { s, user };
}

async function passwordVerifier(ctx: OperationContext, { pool, client, responses }: RespondRequest): Promise<AuthAnswer> {
  const block = requireParam(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
  const timestamp = requireParam(responses, "TIMESTAMP");
  const signature = requireParam(responses, "PASSWORD_CLAIM_SIGNATURE");
  const userId = requireParam(responses, "USERNAME");
  const exchange = ctx.store.auth.srp.get(block);
  if (!exchange || exchange.clientId !== client.ClientId || exchange.expiresAt <= ctx.now) throw new NotAuthorizedException(WRONG_PASSWORD);
  // SECRET_HASH here is computed over USER_ID_FOR_SRP, not the name the user typed
  checkSecretHash(client, userId, responses.SECRET_HASH, pool);
  const shape = checkSrpTimestamp(timestamp);
  if (shape === "malformed") throw new InvalidParameterException("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
  ctx.store.auth.srp.delete(block);
  const user = exchange.fake ? undefined : pool.users.byUsername(exchange.username);
  if (!user || !user.password) throw new NotAuthorizedException(WRONG_PASSWORD);
  checkLockout(ctx, user);
  checkCanSignIn(user);
  await preAuthentication(ctx, pool, client, user, {});
  const ok = shape === "ok" && userId === exchange.username && verifySrpProof({
    A: exchange.A, challenge: { b: exchange.b, B: exchange.B }, verifier: user.password.verifier,
    poolName: poolNameForSrp(pool.id), userId: user.username, secretBlock: block, timestamp, signature,
  });
  if (!ok) {
    recordFailure(ctx, user);
    throw new NotAuthorizedException(WRONG_PASSWORD);
  }
  recordSuccess(user);
  checkTemporaryPassword(ctx, user);
  if (exchange.flow === "CUSTOM_AUTH") return continueAfterSrp(ctx, pool, client, user, {});
  const deviceKey = responses.DEVICE_KEY || exchange.deviceKey;
  try {
    presentedDevice(pool, user, deviceKey);
  } catch (e) {
    // Amplify and amazon-cognito-identity-js answer "Device does not exist." by re-sending this same
    // answer without DEVICE_KEY, which Cognito accepts: the exchange must survive the refusal
    ctx.store.auth.srp.set(block, { ...exchange, deviceKey: undefined });
    throw e;
  }
  return afterFirstFactor(ctx, pool, client, user, { authTime: Math.floor(ctx.now / 1000), deviceKey });
}

async function newPassword(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const { s, user } = sessionUser(ctx, r);
  const password = requireParam(r.responses, "NEW_PASSWORD");
  assertPolicy(password, r.pool.settings.Policies?.PasswordPolicy, POLICY_PREFIX.other);
  const given = Object.entries(r.responses).filter(([k]) => k.startsWith("userAttributes.")).map(([k, Value]) => ({ Name: k.slice("userAttributes.".length), Value }));
  checkAttributes(r.pool, given, "update");
  const next = new Map(user.attributes);
  for (const a of given) next.set(a.Name, a.Value);
  const missing = r.pool.schema.filter((a) => a.Required && a.Name !== "sub" && !next.get(a.Name!));
  if (missing.length) throw new InvalidParameterException(`Missing required attributes: ${missing.map((a) => a.Name).join(", ")}`);
  claimAliases(r.pool, user, next, "move", false);
  const before = new Map(user.attributes);
  setAttributes(user, given);
  syncAliases(r.pool, user, before);
  setPassword(ctx, r.pool, user, password, true);
  user.status = "CONFIRMED";
  user.modified = ctx.now;
  spendSession(ctx, s);
  return mfaOrTokens(ctx, r.pool, r.client, user, { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: s.deviceKey });
}

async function codeChallenge(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  // an unknown user's believable OTP challenge (PreventUserExistenceErrors) fails as a wrong code would
  const peek = r.session ? ctx.store.auth.sessions.get(r.session) : undefined;
  if (peek?.fake && peek.clientId === r.client.ClientId) throw new CodeMismatchException("Invalid code or auth state for the user.");
  const { s, user } = sessionUser(ctx, r);
  const code = requireParam(r.responses, r.challenge === "SMS_MFA" ? "SMS_MFA_CODE" : "EMAIL_OTP_CODE");
  if (code !== s.code) {
    s.failures = (s.failures ?? 0) + 1;
    throw new CodeMismatchException("Invalid code or auth state for the user.");
  }
  spendSession(ctx, s);
  return signedIn(ctx, r.pool, r.client, user, { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: s.deviceKey });
}

/** A TOTP code is good for its 30-second step (±1), and only once. */
export function acceptTotp(ctx: OperationContext, pool: PoolRecord, user: UserRecord, secret: string, code: string): "ok" | "wrong" | "reused" {
  const step = matchTotp(secret, code, ctx.now);
  if (step === undefined) return "wrong";
  const key = `${pool.id}/${user.username}/${step}`;
  if (ctx.store.auth.usedTotp.has(key)) return "reused";
  ctx.store.auth.usedTotp.add(key);
  return "ok";
}

async function softwareToken(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const { s, user } = sessionUser(ctx, r);
  const code = requireParam(r.responses, "SOFTWARE_TOKEN_MFA_CODE");
  if (!user.totp?.verified) throw new SoftwareTokenMFANotFoundException("Software Token MFA does not exist for the user.");
  const verdict = acceptTotp(ctx, r.pool, user, user.totp.secret, code);
  if (verdict === "reused") throw new ExpiredCodeException("Your software token has already been used once.");
  if (verdict === "wrong") throw new CodeMismatchException("Invalid code or auth state for the user.");
  spendSession(ctx, s);
  return signedIn(ctx, r.pool, r.client, user, { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: s.deviceKey });
}

async function selectMfa(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const { s, user } = sessionUser(ctx, r);
  const answer = requireParam(r.responses, "ANSWER");
  if (!(userFactors(r.pool, user) as string[]).includes(answer)) throw new InvalidParameterException(`${answer} is not a valid MFA type for the user.`);
  spendSession(ctx, s);
  return mfaChallenge(ctx, r.pool, r.client, user, answer as "SMS_MFA", { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: s.deviceKey });
}

async function mfaSetup(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const { s, user } = sessionUser(ctx, r);
  if (!s.totpVerified || !s.totpSecret) throw new NotAuthorizedException("Invalid session for the user.");
  user.totp = { secret: s.totpSecret, friendlyName: s.custom?.privateParameters?.friendlyName, verified: true };
  if (!user.mfaMethods.includes("SOFTWARE_TOKEN_MFA")) user.mfaMethods.push("SOFTWARE_TOKEN_MFA");
  user.preferredMfa ??= "SOFTWARE_TOKEN_MFA";
  user.modified = ctx.now;
  spendSession(ctx, s);
  return signedIn(ctx, r.pool, r.client, user, { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: s.deviceKey });
}
