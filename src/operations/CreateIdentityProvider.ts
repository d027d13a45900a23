import { DuplicateProviderException, InvalidParameterException, LimitExceededException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import type { IdentityProviderRecord } from "../state/identity.js";
import { getPool } from "./shared/lookup.js";
import {
  COGNITO_IDP, MAX_PROVIDERS, buildAttributeMapping, buildDetails, checkIdentifiers, identityProviderType, indexIdentifiers, isSocial,
} from "./shared/identity-providers.js";

export default defineOperation("CreateIdentityProvider", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const { ProviderName: name, ProviderType: type } = input;
  if (name === COGNITO_IDP) throw new InvalidParameterException(`${COGNITO_IDP} is a reserved provider name.`);
  // a social provider is known by its type: Google is always "Google", and so on
  if (isSocial(type) && name !== type) throw new InvalidParameterException(`ProviderName must be ${type} for ProviderType ${type}.`);
  if (pool.identity.providers.has(name)) throw new DuplicateProviderException(`${name} already exists in user pool ${pool.id}`);
  if (pool.identity.providers.size >= MAX_PROVIDERS) throw new LimitExceededException(`The user pool ${pool.id} has reached its limit of ${MAX_PROVIDERS} identity providers.`);
  const { details, hidden } = buildDetails(type, input.ProviderDetails);
  const attributeMapping = buildAttributeMapping(pool, type, input.AttributeMapping);
  const identifiers = input.IdpIdentifiers ?? [];
  checkIdentifiers(pool, identifiers, name);
  const provider: IdentityProviderRecord = {
    name, type, details, hidden, attributeMapping, identifiers: [...identifiers], created: ctx.now, modified: ctx.now,
  };
  pool.identity.providers.set(name, provider);
  indexIdentifiers(pool, provider);
  return { IdentityProvider: identityProviderType(pool, provider) };
});
