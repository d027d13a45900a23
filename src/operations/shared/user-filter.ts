// ListUsers' Filter: `attribute = "value"` (exact) or `attribute ^= "value"` (prefix), one attribute,
// from a fixed list. username and status compare case-sensitively; the rest, including
// cognito:user_status, ignore case.
import { InvalidParameterException } from "../../../generated/errors.js";
import type { UserRecord } from "../../state/user.js";

export const SEARCHABLE = ["username", "email", "phone_number", "name", "given_name", "family_name", "preferred_username", "cognito:user_status", "status", "sub"] as const;
export type SearchAttribute = (typeof SEARCHABLE)[number];

export interface UserFilter {
  attribute: SearchAttribute;
  prefix: boolean;
  value: string;
  caseSensitive: boolean;
  /** value in lower case, computed once rather than per user compared */
  folded: string;
}

const GRAMMAR = /^\s*([A-Za-z_:]+)\s*(\^=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

export function parseFilter(filter: string | undefined): UserFilter | undefined {
  if (filter === undefined || filter.trim() === "") return undefined;
  const m = GRAMMAR.exec(filter);
  if (!m) throw new InvalidParameterException("Error while parsing filter.");
  const attribute = m[1] as SearchAttribute;
  if (!(SEARCHABLE as readonly string[]).includes(attribute)) throw new InvalidParameterException(`Invalid search attribute: ${m[1]}`);
  const value = m[3].replace(/\\(.)/g, "$1");
  return { attribute, prefix: m[2] === "^=", value, folded: value.toLowerCase(), caseSensitive: attribute === "username" || attribute === "status" };
}

/** The value a filter compares, for one user. */
export function filterValue(user: UserRecord, attribute: SearchAttribute): string | undefined {
  switch (attribute) {
    case "username": return user.username;
    case "cognito:user_status": return user.status;
    case "status": return user.enabled ? "Enabled" : "Disabled";
    case "sub": return user.sub;
    default: return user.attributes.get(attribute);
  }
}

export function matches(filter: UserFilter, user: UserRecord): boolean {
  const v = filterValue(user, filter.attribute);
  if (v === undefined) return false;
  if (filter.caseSensitive) return filter.prefix ? v.startsWith(filter.value) : v === filter.value;
  const want = filter.folded;
  // fold only the part compared: a prefix filter over 100,000 users otherwise lowercases every address whole
  if (filter.prefix) return v.length >= want.length && v.slice(0, want.length).toLowerCase() === want;
  return v.toLowerCase() === want;
}
