// All state of one mock: pools by id. Knows nothing of HTTP.
import type { PoolRecord } from "./pool.js";
import { AuthState } from "./auth-state.js";

export class Store {
  readonly pools = new Map<string, PoolRecord>();
  /** client id -> pool id: public operations name only the client */
  readonly clientPools = new Map<string, string>();

  /** sessions, SRP exchanges, refresh tokens, revocations */
  readonly auth = new AuthState();

  /** account-level provisioned limits: region -> API category -> rate */
  readonly provisionedLimits = new Map<string, Map<string, number>>();

  /**
   * Counts operations that may write (everything but Get/List/Describe), at their start and end: a
   * derived view (ListUsers' filtered results) is reusable only while it has not moved.
   */
  get writes(): number { return this.#writes; }
  noteWrite(): void { this.#writes++; }
  // a counter, not state: private, so snapshots and state files leave it out
  #writes = 0;

  clear(): void { this.pools.clear(); this.clientPools.clear(); this.auth.clear(); this.provisionedLimits.clear(); }

  poolsInRegion(region: string): PoolRecord[] {
    return [...this.pools.values()].filter((p) => p.region === region);
  }
}
