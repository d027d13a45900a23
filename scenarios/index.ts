// The scenarios that ship with cognito-idp-mock, by name. Each file documents itself.
import type { Scenario } from "../src/scenarios/define.js";
import defaultScenario from "./default.js";

export const builtInScenarios: readonly Scenario[] = [
  defaultScenario,
];
