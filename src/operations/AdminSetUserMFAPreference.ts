import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { setMfaPreference } from "./shared/mfa-preference.js";

export default defineOperation("AdminSetUserMFAPreference", (input, ctx) => {
  setMfaPreference(getUser(getPool(ctx, input.UserPoolId), input.Username), input, ctx.now);
  return {};
});
