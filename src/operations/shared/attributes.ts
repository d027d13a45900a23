// User attributes against the pool's schema, and the sign-in aliases they imply.
import type { Shape } from "../../../generated/operations.js";
import { AliasExistsException, InvalidParameterException, UsernameExistsException } from "../../../generated/errors.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { ALIAS_ATTRIBUTES, type AliasAttribute } from "../../state/user-directory.js";

type Attribute = Shape<"AttributeType">;
type SchemaAttribute = Shape<"SchemaAttributeType">;

export const EMAIL = /^[^\s@]+@[^\s@]+$/;
export const PHONE = /^\+[0-9]{4,15}$/;

export function schemaOf(pool: PoolRecord): Map<string, SchemaAttribute> {
  return new Map(pool.schema.map((a) => [a.Name!, a]));
}

export type AttributeOperation = "create" | "update";

/** Checks names, types and lengths. Messages follow Cognito's two styles (creation vs update). */
export function checkAttributes(pool: PoolRecord, attributes: readonly Attribute[], op: AttributeOperation): void {
  const schema = schemaOf(pool);
  const problems: string[] = [];
  for (const { Name, Value = "" } of attributes) {
    const def = schema.get(Name);
    if (!def || Name === "sub") {
      if (op === "update") throw new InvalidParameterException(`user.${Name}: Attribute does not exist in the schema.\n`);
      problems.push(Name === "sub" ? "sub: Attribute cannot be updated. (changing an immutable attribute)" : `Type for attribute {${Name}} could not be determined`);
      continue;
    }
    if (def.AttributeDataType === "Boolean" && Value !== "true" && Value !== "false") problems.push(`${Name}: Attribute value for ${Name} must be either true or false.`);
    if (def.AttributeDataType === "Number" && Value !== "" && !/^-?[0-9]+(\.[0-9]+)?$/.test(Value)) problems.push(`${Name}: Number must be a number.`);
    const max = Number(def.StringAttributeConstraints?.MaxLength ?? 2048);
    const min = Number(def.StringAttributeConstraints?.MinLength ?? 0);
    if (def.AttributeDataType === "String" && ([...Value].length > max || [...Value].length < min)) problems.push(`${Name}: String must be between ${min} and ${max} characters long.`);
    if (Name === "email" && Value !== "" && !EMAIL.test(Value)) throw new InvalidParameterException("Invalid email address format.");
    if (Name === "phone_number" && Value !== "" && !PHONE.test(Value)) throw new InvalidParameterException("Invalid phone number format.");
  }
  if (problems.length) throw new InvalidParameterException(`Attributes did not conform to the schema: ${problems.join(", ")}`);
}

/** Immutable attributes cannot change once set (Cognito's update check). */
export function checkMutable(pool: PoolRecord, user: UserRecord, attributes: readonly Attribute[]): void {
  const schema = schemaOf(pool);
  for (const { Name } of attributes) {
    if (schema.get(Name)?.Mutable === false && user.attributes.has(Name)) {
      throw new InvalidParameterException(`${Name}: Attribute cannot be updated. (changing an immutable attribute)`);
    }
  }
}

export function checkRequired(pool: PoolRecord, attributes: ReadonlyMap<string, string>): void {
  const missing = pool.schema.filter((a) => a.Required && a.Name !== "sub" && !attributes.get(a.Name!));
  if (missing.length) throw new InvalidParameterException(`Attributes did not conform to the schema: ${missing.map((a) => `${a.Name}: The attribute is required`).join(", ")}`);
}

/** The value under which a user can be found by an alias, given their attributes, or undefined. */
export function activeAlias(pool: PoolRecord, attribute: AliasAttribute, attributes: ReadonlyMap<string, string>): string | undefined {
  const value = attributes.get(attribute);
  if (!value) return undefined;
  if (pool.settings.UsernameAttributes?.includes(attribute as "email" | "phone_number")) return value;
  if (!pool.settings.AliasAttributes?.includes(attribute)) return undefined;
  if (attribute === "preferred_username") return value;
  return attributes.get(`${attribute}_verified`) === "true" ? value : undefined;
}

export type AliasConflict = "error" | "move";

/**
 * Who else holds the aliases these attributes would give `user`; throws unless `conflict` is "move".
 * Call before changing anything; then `syncAliases` after.
 */
export function claimAliases(pool: PoolRecord, user: UserRecord | undefined, next: ReadonlyMap<string, string>, conflict: AliasConflict, creating: boolean): UserRecord[] {
  const displaced: UserRecord[] = [];
  for (const attribute of ALIAS_ATTRIBUTES) {
    const value = activeAlias(pool, attribute, next);
    if (!value) continue;
    const holder = pool.users.byAlias(attribute, value);
    if (!holder || holder === user) continue;
    const isUsername = pool.settings.UsernameAttributes?.includes(attribute as "email" | "phone_number");
    if (isUsername) throw creating
      ? new UsernameExistsException(`An account with the given ${attribute} already exists.`)
      : new AliasExistsException(`An account with the given ${attribute} already exists.`);
    if (conflict === "error") throw new AliasExistsException(`An account with the ${attribute === "phone_number" ? "phone_number" : attribute} already exists.`);
    displaced.push(holder);
  }
  return displaced;
}

/** Re-points the alias index after a user's attributes changed (old values from `before`). */
export function syncAliases(pool: PoolRecord, user: UserRecord, before: ReadonlyMap<string, string>): void {
  for (const attribute of ALIAS_ATTRIBUTES) {
    const old = activeAlias(pool, attribute, before);
    const now = activeAlias(pool, attribute, user.attributes);
    if (old === now && (!now || pool.users.byAlias(attribute, now) === user)) continue;
    if (old) pool.users.clearAlias(attribute, old, user);
    if (now) {
      const holder = pool.users.byAlias(attribute, now);
      if (holder && holder !== user) {
        // the alias moves: the previous holder's address stays, but is no longer verified
        holder.attributes.set(`${attribute}_verified`, "false");
        pool.users.clearAlias(attribute, now, holder);
      }
      pool.users.setAlias(attribute, now, user);
    }
  }
}

/** Applies attribute changes in place, sub first and existing order kept. */
export function setAttributes(user: UserRecord, attributes: readonly Attribute[]): void {
  for (const { Name, Value = "" } of attributes) user.attributes.set(Name, Value);
}

/** AWS shows a masked destination: t***@t*** for test@test.com, +*******9088 for a phone. */
export function maskDestination(channel: "EMAIL" | "SMS", destination: string): string {
  if (channel === "SMS") return "+" + "*".repeat(Math.max(0, destination.length - 5)) + destination.slice(-4);
  const [local, domain = ""] = destination.split("@");
  return `${local[0] ?? ""}***@${domain[0] ?? ""}***`;
}
