import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { creationOrder, pageOf } from "./shared/paging.js";
import { groupType } from "./shared/group-view.js";

export default defineOperation("ListGroups", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, next } = pageOf(ctx, `ListGroups:${pool.id}`, [...pool.groups.values()], input.Limit || 60, input.NextToken, (g) => creationOrder(g.created, g.name));
  return { Groups: page.map((g) => groupType(pool, g)), ...(next ? { NextToken: next } : {}) };
});
