import { NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { sendResetCode } from "./shared/forgot-password.js";

// The user must then reset their password with the code (ConfirmForgotPassword) before signing in.
export default defineOperation("AdminResetUserPassword", async (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  if (!user.enabled) throw new NotAuthorizedException("User is disabled");
  await sendResetCode(ctx, pool, user);
  user.status = "RESET_REQUIRED";
  user.modified = ctx.now;
  return {};
});
