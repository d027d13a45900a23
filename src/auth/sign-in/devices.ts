// Device sign-in: DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER. A remembered device proves it holds the
// random password it registered with ConfirmDevice, by the same SRP as a user's password with
// poolName := DeviceGroupKey and userId := DeviceKey.
import { InvalidParameterException, NotAuthorizedException, ResourceNotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { deviceSignInEligible, deviceTrackingOn, type DeviceRecord } from "../../state/devices.js";
import { NO_DEVICE } from "../../operations/shared/devices.js";
import { newSecretBlock, srpChallenge, validPublicA, verifySrpProof } from "../srp-server.js";
import { checkSrpTimestamp } from "../srp-timestamp.js";
import type { AuthSession } from "../../state/auth-state.js";
import {
  WRONG_PASSWORD, checkCanSignIn, checkSecretHash, newSession, requireParam, signInUser, spendSession, takeSession, type AuthAnswer,
} from "./common.js";
import { signedIn, type SignInState } from "./next-step.js";
import type { RespondRequest } from "./respond.js";

/**
 * The device a sign-in names in DEVICE_KEY, when the pool tracks devices. A key the user does not
 * have (never issued, forgotten) is Cognito's "Device does not exist.", which clients match to drop
 * their stored key and sign in again without it.
 */
export function presentedDevice(pool: PoolRecord, user: UserRecord, key: string | undefined): DeviceRecord | undefined {
  if (!key || !deviceTrackingOn(pool)) return undefined;
  const device = user.devices?.get(key);
  if (!device) throw new ResourceNotFoundException(NO_DEVICE);
  return device;
}

/** Asks the client to prove the remembered device; the answer's session carries the sign-in on. */
export function deviceChallenge(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, state: SignInState): AuthAnswer {
  const s = newSession(ctx, pool, client, user, "DEVICE_SRP_AUTH", { authTime: state.authTime, deviceKey: state.deviceKey });
  return { ChallengeName: "DEVICE_SRP_AUTH", Session: s.id, ChallengeParameters: {} };
}

export async function respondDevice(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  return r.challenge === "DEVICE_SRP_AUTH" ? deviceSrpAuth(ctx, r) : devicePasswordVerifier(ctx, r);
}

/**
 * The session a device step continues. Clients are lax here: amazon-cognito-identity-js answers
 * DEVICE_SRP_AUTH after an MFA code with the MFA step's spent session, other clients send none at all,
 * so a pending device challenge is also found by user and device (DEVICE_SRP_AUTH) or by the secret
 * block handed out (DEVICE_PASSWORD_VERIFIER), the way PASSWORD_VERIFIER needs no session.
 */
function deviceSession(ctx: OperationContext, r: RespondRequest): { s: AuthSession; user: UserRecord } {
  const live = r.session ? ctx.store.auth.sessions.get(r.session) : undefined;
  let s: AuthSession | undefined;
  if (live && live.challenge === r.challenge) s = takeSession(ctx, r.session, r.client, r.challenge);
  else {
    const username = r.responses.USERNAME;
    const key = r.responses.DEVICE_KEY;
    const block = r.responses.PASSWORD_CLAIM_SECRET_BLOCK;
    for (const c of ctx.store.auth.sessions.values()) {
      if (c.challenge !== r.challenge || c.clientId !== r.client.ClientId || c.poolId !== r.pool.id || c.expiresAt <= ctx.now) continue;
      const found = r.challenge === "DEVICE_SRP_AUTH"
        ? key !== undefined && c.deviceKey === key && username !== undefined && (c.username === username || signInUser(r.pool, username)?.username === c.username)
        : block !== undefined && c.deviceSrp?.secretBlock === block;
      if (found) { s = c; break; }
    }
    // nothing pending: the given session's own error (spent, expired, wrong step), or none at all
    s ??= r.session ? takeSession(ctx, r.session, r.client, r.challenge) : undefined;
    if (!s) throw new NotAuthorizedException("Invalid session for the user.");
  }
  const user = r.pool.users.byUsername(s.username);
  if (!user) throw new NotAuthorizedException("Invalid session for the user.");
  checkSecretHash(r.client, r.responses.USERNAME ?? user.username, r.responses.SECRET_HASH, r.pool);
  return { s, user };
}

/** The device this step names: it must be the one the sign-in presented, and still there. */
function sessionDevice(r: RespondRequest, user: UserRecord, sessionKey: string | undefined): DeviceRecord {
  const key = requireParam(r.responses, "DEVICE_KEY");
  const device = user.devices?.get(key);
  if (!device) throw new ResourceNotFoundException(NO_DEVICE);
  if (key !== sessionKey) throw new NotAuthorizedException("Invalid session for the user.");
  return device;
}

/** DEVICE_SRP_AUTH {USERNAME, DEVICE_KEY, SRP_A}: answers DEVICE_PASSWORD_VERIFIER with B, salt and a secret block. */
async function deviceSrpAuth(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const { s, user } = deviceSession(ctx, r);
  requireParam(r.responses, "USERNAME");
  const device = sessionDevice(r, user, s.deviceKey);
  const A = requireParam(r.responses, "SRP_A");
  if (!validPublicA(A)) throw new NotAuthorizedException(WRONG_PASSWORD);
  if (!deviceSignInEligible(r.pool, device) || !device.verifier || !device.salt) throw new NotAuthorizedException(WRONG_PASSWORD);
  const { b, B } = srpChallenge(device.verifier, ctx.random);
  const secretBlock = newSecretBlock(ctx.random);
  spendSession(ctx, s);
  const next = newSession(ctx, r.pool, r.client, user, "DEVICE_PASSWORD_VERIFIER", { authTime: s.authTime, deviceKey: device.key, deviceSrp: { A, b, B, secretBlock } });
  return {
    ChallengeName: "DEVICE_PASSWORD_VERIFIER", Session: next.id,
    ChallengeParameters: { SRP_B: B, SALT: device.salt, SECRET_BLOCK: secretBlock, USERNAME: user.username },
  };
}

/** DEVICE_PASSWORD_VERIFIER: the device's proof; then tokens, with no MFA after it. */
async function devicePasswordVerifier(ctx: OperationContext, r: RespondRequest): Promise<AuthAnswer> {
  const { s, user } = deviceSession(ctx, r);
  const block = requireParam(r.responses, "PASSWORD_CLAIM_SECRET_BLOCK");
  const timestamp = requireParam(r.responses, "TIMESTAMP");
  const signature = requireParam(r.responses, "PASSWORD_CLAIM_SIGNATURE");
  requireParam(r.responses, "USERNAME");
  const device = sessionDevice(r, user, s.deviceKey);
  const shape = checkSrpTimestamp(timestamp);
  if (shape === "malformed") throw new InvalidParameterException("TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.");
  checkCanSignIn(user);
  const srp = s.deviceSrp;
  const ok = !!srp && shape === "ok" && block === srp.secretBlock && !!device.verifier && deviceSignInEligible(r.pool, device) && verifySrpProof({
    A: srp.A, challenge: { b: srp.b, B: srp.B }, verifier: device.verifier,
    poolName: device.groupKey, userId: device.key, secretBlock: block, timestamp, signature,
  });
  if (!ok) throw new NotAuthorizedException(WRONG_PASSWORD);
  spendSession(ctx, s);
  return signedIn(ctx, r.pool, r.client, user, { authTime: s.authTime ?? Math.floor(ctx.now / 1000), deviceKey: device.key, deviceProven: true });
}
