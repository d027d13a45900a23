import { defineOperation } from "../engine/context.js";
import { epochSeconds } from "../engine/clock.js";
import { attributeList } from "../state/user.js";
import { getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminGetUser", (input, ctx) => {
  const user = getUser(getPool(ctx, input.UserPoolId), input.Username);
  return {
    Username: user.username,
    UserAttributes: attributeList(user),
    UserCreateDate: epochSeconds(user.created),
    UserLastModifiedDate: epochSeconds(user.modified),
    Enabled: user.enabled,
    UserStatus: user.status,
    // Cognito leaves these out (rather than empty) when the user has no MFA
    ...(user.mfaOptions?.length ? { MFAOptions: user.mfaOptions } : {}),
    ...(user.preferredMfa ? { PreferredMfaSetting: user.preferredMfa } : {}),
    ...(user.mfaMethods.length ? { UserMFASettingList: [...user.mfaMethods] } : {}),
  };
});
