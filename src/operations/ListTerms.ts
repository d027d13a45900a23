import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { pageOf } from "./shared/paging.js";
import { forgetRemovedClients, termsDescription } from "./shared/hosted-ui.js";

// Every terms document of the pool, all app clients together, oldest first; a summary without the links.
export default defineOperation("ListTerms", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const { page, next } = pageOf(ctx, `ListTerms:${pool.id}`, [...pool.hostedUi.terms.values()], input.MaxResults ?? 60, input.NextToken);
  return { Terms: page.map(termsDescription), ...(next ? { NextToken: next } : {}) };
});
