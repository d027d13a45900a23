// Users as the API shows them.
import type { Shape } from "../../../generated/operations.js";
import { epochSeconds } from "../../engine/clock.js";
import { attributeList, type UserRecord } from "../../state/user.js";

export function userType(user: UserRecord, only?: ReadonlySet<string>): Shape<"UserType"> {
  return {
    Username: user.username,
    Attributes: attributeList(user, only),
    UserCreateDate: epochSeconds(user.created),
    UserLastModifiedDate: epochSeconds(user.modified),
    Enabled: user.enabled,
    UserStatus: user.status,
    ...(user.mfaOptions?.length ? { MFAOptions: user.mfaOptions } : {}),
  };
}
