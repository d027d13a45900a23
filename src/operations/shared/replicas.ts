// Multi-Region replication: a pool (the primary) and its secondary replicas share the pool id, each in
// its own region. Replica operations may be sent to the primary's region or, where Cognito allows it,
// to a secondary's.
import type { Shape } from "../../../generated/operations.js";
import { InvalidParameterException, OperationNotEnabledException, ResourceNotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import { poolArn } from "../../state/ids.js";
import type { PoolRecord } from "../../state/pool.js";
import type { ReplicaRecord } from "../../state/pool-admin.js";

/** Shape of an AWS region name (us-east-1, ap-southeast-5, us-gov-west-1, cn-north-1, eu-isoe-west-1). */
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/**
 * The pool a replica operation names. Requests to a secondary's region find the pool too (it shares
 * the id), unless the operation may only be called in the primary's region.
 */
export function replicatedPool(ctx: OperationContext, poolId: string, where: "primary" | "any"): PoolRecord {
  const pool = ctx.store.pools.get(poolId);
  const notFound = () => new ResourceNotFoundException(`User pool ${poolId} does not exist.`);
  if (!pool) throw notFound();
  if (!ctx.regionExplicit || ctx.region === pool.region) return pool;
  const secondary = pool.admin.replicas.get(ctx.region);
  if (!secondary) throw notFound();
  if (where === "primary") throw new OperationNotEnabledException(`${ctx.operation} must be called in the primary Region of user pool ${poolId} (${pool.region}).`);
  return pool;
}

export function checkRegionName(pool: PoolRecord, region: string): void {
  if (!REGION.test(region)) throw new InvalidParameterException(`${region} is not a valid Region name.`);
  if (region === pool.region) throw new InvalidParameterException(`Region ${region} is the primary Region of user pool ${pool.id}.`);
}

export function getReplica(pool: PoolRecord, region: string): ReplicaRecord {
  const replica = pool.admin.replicas.get(region);
  if (!replica) throw new ResourceNotFoundException(`User pool ${pool.id} has no replica in Region ${region}.`);
  return replica;
}

export const primaryView = (pool: PoolRecord): Shape<"UserPoolReplicaType"> => ({
  RegionName: pool.region, Status: "ACTIVE", Role: "PRIMARY", UserPoolArn: pool.arn,
});

export const replicaView = (ctx: OperationContext, pool: PoolRecord, replica: ReplicaRecord, status = replica.status): Shape<"UserPoolReplicaType"> => ({
  RegionName: replica.region, Status: status, Role: "SECONDARY", UserPoolArn: poolArn(replica.region, ctx.accountId, pool.id),
});
