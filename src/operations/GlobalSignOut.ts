import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { signOutEverywhere } from "./shared/sign-out.js";

export default defineOperation("GlobalSignOut", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  signOutEverywhere(ctx, pool, user);
  return {};
});
