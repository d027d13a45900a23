// `cognito-idp-mock serve`: the standalone server.
import { createCognitoMock } from "../engine/create.js";
import { startServer, type RunningServer } from "../server/server.js";
import { controlHandlers } from "../server/control.js";
import type { AppliedScenarios } from "../scenarios/run.js";
import { persistTo, type Persistence } from "../server/persistence.js";

export interface ServeOptions {
  host: string;
  port: number;
  region: string;
  /** scenario names, composed in order ("default", "mfa-totp,throttled") */
  scenario?: string;
  seed?: string;
  /** keep the state in this file (load at start, save on change and on exit) */
  stateFile?: string;
}

export async function serve(o: ServeOptions): Promise<{ running: RunningServer; applied: AppliedScenarios; persistence?: Persistence }> {
  // any host and any path "/" reaches the engine: the server is the endpoint, whatever name it is called by
  const mock = createCognitoMock({ region: o.region, seed: o.seed ?? "cognito-idp-mock", endpoints: [(url) => url.pathname === "/"], scenario: o.scenario });
  const applied = await mock.ready();
  // a state file, when it exists, replaces what the scenario seeded
  const persistence = o.stateFile ? await persistTo(mock, o.stateFile) : undefined;
  const running = await startServer({ host: o.host, port: o.port, handlers: [...controlHandlers(mock), ...mock.handlers] });
  mock.setPublicUrl(running.url);
  return { running, applied, persistence };
}
