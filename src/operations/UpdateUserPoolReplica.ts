import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getReplica, replicaView, replicatedPool } from "./shared/replicas.js";

// Activates or deactivates a secondary; allowed in the primary's Region and in the secondary's own.
export default defineOperation("UpdateUserPoolReplica", (input, ctx) => {
  const pool = replicatedPool(ctx, input.UserPoolId, "any");
  if (input.RegionName === pool.region) throw new InvalidParameterException("The status of the primary replica cannot be changed.");
  const replica = getReplica(pool, input.RegionName);
  replica.status = input.Status;
  return { UserPoolReplica: replicaView(ctx, pool, replica) };
});
