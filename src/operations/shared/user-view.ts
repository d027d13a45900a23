// Users as the API shows them.
import type { Shape } from "../../../generated/operations.js";
import { epochSeconds } from "../../engine/clock.js";
import { attributeList, type UserRecord } from "../../state/user.js";
import { withJsonText } from "../../protocol/wire.js";

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

// A listed user's JSON text is kept with the store's count of writing operations it was made at, and
// reused while that count stands (Store.writes moves at the start and end of every operation that can
// change anything, as for the filtered-user views). Only the text is kept: ~300 bytes a user.
const listed = new WeakMap<UserRecord, { writes: number; text: string }>();

/** userType(user) for a listing, whose JSON text is reused while nothing has been written. */
export function listedUserType(user: UserRecord, writes: number): Shape<"UserType"> {
  const view = userType(user);
  const kept = listed.get(user);
  if (kept?.writes === writes) return withJsonText(view, kept.text);
  const text = JSON.stringify(view);
  listed.set(user, { writes, text });
  return withJsonText(view, text);
}
