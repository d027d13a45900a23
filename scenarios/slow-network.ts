// A slow connection: every answer takes 1.5 s. For spinners, disabled buttons, double-submit guards
// and client timeouts, which instant local mocks never exercise.
import { defineScenario } from "../src/scenarios/define.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";

export const SLOW_NETWORK_LATENCY_MS = 1_500;

export default defineScenario({
  name: "slow-network",
  kind: "error",
  description: "Every operation answers after 1,500 ms (then normally), so an SRP sign-in (two calls) takes about 3 s. Combine with other scenarios freely (\"totp-mfa,slow-network\"): put it last so their seeding stays fast; alone it seeds default's pool first.",
  seeds: "nothing when composed (default's pool alone); 1,500 ms latency on every operation",
  credentials: CREDENTIALS_WHEN_ALONE,
  rules: [{ operation: "*", latencyMs: SLOW_NETWORK_LATENCY_MS }],
  setup: defaultPoolIfAlone,
});
