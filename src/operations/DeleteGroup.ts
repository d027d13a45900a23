import { defineOperation } from "../engine/context.js";
import { getGroup, getPool } from "./shared/lookup.js";

export default defineOperation("DeleteGroup", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const group = getGroup(pool, input.GroupName);
  for (const username of group.members) pool.users.byUsername(username)?.groups.delete(group.name);
  pool.groups.delete(group.name);
  return {};
});
