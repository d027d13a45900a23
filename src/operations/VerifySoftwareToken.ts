import { EnableSoftwareTokenMFAException, InvalidParameterException, NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { acceptTotp } from "../auth/sign-in/respond.js";
import { signedInUser } from "./shared/access.js";

export default defineOperation("VerifySoftwareToken", async (input, ctx) => {
  const mismatch = () => new EnableSoftwareTokenMFAException("Code mismatch and fail enable Software Token MFA");
  if (input.AccessToken) {
    const { pool, user } = await signedInUser(ctx, input.AccessToken);
    const secret = user.pendingTotpSecret;
    if (!secret) throw new InvalidParameterException("Call AssociateSoftwareToken before VerifySoftwareToken.");
    if (acceptTotp(ctx, pool, user, secret, input.UserCode) !== "ok") throw mismatch();
    user.totp = { secret, friendlyName: input.FriendlyDeviceName, verified: true };
    delete user.pendingTotpSecret;
    user.modified = ctx.now;
    return { Status: "SUCCESS" };
  }
  if (!input.Session) throw new InvalidParameterException("Either AccessToken or Session is required.");
  const session = ctx.store.auth.sessions.get(input.Session);
  if (!session || session.expiresAt <= ctx.now || session.challenge !== "MFA_SETUP" || !session.totpSecret) throw new NotAuthorizedException("Invalid session for the user.");
  const pool = ctx.store.pools.get(session.poolId)!;
  const user = pool.users.byUsername(session.username);
  if (!user) throw new NotAuthorizedException("Invalid session for the user.");
  if (acceptTotp(ctx, pool, user, session.totpSecret, input.UserCode) !== "ok") throw mismatch();
  session.totpVerified = true;
  session.custom = { session: [], privateParameters: input.FriendlyDeviceName ? { friendlyName: input.FriendlyDeviceName } : {} };
  return { Status: "SUCCESS", Session: session.id };
});
