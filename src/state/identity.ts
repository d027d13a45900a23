// Federated identity providers and resource servers of a pool, and the federated identities linked
// to its users. (Owned by the identity-provider and resource-server operations.)
import type { Shape } from "../../generated/operations.js";

export type ProviderType = Shape<"IdentityProviderTypeType">;
export type ProviderUser = Shape<"ProviderUserIdentifierType">;

export interface IdentityProviderRecord {
  name: string;
  type: ProviderType;
  /** ProviderDetails as Describe shows them: the caller's keys plus those Cognito derives */
  details: Record<string, string>;
  /** keys accepted on write but never shown again (Sign in with Apple's private_key) */
  hidden: Record<string, string>;
  attributeMapping: Record<string, string>;
  identifiers: string[];
  /** epoch ms */
  created: number;
  modified: number;
}

export interface ResourceServerRecord {
  identifier: string;
  name: string;
  scopes: Shape<"ResourceServerScopeType">[];
}

export interface IdentityState {
  /** by ProviderName, in creation order */
  providers: Map<string, IdentityProviderRecord>;
  /** IdpIdentifier -> ProviderName; identifiers are unique across the pool's providers */
  identifiers: Map<string, string>;
  /** by Identifier, in creation order */
  resourceServers: Map<string, ResourceServerRecord>;
  /**
   * linkKey(source identity) -> sub of the user it is linked to. Subs are never reused, so an entry
   * left behind by a deleted user is recognised as stale (the user is gone or no longer holds the link).
   */
  links: Map<string, string>;
}

export function newIdentityState(): IdentityState {
  return { providers: new Map(), identifiers: new Map(), resourceServers: new Map(), links: new Map() };
}

/** The provider name that stands for the pool's own users in provider-user identifiers. */
export const COGNITO_PROVIDER = "Cognito";

export function linkKey(source: ProviderUser): string {
  return JSON.stringify([source.ProviderName ?? "", source.ProviderAttributeName ?? "", source.ProviderAttributeValue ?? ""]);
}

export function sameIdentity(a: ProviderUser, b: ProviderUser): boolean {
  return linkKey(a) === linkKey(b);
}

/** Does the pool have an identity provider by that name? (For SupportedIdentityProviders checks.) */
export function hasProvider(state: IdentityState, name: string): boolean {
  return state.providers.has(name);
}

/** The custom scopes the pool's resource servers define, as clients name them: `<Identifier>/<ScopeName>`. */
export function customScopes(state: IdentityState): Set<string> {
  const out = new Set<string>();
  for (const server of state.resourceServers.values()) for (const s of server.scopes) out.add(`${server.identifier}/${s.ScopeName}`);
  return out;
}
