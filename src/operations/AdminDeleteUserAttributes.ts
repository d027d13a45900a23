import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { schemaOf, syncAliases } from "./shared/attributes.js";

export default defineOperation("AdminDeleteUserAttributes", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  const schema = schemaOf(pool);
  for (const name of input.UserAttributeNames) {
    const def = schema.get(name);
    if (!def || name === "sub") throw new InvalidParameterException(`user.${name}: Attribute does not exist in the schema.\n`);
    if (def.Required) throw new InvalidParameterException(`Attributes did not conform to the schema: ${name}: The attribute is required`);
    if (def.Mutable === false) throw new InvalidParameterException(`${name}: Attribute cannot be updated. (changing an immutable attribute)`);
  }
  const before = new Map(user.attributes);
  for (const name of input.UserAttributeNames) {
    user.attributes.delete(name);
    // an address that is gone cannot stay verified
    if (name === "email" || name === "phone_number") user.attributes.delete(`${name}_verified`);
  }
  syncAliases(pool, user, before);
  user.modified = ctx.now;
  return {};
});
