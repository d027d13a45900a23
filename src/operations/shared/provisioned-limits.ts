// API rate categories whose limits an account may provision, with their default (free) rates in
// requests per second. The rates and which categories are adjustable follow Cognito's quotas page
// ("user pools API operation categories and request rate quotas").
import type { Shape } from "../../../generated/operations.js";
import { InvalidParameterException } from "../../../generated/errors.js";

interface Category { free: number; adjustable: boolean }

export const API_CATEGORIES: Readonly<Record<string, Category>> = {
  UserAuthentication: { free: 120, adjustable: true },
  UserCreation: { free: 50, adjustable: true },
  UserFederation: { free: 25, adjustable: true },
  UserAccountRecovery: { free: 30, adjustable: false },
  UserRead: { free: 120, adjustable: true },
  UserUpdate: { free: 25, adjustable: false },
  UserToken: { free: 120, adjustable: true },
  UserResourceRead: { free: 50, adjustable: true },
  UserResourceUpdate: { free: 25, adjustable: false },
  UserList: { free: 30, adjustable: false },
  UserPoolRead: { free: 15, adjustable: false },
  UserPoolUpdate: { free: 15, adjustable: false },
  UserPoolResourceRead: { free: 20, adjustable: false },
  UserPoolResourceUpdate: { free: 15, adjustable: false },
  UserPoolClientRead: { free: 15, adjustable: false },
  UserPoolClientUpdate: { free: 15, adjustable: false },
  ClientAuthentication: { free: 150, adjustable: false },
};

/**
 * The account-level maximum a provisioned limit may reach. Real accounts get theirs from Service
 * Quotas; a mock account has none, so this stands in: ten times the free rate.
 */
export const accountMaximum = (category: string) => API_CATEGORIES[category]!.free * 10;

/** The category a limit definition names: API_CATEGORY limits take exactly one attribute, Category. */
export function categoryOf(definition: Shape<"LimitDefinitionType">): string {
  const keys = Object.keys(definition.Attributes);
  const unknown = keys.find((k) => k !== "Category");
  if (unknown !== undefined) throw new InvalidParameterException(`Attribute ${unknown} is not supported for limit class ${definition.LimitClass}.`);
  const category = definition.Attributes["Category"];
  if (category === undefined) throw new InvalidParameterException(`Limit class ${definition.LimitClass} requires the Category attribute.`);
  if (!Object.hasOwn(API_CATEGORIES, category)) throw new InvalidParameterException(`${category} is not a valid API category.`);
  return category;
}

export const limitView = (category: string, provisioned: number): Shape<"LimitType"> => ({
  LimitDefinition: { LimitClass: "API_CATEGORY", Attributes: { Category: category } },
  ProvisionedLimitValue: provisioned,
  FreeLimitValue: API_CATEGORIES[category]!.free,
});
