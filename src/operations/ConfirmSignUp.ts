import { NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { publicClient } from "./shared/public-client.js";
import { recoveryUser } from "./shared/recovery-user.js";
import { useCode } from "./shared/verify-code.js";
import { claimAliases, syncAliases } from "./shared/attributes.js";
import { runTrigger } from "../auth/triggers.js";

// Confirming with the code also verifies the address it was sent to, which may make it an alias.
export default defineOperation("ConfirmSignUp", async (input, ctx) => {
  const { pool } = publicClient(ctx, input.ClientId, input.Username, input.SecretHash);
  const user = recoveryUser(pool, input.Username);
  if (user.status !== "UNCONFIRMED") throw new NotAuthorizedException(`User cannot be confirmed. Current status is ${user.status}`);
  const attribute = user.codes.get("SIGN_UP")?.attribute;
  const next = new Map(user.attributes);
  if (attribute) next.set(`${attribute}_verified`, "true");
  claimAliases(pool, user, next, input.ForceAliasCreation ? "move" : "error", false);
  useCode(ctx, user, "SIGN_UP", input.ConfirmationCode);
  const before = new Map(user.attributes);
  if (attribute) user.attributes.set(`${attribute}_verified`, "true");
  user.status = "CONFIRMED";
  user.modified = ctx.now;
  syncAliases(pool, user, before);
  await runTrigger(ctx, pool, "postConfirmation", "PostConfirmation_ConfirmSignUp", {
    userName: user.username, clientId: input.ClientId,
    request: { userAttributes: Object.fromEntries(user.attributes), clientMetadata: input.ClientMetadata ?? {} }, response: {},
  });
  return {};
});
