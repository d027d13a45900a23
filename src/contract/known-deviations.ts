// Where real Cognito works outside AWS's own model. The spec follows the model exactly (the drift audit
// checks that), so these are forgiven where they happen, and only there; each entry says why.
export interface Deviation {
  /** JSON pointer pattern in the message */
  path: RegExp;
  keyword: string;
  /** only values this accepts are forgiven (default: any) */
  accept?: (value: unknown) => boolean;
  why: string;
}

/** A custom domain: a DNS name with dots (the model's DomainType only admits a one-label prefix). */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const isHostname = (v: unknown) => typeof v === "string" && HOSTNAME.test(v);
const CUSTOM_DOMAIN_WHY = "DomainType admits only a prefix (one label, at most 63 characters), yet Cognito takes and " +
  "returns custom domains such as auth.example.com and CloudFront names such as d111111abcdef8.cloudfront.net.";

export const KNOWN_REQUEST_DEVIATIONS: readonly (Deviation & { operations: readonly string[] })[] = [
  { operations: ["CreateUserPoolDomain", "UpdateUserPoolDomain", "DeleteUserPoolDomain", "DescribeUserPoolDomain"], path: /^\/Domain$/, keyword: "pattern", accept: isHostname, why: CUSTOM_DOMAIN_WHY },
  { operations: ["CreateUserPoolDomain", "UpdateUserPoolDomain", "DeleteUserPoolDomain", "DescribeUserPoolDomain"], path: /^\/Domain$/, keyword: "maxLength", accept: isHostname, why: CUSTOM_DOMAIN_WHY },
];

export const KNOWN_RESPONSE_DEVIATIONS: readonly Deviation[] = [
  {
    path: /^\/UserPool\/SchemaAttributes\/\d+\/Name$/,
    keyword: "maxLength",
    why: "SchemaAttributeType.Name is capped at 20 characters, the limit for a custom attribute's own name. " +
      "Responses list full names: phone_number_verified (21) and custom:/dev:custom: prefixed names.",
  },
  {
    path: /^\/UserImportJob(s\/\d+)?\/CompletionMessage$/,
    keyword: "pattern",
    why: "CompletionMessageType allows only word characters ([\\w]+), but Cognito's completion messages are sentences: " +
      "\"Import Job Completed Successfully.\", \"Too many users have failed or been skipped during the import.\", " +
      "\"The Import Job was stopped by the developer.\" (aws-cli user import job examples; developer guide).",
  },
  ...["pattern", "maxLength"].map((keyword) => ({
    path: /^\/(CloudFrontDomain|DomainDescription\/(Domain|CloudFrontDistribution)|UserPool\/CustomDomain)$/,
    keyword, accept: isHostname, why: CUSTOM_DOMAIN_WHY,
  })),
];

const forgiven = (list: readonly Deviation[], jsonPath: string, keyword: string, value: unknown) =>
  list.some((d) => d.keyword === keyword && d.path.test(jsonPath) && (!d.accept || d.accept(value)));

export const isKnownDeviation = (jsonPath: string, keyword: string, value?: unknown) => forgiven(KNOWN_RESPONSE_DEVIATIONS, jsonPath, keyword, value);

export const isKnownRequestDeviation = (operation: string, jsonPath: string, keyword: string, value: unknown) =>
  forgiven(KNOWN_REQUEST_DEVIATIONS.filter((d) => d.operations.includes(operation)), jsonPath, keyword, value);

/** Errors Cognito is documented to return that the model leaves out of an operation's error list. */
export const KNOWN_UNDECLARED_ERRORS: readonly { operation: string; error: string; why: string }[] = [
  {
    operation: "AdminCreateUser",
    error: "AliasExistsException",
    why: "The model's own documentation of ForceAliasCreation says AdminCreateUser throws AliasExistsException when a verified email or phone alias belongs to another user and ForceAliasCreation is false.",
  },
];

export const isKnownUndeclaredError = (operation: string, error: string) =>
  KNOWN_UNDECLARED_ERRORS.some((d) => d.operation === operation && d.error === error);
