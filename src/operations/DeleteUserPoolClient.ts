import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";

export default defineOperation("DeleteUserPoolClient", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  getClient(pool, input.ClientId);
  pool.clients.delete(input.ClientId);
  ctx.store.clientPools.delete(input.ClientId);
  return {};
});
