import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminDeleteUser", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  for (const g of user.groups) pool.groups.get(g)?.members.delete(user.username);
  pool.users.remove(user);
  return {};
});
