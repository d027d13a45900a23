// What every operation receives besides its input: the state and the mock's clock, randomness and
// outbox, plus facts about this request. Nothing here knows about HTTP.
import type { OperationName, RequestOf, ResponseOf } from "../../generated/operations.js";
import type { Clock } from "./clock.js";
import type { Random } from "./random.js";
import type { Outbox } from "./outbox.js";
import type { Store } from "../state/store.js";
import type { Triggers } from "../auth/triggers.js";
import type { ActiveRule } from "../scenarios/rules.js";

export interface EngineState {
  readonly store: Store;
  readonly clock: Clock;
  readonly random: Random;
  readonly outbox: Outbox;
  readonly accountId: string;
  /** the region of requests that name none (custom endpoints, unsigned calls) */
  readonly defaultRegion: string;
  /** signs pagination tokens so forged ones are refused */
  readonly tokenKey: Uint8Array;
  /**
   * Where this mock is reachable when it is not standing in for the AWS host names (the standalone
   * server sets it once listening): URLs the mock hands out (import upload URLs, issuers) point here.
   */
  readonly publicUrl: string | undefined;
  /** Lambda trigger stand-ins, by pool id ("*" for every pool) */
  readonly triggers: ReadonlyMap<string, Triggers>;
  /** codes a test fixed (mock.setCodes): one for all, or chosen per message */
  readonly fixedCodes: FixedCodes | undefined;
  /** scenario rules that may answer a request before its operation */
  readonly rules: ActiveRule[];
}

export type FixedCodes = string | ((message: { userPoolId: string; username: string; purpose: string; length: number }) => string | undefined);

export interface OperationContext extends EngineState {
  readonly operation: OperationName;
  /** the request's region: from the AWS host name, the SigV4 credential scope, or the default */
  readonly region: string;
  /** false when the request named no region (pool ids then decide) */
  readonly regionExplicit: boolean;
  readonly requestId: string;
  /** epoch ms, read once per request */
  readonly now: number;
}

export type OperationHandler<Op extends OperationName> = (input: RequestOf<Op>, ctx: OperationContext) => ResponseOf<Op> | Promise<ResponseOf<Op>>;

export interface OperationModule<Op extends OperationName = OperationName> {
  readonly name: Op;
  readonly handle: OperationHandler<Op>;
}

/** Each file in src/operations/ exports one of these: `export default defineOperation("X", ...)`. */
export const defineOperation = <Op extends OperationName>(name: Op, handle: OperationHandler<Op>): OperationModule<Op> => ({ name, handle });
