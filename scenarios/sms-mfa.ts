// MFA by text message: after the password, a code sent by SMS.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, fixCodes, PASSWORD, SMS_CONFIGURATION } from "./shared/challenge-setup.js";

const PHONE = "+15555550101";

export default defineScenario({
  name: "sms-mfa",
  kind: "challenge",
  description:
    "A pool that requires MFA (MfaConfiguration ON) by SMS, and a user with a verified phone and SMS MFA turned on. " +
    "After the password (SRP, password or USER_AUTH) Cognito answers SMS_MFA with the masked number (+*******0101); " +
    "Amplify shows CONFIRM_SIGN_IN_WITH_SMS_CODE, amazon-cognito-identity-js calls mfaRequired. " +
    "No text is sent: the code lands in the outbox, and every code this pool sends is fixed to 123456 so it can be typed. " +
    "A wrong code is CodeMismatchException \"Invalid code or auth state for the user.\"",
  seeds: "1 pool (MFA ON, SMS) with a public web client, 1 CONFIRMED user with a verified phone and SMS MFA",
  credentials: [{ username: "sms-user", password: PASSWORD, notes: `SMS code 123456, sent to ${PHONE}` }],
  async setup(api) {
    const pool = await createPool(api, "sms-mfa", { SmsConfiguration: SMS_CONFIGURATION });
    await api.call("SetUserPoolMfaConfig", { UserPoolId: pool.userPoolId, MfaConfiguration: "ON", SmsMfaConfiguration: { SmsConfiguration: SMS_CONFIGURATION } });
    await createUser(api, pool.userPoolId, "sms-user", { email: "sms-user@example.com", phone_number: PHONE });
    await api.call("AdminSetUserMFAPreference", { UserPoolId: pool.userPoolId, Username: "sms-user", SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    fixCodes(api, pool.userPoolId);
    return { ...pool, users: [{ username: "sms-user", password: PASSWORD, notes: `SMS MFA to ${PHONE}; the code is 123456 (also in the outbox)` }] };
  },
});
