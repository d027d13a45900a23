// All state of one mock: pools by id. Knows nothing of HTTP.
import type { PoolRecord } from "./pool.js";

export class Store {
  readonly pools = new Map<string, PoolRecord>();
  /** client id -> pool id: public operations name only the client */
  readonly clientPools = new Map<string, string>();

  clear(): void { this.pools.clear(); this.clientPools.clear(); }

  poolsInRegion(region: string): PoolRecord[] {
    return [...this.pools.values()].filter((p) => p.region === region);
  }
}
