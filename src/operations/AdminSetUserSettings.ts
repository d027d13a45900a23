import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminSetUserSettings", (input, ctx) => {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  user.mfaOptions = input.MFAOptions.length ? structuredClone(input.MFAOptions) : undefined;
  user.modified = ctx.now;
  return {};
});
