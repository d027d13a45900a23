import { defineOperation } from "../engine/context.js";
import { domainDescription, domainOwner } from "./shared/domains.js";

// An unknown domain is no error: Cognito answers with an empty description.
export default defineOperation("DescribeUserPoolDomain", (input, ctx) => {
  const found = domainOwner(ctx, input.Domain, ctx.regionExplicit ? ctx.region : undefined);
  return { DomainDescription: found ? domainDescription(ctx, found.pool, found.record) : {} };
});
