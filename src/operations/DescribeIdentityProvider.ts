import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getProvider, identityProviderType } from "./shared/identity-providers.js";

export default defineOperation("DescribeIdentityProvider", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return { IdentityProvider: identityProviderType(pool, getProvider(pool, input.ProviderName)) };
});
