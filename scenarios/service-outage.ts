// Cognito is down: every call answers HTTP 500. For error pages, retry logic and "we are having
// trouble" banners. SDKs retry 5xx answers on their own, so expect each call to take the retries' time.
import { defineScenario } from "../src/scenarios/define.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";

export default defineScenario({
  name: "service-outage",
  kind: "error",
  description: "Every operation fails with InternalErrorException \"Internal server error.\" (HTTP 500): sign-in, sign-up, token refresh, admin calls, all of them (except the three client-secret operations, which do not declare that error). Compose it last, after the scenario that seeds what you want to see fail (\"default,service-outage\"); alone it seeds default's pool first.",
  seeds: "nothing when composed (default's pool alone); one rule for every operation",
  credentials: CREDENTIALS_WHEN_ALONE,
  rules: [{ operation: "*", error: { type: "InternalErrorException", message: "Internal server error." } }],
  setup: defaultPoolIfAlone,
});
