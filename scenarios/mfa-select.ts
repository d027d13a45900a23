// Two MFA factors and no preference: the sign-in asks which one to use.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, enrollTotp, fixCodes, otpauthUri, PASSWORD, SMS_CONFIGURATION } from "./shared/challenge-setup.js";

const PHONE = "+15555550102";

export default defineScenario({
  name: "mfa-select",
  kind: "challenge",
  description:
    "A pool with optional MFA by SMS and by authenticator app, and a user with both turned on and neither preferred. " +
    "After the password Cognito answers SELECT_MFA_TYPE (MFAS_CAN_CHOOSE [\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]); Amplify shows " +
    "CONTINUE_SIGN_IN_WITH_MFA_SELECTION. Answering SMS_MFA sends a code (fixed to 123456, also in the outbox); answering " +
    "SOFTWARE_TOKEN_MFA asks for the authenticator's code (the secret is in the user's notes, an otpauth:// link in the details).",
  seeds: "1 pool (MFA OPTIONAL, SMS and TOTP) with a public web client, 1 CONFIRMED user with SMS and TOTP MFA, no preference",
  credentials: [{ username: "choice-user", password: PASSWORD, notes: "SMS code 123456; the TOTP secret depends on the seed" }],
  async setup(api) {
    const pool = await createPool(api, "mfa-select", { SmsConfiguration: SMS_CONFIGURATION });
    await api.call("SetUserPoolMfaConfig", {
      UserPoolId: pool.userPoolId, MfaConfiguration: "OPTIONAL",
      SmsMfaConfiguration: { SmsConfiguration: SMS_CONFIGURATION }, SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    await createUser(api, pool.userPoolId, "choice-user", { email: "choice-user@example.com", phone_number: PHONE });
    const secret = await enrollTotp(api, pool.clientId, "choice-user", "Authenticator");
    // enabled, neither preferred: that is what makes Cognito ask
    await api.call("AdminSetUserMFAPreference", {
      UserPoolId: pool.userPoolId, Username: "choice-user",
      SMSMfaSettings: { Enabled: true, PreferredMfa: false }, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    fixCodes(api, pool.userPoolId);
    return {
      ...pool,
      users: [{ username: "choice-user", password: PASSWORD, notes: `SMS code 123456 to ${PHONE}; TOTP secret ${secret}` }],
      details: { totpSecret: secret, totpUri: otpauthUri(secret, "choice-user") },
    };
  },
});
