import { defineOperation } from "../engine/context.js";
import { authEventType } from "../auth/auth-events.js";
import { getPool, getUser } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";
import { requireThreatProtection } from "./shared/threat-protection.js";

export default defineOperation("AdminListUserAuthEvents", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  requireThreatProtection(pool);
  const { page, next } = pageOf(ctx, `AdminListUserAuthEvents:${pool.id}:${user.username}`, user.authEvents ?? [], input.MaxResults || 60, input.NextToken);
  return { AuthEvents: page.map(authEventType), ...(next ? { NextToken: next } : {}) };
});
