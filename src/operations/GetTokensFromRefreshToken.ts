import { NotAuthorizedException, RefreshTokenReuseException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { poolAndClient } from "../auth/sign-in/common.js";
import { issueTokens, markRotated, readRefreshToken } from "../auth/tokens.js";
import { activeClientSecretValues } from "../state/pool-admin.js";

// New tokens for a refresh token. With refresh-token rotation on the client, a new refresh token comes
// back too and the old one works only for its grace period (RetryGracePeriodSeconds, default 0);
// presenting it later is RefreshTokenReuseException.
export default defineOperation("GetTokensFromRefreshToken", async (input, ctx) => {
  const { pool, client } = poolAndClient(ctx, input.ClientId);
  if (client.ClientSecret && !activeClientSecretValues(pool.admin, client).includes(input.ClientSecret ?? "")) {
    throw new NotAuthorizedException(`Unable to verify secret hash for client ${client.ClientId}`);
  }
  const rotation = client.RefreshTokenRotation?.Feature === "ENABLED";
  const record = await readRefreshToken(ctx, input.RefreshToken, client.ClientId).catch((e: unknown) => {
    throw e instanceof NotAuthorizedException && e.message === "Refresh Token has been revoked" && rotation ? new RefreshTokenReuseException("Refresh token has been used.") : e;
  });
  const user = pool.users.byUsername(record.username);
  if (!user) throw new NotAuthorizedException("User does not exist.");
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  if (rotation && record.rotatedAt !== undefined) {
    const grace = (client.RefreshTokenRotation?.RetryGracePeriodSeconds ?? 0) * 1000;
    if (ctx.now - record.rotatedAt > grace) throw new RefreshTokenReuseException("Refresh token has been used.");
  }
  const result = await issueTokens(ctx, pool, client, user, {
    authTime: record.authTime, originJti: record.originJti, deviceKey: input.DeviceKey ?? record.deviceKey, withRefresh: rotation,
    scope: record.scope, source: "TokenGeneration_RefreshTokens",
  });
  if (rotation) markRotated(ctx, record);
  return { AuthenticationResult: result };
});
