// What every sign-in step shares: finding the pool and client, SECRET_HASH, allowed flows, the user
// and their state, lock-out, sessions.
import type { Shape } from "../../../generated/operations.js";
import {
  InvalidParameterException, NotAuthorizedException, PasswordResetRequiredException, ResourceNotFoundException,
  UserNotConfirmedException, UserNotFoundException,
} from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import type { AuthSession, ChallengeName } from "../../state/auth-state.js";
import { ALIAS_ATTRIBUTES } from "../../state/user-directory.js";
import { activeClientSecretValues } from "../../state/pool-admin.js";
import { recordAuthEvent } from "../auth-events.js";
import { hmacSha256, sha256Base64Url, toBase64, utf8, timingSafeEqual, fromBase64 } from "../hash.js";

export type AuthAnswer = {
  ChallengeName?: Shape<"ChallengeNameType">;
  Session?: string;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: Shape<"AuthenticationResultType">;
  AvailableChallenges?: Shape<"ChallengeNameType">[];
};

export const WRONG_PASSWORD = "Incorrect username or password.";

/** Public operations name only the client; admin ones name the pool too. */
export function poolAndClient(ctx: OperationContext, clientId: string, poolId?: string): { pool: PoolRecord; client: ClientRecord } {
  const owner = ctx.store.clientPools.get(clientId);
  const pool = owner ? ctx.store.pools.get(owner) : undefined;
  if (poolId !== undefined && !ctx.store.pools.has(poolId)) throw new ResourceNotFoundException(`User pool ${poolId} does not exist.`);
  if (!pool || (poolId !== undefined && pool.id !== poolId)) throw new ResourceNotFoundException(`User pool client ${clientId} does not exist.`);
  return { pool, client: pool.clients.get(clientId)! };
}

/** SECRET_HASH = Base64(HMAC-SHA256(clientSecret, username + clientId)). */
export function secretHash(secret: string, username: string, clientId: string): string {
  return toBase64(hmacSha256(utf8(secret), utf8(username + clientId)));
}

/**
 * A client with a secret needs SECRET_HASH, computed over the name the caller used. While a secret is
 * being rotated (AddUserPoolClientSecret), a hash made with either secret is accepted.
 */
export function checkSecretHash(client: ClientRecord, username: string | undefined, given: string | undefined, pool: PoolRecord): void {
  if (!client.ClientSecret) return;
  if (!given) throw new NotAuthorizedException(`Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`);
  const secrets = activeClientSecretValues(pool.admin, client);
  let ok = false;
  try {
    ok = username !== undefined && secrets.some((s) => timingSafeEqual(fromBase64(given), fromBase64(secretHash(s, username, client.ClientId))));
  } catch {
    ok = false;
  }
  if (!ok) throw new NotAuthorizedException(`Unable to verify secret hash for client ${client.ClientId}`);
}

type Flow = "USER_PASSWORD_AUTH" | "USER_SRP_AUTH" | "REFRESH_TOKEN_AUTH" | "CUSTOM_AUTH" | "ADMIN_USER_PASSWORD_AUTH" | "USER_AUTH";

const DEFAULT_FLOWS: readonly string[] = ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

