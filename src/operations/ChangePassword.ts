import { NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { assertPolicy, POLICY_PREFIX } from "../auth/password-policy.js";
import { passwordMatches } from "../auth/passwords.js";
import { signedInUser } from "./shared/access.js";
import { setPassword } from "./shared/passwords.js";

export default defineOperation("ChangePassword", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  if (!user.password || !passwordMatches(user.password, input.PreviousPassword ?? "")) throw new NotAuthorizedException("Incorrect username or password.");
  assertPolicy(input.ProposedPassword, pool.settings.Policies?.PasswordPolicy, POLICY_PREFIX.other);
  setPassword(ctx, pool, user, input.ProposedPassword, true);
  user.modified = ctx.now;
  return {};
});
