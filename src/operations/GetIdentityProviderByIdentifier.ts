import { ResourceNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getProvider, identityProviderType } from "./shared/identity-providers.js";

export default defineOperation("GetIdentityProviderByIdentifier", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const name = pool.identity.identifiers.get(input.IdpIdentifier);
  if (name === undefined) throw new ResourceNotFoundException(`Identity provider with identifier ${input.IdpIdentifier} does not exist in user pool ${pool.id}`);
  return { IdentityProvider: identityProviderType(pool, getProvider(pool, name)) };
});
