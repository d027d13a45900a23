import { InvalidParameterException, NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { newTotpSecret } from "../auth/totp.js";
import { signedInUser } from "./shared/access.js";

// Either a signed-in user (AccessToken) or a sign-in stuck at MFA_SETUP (Session) gets a new secret to
// put in an authenticator app; it counts once VerifySoftwareToken proves a code from it.
export default defineOperation("AssociateSoftwareToken", async (input, ctx) => {
  const SecretCode = newTotpSecret(ctx.random);
  if (input.AccessToken) {
    const { user } = await signedInUser(ctx, input.AccessToken);
    user.pendingTotpSecret = SecretCode;
    return { SecretCode };
  }
  if (!input.Session) throw new InvalidParameterException("Either AccessToken or Session is required.");
  const session = ctx.store.auth.sessions.get(input.Session);
  if (!session || session.expiresAt <= ctx.now || session.challenge !== "MFA_SETUP") throw new NotAuthorizedException("Invalid session for the user.");
  session.totpSecret = SecretCode;
  session.totpVerified = false;
  return { SecretCode, Session: session.id };
});
