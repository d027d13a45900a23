import { ResourceNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";

export default defineOperation("DeleteWebAuthnCredential", async (input, ctx) => {
  const { user } = await signedInUser(ctx, input.AccessToken);
  const passkeys = user.passkeys ?? [];
  if (!passkeys.some((p) => p.id === input.CredentialId)) throw new ResourceNotFoundException("The WebAuthn credential does not exist.");
  user.passkeys = passkeys.filter((p) => p.id !== input.CredentialId);
  return {};
});
