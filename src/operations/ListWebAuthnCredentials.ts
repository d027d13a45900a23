import { defineOperation } from "../engine/context.js";
import { epochSeconds } from "../engine/clock.js";
import { signedInUser } from "./shared/access.js";
import { pageOf } from "./shared/paging.js";

export default defineOperation("ListWebAuthnCredentials", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  // MaxResults may be 0 in the model; like other listings, that means the default page
  const { page, next } = pageOf(ctx, `ListWebAuthnCredentials:${pool.id}:${user.sub}`, user.passkeys ?? [], input.MaxResults || 20, input.NextToken);
  return {
    Credentials: page.map((p) => ({
      CredentialId: p.id, FriendlyCredentialName: p.friendlyName, RelyingPartyId: p.rpId,
      ...(p.attachment ? { AuthenticatorAttachment: p.attachment } : {}),
      AuthenticatorTransports: [...p.transports], CreatedAt: epochSeconds(p.created),
    })),
    ...(next ? { NextToken: next } : {}),
  };
});
