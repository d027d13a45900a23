// Cognito throttles sign-in per account and per user pool; a burst (load test, retry loop, bot) gets
// "Rate exceeded". This shows what a sign-in form does with it.
import { defineScenario } from "../src/scenarios/define.js";
import type { Rule } from "../src/scenarios/rules.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";

const THROTTLED: Rule["error"] = { type: "TooManyRequestsException", message: "Rate exceeded" };
/** The flows that start a sign-in. Refreshing a session is left alone, so signed-in users stay in. */
const SIGN_IN_FLOWS = { oneOf: ["USER_SRP_AUTH", "USER_PASSWORD_AUTH", "USER_AUTH", "CUSTOM_AUTH", "ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"] };

export default defineScenario({
  name: "throttled",
  kind: "error",
  description: "Every sign-in is throttled: InitiateAuth and AdminInitiateAuth (any sign-in flow) and every challenge answer (RespondToAuthChallenge, AdminRespondToAuthChallenge) fail with TooManyRequestsException \"Rate exceeded\" (HTTP 400), for as long as the scenario is active. Token refresh is not throttled, so sessions already open keep working. Compose it after the scenario whose pool you use (\"default,throttled\"); alone it seeds default's pool first.",
  seeds: "nothing when composed (default's pool alone); rules on 4 sign-in operations",
  credentials: CREDENTIALS_WHEN_ALONE,
  // Always, not for the next N calls: the AWS SDK and Amplify retry throttling errors on their own, so
  // a one-shot failure would be swallowed by the retry and the app would never show it. For one
  // throttled call use mock.failNext("InitiateAuth", "TooManyRequestsException").
  rules: [
    { operation: "InitiateAuth", when: { AuthFlow: SIGN_IN_FLOWS }, error: THROTTLED },
    { operation: "AdminInitiateAuth", when: { AuthFlow: SIGN_IN_FLOWS }, error: THROTTLED },
    { operation: "RespondToAuthChallenge", error: THROTTLED },
    { operation: "AdminRespondToAuthChallenge", error: THROTTLED },
  ],
  setup: defaultPoolIfAlone,
});
