import { NotAuthorizedException, UnauthorizedException, UnsupportedOperationException, UnsupportedTokenTypeException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { readRefreshToken } from "../auth/tokens.js";
import { activeClientSecretValues } from "../state/pool-admin.js";

// Revokes a refresh token and every token its sign-in issued. As the OAuth revocation endpoint does
// (RFC 7009), a token that is already invalid is not an error; a client it cannot authenticate is
// (the operation declares UnauthorizedException, not the not-found errors).
export default defineOperation("RevokeToken", async (input, ctx) => {
  const pool = ctx.store.pools.get(ctx.store.clientPools.get(input.ClientId) ?? "");
  const client = pool?.clients.get(input.ClientId);
  if (!pool || !client) throw new UnauthorizedException(`Client ${input.ClientId} does not exist.`);
  if (client.ClientSecret && !activeClientSecretValues(pool.admin, client).includes(input.ClientSecret ?? "")) {
    throw new UnauthorizedException(`Unable to verify the secret of client ${client.ClientId}.`);
  }
  if (client.EnableTokenRevocation === false) throw new UnsupportedOperationException("Token revocation is not enabled for this client.");
  if (input.Token.split(".").length === 3) throw new UnsupportedTokenTypeException("Only refresh tokens can be revoked.");
  try {
    const record = await readRefreshToken(ctx, input.Token, client.ClientId);
    record.revoked = true;
    ctx.store.auth.revokedOrigins.add(record.originJti);
  } catch (e) {
    if (!(e instanceof NotAuthorizedException)) throw e;
  }
  return {};
});
