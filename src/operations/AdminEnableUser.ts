import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminEnableUser", (input, ctx) => {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  user.enabled = true;
  user.modified = ctx.now;
  return {};
});
