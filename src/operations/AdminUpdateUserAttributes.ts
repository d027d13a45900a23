import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { updateAttributes } from "./shared/update-attributes.js";

export default defineOperation("AdminUpdateUserAttributes", async (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  await updateAttributes(ctx, pool, getUser(pool, input.Username), input.UserAttributes, { selfService: false });
  return {};
});
