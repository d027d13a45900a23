import { defineOperation } from "../engine/context.js";
import { getGroup, getPool } from "./shared/lookup.js";
import { pageOf, seqOrder } from "./shared/paging.js";
import { listedUserType } from "./shared/user-view.js";

export default defineOperation("ListUsersInGroup", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const group = getGroup(pool, input.GroupName);
  const members = [...group.members].map((u) => pool.users.byUsername(u)!).filter(Boolean);
  const { page, next } = pageOf(ctx, `ListUsersInGroup:${pool.id}:${group.name}`, members, input.Limit || 60, input.NextToken, (u) => seqOrder(u.seq));
  return { Users: page.map((u) => listedUserType(u, ctx.store.writes)), ...(next ? { NextToken: next } : {}) };
});
