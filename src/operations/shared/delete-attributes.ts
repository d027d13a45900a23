// Removing attributes, shared by AdminDeleteUserAttributes and DeleteUserAttributes.
import { InvalidParameterException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { schemaOf, syncAliases } from "./attributes.js";

export function deleteAttributes(ctx: OperationContext, pool: PoolRecord, user: UserRecord, names: readonly string[]): void {
  const schema = schemaOf(pool);
  for (const name of names) {
    const def = schema.get(name);
    if (!def || name === "sub") throw new InvalidParameterException(`user.${name}: Attribute does not exist in the schema.\n`);
    if (def.Required) throw new InvalidParameterException(`Attributes did not conform to the schema: ${name}: The attribute is required`);
    if (def.Mutable === false) throw new InvalidParameterException(`${name}: Attribute cannot be updated. (changing an immutable attribute)`);
  }
  const before = new Map(user.attributes);
  for (const name of names) {
    user.attributes.delete(name);
    // an address that is gone cannot stay verified
    if (name === "email" || name === "phone_number") user.attributes.delete(`${name}_verified`);
  }
  syncAliases(pool, user, before);
  user.modified = ctx.now;
}
