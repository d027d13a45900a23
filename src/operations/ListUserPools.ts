import { defineOperation } from "../engine/context.js";
import { creationOrder, pageOf } from "./shared/paging.js";
import { poolDescription } from "./shared/pool-view.js";

export default defineOperation("ListUserPools", (input, ctx) => {
  const pools = ctx.store.poolsInRegion(ctx.region);
  const { page, next } = pageOf(ctx, `ListUserPools:${ctx.region}`, pools, input.MaxResults, input.NextToken, (p) => creationOrder(p.created, p.id));
  return { UserPools: page.map(poolDescription), ...(next ? { NextToken: next } : {}) };
});
