import { defineOperation } from "../engine/context.js";
import { getGroup, getPool } from "./shared/lookup.js";
import { groupType } from "./shared/group-view.js";

// Unlike the pool and client updates, a group update changes only what it names.
export default defineOperation("UpdateGroup", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const group = getGroup(pool, input.GroupName);
  if (input.Description !== undefined) group.description = input.Description;
  if (input.RoleArn !== undefined) group.roleArn = input.RoleArn;
  if (input.Precedence !== undefined) group.precedence = input.Precedence;
  group.modified = ctx.now;
  return { Group: groupType(pool, group) };
});
