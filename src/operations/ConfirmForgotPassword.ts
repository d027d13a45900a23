import { CodeMismatchException, UserNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { assertPolicy, POLICY_PREFIX } from "../auth/password-policy.js";
import { hidesUsers, signInUser } from "../auth/sign-in/common.js";
import { publicClient } from "./shared/public-client.js";
import { useCode } from "./shared/verify-code.js";
import { setPassword } from "./shared/passwords.js";
import { runTrigger } from "../auth/triggers.js";

export default defineOperation("ConfirmForgotPassword", async (input, ctx) => {
  const { pool, client } = publicClient(ctx, input.ClientId, input.Username, input.SecretHash);
  const user = signInUser(pool, input.Username);
  if (!user || !user.enabled) {
    if (hidesUsers(client)) throw new CodeMismatchException("Invalid verification code provided, please try again.");
    if (!user) throw new UserNotFoundException("Username/client id combination not found.");
  }
  assertPolicy(input.Password, pool.settings.Policies?.PasswordPolicy, POLICY_PREFIX.other);
  useCode(ctx, user!, "FORGOT_PASSWORD", input.ConfirmationCode);
  setPassword(ctx, pool, user!, input.Password, true);
  user!.status = "CONFIRMED";
  user!.modified = ctx.now;
  await runTrigger(ctx, pool, "postConfirmation", "PostConfirmation_ConfirmForgotPassword", {
    userName: user!.username, clientId: input.ClientId,
    request: { userAttributes: Object.fromEntries(user!.attributes), clientMetadata: input.ClientMetadata ?? {} }, response: {},
  });
  return {};
});
