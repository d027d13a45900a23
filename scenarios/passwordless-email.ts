// Passwordless sign-in with a one-time code by email (USER_AUTH, EMAIL_OTP first factor).
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, fixCodes, PASSWORD, SES_EMAIL } from "./shared/challenge-setup.js";

const EMAIL = "otp-email-user@example.com";

export default defineScenario({
  name: "passwordless-email",
  kind: "challenge",
  description:
    "A pool that allows choice-based sign-in (USER_AUTH) with a password or a one-time code by email " +
    "(Policies.SignInPolicy.AllowedFirstAuthFactors PASSWORD, EMAIL_OTP; email through Amazon SES as Cognito requires), and a user with a verified email. " +
    "InitiateAuth USER_AUTH with PREFERRED_CHALLENGE EMAIL_OTP (Amplify: authFlowType USER_AUTH, preferredChallenge EMAIL_OTP) sends an 8-digit code " +
    "and answers EMAIL_OTP (Amplify: CONFIRM_SIGN_IN_WITH_EMAIL_CODE); without a preference it answers SELECT_CHALLENGE with the choices. " +
    "No email is sent: the code is in the outbox, fixed to 12345678 so it can be typed. The user also has a password.",
  seeds: "1 pool (USER_AUTH: PASSWORD, EMAIL_OTP) with a public web client, 1 CONFIRMED user with a verified email",
  credentials: [{ username: "otp-email-user", password: PASSWORD, notes: `email code 12345678, sent to ${EMAIL}` }],
  async setup(api) {
    const pool = await createPool(api, "passwordless-email", {
      EmailConfiguration: SES_EMAIL, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP"] } },
    });
    await createUser(api, pool.userPoolId, "otp-email-user", { email: EMAIL });
    fixCodes(api, pool.userPoolId);
    return { ...pool, users: [{ username: "otp-email-user", password: PASSWORD, notes: `USER_AUTH with EMAIL_OTP: the code is 12345678 (also in the outbox)` }] };
  },
});
