// User pool domains: who holds a name, what Cognito checks before handing one out, and how
// DescribeUserPoolDomain shows one.
import { FeatureUnavailableInTierException, InvalidParameterException } from "../../../generated/errors.js";
import type { Shape } from "../../../generated/operations.js";
import type { OperationContext } from "../../engine/context.js";
import { LOWER_ALPHANUMERIC, type Random } from "../../engine/random.js";
import type { DomainRecord } from "../../state/hosted-ui.js";
import type { PoolRecord } from "../../state/pool.js";

export const NO_SUCH_DOMAIN = "No such domain or user pool exists.";
const RESERVED_WORDS = ["aws", "amazon", "cognito"];

/**
 * The pool holding a domain name. Prefix domains live under <prefix>.auth.<region>.amazoncognito.com, so
 * a prefix is unique within a region; a custom domain name is unique everywhere.
 */
export function domainOwner(ctx: OperationContext, name: string, region?: string): { pool: PoolRecord; record: DomainRecord } | undefined {
  for (const pool of ctx.store.pools.values()) {
    const { prefixDomain, customDomain } = pool.hostedUi;
    if (prefixDomain?.domain === name && (region === undefined || pool.region === region)) return { pool, record: prefixDomain };
    if (customDomain?.domain === name) return { pool, record: customDomain };
  }
  return undefined;
}

/** The pool's own domain by name, or Cognito's refusal for a name the pool does not hold. */
export function ownDomain(pool: PoolRecord, name: string): DomainRecord {
  const { prefixDomain, customDomain } = pool.hostedUi;
  if (prefixDomain?.domain === name) return prefixDomain;
  if (customDomain?.domain === name) return customDomain;
  throw new InvalidParameterException(NO_SUCH_DOMAIN);
}

export function checkPrefix(domain: string): void {
  const reserved = RESERVED_WORDS.find((w) => domain.includes(w));
  if (reserved) throw new InvalidParameterException(`Domain cannot contain reserved word: ${reserved}`);
}

/** Cognito resolves the parent domain of a custom domain; a parent that is a top-level domain never resolves. */
export function checkCustomDomain(domain: string): void {
  if (domain.split(".").length < 3) {
    throw new InvalidParameterException("Custom domain is not a valid subdomain: Was not able to resolve a DNS A record for the parent domain or domain parent is a top-level domain.");
  }
}

/** CloudFront only serves ACM certificates from us-east-1. */
export function checkCertificate(config: Shape<"CustomDomainConfigType">): void {
  if (!/^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(config.CertificateArn)) {
    throw new InvalidParameterException("The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.");
  }
}

/** 1 is the classic hosted UI, 2 managed login, which the Lite feature plan does not include. */
export function checkManagedLoginVersion(pool: PoolRecord, version: number | undefined): void {
  if (version === undefined) return;
  if (version !== 1 && version !== 2) throw new InvalidParameterException(`ManagedLoginVersion ${version} is not valid. Use 1 for the hosted UI (classic) or 2 for managed login.`);
  if (version === 2 && (pool.settings.UserPoolTier ?? "ESSENTIALS") === "LITE") {
    throw new FeatureUnavailableInTierException("Managed login is not available in the LITE feature plan. Upgrade the user pool to ESSENTIALS or PLUS.");
  }
}

export const newCloudFrontName = (random: Random) => `d${random.string(12, LOWER_ALPHANUMERIC)}.cloudfront.net`;

/** yyyyMMddHHmmss in UTC, Cognito's format for domain versions and CSS versions. */
export const timeStamp = (ms: number) => new Date(ms).toISOString().replace(/\D/g, "").slice(0, 14);

// Cognito keeps hosted UI assets in one bucket per region, named after the region's airport code.
const AIRPORT: Record<string, string> = {
  "us-east-1": "iad", "us-east-2": "cmh", "us-west-1": "sfo", "us-west-2": "pdx", "ca-central-1": "yul", "sa-east-1": "gru",
  "eu-west-1": "dub", "eu-west-2": "lhr", "eu-west-3": "cdg", "eu-central-1": "fra", "eu-north-1": "arn", "eu-south-1": "mxp",
  "ap-south-1": "bom", "ap-southeast-1": "sin", "ap-southeast-2": "syd", "ap-northeast-1": "nrt", "ap-northeast-2": "icn",
  "ap-northeast-3": "kix", "me-south-1": "bah", "il-central-1": "tlv",
};

export function domainDescription(ctx: OperationContext, pool: PoolRecord, d: DomainRecord): Shape<"DomainDescriptionType"> {
  return {
    UserPoolId: pool.id,
    AWSAccountId: ctx.accountId,
    Domain: d.domain,
    S3Bucket: `aws-cognito-prod-${AIRPORT[pool.region] ?? pool.region}-assets`,
    CloudFrontDistribution: d.cloudFront,
    Version: d.version,
    Status: "ACTIVE",
    // the CLI example shows an empty CustomDomainConfig for a prefix domain, but the model requires
    // CertificateArn inside it, so a prefix domain goes without one
    ...(d.customDomainConfig ? { CustomDomainConfig: { ...d.customDomainConfig } } : {}),
    ManagedLoginVersion: d.managedLoginVersion,
    ...(d.routing ? { Routing: structuredClone(d.routing) } : {}),
  };
}

/** What CreateUserPoolDomain and UpdateUserPoolDomain answer: the CloudFront target only for custom domains. */
export function domainAnswer(d: DomainRecord): { ManagedLoginVersion: number; CloudFrontDomain?: string; Routing?: Shape<"RoutingType"> } {
  return {
    ManagedLoginVersion: d.managedLoginVersion,
    ...(d.customDomainConfig ? { CloudFrontDomain: d.cloudFront } : {}),
    ...(d.routing ? { Routing: structuredClone(d.routing) } : {}),
  };
}
