// MFA preferences (SetUserMFAPreference and its admin twin): each factor can be enabled and one of
// them preferred; a factor needs its delivery config (a verified authenticator, a phone, an email).
import type { Shape } from "../../../generated/operations.js";
import { InvalidParameterException } from "../../../generated/errors.js";
import type { UserRecord } from "../../state/user.js";

type Settings = Shape<"SMSMfaSettingsType"> | undefined;

export function setMfaPreference(user: UserRecord, input: { SMSMfaSettings?: Settings; SoftwareTokenMfaSettings?: Settings; EmailMfaSettings?: Settings }, now: number): void {
  const wanted: [string, Settings][] = [["SMS_MFA", input.SMSMfaSettings], ["SOFTWARE_TOKEN_MFA", input.SoftwareTokenMfaSettings], ["EMAIL_OTP", input.EmailMfaSettings]];
  for (const [factor, s] of wanted) {
    if (!s?.Enabled && !s?.PreferredMfa) continue;
    const ready = factor === "SOFTWARE_TOKEN_MFA" ? user.totp?.verified : factor === "SMS_MFA" ? !!user.attributes.get("phone_number") : !!user.attributes.get("email");
    if (!ready) throw new InvalidParameterException(`User does not have delivery config set to turn on ${factor}`);
  }
  if (wanted.filter(([, s]) => s?.PreferredMfa).length > 1) throw new InvalidParameterException("Only one MFA method can be preferred.");
  const methods = new Set(user.mfaMethods);
  for (const [factor, s] of wanted) {
    if (!s) continue;
    if (s.Enabled || s.PreferredMfa) methods.add(factor);
    else if (s.Enabled === false) {
      methods.delete(factor);
      if (user.preferredMfa === factor) delete user.preferredMfa;
    }
    if (s.PreferredMfa) user.preferredMfa = factor;
    else if (s.PreferredMfa === false && user.preferredMfa === factor) delete user.preferredMfa;
  }
  user.mfaMethods = [...methods];
  user.modified = now;
}
