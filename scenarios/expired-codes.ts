// Every code a user types has expired: the path apps must handle by offering "send a new code".
import { defineScenario } from "../src/scenarios/define.js";
import type { Rule } from "../src/scenarios/rules.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";

const EXPIRED: Rule["error"] = { type: "ExpiredCodeException", message: "Invalid code provided, please request a code again." };
/** Challenges answered with a code sent by SMS or e-mail (MFA and passwordless sign-in). */
const SENT_CODE_CHALLENGES = { ChallengeName: { oneOf: ["SMS_MFA", "EMAIL_OTP", "SMS_OTP"] } };
/** A TOTP code "expires" by being used twice in its 30 s window; Cognito says so in these words. */
const TOTP_REUSED: Rule["error"] = { type: "ExpiredCodeException", message: "Your software token has already been used once." };

export default defineScenario({
  name: "expired-codes",
  kind: "error",
  description: "Every code answer fails with ExpiredCodeException: ConfirmSignUp, ConfirmForgotPassword and VerifyUserAttribute (\"Invalid code provided, please request a code again.\"), and MFA or passwordless code challenges in RespondToAuthChallenge / AdminRespondToAuthChallenge (SMS_MFA, EMAIL_OTP, SMS_OTP; SOFTWARE_TOKEN_MFA answers \"Your software token has already been used once.\"). Codes are still sent, and password (SRP) answers still work. Compose after the scenario whose users you use (\"sms-mfa,expired-codes\"); alone it seeds default's pool first.",
  seeds: "nothing when composed (default's pool alone); rules on 5 code-checking operations",
  credentials: CREDENTIALS_WHEN_ALONE,
  rules: [
    { operation: "ConfirmSignUp", error: EXPIRED },
    { operation: "ConfirmForgotPassword", error: EXPIRED },
    { operation: "VerifyUserAttribute", error: EXPIRED },
    ...(["RespondToAuthChallenge", "AdminRespondToAuthChallenge"] as const).flatMap((operation): Rule[] => [
      { operation, when: SENT_CODE_CHALLENGES, error: EXPIRED },
      { operation, when: { ChallengeName: "SOFTWARE_TOKEN_MFA" }, error: TOTP_REUSED },
    ]),
  ],
  setup: defaultPoolIfAlone,
});
