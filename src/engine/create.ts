// createCognitoMock: the one engine behind every door (MSW in Node, MSW in the browser, the server).
import type { RequestHandler } from "msw";
import { createClock, type Clock } from "./clock.js";
import { createOutbox, type Outbox } from "./outbox.js";
import { createRandom, type Random } from "./random.js";
import { dispatch } from "./dispatch.js";
import type { EngineState, FixedCodes, OperationModule } from "./context.js";
import { Store } from "../state/store.js";
import { implementedOperations } from "../operations/index.js";
import { createHandlers, type EndpointMatcher } from "../msw/handlers.js";
import type { WireResponse } from "../protocol/wire.js";
import type { Triggers } from "../auth/triggers.js";
import { checkRule, type ActiveRule, type Rule } from "../scenarios/rules.js";
import type { Scenario } from "../scenarios/define.js";
import { resolveScenarios, type ScenarioRef } from "../scenarios/select.js";
import { applyScenarios, type AppliedScenarios } from "../scenarios/run.js";

export interface CognitoMockOptions {
  /** the region of requests that name none (custom endpoints, unsigned calls); default us-east-1 */
  region?: string;
  /** the AWS account in ARNs; default 123456789012 */
  accountId?: string;
  /**
   * What to intercept besides `https://cognito-idp.<any region>.amazonaws.com/`: base URLs such as
   * "http://localhost:9229/", regular expressions over the full URL, or predicates.
   */
  endpoints?: EndpointMatcher[];
  /** intercept the real AWS endpoints (default true) */
  interceptAws?: boolean;
  /** seed for ids, codes and secrets: the same seed gives the same ids */
  seed?: string | number;
  /** start the clock at this epoch ms (it then runs on from there) */
  now?: number;
  /**
   * Strict mode: IAM-authorised operations (Admin*, pool and client management) that arrive over HTTP
   * without an Authorization header are refused with MissingAuthenticationTokenException, as AWS
   * refuses them. Off by default, since many test setups send unsigned requests. mock.call() is exempt.
   */
  requireSignature?: boolean;
  /** check every answer against the spec and turn a mismatch into a 500 (tests want this on) */
  validateResponses?: boolean;
  /** the base URL the mock is reachable at, when not only through AWS host names (see setPublicUrl) */
  publicUrl?: string;
  /** JavaScript functions standing in for Lambda triggers, for every pool (see setTriggers for one pool) */
  triggers?: Triggers;
  /** fix the codes messages carry: one code for all ("123456"), or a function per message */
  codes?: FixedCodes;
  /**
   * Scenarios to start from, by name ("mfa-totp,throttled") or as definitions; applied before the
   * first request is answered (await mock.ready() to see what they made) and again after reset().
   */
  scenario?: ScenarioRef | ScenarioRef[];
  /** your own scenarios, usable by name next to the shipped ones */
  scenarios?: Scenario[];
}

export interface CognitoMock {
  /** MSW request handlers: pass them to setupServer / setupWorker */
  readonly handlers: RequestHandler[];
  readonly store: Store;
  readonly outbox: Outbox;
  readonly clock: Clock;
  readonly options: Readonly<CognitoMockOptions>;
  /** Answer one AWS JSON request directly (what the handlers do after matching the URL). */
  dispatch(target: string | null, body: string, region?: string, meta?: RequestMeta): Promise<WireResponse>;
  /** Call an operation in process, bypassing HTTP: resolves with the output, rejects with a CognitoError-shaped object. */
  call<T = unknown>(operation: string, input: unknown, region?: string): Promise<T>;
  /** Forget all state and messages; randomness restarts from the seed, the clock from its start. */
  reset(): void;
  /** Tell the mock the base URL it is served at (the standalone server calls this once listening). */
  setPublicUrl(url: string | undefined): void;
  /**
   * Lambda trigger stand-ins for one pool ("*": every pool), replacing earlier ones for it. reset()
   * forgets them (the pools are gone), except those given to createCognitoMock.
   */
  setTriggers(poolId: string, triggers: Triggers | undefined): void;
  /** Fix the codes sent from now on (undefined: random again). reset() returns to the option's value. */
  setCodes(codes: FixedCodes | undefined): void;
  /** Install a scenario rule (fail, slow down) now; reset() removes rules that no scenario brought. */
  addRule(rule: Rule): void;
  /** One line to inject any declared error: the next `times` (default 1) calls of an operation fail. */
  failNext(operation: string, error: string, options?: { message?: string; times?: number; when?: Rule["when"] }): void;
  clearRules(): void;
  readonly rules: readonly ActiveRule[];
  /** Start over from these scenarios (reset, then apply them in order); [] leaves a bare mock. */
  useScenario(scenarios: ScenarioRef | ScenarioRef[]): Promise<AppliedScenarios>;
  /** Resolves once the active scenarios are applied, with what they made. */
  ready(): Promise<AppliedScenarios>;
  /** The engine's state, for the mock's own handlers (import uploads, control endpoints). */
  readonly state: EngineState;
  /**
   * Called after anything that may have changed the state: a request answered 200 (reads included:
   * sign-ins and lazy records change state too), reset(), useScenario(). Returns an unsubscribe.
   */
  onChange(listener: () => void): () => void;
}

