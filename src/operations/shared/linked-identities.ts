// Federated identities linked to users (AdminLinkProviderForUser / AdminDisableProviderForUser): who
// holds a link, and the "identities" attribute Cognito keeps on a user for its federated identities.
import { InvalidParameterException } from "../../../generated/errors.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { COGNITO_PROVIDER, linkKey, sameIdentity, type IdentityProviderRecord, type ProviderUser } from "../../state/identity.js";
import { isSocial } from "./identity-providers.js";

export const COGNITO_SUBJECT = "Cognito_Subject";

/** The pool's IdP named by a provider-user identifier, with the checks Cognito applies to federated identities. */
export function federatedProvider(pool: PoolRecord, who: ProviderUser, role: string): IdentityProviderRecord {
  if (!who.ProviderName) throw new InvalidParameterException(`${role}.ProviderName is required.`);
  if (!who.ProviderAttributeValue) throw new InvalidParameterException(`${role}.ProviderAttributeValue is required.`);
  const provider = pool.identity.providers.get(who.ProviderName);
  // the wording Cognito uses for an unknown provider name in an app client (lgallard/terraform-aws-cognito-user-pool#72)
  if (!provider) throw new InvalidParameterException(`The provider ${who.ProviderName} does not exist for User Pool ${pool.id}`);
  if (!who.ProviderAttributeName) throw new InvalidParameterException(`${role}.ProviderAttributeName is required.`);
  // social IdPs are matched on their subject only (API reference, SourceUser)
  if (isSocial(provider.type) && who.ProviderAttributeName !== COGNITO_SUBJECT) {
    throw new InvalidParameterException(`${role}.ProviderAttributeName must be ${COGNITO_SUBJECT} for ${provider.type}.`);
  }
  return provider;
}

export const isCognito = (who: ProviderUser): boolean => who.ProviderName === COGNITO_PROVIDER;

/**
 * The user a federated identity signed up as, if it has: Cognito names such users
 * `<ProviderName>_<subject>` (some providers appear lower-cased, e.g. `google_1052...`).
 */
export function signedUpUser(pool: PoolRecord, who: ProviderUser): UserRecord | undefined {
  const name = who.ProviderName ?? "", value = who.ProviderAttributeValue ?? "";
  return pool.users.byUsername(`${name}_${value}`) ?? pool.users.byUsername(`${name.toLowerCase()}_${value}`);
}

/** The user that currently holds a link to this identity, if any (index entries of deleted users are ignored). */
export function linkHolder(pool: PoolRecord, source: ProviderUser): UserRecord | undefined {
  const sub = pool.identity.links.get(linkKey(source));
  const user = sub === undefined ? undefined : pool.users.bySubject(sub);
  return user?.linkedProviders.some((l) => sameIdentity(l, source)) ? user : undefined;
}

interface IdentityEntry { userId: string; providerName: string; providerType: string; issuer: string | null; primary: boolean; dateCreated: number }

function readIdentities(user: UserRecord): IdentityEntry[] {
  try {
    const parsed: unknown = JSON.parse(user.attributes.get("identities") ?? "[]");
    return Array.isArray(parsed) ? (parsed as IdentityEntry[]) : [];
  } catch {
    return [];
  }
}

function writeIdentities(user: UserRecord, entries: IdentityEntry[]): void {
  if (entries.length) user.attributes.set("identities", JSON.stringify(entries));
  else user.attributes.delete("identities");
}

/**
 * Adds the identity to the user's "identities" attribute, as AdminGetUser shows it. Only a subject link
 * names the provider's user id; a link on another attribute (an email claim, say) is resolved at sign-in.
 */
export function addIdentity(user: UserRecord, provider: IdentityProviderRecord, source: ProviderUser, now: number): void {
  if (source.ProviderAttributeName !== COGNITO_SUBJECT) return;
  writeIdentities(user, [...readIdentities(user), {
    userId: source.ProviderAttributeValue!, providerName: provider.name, providerType: provider.type, issuer: null, primary: false, dateCreated: now,
  }]);
}

export function removeIdentity(user: UserRecord, source: ProviderUser): void {
  if (source.ProviderAttributeName !== COGNITO_SUBJECT || !user.attributes.has("identities")) return;
  writeIdentities(user, readIdentities(user).filter((e) => !(e.providerName === source.ProviderName && e.userId === source.ProviderAttributeValue)));
}
