// The operations a signed-in user calls on themselves authenticate with an access token.
import type { OperationContext } from "../../engine/context.js";
import { requireAdminScope, verifyAccessToken } from "../../auth/tokens.js";

export async function signedInUser(ctx: OperationContext, accessToken: string) {
  const found = await verifyAccessToken(ctx, accessToken);
  requireAdminScope(found.claims);
  return found;
}
