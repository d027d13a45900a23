// InitiateAuth and AdminInitiateAuth: the first request of a sign-in.
import { InvalidParameterException, NotAuthorizedException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import { passwordMatches } from "../passwords.js";
import { issueTokens, readRefreshToken } from "../tokens.js";
import { sha256, toHex, utf8 } from "../hash.js";
import { srpChallenge, newSecretBlock, validPublicA } from "../srp-server.js";
import {
  WRONG_PASSWORD, checkCanSignIn, checkLockout, checkSecretHash, checkTemporaryPassword, flowAllowed, hidesUsers, recordFailure,
  recordSuccess, requireParam, signInUser, unknownUser, type AuthAnswer,
} from "./common.js";
import { afterFirstFactor } from "./next-step.js";
import { startUserAuth } from "./user-auth.js";
import { startCustomAuth } from "./custom-auth.js";
import { hasTrigger } from "../triggers.js";
import { migrateUser, preAuthentication } from "./lifecycle-triggers.js";

export interface InitiateRequest {
  pool: PoolRecord;
  client: ClientRecord;
  flow: string;
  params: Record<string, string>;
  /** AdminInitiateAuth (IAM-signed) rather than InitiateAuth */
  admin: boolean;
  clientMetadata?: Record<string, string>;
}

const SRP_EXCHANGE_MS = 3 * 60_000;

export async function initiate(ctx: OperationContext, r: InitiateRequest): Promise<AuthAnswer> {
  const { client, params } = r;
  switch (r.flow) {
    case "USER_PASSWORD_AUTH":
      if (r.admin) throw new InvalidParameterException("Initiate Auth method not supported.");
      if (!flowAllowed(client, "USER_PASSWORD_AUTH")) throw new InvalidParameterException("USER_PASSWORD_AUTH flow not enabled for this client");
      return passwordSignIn(ctx, r);
    case "ADMIN_USER_PASSWORD_AUTH":
    case "ADMIN_NO_SRP_AUTH":
      if (!r.admin) throw new InvalidParameterException("Initiate Auth method not supported.");
      if (!flowAllowed(client, "ADMIN_USER_PASSWORD_AUTH")) throw new InvalidParameterException("Auth flow not enabled for this client");
      return passwordSignIn(ctx, r);
    case "USER_SRP_AUTH":
      if (!flowAllowed(client, "USER_SRP_AUTH")) throw new InvalidParameterException("USER_SRP_AUTH is not enabled for the client.");
      return srpStart(ctx, r);
    case "REFRESH_TOKEN_AUTH":
    case "REFRESH_TOKEN":
      if (!flowAllowed(client, "REFRESH_TOKEN_AUTH")) throw new InvalidParameterException("Refresh Token flow not enabled for this client");
      return refresh(ctx, r);
    case "CUSTOM_AUTH":
      if (!flowAllowed(client, "CUSTOM_AUTH")) throw new InvalidParameterException("CUSTOM_AUTH is not enabled for the client.");
      if (params.CHALLENGE_NAME === "SRP_A") {
        if (!hasTrigger(ctx, r.pool, "defineAuthChallenge")) throw new InvalidParameterException("Custom auth lambda trigger is not configured for the user pool.");
        return srpStart(ctx, r, "CUSTOM_AUTH");
      }
      return startCustomAuth(ctx, r.pool, client, params, r.clientMetadata ?? {});
    case "USER_AUTH":
      if (!flowAllowed(client, "USER_AUTH")) throw new InvalidParameterException("USER_AUTH is not enabled for the client.");
      return startUserAuth(ctx, r);
    default:
      throw new InvalidParameterException("Initiate Auth method not supported.");
  }
}

async function passwordSignIn(ctx: OperationContext, { pool, client, params, clientMetadata }: InitiateRequest): Promise<AuthAnswer> {
  const name = requireParam(params, "USERNAME");
  const password = requireParam(params, "PASSWORD");
  checkSecretHash(client, name, params.SECRET_HASH, pool);
  const user = signInUser(pool, name) ?? (await migrateUser(ctx, pool, client, name, password, clientMetadata ?? {}));
  if (!user) throw unknownUser(client);
  checkLockout(ctx, user);
  checkCanSignIn(user);
  await preAuthentication(ctx, pool, client, user, clientMetadata ?? {});
  if (!user.password || !passwordMatches(user.password, password)) {
    recordFailure(ctx, user);
    throw new NotAuthorizedException(WRONG_PASSWORD);
  }
  recordSuccess(user);
  checkTemporaryPassword(ctx, user);
  return afterFirstFactor(ctx, pool, client, user, { authTime: Math.floor(ctx.now / 1000), deviceKey: params.DEVICE_KEY });
}

async function srpStart(ctx: OperationContext, { pool, client, params }: InitiateRequest, flow: "USER_SRP_AUTH" | "CUSTOM_AUTH" = "USER_SRP_AUTH"): Promise<AuthAnswer> {
  const name = requireParam(params, "USERNAME");
  const A = requireParam(params, "SRP_A");
  checkSecretHash(client, name, params.SECRET_HASH, pool);
  if (!validPublicA(A)) throw new NotAuthorizedException(WRONG_PASSWORD);
  const user = signInUser(pool, name);
  const secretBlock = newSecretBlock(ctx.random);
  const expiresAt = ctx.now + SRP_EXCHANGE_MS;
  ctx.store.auth.sweepSometimes(ctx.now);
  if (!user || !user.password) {
    if (!hidesUsers(client) || user) throw unknownUser(client);
    // With PreventUserExistenceErrors, an unknown user gets a believable challenge whose salt and
    // user id stay the same for the same name; the answer then fails as a wrong password would.
    const seed = toHex(sha256(utf8(`${pool.id}:${name.toLowerCase()}`)));
    const userId = `${seed.slice(0, 8)}-${seed.slice(8, 12)}-7${seed.slice(13, 16)}-${seed.slice(16, 20)}-${seed.slice(20, 32)}`;
    const { B, b } = srpChallenge(seed, ctx.random);
    ctx.store.auth.srp.set(secretBlock, { poolId: pool.id, clientId: client.ClientId, username: userId, b, B, A, expiresAt, fake: true });
    return { ChallengeName: "PASSWORD_VERIFIER", ChallengeParameters: { SALT: seed.slice(32, 64), SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: userId, USER_ID_FOR_SRP: userId } };
  }
  checkCanSignIn(user);
  const { B, b } = srpChallenge(user.password.verifier, ctx.random);
  ctx.store.auth.srp.set(secretBlock, { poolId: pool.id, clientId: client.ClientId, username: user.username, b, B, A, expiresAt, deviceKey: params.DEVICE_KEY, flow });
  return {
    ChallengeName: "PASSWORD_VERIFIER",
    ChallengeParameters: { SALT: user.password.srpSalt, SECRET_BLOCK: secretBlock, SRP_B: B, USERNAME: user.username, USER_ID_FOR_SRP: user.username },
  };
}

async function refresh(ctx: OperationContext, { pool, client, params }: InitiateRequest): Promise<AuthAnswer> {
  const token = requireParam(params, "REFRESH_TOKEN");
  const record = await readRefreshToken(ctx, token, client.ClientId);
  const user = pool.users.byUsername(record.username);
  if (!user) throw new NotAuthorizedException("User does not exist.");
  if (client.ClientSecret) {
    // clients hash whichever name they know the user by
    const candidates = [record.username, user.sub, params.USERNAME].filter((x): x is string => !!x);
    let error: unknown;
    for (const name of candidates) {
      try { checkSecretHash(client, name, params.SECRET_HASH, pool); error = undefined; break; } catch (e) { error = e; }
    }
    if (error) throw error;
  }
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  const AuthenticationResult = await issueTokens(ctx, pool, client, user, { authTime: record.authTime, originJti: record.originJti, deviceKey: record.deviceKey, withRefresh: false, scope: record.scope, source: "TokenGeneration_RefreshTokens" });
  return { ChallengeParameters: {}, AuthenticationResult };
}
