// What a scenario is: a named, documented fixture. `setup` seeds state through the API (pools, clients,
// users, groups...) and says what it made; `rules` answer requests before their operations; `codes`
// fixes the codes the outbox will hold; `clockOffsetMs` moves the mock's clock.
import type { CognitoMock } from "../engine/create.js";
import type { FixedCodes } from "../engine/context.js";
import type { Rule } from "./rules.js";

export interface ScenarioUser {
  username: string;
  password?: string;
  /** anything else a developer needs: a TOTP secret, the email to read codes for... */
  notes?: string;
}

/** What a scenario made, printed by `serve --scenario` and returned by mock.useScenario(). */
export interface ScenarioInfo {
  userPoolId?: string;
  clientId?: string;
  users?: ScenarioUser[];
  /** any further ids or hints */
  details?: Record<string, string>;
}

export interface ScenarioApi {
  mock: CognitoMock;
  region: string;
  /** call an operation in process (like the SDK would): resolves with its output or rejects */
  call<T = any>(operation: string, input: unknown): Promise<T>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** what earlier scenarios in the same composition made (the first's pool, for example) */
  previous: ScenarioInfo;
}

export interface Scenario {
  name: string;
  description: string;
  /** what it seeds, in a line (for `cognito-idp-mock scenarios`) */
  seeds: string;
  /** the credentials to use, known before running it */
  credentials?: ScenarioUser[];
  setup?: (api: ScenarioApi) => Promise<ScenarioInfo | void>;
  rules?: Rule[];
  codes?: FixedCodes;
  clockOffsetMs?: number;
  /** the category shown in listings */
  kind: "basics" | "challenge" | "error" | "data";
}

export function defineScenario(s: Scenario): Scenario {
  return s;
}
