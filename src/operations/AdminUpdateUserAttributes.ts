import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { checkAttributes, checkMutable, claimAliases, setAttributes, syncAliases } from "./shared/attributes.js";
import { sendCode } from "./shared/codes.js";

// Changing email or phone_number clears its verified flag unless the same call sets it, and sends a
// verification code when the pool auto-verifies that attribute. An alias held by someone else moves.
export default defineOperation("AdminUpdateUserAttributes", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  checkAttributes(pool, input.UserAttributes, "update");
  checkMutable(pool, user, input.UserAttributes);
  const next = new Map(user.attributes);
  const changes = [...input.UserAttributes];
  const given = new Set(changes.map((a) => a.Name));
  const toVerify: ("email" | "phone_number")[] = [];
  for (const a of ["email", "phone_number"] as const) {
    if (given.has(a) && next.get(a) !== changes.find((c) => c.Name === a)!.Value && !given.has(`${a}_verified`)) {
      changes.push({ Name: `${a}_verified`, Value: "false" });
      if (pool.settings.AutoVerifiedAttributes?.includes(a)) toVerify.push(a);
    }
  }
  for (const { Name, Value = "" } of changes) next.set(Name, Value);
  claimAliases(pool, user, next, "move", false);

  const before = new Map(user.attributes);
  setAttributes(user, changes);
  syncAliases(pool, user, before);
  user.modified = ctx.now;
  for (const a of toVerify) if (user.attributes.get(a)) sendCode(ctx, pool, user, a, "VERIFY_ATTRIBUTE");
  return {};
});
