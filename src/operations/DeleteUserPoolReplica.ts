import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getReplica, replicaView, replicatedPool } from "./shared/replicas.js";

// Only an INACTIVE secondary may go, and only from the primary Region. The answer says DELETING;
// deletion is instant here, so the replica is gone from every later listing.
export default defineOperation("DeleteUserPoolReplica", (input, ctx) => {
  const pool = replicatedPool(ctx, input.UserPoolId, "primary");
  if (input.RegionName === pool.region) throw new InvalidParameterException("The primary replica cannot be deleted; delete the user pool instead.");
  const replica = getReplica(pool, input.RegionName);
  if (replica.status !== "INACTIVE") throw new InvalidParameterException(`The replica in Region ${replica.region} must be INACTIVE to be deleted; it is ${replica.status}.`);
  pool.admin.replicas.delete(replica.region);
  return { UserPoolReplica: replicaView(ctx, pool, replica, "DELETING") };
});
