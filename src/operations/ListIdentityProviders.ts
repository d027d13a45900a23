import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";
import { providerDescription } from "./shared/identity-providers.js";

// A page holds at most 50 providers (the model's ProvidersListType), whatever MaxResults says (up to 60).
const PAGE_MAX = 50;

export default defineOperation("ListIdentityProviders", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const limit = Math.min(input.MaxResults || PAGE_MAX, PAGE_MAX);
  const { page, next } = pageOf(ctx, `ListIdentityProviders:${pool.id}`, [...pool.identity.providers.values()], limit, input.NextToken);
  return { Providers: page.map(providerDescription), ...(next ? { NextToken: next } : {}) };
});
