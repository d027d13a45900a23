// Error scenarios only add rules to a pool another scenario made ("default,throttled"). Used alone
// they still need something to sign in to, so they seed default's pool first.
import type { ScenarioApi, ScenarioInfo, ScenarioUser } from "../../src/scenarios/define.js";
import defaultScenario from "../default.js";

/** default's credentials, which hold only when the scenario is used alone. */
export const CREDENTIALS_WHEN_ALONE: ScenarioUser[] = (defaultScenario.credentials ?? []).map((c) => ({
  ...c, notes: `only when used alone; composed, use the earlier scenario's users${c.notes ? ` (${c.notes})` : ""}`,
}));

/** Seeds default's pool unless an earlier scenario made one. */
export async function defaultPoolIfAlone(api: ScenarioApi): Promise<ScenarioInfo> {
  if (api.previous.userPoolId) return {};
  return (await defaultScenario.setup!(api)) ?? {};
}