/** What the transport knows besides target and body. */
export interface RequestMeta {
  /** the request's Authorization header (null: none); strict mode needs it for IAM-authorised operations */
  authorization?: string | null;
}

interface MutableState extends EngineState { random: Random; publicUrl: string | undefined; fixedCodes: FixedCodes | undefined }

export function createCognitoMock(options: CognitoMockOptions = {}): CognitoMock {
  const seed = options.seed ?? cryptoSeed();
  const random = createRandom(seed);
  const state: MutableState = {
    store: new Store(),
    clock: createClock(options.now),
    random,
    outbox: createOutbox(),
    accountId: options.accountId ?? "123456789012",
    defaultRegion: options.region ?? "us-east-1",
    // its own stream, so that reset() (which restarts `random`) reproduces the same ids
    tokenKey: createRandom(`${seed}:page-tokens`).bytes(32),
    publicUrl: options.publicUrl,
    triggers: new Map(options.triggers ? [["*", options.triggers]] : []),
    fixedCodes: options.codes,
    rules: [],
  };
  let active: Scenario[] = resolveScenarios(options.scenario, options.scenarios);
  let applied: Promise<AppliedScenarios> | undefined;
  const EMPTY: AppliedScenarios = { names: [], info: {}, each: [] };
  const implementations = new Map<string, OperationModule>(implementedOperations.map((m) => [m.name, m]));
  const dispatchOptions = { implementations, validateResponses: options.validateResponses ?? false, requireSignature: options.requireSignature ?? false };
  let applying = false;
  const ensureApplied = () => (applied ??= (async () => {
    if (!active.length) return EMPTY;
    applying = true;
    try {
      return await applyScenarios(mock, active, state.defaultRegion);
    } finally {
      applying = false;
    }
  })());
  const listeners = new Set<() => void>();
  const changed = () => { for (const listener of listeners) listener(); };
  const direct = async (target: string | null, body: string, region?: string, meta?: RequestMeta) => {
    const res = await dispatch(state, { target, body, region, authorization: meta?.authorization }, dispatchOptions);
    if (res.status === 200) changed();
    return res;
  };
  const run = async (target: string | null, body: string, region?: string, meta?: RequestMeta) => {
    await ensureApplied();
    return direct(target, body, region, meta);
  };

  // made on first use: a mock used only through dispatch/call (or the server's direct path) never needs them
  let handlers: RequestHandler[] | undefined;
  const mock: CognitoMock = {
    get handlers() {
      return (handlers ??= createHandlers(mock, { endpoints: options.endpoints ?? [], interceptAws: options.interceptAws ?? true }));
    },
    store: state.store,
    outbox: state.outbox,
    clock: state.clock,
    options,
    dispatch: run,
    async call(operation, input, region) {
      // scenarios seed through call() while being applied, so it must not wait for itself
      const res = await (applying ? direct : run)(`AWSCognitoIdentityProviderService.${operation}`, JSON.stringify(input), region);
      const body = JSON.parse(res.body);
      if (res.status !== 200) throw Object.assign(new Error(body.message), { name: body.__type, $status: res.status, __type: body.__type });
      return body;
    },
    state,
    setCodes(codes) { state.fixedCodes = codes; },
    addRule(rule) { checkRule(rule); state.rules.push({ ...structuredClone(rule), used: 0 }); },
    failNext(operation, error, o = {}) {
      mock.addRule({ operation, error: { type: error, ...(o.message ? { message: o.message } : {}) }, times: o.times ?? 1, ...(o.when ? { when: o.when } : {}) });
    },
    clearRules() { state.rules.length = 0; },
    get rules() { return state.rules; },
    async useScenario(refs) {
      const next = resolveScenarios(refs, options.scenarios);
      active = next;
      mock.reset();
      return ensureApplied();
    },
    ready: () => ensureApplied(),
    onChange(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    setTriggers(poolId, triggers) {
      const map = state.triggers as Map<string, Triggers>;
      if (triggers) map.set(poolId, triggers);
      else map.delete(poolId);
    },
    setPublicUrl(url) { state.publicUrl = url?.replace(/\/$/, ""); },
    reset() {
      state.store.clear();
      state.outbox.clear();
      state.clock.reset();
      state.fixedCodes = options.codes;
      state.rules.length = 0;
      // the active scenarios come back with the next request (or mock.ready())
      applied = undefined;
      // triggers set for one pool go with the pool; those given to createCognitoMock stay
      for (const key of [...state.triggers.keys()]) if (key !== "*" || !options.triggers) (state.triggers as Map<string, Triggers>).delete(key);
      state.random = createRandom(seed);
      changed();
    },
  };
  return mock;
}

function cryptoSeed(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint32Array(4))).join("-");
}
