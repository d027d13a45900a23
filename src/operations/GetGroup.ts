import { defineOperation } from "../engine/context.js";
import { getGroup, getPool } from "./shared/lookup.js";
import { groupType } from "./shared/group-view.js";

export default defineOperation("GetGroup", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return { Group: groupType(pool, getGroup(pool, input.GroupName)) };
});
