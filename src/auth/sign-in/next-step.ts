// What follows a proven first factor: a new password when the current one is temporary, then MFA as
// the pool and the user's settings demand, then tokens.
import type { Shape } from "../../../generated/operations.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { issueTokens } from "../tokens.js";
import { newOriginJti } from "../origin.js";
import { postAuthentication } from "./lifecycle-triggers.js";
import { deliver, newCode } from "../../operations/shared/deliver.js";
import { recordAuthEvent } from "../auth-events.js";
import { maskDestination } from "../../operations/shared/attributes.js";
import { deviceReplacesMfa, deviceSignInEligible, deviceTrackingOn, issueDevice } from "../../state/devices.js";
import { newSession, type AuthAnswer } from "./common.js";
import { deviceChallenge, presentedDevice } from "./devices.js";

type Challenge = Shape<"ChallengeNameType">;

export interface SignInState {
  /** epoch seconds of this sign-in */
  authTime: number;
  deviceKey?: string;
  /** the device passed DEVICE_PASSWORD_VERIFIER in this sign-in */
  deviceProven?: boolean;
}

export async function afterFirstFactor(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, state: SignInState): Promise<AuthAnswer> {
  if (user.status === "FORCE_CHANGE_PASSWORD") {
    const s = newSession(ctx, pool, client, user, "NEW_PASSWORD_REQUIRED", { authTime: state.authTime, deviceKey: state.deviceKey });
    return { ChallengeName: "NEW_PASSWORD_REQUIRED", Session: s.id, ChallengeParameters: newPasswordParameters(pool, user) };
  }
  return mfaOrTokens(ctx, pool, client, user, state);
}

/** NEW_PASSWORD_REQUIRED's parameters: JSON strings, attribute values as strings, no sub. */
function newPasswordParameters(pool: PoolRecord, user: UserRecord): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [k, v] of user.attributes) if (k !== "sub") attributes[k] = v;
  const required = pool.schema.filter((a) => a.Required && a.Name !== "sub" && !user.attributes.get(a.Name!)).map((a) => `userAttributes.${a.Name}`);
  return { USER_ID_FOR_SRP: user.username, requiredAttributes: JSON.stringify(required), userAttributes: JSON.stringify(attributes) };
}

/** The MFA factors the pool offers. */
export function poolFactors(pool: PoolRecord): Challenge[] {
  const out: Challenge[] = [];
  if (pool.mfa.sms || pool.settings.SmsConfiguration) out.push("SMS_MFA");
  if (pool.mfa.softwareToken?.Enabled) out.push("SOFTWARE_TOKEN_MFA");
  if (pool.mfa.email) out.push("EMAIL_OTP");
  return out;
}

/** The factors this user has turned on, among those the pool offers. */
export function userFactors(pool: PoolRecord, user: UserRecord): Challenge[] {
  const offered = poolFactors(pool);
  const on = new Set<string>(user.mfaMethods);
  if (user.mfaOptions?.some((o) => o.DeliveryMedium === "SMS")) on.add("SMS_MFA");
  return offered.filter((f) => on.has(f) && (f !== "SOFTWARE_TOKEN_MFA" || user.totp?.verified) && (f !== "SMS_MFA" || user.attributes.get("phone_number")) && (f !== "EMAIL_OTP" || user.attributes.get("email")));
}

export async function mfaOrTokens(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, state: SignInState): Promise<AuthAnswer> {
  const device = presentedDevice(pool, user, state.deviceKey);
  // a remembered device proves itself instead of the MFA factors when the pool says so
  if (device && deviceReplacesMfa(pool) && deviceSignInEligible(pool, device)) return deviceChallenge(ctx, pool, client, user, state);
  const mode = pool.settings.MfaConfiguration ?? "OFF";
  if (mode !== "OFF") {
    const factors = userFactors(pool, user);
    const extra = { authTime: state.authTime, deviceKey: state.deviceKey };
    if (factors.length > 1 && !(user.preferredMfa && factors.includes(user.preferredMfa as Challenge))) {
      const s = newSession(ctx, pool, client, user, "SELECT_MFA_TYPE", extra);
      return { ChallengeName: "SELECT_MFA_TYPE", Session: s.id, ChallengeParameters: { MFAS_CAN_CHOOSE: JSON.stringify(factors), USER_ID_FOR_SRP: user.username } };
    }
    const factor = factors.length > 1 ? (user.preferredMfa as Challenge) : factors[0];
    if (factor) return mfaChallenge(ctx, pool, client, user, factor, extra);
    if (mode === "ON") {
      const s = newSession(ctx, pool, client, user, "MFA_SETUP", extra);
      const canSetUp = poolFactors(pool).filter((f) => f !== "EMAIL_OTP" || user.attributes.get("email"));
      return { ChallengeName: "MFA_SETUP", Session: s.id, ChallengeParameters: { MFAS_CAN_SETUP: JSON.stringify(canSetUp), USER_ID_FOR_SRP: user.username } };
    }
  }
  return signedIn(ctx, pool, client, user, state);
}

