import { InvalidParameterException, UserNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { linkKey } from "../state/identity.js";
import { getPool, getUser } from "./shared/lookup.js";
import { COGNITO_SUBJECT, federatedProvider, isCognito, linkHolder, removeIdentity, signedUpUser } from "./shared/linked-identities.js";

// Removes the link between a federated identity and the user it was linked to; the identity must be
// named exactly as it was linked (for SAML and OIDC: the same attribute name and value).
export default defineOperation("AdminDisableProviderForUser", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const who = input.User;
  if (isCognito(who)) {
    if (who.ProviderAttributeName !== COGNITO_SUBJECT) throw new InvalidParameterException(`User.ProviderAttributeName must be ${COGNITO_SUBJECT} for Cognito.`);
    // A native user: the mock checks the user exists; it does not model password sign-in being
    // switched off separately from the user (AdminDisableUser does that).
    getUser(pool, who.ProviderAttributeValue ?? "");
    return {};
  }
  federatedProvider(pool, who, "User");
  const holder = linkHolder(pool, who);
  if (!holder) {
    // a federated user who signed in without being linked has no link to remove
    if (signedUpUser(pool, who)) return {};
    throw new UserNotFoundException("User does not exist.");
  }
  holder.linkedProviders = holder.linkedProviders.filter((l) => linkKey(l) !== linkKey(who));
  pool.identity.links.delete(linkKey(who));
  removeIdentity(holder, who);
  holder.modified = ctx.now;
  return {};
});
