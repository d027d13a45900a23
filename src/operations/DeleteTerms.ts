import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getTerms } from "./shared/terms.js";
import { forgetRemovedClients } from "./shared/hosted-ui.js";

export default defineOperation("DeleteTerms", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  pool.hostedUi.terms.delete(getTerms(pool, input.TermsId).id);
  return {};
});
