// cognito-idp-mock/node: one line for Node test runners (vitest, jest, node:test, Playwright's runner).
// setupServer under the hood; with per-test isolation: state, outbox, rules and clock reset after each
// test, so tests never see each other's users.
import { setupServer, type SetupServer } from "msw/node";
import { createCognitoMock, type CognitoMock, type CognitoMockOptions } from "../engine/create.js";

export * from "../index.js";

export interface NodeMockOptions extends CognitoMockOptions {
  /** what MSW does with requests no handler answers (default "bypass": your other traffic is untouched) */
  onUnhandledRequest?: "bypass" | "warn" | "error";
  /**
   * Register beforeAll/afterEach/afterAll with the test runner's globals when they exist (vitest with
   * globals, jest, mocha). Default true. Without them, call start()/reset()/stop() yourself.
   */
  hooks?: boolean;
}

export interface NodeMock {
  mock: CognitoMock;
  server: SetupServer;
  start(): void;
  /** reset the mock (and re-apply its scenarios) */
  reset(): void;
  stop(): void;
}

type Hook = (fn: () => unknown) => void;

/** `const { mock } = setupCognitoMock({ scenario: "default" })` at the top of a test file. */
export function setupCognitoMock(options: NodeMockOptions = {}): NodeMock {
  const { onUnhandledRequest = "bypass", hooks = true, ...mockOptions } = options;
  const mock = createCognitoMock(mockOptions);
  const server = setupServer(...mock.handlers);
  const api: NodeMock = {
    mock, server,
    start: () => server.listen({ onUnhandledFrame: onUnhandledRequest }),
    reset: () => mock.reset(),
    stop: () => server.close(),
  };
  const g = globalThis as { beforeAll?: Hook; afterEach?: Hook; afterAll?: Hook; before?: Hook; after?: Hook };
  if (hooks) {
    const before = g.beforeAll ?? g.before;
    const after = g.afterAll ?? g.after;
    if (before && after && g.afterEach) {
      before(() => api.start());
      g.afterEach(() => api.reset());
      after(() => api.stop());
    }
  }
  return api;
}
