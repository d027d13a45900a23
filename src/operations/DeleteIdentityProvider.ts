import { UnsupportedIdentityProviderException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { COGNITO_IDP, getProvider } from "./shared/identity-providers.js";

// App clients that offered the provider stop offering it (their SupportedIdentityProviders lose the
// name), so no client is left pointing at a provider the pool no longer has. Identities already
// linked to users stay on those users: they describe history, and AdminDisableProviderForUser names
// the provider only to find them.
export default defineOperation("DeleteIdentityProvider", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ProviderName === COGNITO_IDP) throw new UnsupportedIdentityProviderException(`${COGNITO_IDP} cannot be deleted.`);
  const provider = getProvider(pool, input.ProviderName);
  for (const id of provider.identifiers) pool.identity.identifiers.delete(id);
  pool.identity.providers.delete(provider.name);
  for (const client of pool.clients.values()) {
    if (client.SupportedIdentityProviders?.includes(provider.name)) {
      client.SupportedIdentityProviders = client.SupportedIdentityProviders.filter((n) => n !== provider.name);
    }
  }
  return {};
});
