import { defineOperation } from "../engine/context.js";
import { assertPolicy, POLICY_PREFIX } from "../auth/password-policy.js";
import { getPool, getUser } from "./shared/lookup.js";
import { setPassword } from "./shared/passwords.js";

export default defineOperation("AdminSetUserPassword", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  assertPolicy(input.Password, pool.settings.Policies?.PasswordPolicy, POLICY_PREFIX.other);
  const permanent = input.Permanent ?? false;
  setPassword(ctx, pool, user, input.Password, permanent);
  // a permanent password confirms the user; a temporary one makes them change it at next sign-in
  user.status = permanent ? "CONFIRMED" : "FORCE_CHANGE_PASSWORD";
  user.modified = ctx.now;
  return {};
});
