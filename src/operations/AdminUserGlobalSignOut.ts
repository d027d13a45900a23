import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { signOutEverywhere } from "./shared/sign-out.js";

export default defineOperation("AdminUserGlobalSignOut", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  signOutEverywhere(ctx, pool, getUser(pool, input.Username));
  return {};
});
