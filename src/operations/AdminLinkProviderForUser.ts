import { AliasExistsException, InvalidParameterException, LimitExceededException, UserNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { linkKey, sameIdentity, type ProviderUser } from "../state/identity.js";
import type { PoolRecord } from "../state/pool.js";
import type { UserRecord } from "../state/user.js";
import { getPool, getUser } from "./shared/lookup.js";
import { COGNITO_SUBJECT, addIdentity, federatedProvider, isCognito, linkHolder, signedUpUser } from "./shared/linked-identities.js";

/** "The maximum number of federated identities linked to a user is five." (API reference) */
const MAX_LINKS = 5;

export default defineOperation("AdminLinkProviderForUser", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const source = input.SourceUser;
  if (isCognito(source)) {
    // reported verbatim (boto/boto3#4163, aws-amplify/amplify-js#13334)
    throw new InvalidParameterException("Invalid SourceUser: Cognito users with a username/password may not be passed in as a SourceUser, only as a DestinationUser");
  }
  const provider = federatedProvider(pool, source, "SourceUser");
  const destination = destinationUser(pool, input.DestinationUser);
  if (source.ProviderAttributeName === COGNITO_SUBJECT && signedUpUser(pool, source)) {
    // reported verbatim (aws/aws-sdk-net#1000): only an identity that has not signed in yet can be linked
    throw new InvalidParameterException("Merging is not currently supported, provide a SourceUser that has not been signed up in order to link");
  }
  const holder = linkHolder(pool, source);
  if (holder === destination) return {}; // linking the same identity again changes nothing
  if (holder) throw new AliasExistsException("The SourceUser is already linked to another user.");
  if (destination.linkedProviders.length >= MAX_LINKS) throw new LimitExceededException(`A user can have at most ${MAX_LINKS} linked identities.`);
  checkMutable(pool, destination);

  const link: ProviderUser = { ProviderName: source.ProviderName, ProviderAttributeName: source.ProviderAttributeName, ProviderAttributeValue: source.ProviderAttributeValue };
  destination.linkedProviders = [...destination.linkedProviders.filter((l) => !sameIdentity(l, link)), link];
  pool.identity.links.set(linkKey(link), destination.sub);
  addIdentity(destination, provider, link, ctx.now);
  destination.modified = ctx.now;
  return {};
});

/** A native user by username (ProviderName "Cognito"), or a federated user by its provider's user id. */
function destinationUser(pool: PoolRecord, who: ProviderUser): UserRecord {
  if (!who.ProviderAttributeValue) throw new InvalidParameterException("DestinationUser.ProviderAttributeValue is required.");
  if (isCognito(who)) return getUser(pool, who.ProviderAttributeValue);
  if (!who.ProviderName) throw new InvalidParameterException("DestinationUser.ProviderName is required.");
  // the destination's ProviderAttributeName is ignored (API reference)
  federatedProvider(pool, { ...who, ProviderAttributeName: COGNITO_SUBJECT }, "DestinationUser");
  const user = signedUpUser(pool, who);
  if (!user) throw new UserNotFoundException("User does not exist.");
  return user;
}

/** "All attributes in the DestinationUser profile must be mutable." (API reference) */
function checkMutable(pool: PoolRecord, user: UserRecord): void {
  const immutable = pool.schema.filter((a) => a.Mutable === false && a.Name !== "sub" && user.attributes.has(a.Name!)).map((a) => a.Name!);
  if (immutable.length) {
    throw new InvalidParameterException(`All attributes in the DestinationUser profile must be mutable; these are not: ${immutable.join(", ")}`);
  }
}
