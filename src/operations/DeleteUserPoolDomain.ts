import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { ownDomain } from "./shared/domains.js";

// Frees the name at once: another pool may take it straight after.
export default defineOperation("DeleteUserPoolDomain", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const record = ownDomain(pool, input.Domain);
  if (record === pool.hostedUi.customDomain) {
    pool.hostedUi.customDomain = undefined;
    pool.customDomain = undefined;
  } else {
    pool.hostedUi.prefixDomain = undefined;
    pool.domain = undefined;
  }
  return {};
});
