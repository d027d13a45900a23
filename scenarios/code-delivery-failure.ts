// When Cognito cannot deliver a code (SES or SNS limits, a bounced address, a number SNS will not
// text), the call fails with CodeDeliveryFailureException. Apps rarely handle it; this makes them.
import { defineScenario } from "../src/scenarios/define.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";

const FAILED = { type: "CodeDeliveryFailureException", message: "Unable to deliver the verification code." };

export default defineScenario({
  name: "code-delivery-failure",
  kind: "error",
  description: "No code can be delivered: SignUp, ResendConfirmationCode, ForgotPassword and GetUserAttributeVerificationCode fail with CodeDeliveryFailureException, and nothing reaches the outbox. The request is refused before it runs, so no user is created by the failed SignUp (retrying is safe). Sign-in itself still works. Compose after the scenario whose pool you use (\"default,code-delivery-failure\"); alone it seeds default's pool first.",
  seeds: "nothing when composed (default's pool alone); rules on 4 code-sending operations",
  credentials: CREDENTIALS_WHEN_ALONE,
  rules: ["SignUp", "ResendConfirmationCode", "ForgotPassword", "GetUserAttributeVerificationCode"].map((operation) => ({ operation, error: FAILED })),
  setup: defaultPoolIfAlone,
});
