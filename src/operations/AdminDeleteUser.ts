import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { removeUser } from "./shared/sign-out.js";

export default defineOperation("AdminDeleteUser", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  removeUser(ctx, pool, getUser(pool, input.Username));
  return {};
});
