// Finding the user a sign-up or recovery request names.
import { UserNotFoundException } from "../../../generated/errors.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { signInUser } from "../../auth/sign-in/common.js";

export function recoveryUser(pool: PoolRecord, name: string): UserRecord {
  const user = signInUser(pool, name) ?? pool.users.bySubject(name);
  if (!user) throw new UserNotFoundException("Username/client id combination not found.");
  return user;
}
