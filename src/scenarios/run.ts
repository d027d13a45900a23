// Applying scenarios to a mock: seed through the API in order, install their rules, fixed codes and
// clock offset, and collect what they made.
import type { CognitoMock } from "../engine/create.js";
import type { Scenario, ScenarioInfo } from "./define.js";
import { checkRule } from "./rules.js";

export interface AppliedScenarios {
  names: string[];
  info: ScenarioInfo;
  /** per scenario, what it made */
  each: { name: string; info: ScenarioInfo }[];
}

export async function applyScenarios(mock: CognitoMock, scenarios: Scenario[], region: string): Promise<AppliedScenarios> {
  for (const s of scenarios) for (const r of s.rules ?? []) checkRule(r);
  let info: ScenarioInfo = {};
  const each: AppliedScenarios["each"] = [];
  for (const s of scenarios) {
    if (s.clockOffsetMs) mock.clock.advance(s.clockOffsetMs);
    if (s.codes !== undefined) mock.setCodes(s.codes);
    const made = (await s.setup?.({ mock, region, previous: info, call: (op, input) => mock.call(op, input, region) })) ?? {};
    each.push({ name: s.name, info: made });
    info = {
      ...info, ...made,
      users: [...(info.users ?? []), ...(made.users ?? [])],
      details: { ...info.details, ...made.details },
    };
    for (const r of s.rules ?? []) mock.addRule(r);
  }
  return { names: scenarios.map((s) => s.name), info, each };
}
