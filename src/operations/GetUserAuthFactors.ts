import { defineOperation } from "../engine/context.js";
import { authFactorsOf } from "../auth/auth-factors.js";
import { signedInUser } from "./shared/access.js";

export default defineOperation("GetUserAuthFactors", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  return authFactorsOf(pool, user);
});
