import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { checkCertificate, checkManagedLoginVersion, domainAnswer, ownDomain } from "./shared/domains.js";

// Changes the branding version, the certificate of a custom domain and the routing; never the name. A custom
// domain must be sent with its certificate every time, or Cognito reads the request as a switch to a prefix
// domain and refuses it.
export default defineOperation("UpdateUserPoolDomain", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const record = ownDomain(pool, input.Domain);
  const custom = input.CustomDomainConfig;
  if (record.customDomainConfig && !custom) throw new InvalidParameterException("Cannot convert custom domain to prefix domain.");
  if (!record.customDomainConfig && custom) throw new InvalidParameterException("Cannot convert prefix domain to custom domain.");
  if (custom) checkCertificate(custom);
  checkManagedLoginVersion(pool, input.ManagedLoginVersion);

  if (custom) record.customDomainConfig = { ...custom };
  if (input.ManagedLoginVersion !== undefined) record.managedLoginVersion = input.ManagedLoginVersion;
  if (input.Routing) record.routing = structuredClone(input.Routing);
  return domainAnswer(record);
});
