import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { checkTermsNameFree, getTerms } from "./shared/terms.js";
import { forgetRemovedClients, termsType } from "./shared/hosted-ui.js";

// Changes only the members the request names; Links, when given, replace the whole map.
export default defineOperation("UpdateTerms", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const terms = getTerms(pool, input.TermsId);
  if (input.TermsName !== undefined) checkTermsNameFree(pool, terms.clientId, input.TermsName, terms.id);
  if (input.TermsName !== undefined) terms.name = input.TermsName;
  if (input.TermsSource !== undefined) terms.source = input.TermsSource;
  if (input.Enforcement !== undefined) terms.enforcement = input.Enforcement;
  if (input.Links !== undefined) terms.links = { ...input.Links };
  terms.modified = ctx.now;
  return { Terms: termsType(pool, terms) };
});