/** Sends the code (SMS, email) or asks for the authenticator's code. */
export async function mfaChallenge(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, factor: Challenge, extra: SignInState): Promise<AuthAnswer> {
  if (factor === "SOFTWARE_TOKEN_MFA") {
    const s = newSession(ctx, pool, client, user, "SOFTWARE_TOKEN_MFA", extra);
    return { ChallengeName: factor, Session: s.id, ChallengeParameters: { FRIENDLY_DEVICE_NAME: user.totp?.friendlyName ?? "", USER_ID_FOR_SRP: user.username } };
  }
  const sms = factor === "SMS_MFA";
  const destination = user.attributes.get(sms ? "phone_number" : "email")!;
  const code = newCode(ctx, pool, user, sms ? "MFA_SMS" : "MFA_EMAIL", sms ? 6 : 8);
  const s = newSession(ctx, pool, client, user, factor as "SMS_MFA" | "EMAIL_OTP", { ...extra, code, failures: 0 });
  await deliver(ctx, pool, user, {
    channel: sms ? "SMS" : "EMAIL", destination, purpose: sms ? "MFA_SMS" : "MFA_EMAIL", code, subject: pool.mfa.email?.Subject ?? "Your sign-in code",
    template: sms ? pool.mfa.sms?.SmsAuthenticationMessage ?? pool.settings.SmsAuthenticationMessage ?? "Your authentication code is {####}. " : pool.mfa.email?.Message ?? "Your sign-in code is {####}. ",
    triggerSource: "CustomMessage_Authentication", clientId: client.ClientId,
  });
  return {
    ChallengeName: factor, Session: s.id,
    ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: sms ? "SMS" : "EMAIL", CODE_DELIVERY_DESTINATION: maskDestination(sms ? "SMS" : "EMAIL", destination), USER_ID_FOR_SRP: user.username },
  };
}

/**
 * Tokens, once a remembered device has proven itself. With device tracking on, a sign-in without a
 * known device gets a new device key (NewDeviceMetadata) for the app to confirm; the access token names
 * the device either way. Without device tracking, device keys are ignored.
 */
export async function signedIn(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, state: SignInState): Promise<AuthAnswer> {
  const device = presentedDevice(pool, user, state.deviceKey);
  if (device && !state.deviceProven && deviceSignInEligible(pool, device)) return deviceChallenge(ctx, pool, client, user, state);
  // authentication is complete only now: the device challenge above still belongs to it
  await postAuthentication(ctx, pool, client, user);
  recordAuthEvent(ctx, user, "SignIn", "Pass", [{ ChallengeName: "Password", ChallengeResponse: "Success" }]);
  let deviceKey: string | undefined;
  let newDevice: Shape<"NewDeviceMetadataType"> | undefined;
  if (device) {
    device.lastAuthenticated = ctx.now;
    deviceKey = device.key;
  } else if (deviceTrackingOn(pool)) {
    const issued = issueDevice(pool, user, ctx.random, ctx.now);
    deviceKey = issued.key;
    newDevice = { DeviceKey: issued.key, DeviceGroupKey: issued.groupKey };
  }
  const AuthenticationResult = await issueTokens(ctx, pool, client, user, { authTime: state.authTime, originJti: newOriginJti(ctx), deviceKey, withRefresh: true });
  if (newDevice) AuthenticationResult.NewDeviceMetadata = newDevice;
  return { ChallengeParameters: {}, AuthenticationResult };
}
