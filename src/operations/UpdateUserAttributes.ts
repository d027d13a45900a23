import { NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { updateAttributes } from "./shared/update-attributes.js";

// A user may write only what their app client may write; changing a verified address sends a code.
export default defineOperation("UpdateUserAttributes", async (input, ctx) => {
  const { pool, user, claims } = await signedInUser(ctx, input.AccessToken);
  const writable = pool.clients.get(claims.client_id)?.WriteAttributes;
  for (const a of input.UserAttributes) {
    if (writable && !writable.includes(a.Name)) throw new NotAuthorizedException("A client attempted to write unauthorized attribute");
  }
  const sent = await updateAttributes(ctx, pool, user, input.UserAttributes, { selfService: true, clientId: claims.client_id });
  return sent.length ? { CodeDeliveryDetailsList: sent } : {};
});
