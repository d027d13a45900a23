import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getTerms } from "./shared/terms.js";
import { forgetRemovedClients, termsType } from "./shared/hosted-ui.js";

export default defineOperation("DescribeTerms", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  return { Terms: termsType(pool, getTerms(pool, input.TermsId)) };
});
