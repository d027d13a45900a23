import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import type { TermsRecord } from "../state/hosted-ui.js";
import { getClient, getPool } from "./shared/lookup.js";
import { checkTermsNameFree } from "./shared/terms.js";
import { forgetRemovedClients, termsType } from "./shared/hosted-ui.js";

// One document per request: managed login shows the links once both terms-of-use and privacy-policy exist.
export default defineOperation("CreateTerms", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  forgetRemovedClients(pool);
  const client = getClient(pool, input.ClientId);
  // LINK is the only source there is, and a linked document needs somewhere to link to
  if (!input.Links) throw new InvalidParameterException("Links are required when TermsSource is LINK.");
  checkTermsNameFree(pool, client.ClientId, input.TermsName);
  let id = ctx.random.uuid(4);
  while (pool.hostedUi.terms.has(id)) id = ctx.random.uuid(4);
  const terms: TermsRecord = {
    id, clientId: client.ClientId, name: input.TermsName, source: input.TermsSource, enforcement: input.Enforcement,
    links: { ...input.Links }, created: ctx.now, modified: ctx.now,
  };
  pool.hostedUi.terms.set(id, terms);
  return { Terms: termsType(pool, terms) };
});
