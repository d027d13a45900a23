import { ResourceNotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";

/** Tags belong to user pools, addressed by ARN. */
export function poolByArn(ctx: OperationContext, arn: string): PoolRecord {
  for (const pool of ctx.store.pools.values()) if (pool.arn === arn) return pool;
  throw new ResourceNotFoundException(`The resource ${arn} does not exist.`);
}
