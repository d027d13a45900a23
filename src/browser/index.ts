// cognito-idp-mock/browser: the mock in an MSW service worker, in one call. The app's calls to
// https://cognito-idp.<region>.amazonaws.com/ (Amplify, amazon-cognito-identity-js, the AWS SDK) are
// answered in the page, with no network and no AWS account.
//
// The app must serve MSW's worker script at /mockServiceWorker.js (`npx msw init public/`).
// A developer switches scenario without a rebuild: ?cognito-scenario=totp-mfa in the page URL (kept in
// localStorage for later loads; ?cognito-scenario= clears it).
import { setupWorker, type SetupWorker } from "msw/browser";
import { createCognitoMock, type CognitoMock, type CognitoMockOptions } from "../engine/create.js";
import type { AppliedScenarios } from "../scenarios/run.js";

export * from "../index.js";
export { defineScenario } from "../scenarios/define.js";

export const SCENARIO_PARAM = "cognito-scenario";
const STORAGE_KEY = "cognito-idp-mock:scenario";

export interface BrowserMockOptions extends CognitoMockOptions {
  /** where the app serves MSW's worker script (default /mockServiceWorker.js) */
  serviceWorkerUrl?: string;
  /** what the worker does with requests nothing answers (default "bypass") */
  onUnhandledRequest?: "bypass" | "warn" | "error";
  /** log intercepted requests in the console (default false) */
  verbose?: boolean;
  /** read ?cognito-scenario= and localStorage (default true) */
  scenarioSwitch?: boolean;
}

export interface BrowserMock {
  mock: CognitoMock;
  worker: SetupWorker;
  /** what the scenarios made: pool and client ids, users and their passwords */
  applied: AppliedScenarios;
  stop(): void;
}

/** The scenario the page asks for: the URL parameter, else the one remembered, else the option. */
export function chosenScenario(fallback: CognitoMockOptions["scenario"]): CognitoMockOptions["scenario"] {
  if (typeof location === "undefined") return fallback;
  const param = new URLSearchParams(location.search).get(SCENARIO_PARAM);
  try {
    if (param !== null) {
      if (param) localStorage.setItem(STORAGE_KEY, param);
      else localStorage.removeItem(STORAGE_KEY);
      return param || fallback;
    }
    return localStorage.getItem(STORAGE_KEY) ?? fallback;
  } catch {
    return param || fallback;
  }
}

export async function startCognitoMock(options: BrowserMockOptions = {}): Promise<BrowserMock> {
  const { serviceWorkerUrl = "/mockServiceWorker.js", onUnhandledRequest = "bypass", verbose = false, scenarioSwitch = true, ...mockOptions } = options;
  const scenario = scenarioSwitch ? chosenScenario(mockOptions.scenario) : mockOptions.scenario;
  const mock = createCognitoMock({ ...mockOptions, scenario });
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledFrame: onUnhandledRequest, quiet: !verbose });
  const applied = await mock.ready();
  return { mock, worker, applied, stop: () => worker.stop() };
}