/** Whether the client allows a flow. No ExplicitAuthFlows means SRP, custom and refresh. */
export function flowAllowed(client: ClientRecord, flow: Flow): boolean {
  const flows: readonly string[] = client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS;
  const has = (a: string, b?: string) => flows.includes(a) || (b !== undefined && flows.includes(b));
  switch (flow) {
    case "USER_PASSWORD_AUTH": return has("ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH");
    case "USER_SRP_AUTH": return has("ALLOW_USER_SRP_AUTH") || !has("CUSTOM_AUTH_FLOW_ONLY") && !flows.some((f) => f.startsWith("ALLOW_"));
    case "REFRESH_TOKEN_AUTH": return has("ALLOW_REFRESH_TOKEN_AUTH") || !flows.some((f) => f.startsWith("ALLOW_"));
    case "CUSTOM_AUTH": return has("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY");
    case "ADMIN_USER_PASSWORD_AUTH": return has("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
    case "USER_AUTH": return has("ALLOW_USER_AUTH");
  }
}

export function requireParam(params: Record<string, string> | undefined, name: string): string {
  const v = params?.[name];
  if (v === undefined || v === "") throw new InvalidParameterException(`Missing required parameter ${name}`);
  return v;
}

/** Whether unknown users and wrong passwords must look alike for this client. */
export const hidesUsers = (client: ClientRecord) => client.PreventUserExistenceErrors === "ENABLED";

/**
 * The user a sign-in names: by username, or by a verified alias or email/phone username. An
 * unconfirmed user found through an alias counts as unknown (an alias works once verified).
 */
export function signInUser(pool: PoolRecord, name: string): UserRecord | undefined {
  const direct = pool.users.byUsername(name);
  if (direct) return direct;
  for (const a of ALIAS_ATTRIBUTES) {
    const u = pool.users.byAlias(a, name);
    if (u && (u.status !== "UNCONFIRMED" || pool.settings.UsernameAttributes?.includes(a as "email"))) return u;
  }
  return undefined;
}

export function unknownUser(client: ClientRecord): Error {
  return hidesUsers(client) ? new NotAuthorizedException(WRONG_PASSWORD) : new UserNotFoundException("User does not exist.");
}

/** States that stop a sign-in before any password is checked. */
export function checkCanSignIn(user: UserRecord): void {
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  if (user.status === "UNCONFIRMED") throw new UserNotConfirmedException("User is not confirmed.");
  if (user.status === "RESET_REQUIRED") throw new PasswordResetRequiredException("Password reset required for the user");
}

// Lock-out as documented: after 5 failures, 1 s, doubling with each further failure up to ~15 min;
// attempts during a lock-out do not extend it; the count resets after 15 quiet minutes.
const QUIET_RESET = 15 * 60_000;
const MAX_LOCK = 15 * 60_000;

export function checkLockout(ctx: OperationContext, user: UserRecord): void {
  if (user.lockedUntil !== undefined && ctx.now < user.lockedUntil) throw new NotAuthorizedException("Password attempts exceeded");
}

export function recordFailure(ctx: OperationContext, user: UserRecord): void {
  recordAuthEvent(ctx, user, "SignIn", "Fail", [{ ChallengeName: "Password", ChallengeResponse: "Failure" }]);
  if (user.lastFailedSignIn !== undefined && ctx.now - user.lastFailedSignIn > QUIET_RESET) user.failedSignIns = 0;
  user.failedSignIns = (user.failedSignIns ?? 0) + 1;
  user.lastFailedSignIn = ctx.now;
  if (user.failedSignIns >= 5) user.lockedUntil = ctx.now + Math.min(MAX_LOCK, 1000 * 2 ** (user.failedSignIns - 5));
}

export function recordSuccess(user: UserRecord): void {
  user.failedSignIns = 0;
  delete user.lockedUntil;
  delete user.lastFailedSignIn;
}

/** Temporary passwords expire (TemporaryPasswordValidityDays). */
export function checkTemporaryPassword(ctx: OperationContext, user: UserRecord): void {
  if (user.status === "FORCE_CHANGE_PASSWORD" && user.temporaryPasswordExpiresAt !== undefined && ctx.now > user.temporaryPasswordExpiresAt) {
    throw new NotAuthorizedException("Temporary password has expired and must be reset by an administrator.");
  }
}

const SESSION_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** A new challenge session: opaque base64 beginning AYAB, like Cognito's; valid AuthSessionValidity minutes. */
export function newSession(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, challenge: ChallengeName, extra: Partial<AuthSession> = {}): AuthSession {
  const id = "AYAB" + ctx.random.string(916, SESSION_ALPHABET);
  const session: AuthSession = {
    id, poolId: pool.id, clientId: client.ClientId, username: user.username, challenge,
    expiresAt: ctx.now + (client.AuthSessionValidity ?? 3) * 60_000, ...extra,
  };
  ctx.store.auth.sweepSometimes(ctx.now);
  ctx.store.auth.sessions.set(id, session);
  return session;
}

/** The session a challenge answer carries, checked for expiry, reuse and step. */
export function takeSession(ctx: OperationContext, id: string | undefined, client: ClientRecord, challenge: string): AuthSession {
  if (!id) throw new InvalidParameterException("Missing required parameter Session");
  const s = ctx.store.auth.sessions.get(id);
  if (!s && ctx.store.auth.spent.has(spentKey(id))) throw new NotAuthorizedException("Invalid session for the user, session can only be used once.");
  if (!s) throw new NotAuthorizedException("Invalid session for the user, session is expired.");
  if (s.expiresAt <= ctx.now) {
    ctx.store.auth.sessions.delete(id);
    throw new NotAuthorizedException("Invalid session for the user, session is expired.");
  }
  if (s.clientId !== client.ClientId || s.challenge !== challenge) throw new NotAuthorizedException("Invalid session for the user.");
  return s;
}

// Spent sessions are remembered by digest: a session id is ~920 characters, and 10,000 of them took
// 12.6 MB of heap (1.4 MB as digests) kept for the wording of one error.
const spentKey = (id: string) => sha256Base64Url(id);

/** A session that produced tokens or moved on is spent. */
export function spendSession(ctx: OperationContext, s: AuthSession): void {
  ctx.store.auth.sessions.delete(s.id);
  const spent = ctx.store.auth.spent;
  spent.add(spentKey(s.id));
  // remember enough spent sessions to word the error right, not all of them forever
  if (spent.size > 10_000) spent.delete(spent.values().next().value!);
}
