import {
  InvalidParameterException, LimitExceededException, WebAuthnChallengeNotFoundException, WebAuthnClientMismatchException,
} from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { friendlyName, requirePasskeys, userVerification, verifyRegistration } from "../auth/webauthn.js";
import { MAX_PASSKEYS } from "../state/webauthn.js";
import { signedInUser } from "./shared/access.js";

export default defineOperation("CompleteWebAuthnRegistration", async (input, ctx) => {
  const { pool, user, claims } = await signedInUser(ctx, input.AccessToken);
  const rpId = requirePasskeys(pool);
  const pending = user.passkeyRegistration;
  if (!pending || pending.expiresAt <= ctx.now) throw new WebAuthnChallengeNotFoundException("The WebAuthn registration challenge was not found or has expired.");
  if (pending.clientId !== claims.client_id) {
    throw new WebAuthnClientMismatchException("The access token is for a different app client than the one that started the WebAuthn registration.");
  }
  const passkeys = user.passkeys ?? [];
  if (passkeys.length >= MAX_PASSKEYS) throw new LimitExceededException(`A user can register at most ${MAX_PASSKEYS} passkeys.`);
  // the pool's relying party now, not the one at the start: a passkey for a replaced one could never sign in
  const made = await verifyRegistration(input.Credential, { challenge: pending.challenge, rpId, requireUserVerification: userVerification(pool) === "required" });
  if (passkeys.some((p) => p.id === made.id)) throw new InvalidParameterException("The passkey is already registered for the user.");
  user.passkeys = [...passkeys, {
    id: made.id, publicKey: made.publicKey, counter: made.counter, rpId, transports: made.transports, friendlyName: friendlyName(made.aaguid), created: ctx.now,
    ...(made.attachment ? { attachment: made.attachment } : {}),
  }];
  delete user.passkeyRegistration;
  return {};
});
