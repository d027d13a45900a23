import { defineOperation } from "../engine/context.js";
import { getGroup, getPool, getUser } from "./shared/lookup.js";

export default defineOperation("AdminAddUserToGroup", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  const group = getGroup(pool, input.GroupName);
  group.members.add(user.username);
  user.groups.add(group.name);
  return {};
});
