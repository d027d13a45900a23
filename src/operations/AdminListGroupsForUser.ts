import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { creationOrder, pageOf } from "./shared/paging.js";
import { groupType } from "./shared/group-view.js";

export default defineOperation("AdminListGroupsForUser", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  const groups = [...user.groups].map((g) => pool.groups.get(g)!).filter(Boolean);
  const { page, next } = pageOf(ctx, `AdminListGroupsForUser:${pool.id}:${user.username}`, groups, input.Limit || 60, input.NextToken, (g) => creationOrder(g.created, g.name));
  return { Groups: page.map((g) => groupType(pool, g)), ...(next ? { NextToken: next } : {}) };
});
