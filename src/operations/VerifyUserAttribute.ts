import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { useCode } from "./shared/verify-code.js";
import { claimAliases, syncAliases } from "./shared/attributes.js";

// A verified address becomes a sign-in alias (if the pool uses it), taking it from another user.
export default defineOperation("VerifyUserAttribute", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  const attribute = input.AttributeName;
  if (attribute !== "email" && attribute !== "phone_number") throw new InvalidParameterException(`Invalid attribute name: ${attribute}`);
  useCode(ctx, user, `VERIFY_ATTRIBUTE:${attribute}`, input.Code);
  const next = new Map(user.attributes).set(`${attribute}_verified`, "true");
  claimAliases(pool, user, next, "move", false);
  const before = new Map(user.attributes);
  user.attributes.set(`${attribute}_verified`, "true");
  syncAliases(pool, user, before);
  user.modified = ctx.now;
  return {};
});
