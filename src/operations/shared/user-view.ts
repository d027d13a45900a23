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

// A user's view and its JSON text are kept with the store's count of writing operations they were made
// at, and reused while that count stands (Store.writes moves at the start and end of every operation that
// can change anything, as for the filtered-user views). Reusing the view too, not only its text, spares a
// page 60 users' worth of objects built only to be thrown away (~0.7 KB kept a listed user).
type Kept<V> = WeakMap<UserRecord, { writes: number; view: V }>;

function keptView<V extends object>(views: Kept<V>, user: UserRecord, writes: number, build: (user: UserRecord) => V): V {
  const kept = views.get(user);
  if (kept?.writes === writes) return kept.view;
  const view = build(user);
  withJsonText(view, JSON.stringify(view));
  views.set(user, { writes, view });
  return view;
}

const listed: Kept<Shape<"UserType">> = new WeakMap();
const listedView = (user: UserRecord) => userType(user); // made once, not per listed user

/** userType(user) for a listing, reused with its JSON text while nothing has been written. */
export const listedUserType = (user: UserRecord, writes: number): Shape<"UserType"> => keptView(listed, user, writes, listedView);

function adminView(user: UserRecord): Shape<"AdminGetUserResponse"> {
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
}

// AdminGetUser's answer, kept the same way: an app or a test reads the same users again and again, and
// building and serialising the answer was most of the operation.
const adminViews: Kept<Shape<"AdminGetUserResponse">> = new WeakMap();

/** AdminGetUser's answer for this user, reused with its JSON text while nothing has been written. */
export const adminUserView = (user: UserRecord, writes: number): Shape<"AdminGetUserResponse"> => keptView(adminViews, user, writes, adminView);
