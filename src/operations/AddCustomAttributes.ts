import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { customAttribute } from "./shared/schema.js";

const MAX_CUSTOM_ATTRIBUTES = 50;

export default defineOperation("AddCustomAttributes", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const added = input.CustomAttributes.map(customAttribute);
  const names = new Set(pool.schema.map((a) => a.Name));
  for (const a of added) {
    if (names.has(a.Name)) throw new InvalidParameterException(`${a.Name}: Existing attribute already has name ${a.Name}.`);
    names.add(a.Name);
  }
  const customCount = pool.schema.filter((a) => a.Name!.includes("custom:")).length + added.length;
  if (customCount > MAX_CUSTOM_ATTRIBUTES) throw new InvalidParameterException(`A user pool can have at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes.`);
  pool.schema.push(...added);
  pool.modified = ctx.now;
  return {};
});
