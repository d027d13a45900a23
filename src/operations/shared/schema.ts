// A pool's attribute schema: the standard attributes, adjusted or extended by CreateUserPool's Schema
// and AddCustomAttributes, with Cognito's rules for custom attributes.
import type { Shape } from "../../../generated/operations.js";
import { InvalidParameterException } from "../../../generated/errors.js";
import { STANDARD_ATTRIBUTE_NAMES } from "../../state/schema-attributes.js";

type SchemaAttribute = Shape<"SchemaAttributeType">;

/** The stored name of a custom attribute: custom:x, or dev:custom:x for developer-only ones. */
export const customName = (a: SchemaAttribute) => `${a.DeveloperOnlyAttribute ? "dev:" : ""}custom:${a.Name}`;

export function customAttribute(a: SchemaAttribute): SchemaAttribute {
  const type = a.AttributeDataType ?? "String";
  if (a.Required) throw new InvalidParameterException("Required custom attributes are not supported currently.");
  const out: SchemaAttribute = { Name: customName(a), AttributeDataType: type, DeveloperOnlyAttribute: a.DeveloperOnlyAttribute ?? false, Mutable: a.Mutable ?? true, Required: false };
  if (type === "String") out.StringAttributeConstraints = { ...a.StringAttributeConstraints };
  if (type === "Number") out.NumberAttributeConstraints = { ...a.NumberAttributeConstraints };
  return out;
}

/** Applies CreateUserPool's Schema list to the standard attributes. */
export function applySchema(standard: SchemaAttribute[], requested: SchemaAttribute[] | undefined): SchemaAttribute[] {
  const out = standard.map((a) => ({ ...a }));
  const seen = new Set<string>();
  for (const a of requested ?? []) {
    const name = a.Name!;
    if (seen.has(name)) throw new InvalidParameterException(`Duplicate attribute name: ${name}`);
    seen.add(name);
    if (STANDARD_ATTRIBUTE_NAMES.has(name)) {
      const std = out.find((s) => s.Name === name)!;
      if (name === "sub") continue;
      if (a.AttributeDataType && a.AttributeDataType !== std.AttributeDataType) throw new InvalidParameterException(`Attribute ${name} cannot change its data type.`);
      if (a.Required !== undefined) std.Required = a.Required;
      if (a.Mutable !== undefined) std.Mutable = a.Mutable;
      if (a.StringAttributeConstraints && std.StringAttributeConstraints) std.StringAttributeConstraints = { ...std.StringAttributeConstraints, ...a.StringAttributeConstraints };
    } else {
      out.push(customAttribute(a));
    }
  }
  return out;
}
