// Which first factors a user may choose in choice-based sign-in (USER_AUTH), and which factors they
// have set up at all (GetUserAuthFactors).
import type { Shape } from "../../generated/operations.js";
import type { PoolRecord } from "../state/pool.js";
import type { UserRecord } from "../state/user.js";
import type { PasskeyRecord } from "../state/webauthn.js";
import { relyingPartyId } from "./webauthn.js";

export type FirstFactor = "PASSWORD" | "PASSWORD_SRP" | "EMAIL_OTP" | "SMS_OTP" | "WEB_AUTHN";
export const FIRST_FACTORS: readonly FirstFactor[] = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];

/** Policies.SignInPolicy.AllowedFirstAuthFactors; a pool that never set it allows passwords only. */
export const allowedFirstFactors = (pool: PoolRecord): string[] => pool.settings.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ["PASSWORD"];

export const hasVerified = (user: UserRecord, attribute: "email" | "phone_number"): boolean =>
  !!user.attributes.get(attribute) && user.attributes.get(`${attribute}_verified`) === "true";

/** With FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION a verified passkey counts as MFA. */
export const passkeyIsMfa = (pool: PoolRecord): boolean => pool.mfa.webAuthn?.FactorConfiguration === "MULTI_FACTOR_WITH_USER_VERIFICATION";

/** The user's passkeys for the pool's current relying party (others could not sign a challenge for it). */
export function usablePasskeys(pool: PoolRecord, user: UserRecord): PasskeyRecord[] {
  const rpId = relyingPartyId(pool);
  return rpId ? (user.passkeys ?? []).filter((p) => p.rpId === rpId) : [];
}

/**
 * AvailableChallenges, in Cognito's order. Without a user (an unknown name under
 * PreventUserExistenceErrors) the list is what a user with a password, email and phone would see.
 */
export function firstFactors(pool: PoolRecord, user: UserRecord | undefined): FirstFactor[] {
  const allowed = allowedFirstFactors(pool);
  const out: FirstFactor[] = [];
  if (allowed.includes("PASSWORD") && (!user || user.password)) out.push("PASSWORD", "PASSWORD_SRP");
  // a temporary password must be replaced, which only the password factors lead to
  if (user?.status === "FORCE_CHANGE_PASSWORD") return out;
  // one-time passwords are a single factor, so a pool that requires MFA does not offer them;
  // a passkey qualifies only when the pool counts it as MFA
  const mfaRequired = pool.settings.MfaConfiguration === "ON";
  if (!mfaRequired && allowed.includes("EMAIL_OTP") && (!user || hasVerified(user, "email"))) out.push("EMAIL_OTP");
  if (!mfaRequired && allowed.includes("SMS_OTP") && (!user || hasVerified(user, "phone_number"))) out.push("SMS_OTP");
  if (allowed.includes("WEB_AUTHN") && user && usablePasskeys(pool, user).length && (!mfaRequired || passkeyIsMfa(pool))) out.push("WEB_AUTHN");
  return out;
}

/** ConfiguredUserAuthFactors: the factors the user has the means for, first factor or MFA. */
export function configuredFactors(pool: PoolRecord, user: UserRecord): Shape<"AuthFactorType">[] {
  const allowed = allowedFirstFactors(pool);
  const out: Shape<"AuthFactorType">[] = [];
  if (user.password) out.push("PASSWORD");
  if (hasVerified(user, "email") && (allowed.includes("EMAIL_OTP") || user.mfaMethods.includes("EMAIL_OTP"))) out.push("EMAIL_OTP");
  if (hasVerified(user, "phone_number") && (allowed.includes("SMS_OTP") || user.mfaMethods.includes("SMS_MFA"))) out.push("SMS_OTP");
  if (user.passkeys?.length) out.push("WEB_AUTHN");
  if (user.totp?.verified && user.mfaMethods.includes("SOFTWARE_TOKEN_MFA")) out.push("SOFTWARE_TOKEN");
  return out;
}

/** GetUserAuthFactors / AdminGetUserAuthFactors: MFA settings are left out when unset, as AdminGetUser does. */
export function authFactorsOf(pool: PoolRecord, user: UserRecord): Shape<"GetUserAuthFactorsResponse"> {
  return {
    Username: user.username,
    ...(user.preferredMfa ? { PreferredMfaSetting: user.preferredMfa } : {}),
    ...(user.mfaMethods.length ? { UserMFASettingList: [...user.mfaMethods] } : {}),
    ConfiguredUserAuthFactors: configuredFactors(pool, user),
  };
}
