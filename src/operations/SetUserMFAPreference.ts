import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { setMfaPreference } from "./shared/mfa-preference.js";

export default defineOperation("SetUserMFAPreference", async (input, ctx) => {
  const { user } = await signedInUser(ctx, input.AccessToken);
  setMfaPreference(user, input, ctx.now);
  return {};
});
