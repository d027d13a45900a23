import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { removeUser } from "./shared/sign-out.js";

export default defineOperation("DeleteUser", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  removeUser(ctx, pool, user);
  return {};
});
