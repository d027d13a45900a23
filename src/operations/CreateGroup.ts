import { GroupExistsException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { groupType } from "./shared/group-view.js";

export default defineOperation("CreateGroup", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (pool.groups.has(input.GroupName)) throw new GroupExistsException(`A group with the name ${input.GroupName} already exists.`);
  const group = {
    name: input.GroupName, description: input.Description, roleArn: input.RoleArn, precedence: input.Precedence,
    created: ctx.now, modified: ctx.now, members: new Set<string>(),
  };
  pool.groups.set(group.name, group);
  return { Group: groupType(pool, group) };
});
