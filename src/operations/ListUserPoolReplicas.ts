import { defineOperation } from "../engine/context.js";
import { pageOf } from "./shared/paging.js";
import { primaryView, replicaView, replicatedPool } from "./shared/replicas.js";

const PAGE_SIZE = 60;

// The primary comes first, then the secondaries in the order they were created.
export default defineOperation("ListUserPoolReplicas", (input, ctx) => {
  const pool = replicatedPool(ctx, input.UserPoolId, "any");
  const all = [primaryView(pool), ...[...pool.admin.replicas.values()].map((r) => replicaView(ctx, pool, r))];
  const { page, next } = pageOf(ctx, `ListUserPoolReplicas:${pool.id}`, all, PAGE_SIZE, input.NextToken);
  return { UserPoolReplicas: page, ...(next ? { NextToken: next } : {}) };
});
