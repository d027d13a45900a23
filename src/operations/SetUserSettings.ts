import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";

// The legacy SMS MFA switch: MFAOptions with DeliveryMedium SMS turns SMS MFA on; an empty list off.
export default defineOperation("SetUserSettings", async (input, ctx) => {
  const { user } = await signedInUser(ctx, input.AccessToken);
  user.mfaOptions = input.MFAOptions.length ? structuredClone(input.MFAOptions) : undefined;
  user.modified = ctx.now;
  return {};
});
