import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";

export default defineOperation("ListUserPoolClients", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, next } = pageOf(ctx, `ListUserPoolClients:${pool.id}`, [...pool.clients.values()], input.MaxResults ?? 60, input.NextToken);
  return {
    UserPoolClients: page.map((c) => ({ ClientId: c.ClientId, UserPoolId: c.UserPoolId, ClientName: c.ClientName })),
    ...(next ? { NextToken: next } : {}),
  };
});
