import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { creationOrder, pageOf } from "./shared/paging.js";

export default defineOperation("ListUserPoolClients", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { page, next } = pageOf(ctx, `ListUserPoolClients:${pool.id}`, [...pool.clients.values()], input.MaxResults ?? 60, input.NextToken, (c) => creationOrder((c.CreationDate ?? 0) * 1000, c.ClientId));
  return {
    UserPoolClients: page.map((c) => ({ ClientId: c.ClientId, UserPoolId: c.UserPoolId, ClientName: c.ClientName })),
    ...(next ? { NextToken: next } : {}),
  };
});
