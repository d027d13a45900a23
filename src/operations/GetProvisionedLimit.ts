import { defineOperation } from "../engine/context.js";
import { provisionedLimits } from "../state/pool-admin.js";
import { API_CATEGORIES, categoryOf, limitView } from "./shared/provisioned-limits.js";

// Limits belong to the account in the request's region, not to a pool; until provisioned, a
// category's limit is its free rate.
export default defineOperation("GetProvisionedLimit", (input, ctx) => {
  const category = categoryOf(input.LimitDefinition);
  const provisioned = provisionedLimits(ctx.store, ctx.region).get(category) ?? API_CATEGORIES[category]!.free;
  return { Limit: limitView(category, provisioned) };
});
