import { LimitExceededException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { creationOptions, newChallenge, PASSKEY_TIMEOUT_MS, requirePasskeys } from "../auth/webauthn.js";
import { MAX_PASSKEYS } from "../state/webauthn.js";
import { signedInUser } from "./shared/access.js";

export default defineOperation("StartWebAuthnRegistration", async (input, ctx) => {
  const { pool, user, claims } = await signedInUser(ctx, input.AccessToken);
  const rpId = requirePasskeys(pool);
  if ((user.passkeys?.length ?? 0) >= MAX_PASSKEYS) throw new LimitExceededException(`A user can register at most ${MAX_PASSKEYS} passkeys.`);
  const challenge = newChallenge(ctx.random);
  // a new start replaces an unfinished one: only the latest challenge can be completed
  user.passkeyRegistration = { challenge, clientId: claims.client_id, rpId, expiresAt: ctx.now + PASSKEY_TIMEOUT_MS };
  return { CredentialCreationOptions: creationOptions(pool, user, rpId, challenge) };
});
