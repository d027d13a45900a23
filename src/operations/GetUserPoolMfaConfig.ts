import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";

export default defineOperation("GetUserPoolMfaConfig", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { sms, softwareToken, email, webAuthn } = pool.mfa;
  return {
    MfaConfiguration: pool.settings.MfaConfiguration ?? "OFF",
    ...(sms ? { SmsMfaConfiguration: sms } : {}),
    ...(softwareToken ? { SoftwareTokenMfaConfiguration: softwareToken } : {}),
    ...(email ? { EmailMfaConfiguration: email } : {}),
    WebAuthnConfiguration: { RelyingPartyId: webAuthn?.RelyingPartyId, UserVerification: "preferred", ...webAuthn },
  };
});
