import { defineOperation } from "../engine/context.js";
import { attributeList } from "../state/user.js";
import { signedInUser } from "./shared/access.js";

export default defineOperation("GetUser", async (input, ctx) => {
  const { user } = await signedInUser(ctx, input.AccessToken);
  return {
    Username: user.username,
    UserAttributes: attributeList(user),
    ...(user.mfaOptions?.length ? { MFAOptions: user.mfaOptions } : {}),
    ...(user.preferredMfa ? { PreferredMfaSetting: user.preferredMfa } : {}),
    ...(user.mfaMethods.length ? { UserMFASettingList: [...user.mfaMethods] } : {}),
  };
});
