import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { deleteAttributes } from "./shared/delete-attributes.js";

export default defineOperation("DeleteUserAttributes", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  deleteAttributes(ctx, pool, user, input.UserAttributeNames);
  return {};
});
