import { FeatureUnavailableInTierException, InvalidParameterException, LimitExceededException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { checkRegionName, replicaView, replicatedPool } from "./shared/replicas.js";

/** Secondary replicas one pool may have (a guess: Cognito publishes no number). */
export const MAX_REPLICAS = 5;

// Cognito requires the Essentials or Plus plan and a multi-Region customer managed KMS key (its id
// starts with mrk-). The answer says CREATING; creation is instant here, so the replica is INACTIVE
// from then on, as a new secondary is until someone activates it.
export default defineOperation("CreateUserPoolReplica", (input, ctx) => {
  const pool = replicatedPool(ctx, input.UserPoolId, "primary");
  checkRegionName(pool, input.RegionName);
  const tier = pool.settings.UserPoolTier ?? "ESSENTIALS";
  if (tier === "LITE") throw new FeatureUnavailableInTierException("Multi-Region replication requires the ESSENTIALS or PLUS feature plan.");
  const key = pool.settings.KeyConfiguration;
  if (key?.KeyType !== "CUSTOMER_MANAGED_KEY" || !/:key\/mrk-/.test(key.KmsKeyArn ?? "")) {
    throw new InvalidParameterException("Multi-Region replication requires the user pool to be encrypted with a multi-Region customer managed KMS key.");
  }
  if (pool.admin.replicas.has(input.RegionName)) throw new InvalidParameterException(`User pool ${pool.id} already has a replica in Region ${input.RegionName}.`);
  if (pool.admin.replicas.size >= MAX_REPLICAS) throw new LimitExceededException(`User pool ${pool.id} already has the maximum of ${MAX_REPLICAS} replicas.`);
  const replica = { region: input.RegionName, status: "INACTIVE" as const, tags: { ...input.UserPoolTags }, created: ctx.now };
  pool.admin.replicas.set(replica.region, replica);
  return { UserPoolReplica: replicaView(ctx, pool, replica, "CREATING") };
});
