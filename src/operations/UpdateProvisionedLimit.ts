import { InvalidParameterException, ServiceQuotaExceededException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { provisionedLimits } from "../state/pool-admin.js";
import { API_CATEGORIES, accountMaximum, categoryOf, limitView } from "./shared/provisioned-limits.js";

// The value must lie between the category's free rate and the account's maximum; only the categories
// Cognito lists as adjustable can be provisioned at all.
export default defineOperation("UpdateProvisionedLimit", (input, ctx) => {
  const category = categoryOf(input.LimitDefinition);
  const { free, adjustable } = API_CATEGORIES[category]!;
  const value = input.RequestedLimitValue;
  if (!adjustable) throw new InvalidParameterException(`The limit of API category ${category} is not adjustable.`);
  if (value < free) throw new InvalidParameterException(`RequestedLimitValue ${value} is below the default limit of ${free} for ${category}.`);
  const max = accountMaximum(category);
  if (value > max) throw new ServiceQuotaExceededException(`RequestedLimitValue ${value} exceeds the account-level maximum of ${max} for ${category}. Request a Service Quotas increase first.`);
  provisionedLimits(ctx.store, ctx.region).set(category, value);
  return { Limit: limitView(category, value) };
});
