// Finding scenarios by name: the shipped ones plus any a user registers; "a,b" composes them in order.
import { InvalidParameterException } from "../../generated/errors.js";
import { builtInScenarios } from "../../scenarios/index.js";
import type { Scenario } from "./define.js";

export type ScenarioRef = string | Scenario;

export function resolveScenarios(refs: ScenarioRef | ScenarioRef[] | undefined, custom: readonly Scenario[] = []): Scenario[] {
  if (refs === undefined) return [];
  const list: ScenarioRef[] = (Array.isArray(refs) ? refs : [refs]).flatMap((r): ScenarioRef[] => (typeof r === "string" ? r.split(",").map((s) => s.trim()).filter(Boolean) : [r]));
  const known = new Map<string, Scenario>([...builtInScenarios, ...custom].map((s) => [s.name, s]));
  return list.map((r) => {
    if (typeof r !== "string") return r;
    const s = known.get(r);
    if (!s) throw new InvalidParameterException(`Unknown scenario "${r}". Known scenarios: ${[...known.keys()].join(", ")}`);
    return s;
  });
}
