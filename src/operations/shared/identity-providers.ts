// Identity providers as the API shows them, and the rules Create/UpdateIdentityProvider share.
import type { Shape } from "../../../generated/operations.js";
import { InvalidParameterException, ResourceNotFoundException } from "../../../generated/errors.js";
import { epochSeconds } from "../../engine/clock.js";
import type { PoolRecord } from "../../state/pool.js";
import type { IdentityProviderRecord, ProviderType } from "../../state/identity.js";
import { samlDetails } from "./saml-metadata.js";

/** Cognito's own name for its user directory in SupportedIdentityProviders; no IdP may take it. */
export const COGNITO_IDP = "COGNITO";
/** The documented quota of identity providers per user pool. */
export const MAX_PROVIDERS = 300;

const SOCIAL: ReadonlySet<ProviderType> = new Set(["Google", "Facebook", "LoginWithAmazon", "SignInWithApple"]);
export const isSocial = (type: ProviderType): boolean => SOCIAL.has(type);

export function getProvider(pool: PoolRecord, name: string): IdentityProviderRecord {
  const provider = pool.identity.providers.get(name);
  if (!provider) throw new ResourceNotFoundException(`${name} does not exist in user pool ${pool.id}`);
  return provider;
}

export function identityProviderType(pool: PoolRecord, p: IdentityProviderRecord): Shape<"IdentityProviderType"> {
  return {
    UserPoolId: pool.id,
    ProviderName: p.name,
    ProviderType: p.type,
    ProviderDetails: { ...p.details },
    AttributeMapping: { ...p.attributeMapping },
    // Cognito shows an empty list rather than leaving the member out (aws-cli describe-identity-provider example)
    IdpIdentifiers: [...p.identifiers],
    LastModifiedDate: epochSeconds(p.modified),
    CreationDate: epochSeconds(p.created),
  };
}

export function providerDescription(p: IdentityProviderRecord): Shape<"ProviderDescription"> {
  return { ProviderName: p.name, ProviderType: p.type, LastModifiedDate: epochSeconds(p.modified), CreationDate: epochSeconds(p.created) };
}

/** Required ProviderDetails keys per type, and the message Cognito gives when one is missing. */
const REQUIRED: Record<Exclude<ProviderType, "SAML">, { keys: string[]; message: string }> = {
  // the social message is reported verbatim (amplify-cli #6880, #8266, #12417); the other two follow its form
  Google: { keys: ["client_id", "client_secret", "authorize_scopes"], message: "client_id, client_secret and authorize_scopes are all required idp details." },
  Facebook: { keys: ["client_id", "client_secret", "authorize_scopes"], message: "client_id, client_secret and authorize_scopes are all required idp details." },
  LoginWithAmazon: { keys: ["client_id", "client_secret", "authorize_scopes"], message: "client_id, client_secret and authorize_scopes are all required idp details." },
  SignInWithApple: { keys: ["client_id", "team_id", "key_id", "private_key"], message: "client_id, private_key, team_id, and key_id are all required idp details." },
  OIDC: { keys: ["client_id", "authorize_scopes", "oidc_issuer", "attributes_request_method"], message: "client_id, authorize_scopes, oidc_issuer and attributes_request_method are all required idp details." },
};

