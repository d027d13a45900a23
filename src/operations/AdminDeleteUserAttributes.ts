import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { deleteAttributes } from "./shared/delete-attributes.js";

export default defineOperation("AdminDeleteUserAttributes", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  deleteAttributes(ctx, pool, getUser(pool, input.Username), input.UserAttributeNames);
  return {};
});
