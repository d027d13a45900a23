// Changing a user's attributes, shared by AdminUpdateUserAttributes and UpdateUserAttributes.
// Changing email or phone_number clears its verified flag unless the same call sets it, and sends a
// verification code when the pool auto-verifies that attribute. An alias held by someone else moves.
import type { Shape } from "../../../generated/operations.js";
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { checkAttributes, checkMutable, claimAliases, setAttributes, syncAliases } from "./attributes.js";
import { sendCode, type DeliveryDetails } from "./codes.js";

export async function updateAttributes(ctx: OperationContext, pool: PoolRecord, user: UserRecord, attributes: readonly Shape<"AttributeType">[], options: { selfService: boolean; clientId?: string }): Promise<DeliveryDetails[]> {
  checkAttributes(pool, attributes, "update");
  checkMutable(pool, user, attributes);
  const next = new Map(user.attributes);
  const changes = [...attributes];
  const given = new Set(changes.map((a) => a.Name));
  const toVerify: ("email" | "phone_number")[] = [];
  for (const a of ["email", "phone_number"] as const) {
    if (given.has(a) && next.get(a) !== changes.find((c) => c.Name === a)!.Value && !(given.has(`${a}_verified`) && !options.selfService)) {
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
  const sent: DeliveryDetails[] = [];
  for (const a of toVerify) if (user.attributes.get(a)) sent.push(await sendCode(ctx, pool, user, a, "VERIFY_ATTRIBUTE", "CustomMessage_UpdateUserAttribute", options.clientId));
  return sent;
}
