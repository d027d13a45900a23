// Every code a user types is wrong, whatever they type: for "that code is not right, try again" UI,
// without having to mistype codes by hand.
import { defineScenario } from "../src/scenarios/define.js";
import type { Rule } from "../src/scenarios/rules.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";

const MISMATCH: Rule["error"] = { type: "CodeMismatchException", message: "Invalid verification code provided, please try again." };
/** Cognito words a wrong MFA or one-time sign-in code differently from a wrong confirmation code. */
const MFA_MISMATCH: Rule["error"] = { type: "CodeMismatchException", message: "Invalid code or auth state for the user." };
const CODE_CHALLENGES = { ChallengeName: { oneOf: ["SMS_MFA", "EMAIL_OTP", "SMS_OTP", "SOFTWARE_TOKEN_MFA"] } };

export default defineScenario({
  name: "wrong-codes",
  kind: "error",
  description: "Every code answer fails as a wrong code: ConfirmSignUp, ConfirmForgotPassword and VerifyUserAttribute with CodeMismatchException \"Invalid verification code provided, please try again.\"; MFA and passwordless code challenges (SMS_MFA, EMAIL_OTP, SMS_OTP, SOFTWARE_TOKEN_MFA) in RespondToAuthChallenge / AdminRespondToAuthChallenge with CodeMismatchException \"Invalid code or auth state for the user.\"; TOTP set-up (VerifySoftwareToken) with EnableSoftwareTokenMFAException. No attempt counts against the user. Compose after the scenario whose users you use (\"totp-mfa,wrong-codes\"); alone it seeds default's pool first.",
  seeds: "nothing when composed (default's pool alone); rules on 6 code-checking operations",
  credentials: CREDENTIALS_WHEN_ALONE,
  rules: [
    { operation: "ConfirmSignUp", error: MISMATCH },
    { operation: "ConfirmForgotPassword", error: MISMATCH },
    { operation: "VerifyUserAttribute", error: MISMATCH },
    { operation: "RespondToAuthChallenge", when: CODE_CHALLENGES, error: MFA_MISMATCH },
    { operation: "AdminRespondToAuthChallenge", when: CODE_CHALLENGES, error: MFA_MISMATCH },
    // what Cognito answers a wrong first TOTP code with, while setting the authenticator up
    { operation: "VerifySoftwareToken", error: { type: "EnableSoftwareTokenMFAException", message: "Code mismatch and fail enable Software Token MFA" } },
  ],
  setup: defaultPoolIfAlone,
});
