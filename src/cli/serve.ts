// `cognito-idp-mock serve`: the standalone server.
import { createCognitoMock } from "../engine/create.js";
import { startServer, type RunningServer } from "../server/server.js";
import { controlHandlers } from "../server/control.js";
import type { AppliedScenarios } from "../scenarios/run.js";
import { randomBytes } from "node:crypto";
import { answerAwsJson } from "../msw/handlers.js";
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
  /** refuse unsigned IAM-authorised operations (MissingAuthenticationTokenException), as AWS does */
  strict?: boolean;
  /**
   * What control requests (/_mock/...) must present. Listening beyond loopback without one makes the
   * server choose a random token (returned, and printed by the CLI): anyone on the network could
   * otherwise reset the state or read every code in the outbox.
   */
  controlToken?: string;
}

export async function serve(o: ServeOptions): Promise<{ running: RunningServer; applied: AppliedScenarios; persistence?: Persistence; controlToken?: string }> {
  // any host and any path "/" reaches the engine: the server is the endpoint, whatever name it is called by
  const mock = createCognitoMock({ region: o.region, seed: o.seed ?? "cognito-idp-mock", endpoints: [(url) => url.pathname === "/"], scenario: o.scenario, requireSignature: o.strict ?? false });
  const applied = await mock.ready();
  // a state file, when it exists, replaces what the scenario seeded
  const persistence = o.stateFile ? await persistTo(mock, o.stateFile) : undefined;
  const controlToken = o.controlToken || (isLoopback(o.host) ? undefined : randomBytes(16).toString("hex"));
  const running = await startServer({
    host: o.host, port: o.port, handlers: [...controlHandlers(mock, { token: controlToken }), ...mock.handlers],
    // Cognito calls (POST / with a target; the endpoint matcher above takes any host) skip MSW's matching
    direct: (req, { pathname, hostname }, body) => {
      const target = req.headers["x-amz-target"];
      if (req.method !== "POST" || pathname !== "/" || typeof target !== "string") return undefined;
      const header = (name: string) => { const v = req.headers[name]; return typeof v === "string" ? v : null; };
      return answerAwsJson(mock, { hostname, target, authorization: header("authorization"), origin: header("origin"), body });
    },
  });
  mock.setPublicUrl(running.url);
  return { running, applied, persistence, controlToken };
}

/** 127.0.0.0/8, ::1 and localhost reach only this machine; anything else (0.0.0.0, ::, a LAN address) does not. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h) || h === "::ffff:127.0.0.1";
}
