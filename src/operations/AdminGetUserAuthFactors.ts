import { defineOperation } from "../engine/context.js";
import { authFactorsOf } from "../auth/auth-factors.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminGetUserAuthFactors", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return authFactorsOf(pool, getUser(pool, input.Username));
});
