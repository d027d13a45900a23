import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import type { DomainRecord } from "../state/hosted-ui.js";
import { getPool } from "./shared/lookup.js";
import {
  checkCertificate, checkCustomDomain, checkManagedLoginVersion, checkPrefix, domainAnswer, domainOwner, newCloudFrontName, timeStamp,
} from "./shared/domains.js";

// A pool may hold one prefix domain and one custom domain at the same time; CustomDomainConfig decides which
// this is. The API (unlike the console) starts a domain on the classic hosted UI.
export default defineOperation("CreateUserPoolDomain", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const custom = input.CustomDomainConfig;
  checkManagedLoginVersion(pool, input.ManagedLoginVersion);
  if (custom) {
    checkCustomDomain(input.Domain);
    checkCertificate(custom);
  } else {
    checkPrefix(input.Domain);
  }
  const held = custom ? pool.hostedUi.customDomain : pool.hostedUi.prefixDomain;
  if (held?.domain === input.Domain) throw new InvalidParameterException("Domain already exists.");
  if (held) throw new InvalidParameterException("User pool already has a domain configured.");
  if (domainOwner(ctx, input.Domain, custom ? undefined : pool.region)) throw new InvalidParameterException("Domain already associated with another user pool.");

  const record: DomainRecord = {
    domain: input.Domain,
    managedLoginVersion: input.ManagedLoginVersion ?? 1,
    cloudFront: newCloudFrontName(ctx.random),
    version: timeStamp(ctx.now),
    created: ctx.now,
  };
  if (custom) record.customDomainConfig = { ...custom };
  if (input.Routing) record.routing = structuredClone(input.Routing);
  if (custom) {
    pool.hostedUi.customDomain = record;
    pool.customDomain = record.domain;
  } else {
    pool.hostedUi.prefixDomain = record;
    pool.domain = record.domain;
  }
  return domainAnswer(record);
});
