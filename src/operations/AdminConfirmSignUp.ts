import { NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminConfirmSignUp", (input, ctx) => {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  if (user.status !== "UNCONFIRMED") throw new NotAuthorizedException(`User cannot be confirmed. Current status is ${user.status}`);
  user.status = "CONFIRMED";
  user.codes.delete("SIGN_UP");
  user.modified = ctx.now;
  return {};
});
