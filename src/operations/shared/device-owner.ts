// The user an Admin*Device request names. AdminGetDevice and AdminListDevices declare no
// UserNotFoundException, so for them an unknown user is a missing resource.
import { ResourceNotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import { findUser, getPool, getUser } from "./lookup.js";

export function deviceOwner(ctx: OperationContext, poolId: string, username: string, userNotFound: "UserNotFound" | "ResourceNotFound") {
  const pool = getPool(ctx, poolId);
  if (userNotFound === "UserNotFound") return { pool, user: getUser(pool, username) };
  const user = findUser(pool, username);
  if (!user) throw new ResourceNotFoundException("User does not exist.");
  return { pool, user };
}
