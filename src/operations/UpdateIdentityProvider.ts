import { UnsupportedIdentityProviderException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import {
  COGNITO_IDP, buildAttributeMapping, buildDetails, checkIdentifiers, getProvider, identityProviderType, indexIdentifiers,
} from "./shared/identity-providers.js";

// Each member given replaces the old value whole (ProviderDetails are checked again, as on create);
// members left out keep theirs. Sign in with Apple's private key need not be sent again.
export default defineOperation("UpdateIdentityProvider", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ProviderName === COGNITO_IDP) throw new UnsupportedIdentityProviderException(`${COGNITO_IDP} cannot be updated.`);
  const provider = getProvider(pool, input.ProviderName);
  const built = input.ProviderDetails ? buildDetails(provider.type, input.ProviderDetails, provider.hidden) : undefined;
  const attributeMapping = input.AttributeMapping ? buildAttributeMapping(pool, provider.type, input.AttributeMapping) : undefined;
  if (input.IdpIdentifiers) checkIdentifiers(pool, input.IdpIdentifiers, provider.name);

  if (built) Object.assign(provider, built);
  if (attributeMapping) provider.attributeMapping = attributeMapping;
  if (input.IdpIdentifiers) {
    const previous = provider.identifiers;
    provider.identifiers = [...input.IdpIdentifiers];
    indexIdentifiers(pool, provider, previous);
  }
  provider.modified = ctx.now;
  return { IdentityProvider: identityProviderType(pool, provider) };
});
