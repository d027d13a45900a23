import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";
import { resourceServerType } from "./shared/resource-servers.js";

export default defineOperation("ListResourceServers", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, next } = pageOf(ctx, `ListResourceServers:${pool.id}`, [...pool.identity.resourceServers.values()], input.MaxResults ?? 50, input.NextToken);
  return { ResourceServers: page.map((r) => resourceServerType(pool, r)), ...(next ? { NextToken: next } : {}) };
});
