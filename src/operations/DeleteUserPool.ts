import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";

export default defineOperation("DeleteUserPool", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.settings.DeletionProtection === "ACTIVE") {
    throw new InvalidParameterException(`The user pool ${pool.id} cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.`);
  }
  if (pool.domain || pool.customDomain) {
    throw new InvalidParameterException("User pool cannot be deleted. It has a domain configured that should be deleted first.");
  }
  for (const clientId of pool.clients.keys()) ctx.store.clientPools.delete(clientId);
  // its users' sign-outs end with it (its tokens already do: the pool's clients are gone)
  const prefix = `${pool.id}\u0000`;
  for (const key of ctx.store.auth.signedOut.keys()) if (key.startsWith(prefix)) ctx.store.auth.signedOut.delete(key);
  ctx.store.pools.delete(pool.id);
  return {};
});
