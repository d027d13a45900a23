// A user as the mock keeps it. Attribute values are strings, as on the wire.
import type { Shape } from "../../generated/operations.js";
import type { PasswordRecord } from "../auth/passwords.js";
import type { PasskeyRecord, PendingPasskeyRegistration } from "./webauthn.js";
import type { DeviceRecord } from "./devices.js";

export type UserStatus = Shape<"UserStatusType">;

export interface UserRecord {
  /** the internal username (the sub in email/phone-as-username pools) */
  username: string;
  sub: string;
  /** attribute name -> value, sub first; boolean attributes are "true" / "false" */
  attributes: Map<string, string>;
  status: UserStatus;
  enabled: boolean;
  /** epoch ms */
  created: number;
  modified: number;
  /** creation order within the pool: the stable order of ListUsers pages */
  seq: number;
  groups: Set<string>;
  password?: PasswordRecord;
  /** a temporary password expires (AdminCreateUser); epoch ms */
  temporaryPasswordExpiresAt?: number;
  mfaOptions?: Shape<"MFAOptionType">[];
  preferredMfa?: string;
  /** enabled MFA methods: SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP */
  mfaMethods: string[];
  /** codes sent to the user and not yet used, by purpose (sign-up, forgot password, attribute verification) */
  codes: Map<string, PendingCode>;
  /** failed sign-ins in a row, when the last one happened, and a lock-out in force (epoch ms) */
  failedSignIns?: number;
  lastFailedSignIn?: number;
  lockedUntil?: number;
  /** a secret from AssociateSoftwareToken waiting for VerifySoftwareToken */
  pendingTotpSecret?: string;
  /** the user's TOTP authenticator, once verified (AssociateSoftwareToken + VerifySoftwareToken) */
  totp?: { secret: string; friendlyName?: string; verified: boolean };
  /** threat protection's event history, newest first */
  authEvents?: import("../auth/auth-events.js").AuthEventRecord[];
  /** federated identities linked to this user (AdminLinkProviderForUser) */
  linkedProviders: Shape<"ProviderUserIdentifierType">[];
  /** devices by DeviceKey (device tracking; see state/devices.ts), created on first use */
  devices?: Map<string, DeviceRecord>;
  /** registered passkeys (CompleteWebAuthnRegistration), oldest first */
  passkeys?: PasskeyRecord[];
  /** a passkey registration started and not yet completed (StartWebAuthnRegistration) */
  passkeyRegistration?: PendingPasskeyRegistration;
}

export interface PendingCode {
  code: string;
  /** epoch ms */
  expiresAt: number;
  /** wrong guesses so far */
  failures: number;
  /** the attribute a verification code is for */
  attribute?: string;
}

/** The wire form of a user's attributes: sub first, then in the order they were set. */
export function attributeList(user: UserRecord, only?: ReadonlySet<string>): Shape<"AttributeType">[] {
  const out: Shape<"AttributeType">[] = [];
  for (const [Name, Value] of user.attributes) if (!only || only.has(Name)) out.push({ Name, Value });
  return out;
}
