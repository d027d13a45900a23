// The standard attributes every pool starts with, in the order DescribeUserPool lists them.
// Constraint values are strings on the wire.
import type { Shape } from "../../generated/operations.js";

type SchemaAttribute = Shape<"SchemaAttributeType">;

const str = (Name: string, min = "0", Mutable = true, Required = false): SchemaAttribute => ({
  Name, AttributeDataType: "String", DeveloperOnlyAttribute: false, Mutable, Required, StringAttributeConstraints: { MinLength: min, MaxLength: "2048" },
});
const bool = (Name: string): SchemaAttribute => ({ Name, AttributeDataType: "Boolean", DeveloperOnlyAttribute: false, Mutable: true, Required: false });

export function standardSchema(): SchemaAttribute[] {
  return [
    str("sub", "1", false, true),
    ...["name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email"].map((n) => str(n)),
    bool("email_verified"),
    str("gender"),
    { ...str("birthdate"), StringAttributeConstraints: { MinLength: "10", MaxLength: "10" } },
    str("zoneinfo"), str("locale"), str("phone_number"),
    bool("phone_number_verified"),
    str("address"),
    { Name: "updated_at", AttributeDataType: "Number", DeveloperOnlyAttribute: false, Mutable: true, Required: false, NumberAttributeConstraints: { MinValue: "0" } },
  ];
}

export const STANDARD_ATTRIBUTE_NAMES = new Set(standardSchema().map((a) => a.Name!));