/** Keys Cognito fills in for the social providers, whatever the caller sent (they are read-only). */
function socialEndpoints(type: ProviderType, given: Record<string, string>): Record<string, string> {
  switch (type) {
    case "Google":
      return {
        attributes_url: "https://people.googleapis.com/v1/people/me?personFields=", attributes_url_add_attributes: "true",
        authorize_url: "https://accounts.google.com/o/oauth2/v2/auth", oidc_issuer: "https://accounts.google.com",
        token_request_method: "POST", token_url: "https://www.googleapis.com/oauth2/v4/token",
      };
    case "Facebook": {
      const v = given.api_version ? `/${given.api_version}` : "";
      return {
        attributes_url: `https://graph.facebook.com${v}/me?fields=`, attributes_url_add_attributes: "true",
        authorize_url: `https://www.facebook.com${v}/dialog/oauth`, token_request_method: "GET",
        token_url: `https://graph.facebook.com${v}/oauth/access_token`,
      };
    }
    case "LoginWithAmazon":
      return {
        attributes_url: "https://api.amazon.com/user/profile", attributes_url_add_attributes: "false",
        authorize_url: "https://www.amazon.com/ap/oa", token_request_method: "POST", token_url: "https://api.amazon.com/auth/o2/token",
      };
    case "SignInWithApple":
      return {
        attributes_url_add_attributes: "false", authorize_url: "https://appleid.apple.com/auth/authorize",
        oidc_issuer: "https://appleid.apple.com", token_request_method: "POST", token_url: "https://appleid.apple.com/auth/token",
      };
    default:
      return {};
  }
}

const sortedKeys = (o: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * Checks the caller's ProviderDetails for the type and returns what Describe will show, plus the
 * write-only keys. `kept` carries write-only keys from before, so an update need not resend them.
 */
export function buildDetails(type: ProviderType, given: Record<string, string>, kept: Record<string, string> = {}): { details: Record<string, string>; hidden: Record<string, string> } {
  const all = { ...kept, ...given };
  if (type === "SAML") return { details: sortedKeys(samlDetails(all)), hidden: {} };
  const rule = REQUIRED[type];
  if (rule.keys.some((k) => !all[k])) throw new InvalidParameterException(rule.message);
  if (type === "OIDC" && !["GET", "POST"].includes(all.attributes_request_method)) {
    throw new InvalidParameterException("attributes_request_method must be GET or POST.");
  }
  // Sign in with Apple's private key is write-only: Describe never shows it
  const { private_key, ...shown } = all;
  const hidden: Record<string, string> = type === "SignInWithApple" ? { private_key } : {};
  const details = { ...(type === "SignInWithApple" ? shown : all), ...socialEndpoints(type, all) };
  if (type === "OIDC") details.attributes_url_add_attributes ??= "false";
  return { details: sortedKeys(details), hidden };
}

/** The attribute each type maps to the username when the caller does not say (Cognito adds it). */
const USERNAME_CLAIM: Partial<Record<ProviderType, string>> = { Facebook: "id", Google: "sub", LoginWithAmazon: "user_id", SignInWithApple: "sub", OIDC: "sub" };

export function buildAttributeMapping(pool: PoolRecord, type: ProviderType, given: Record<string, string> = {}): Record<string, string> {
  const known = new Set(pool.schema.map((a) => a.Name!));
  const unknown = Object.keys(given).filter((k) => k !== "username" && !known.has(k));
  if (unknown.length) throw new InvalidParameterException(`Invalid attribute mapping. The following attributes do not exist in the user pool schema: ${unknown.join(", ")}`);
  const claim = USERNAME_CLAIM[type];
  return claim && given.username === undefined ? { ...given, username: claim } : { ...given };
}

/** IdpIdentifiers are unique within the list and across the pool's other providers. */
export function checkIdentifiers(pool: PoolRecord, identifiers: readonly string[], providerName: string): void {
  const seen = new Set<string>();
  for (const id of identifiers) {
    if (seen.has(id)) throw new InvalidParameterException(`Duplicate identifier ${id} in IdpIdentifiers.`);
    seen.add(id);
    const owner = pool.identity.identifiers.get(id);
    if (owner !== undefined && owner !== providerName) throw new InvalidParameterException(`Identifier ${id} is already used by identity provider ${owner} in user pool ${pool.id}.`);
  }
}

/** Points the pool's identifier index at the provider's current identifiers. */
export function indexIdentifiers(pool: PoolRecord, p: IdentityProviderRecord, previous: readonly string[] = []): void {
  for (const id of previous) if (pool.identity.identifiers.get(id) === p.name) pool.identity.identifiers.delete(id);
  for (const id of p.identifiers) pool.identity.identifiers.set(id, p.name);
}
