// Passwordless sign-in with a one-time code by text message (USER_AUTH, SMS_OTP first factor).
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, fixCodes, PASSWORD, SMS_CONFIGURATION } from "./shared/challenge-setup.js";

const PHONE = "+15555550103";

export default defineScenario({
  name: "passwordless-sms",
  kind: "challenge",
  description:
    "A pool that allows choice-based sign-in (USER_AUTH) with a password or a one-time code by SMS " +
    "(Policies.SignInPolicy.AllowedFirstAuthFactors PASSWORD, SMS_OTP; an SMS configuration), and a user with a verified phone. " +
    "InitiateAuth USER_AUTH with PREFERRED_CHALLENGE SMS_OTP (Amplify: authFlowType USER_AUTH, preferredChallenge SMS_OTP) sends an 8-digit code " +
    "and answers SMS_OTP (Amplify: CONFIRM_SIGN_IN_WITH_SMS_CODE); without a preference it answers SELECT_CHALLENGE with the choices. " +
    "No text is sent: the code is in the outbox, fixed to 12345678 so it can be typed. The user also has a password.",
  seeds: "1 pool (USER_AUTH: PASSWORD, SMS_OTP) with a public web client, 1 CONFIRMED user with a verified phone",
  credentials: [{ username: "otp-sms-user", password: PASSWORD, notes: `SMS code 12345678, sent to ${PHONE}` }],
  async setup(api) {
    const pool = await createPool(api, "passwordless-sms", {
      SmsConfiguration: SMS_CONFIGURATION, Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "SMS_OTP"] } },
    });
    await createUser(api, pool.userPoolId, "otp-sms-user", { email: "otp-sms-user@example.com", phone_number: PHONE });
    fixCodes(api, pool.userPoolId);
    return { ...pool, users: [{ username: "otp-sms-user", password: PASSWORD, notes: `USER_AUTH with SMS_OTP to ${PHONE}: the code is 12345678 (also in the outbox)` }] };
  },
});
