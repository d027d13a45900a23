// USER_AUTH, choice-based sign-in: SELECT_CHALLENGE, PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP,
// WEB_AUTHN. A password factor goes on to MFA like any password sign-in; a one-time code or a passkey
// signs in on its own (the pool only offers those where they may: see auth-factors.ts).
import { CodeMismatchException, InvalidParameterException, NotAuthorizedException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import { deliver, newCode } from "../../operations/shared/deliver.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import type { AuthSession, ChallengeName } from "../../state/auth-state.js";
import { maskDestination } from "../../operations/shared/attributes.js";
import { passwordMatches } from "../passwords.js";
import { sha256, toHex, utf8 } from "../hash.js";
import { newSecretBlock, srpChallenge, validPublicA } from "../srp-server.js";
import { FIRST_FACTORS, firstFactors, usablePasskeys, type FirstFactor } from "../auth-factors.js";
import { BAD_PASSKEY, newChallenge, relyingPartyId, requestOptions, userHandle, userVerification, verifyAssertion } from "../webauthn.js";
import {
  WRONG_PASSWORD, checkCanSignIn, checkLockout, checkSecretHash, checkTemporaryPassword, hidesUsers, newSession, recordFailure,
  recordSuccess, requireParam, signInUser, spendSession, takeSession, unknownUser, type AuthAnswer,
} from "./common.js";
import { afterFirstFactor, signedIn, type SignInState } from "./next-step.js";
import type { InitiateRequest } from "./initiate.js";
import type { RespondRequest } from "./respond.js";

const SRP_EXCHANGE_MS = 3 * 60_000;
const WRONG_CODE = "Invalid code or auth state for the user.";
/** the challenges that stand for a first factor, which InitiateAuth lists the alternatives to */
const FIRST_FACTOR_CHALLENGES = new Set<string>(["PASSWORD", "PASSWORD_SRP", "PASSWORD_VERIFIER", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"]);

/** One sign-in in progress. No user: an unknown name answered believably (PreventUserExistenceErrors). */
interface SignIn {
  ctx: OperationContext;
  pool: PoolRecord;
  client: ClientRecord;
  user: UserRecord | undefined;
  /** the name the sign-in started with */
  name: string;
  state: SignInState;
}

export async function startUserAuth(ctx: OperationContext, { pool, client, params }: InitiateRequest): Promise<AuthAnswer> {
  const name = requireParam(params, "USERNAME");
  checkSecretHash(client, name, params.SECRET_HASH, pool);
  const preferred = params.PREFERRED_CHALLENGE;
  if (preferred && !(FIRST_FACTORS as readonly string[]).includes(preferred)) {
    throw new InvalidParameterException(`PREFERRED_CHALLENGE must be one of ${FIRST_FACTORS.join(", ")}.`);
  }
  const user = signInUser(pool, name);
  if (!user && !hidesUsers(client)) throw unknownUser(client);
  if (user) checkCanSignIn(user);
  const available = firstFactors(pool, user);
  if (!available.length) throw new NotAuthorizedException("The user has no sign-in method available.");
  const sign: SignIn = { ctx, pool, client, user, name, state: { authTime: Math.floor(ctx.now / 1000), deviceKey: params.DEVICE_KEY } };
  if (preferred && available.includes(preferred as FirstFactor)) {
    const answer = await startFactor(sign, preferred as FirstFactor, params);
    return answer.ChallengeName && FIRST_FACTOR_CHALLENGES.has(answer.ChallengeName) ? { ...answer, AvailableChallenges: available } : answer;
  }
  const s = session(sign, "SELECT_CHALLENGE", { availableChallenges: available });
  return { ChallengeName: "SELECT_CHALLENGE", Session: s.id, ChallengeParameters: {}, AvailableChallenges: available };
}

/** Answers to challenges that belong to a USER_AUTH sign-in. */
export async function respondUserAuth(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const s = takeSession(ctx, r.session, r.client, r.challenge);
  const user = s.fake ? undefined : r.pool.users.byUsername(s.username);
  if (!s.fake && !user) throw new NotAuthorizedException("Invalid session for the user.");
  checkSecretHash(r.client, r.responses.USERNAME ?? s.username, r.responses.SECRET_HASH, r.pool);
  if (user) checkCanSignIn(user);
  const sign: SignIn = {
    ctx, pool: r.pool, client: r.client, user, name: s.username,
    state: { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: r.responses.DEVICE_KEY ?? s.deviceKey },
  };
  const answer = await answerChallenge(sign, s, r);
  // only a step that succeeded uses the session up: a wrong password or code may be tried again
  spendSession(ctx, s);
  return answer;
}

async function answerChallenge(sign: SignIn, s: AuthSession, r: RespondRequest): Promise<AuthAnswer> {
  switch (r.challenge) {
    case "SELECT_CHALLENGE": {
      const choice = requireParam(r.responses, "ANSWER");
      if (!s.availableChallenges?.includes(choice)) throw new InvalidParameterException(`${choice} is not an available challenge for the user.`);
      return startFactor(sign, choice as FirstFactor, r.responses);
    }
    case "PASSWORD": return checkPassword(sign, requireParam(r.responses, "PASSWORD"));
    case "PASSWORD_SRP": return srpExchange(sign, requireParam(r.responses, "SRP_A"));
    case "EMAIL_OTP": return checkCode(sign, s, requireParam(r.responses, "EMAIL_OTP_CODE"));
    case "SMS_OTP": return checkCode(sign, s, requireParam(r.responses, "SMS_OTP_CODE"));
    case "WEB_AUTHN": return checkPasskey(sign, s, requireParam(r.responses, "CREDENTIAL"));
    default: throw new InvalidParameterException(`${r.challenge} is not a challenge this sign-in can answer.`);
  }
}

/**
 * Starts the chosen factor. PASSWORD and PASSWORD_SRP finish at once when the request already carries
 * the password or SRP_A; otherwise they, like the others, answer with their own challenge.
 */
async function startFactor(sign: SignIn, factor: FirstFactor, params: Record<string, string>): Promise<AuthAnswer> {
  switch (factor) {
    case "PASSWORD": return params.PASSWORD ? checkPassword(sign, params.PASSWORD) : ask(sign, "PASSWORD");
    case "PASSWORD_SRP": return params.SRP_A ? srpExchange(sign, params.SRP_A) : ask(sign, "PASSWORD_SRP");
    case "EMAIL_OTP":
    case "SMS_OTP": return sendCode(sign, factor);
    case "WEB_AUTHN": return passkeyChallenge(sign);
  }
}

function session(sign: SignIn, challenge: ChallengeName, extra: Partial<AuthSession> = {}): AuthSession {
  // newSession reads only the username, which for an unknown user is the name they typed
  const owner = sign.user ?? ({ username: sign.name } as UserRecord);
  return newSession(sign.ctx, sign.pool, sign.client, owner, challenge, {
    authTime: sign.state.authTime, deviceKey: sign.state.deviceKey, ...(sign.user ? {} : { fake: true }), ...extra,
  });
}

function ask(sign: SignIn, challenge: "PASSWORD" | "PASSWORD_SRP"): AuthAnswer {
  return { ChallengeName: challenge, Session: session(sign, challenge).id, ChallengeParameters: {} };
}

async function checkPassword({ ctx, pool, client, user, state }: SignIn, password: string): Promise<AuthAnswer> {
  if (!user || !user.password) throw new NotAuthorizedException(WRONG_PASSWORD);
  checkLockout(ctx, user);
  if (!passwordMatches(user.password, password)) {
    recordFailure(ctx, user);
    throw new NotAuthorizedException(WRONG_PASSWORD);
  }
  recordSuccess(user);
  checkTemporaryPassword(ctx, user);
  return afterFirstFactor(ctx, pool, client, user, state);
}

/** The server's half of SRP, answered with PASSWORD_VERIFIER as in USER_SRP_AUTH (an unknown user gets the same believable exchange). */
function srpExchange({ ctx, pool, client, user, name, state }: SignIn, A: string): AuthAnswer {
  if (!validPublicA(A)) throw new NotAuthorizedException(WRONG_PASSWORD);
  const secretBlock = newSecretBlock(ctx.random);
  const expiresAt = ctx.now + SRP_EXCHANGE_MS;
  ctx.store.auth.sweepSometimes(ctx.now);
  if (!user || !user.password) {
    const seed = toHex(sha256(utf8(`${pool.id}:${name.toLowerCase()}`)));
    const userId = `${seed.slice(0, 8)}-${seed.slice(8, 12)}-7${seed.slice(13, 16)}-${seed.slice(16, 20)}-${seed.slice(20, 32)}`;
    const { B, b } = srpChallenge(seed, ctx.random);
    ctx.store.auth.srp.set(secretBlock, { poolId: pool.id, clientId: client.ClientId, username: userId, b, B, A, expiresAt, fake: true });
    return { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { SALT: seed.slice(32, 64), SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: userId, USER_ID_FOR_SRP: userId } };
  }
  const { B, b } = srpChallenge(user.password.verifier, ctx.random);
  ctx.store.auth.srp.set(secretBlock, { poolId: pool.id, clientId: client.ClientId, username: user.username, b, B, A, expiresAt, deviceKey: state.deviceKey });
  return {
    ChallengeName: "PASSWORD_VERIFIER",
    ChallengeParameters: { SALT: user.password.srpSalt, SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: user.username, USER_ID_FOR_SRP: user.username },
  };
}

/** Sends an 8-digit sign-in code by email or SMS. An unknown user is told a code went to the masked name they typed. */
async function sendCode(sign: SignIn, factor: "EMAIL_OTP" | "SMS_OTP"): Promise<AuthAnswer> {
  const { ctx, pool, user } = sign;
  const sms = factor === "SMS_OTP";
  const channel = sms ? "SMS" : "EMAIL";
  const delivery = (to: string) => ({ CODE_DELIVERY_DELIVERY_MEDIUM: channel, CODE_DELIVERY_DESTINATION: maskDestination(channel, to) });
  if (!user) return { ChallengeName: factor, Session: session(sign, factor).id, ChallengeParameters: delivery(sign.name) };
  const destination = user.attributes.get(sms ? "phone_number" : "email")!;
  const code = newCode(ctx, pool, user, "OTP_SIGN_IN", 8);
  const s = session(sign, factor, { code, failures: 0 });
  const template = sms
    ? pool.mfa.sms?.SmsAuthenticationMessage ?? pool.settings.SmsAuthenticationMessage ?? "Your sign-in code is {####}. "
    : pool.mfa.email?.Message ?? "Your sign-in code is {####}. ";
  await deliver(ctx, pool, user, {
    channel, destination, purpose: "OTP_SIGN_IN", code, subject: pool.mfa.email?.Subject ?? "Your sign-in code", template,
    triggerSource: "CustomMessage_Authentication", clientId: sign.client.ClientId,
  });
  return { ChallengeName: factor, Session: s.id, ChallengeParameters: delivery(destination) };
}

async function checkCode({ ctx, pool, client, user, state }: SignIn, s: AuthSession, code: string): Promise<AuthAnswer> {
  if (!user || code !== s.code) {
    s.failures = (s.failures ?? 0) + 1;
    throw new CodeMismatchException(WRONG_CODE);
  }
  return signedIn(ctx, pool, client, user, state);
}

function passkeyChallenge(sign: SignIn): AuthAnswer {
  const { ctx, pool, user } = sign;
  const rpId = relyingPartyId(pool)!;
  const challenge = newChallenge(ctx.random);
  const s = session(sign, "WEB_AUTHN", { webAuthnChallenge: challenge });
  const options = requestOptions(pool, user ? usablePasskeys(pool, user) : [], rpId, challenge);
  return { ChallengeName: "WEB_AUTHN", Session: s.id, ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) } };
}

async function checkPasskey({ ctx, pool, client, user, state }: SignIn, s: AuthSession, credential: string): Promise<AuthAnswer> {
  const rpId = relyingPartyId(pool);
  if (!user || !rpId || !s.webAuthnChallenge) throw new NotAuthorizedException(BAD_PASSKEY);
  // where MFA is required a passkey stands in for it only with user verification
  const requireUserVerification = userVerification(pool) === "required" || pool.settings.MfaConfiguration === "ON";
  const { passkey, counter } = await verifyAssertion(credential, {
    challenge: s.webAuthnChallenge, rpId, passkeys: usablePasskeys(pool, user), userHandle: userHandle(user), requireUserVerification,
  });
  passkey.counter = counter;
  return signedIn(ctx, pool, client, user, state);
}
