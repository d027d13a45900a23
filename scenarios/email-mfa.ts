// MFA by email: after the password, an 8-digit code sent by email.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, fixCodes, PASSWORD, SES_EMAIL } from "./shared/challenge-setup.js";

const EMAIL = "email-user@example.com";

export default defineScenario({
  name: "email-mfa",
  kind: "challenge",
  description:
    "A pool that requires MFA (MfaConfiguration ON) by email (EmailMfaConfiguration; Cognito needs the pool to send email through " +
    "Amazon SES, EmailSendingAccount DEVELOPER, for that), and a user with a verified email and email MFA turned on. " +
    "After the password Cognito answers EMAIL_OTP with the masked address (e***@e***); Amplify shows CONFIRM_SIGN_IN_WITH_EMAIL_CODE. " +
    "No email is sent: the 8-digit code lands in the outbox, and is fixed to 12345678 (6-digit codes from this pool to 123456) so it can be typed.",
  seeds: "1 pool (SES email, MFA ON by email) with a public web client, 1 CONFIRMED user with a verified email and email MFA",
  credentials: [{ username: "email-user", password: PASSWORD, notes: `email code 12345678, sent to ${EMAIL}` }],
  async setup(api) {
    const pool = await createPool(api, "email-mfa", { EmailConfiguration: SES_EMAIL });
    await api.call("SetUserPoolMfaConfig", {
      UserPoolId: pool.userPoolId, MfaConfiguration: "ON",
      EmailMfaConfiguration: { Subject: "Your sign-in code", Message: "Your sign-in code is {####}" },
    });
    await createUser(api, pool.userPoolId, "email-user", { email: EMAIL });
    await api.call("AdminSetUserMFAPreference", { UserPoolId: pool.userPoolId, Username: "email-user", EmailMfaSettings: { Enabled: true, PreferredMfa: true } });
    fixCodes(api, pool.userPoolId);
    return { ...pool, users: [{ username: "email-user", password: PASSWORD, notes: `email MFA to ${EMAIL}; the code is 12345678 (also in the outbox)` }] };
  },
});
