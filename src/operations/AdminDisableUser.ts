import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminDisableUser", (input, ctx) => {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  user.enabled = false;
  user.modified = ctx.now;
  return {};
});
