import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";

export default defineOperation("SetUserPoolMfaConfig", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const next = {
    sms: input.SmsMfaConfiguration ?? pool.mfa.sms,
    softwareToken: input.SoftwareTokenMfaConfiguration ?? pool.mfa.softwareToken,
    email: input.EmailMfaConfiguration ?? pool.mfa.email,
    webAuthn: input.WebAuthnConfiguration ?? pool.mfa.webAuthn,
  };
  const mode = input.MfaConfiguration ?? pool.settings.MfaConfiguration ?? "OFF";
  const anyFactor = next.softwareToken?.Enabled || next.sms?.SmsConfiguration || next.email;
  if (mode !== "OFF" && !anyFactor) {
    throw new InvalidParameterException("At least one of [SmsMfaConfiguration] or [SoftwareTokenMfaConfiguration] must be provided.");
  }
  if (input.EmailMfaConfiguration && pool.settings.EmailConfiguration?.EmailSendingAccount !== "DEVELOPER") {
    throw new InvalidParameterException("Email MFA requires the user pool to send email with Amazon SES (EmailSendingAccount DEVELOPER).");
  }
  pool.mfa = next;
  pool.settings = { ...pool.settings, MfaConfiguration: mode };
  pool.modified = ctx.now;
  return {
    MfaConfiguration: mode,
    ...(next.sms ? { SmsMfaConfiguration: next.sms } : {}),
    ...(next.softwareToken ? { SoftwareTokenMfaConfiguration: next.softwareToken } : {}),
    ...(next.email ? { EmailMfaConfiguration: next.email } : {}),
    ...(next.webAuthn ? { WebAuthnConfiguration: next.webAuthn } : {}),
  };
});
