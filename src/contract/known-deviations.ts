// Where real Cognito answers outside AWS's own model. The spec follows the model exactly (the drift
// audit checks that), so these are forgiven when checking responses, and only there; each entry says
// why. A response validator that flagged them would flag every real DescribeUserPool.
export interface Deviation {
  /** JSON pointer pattern in a response body */
  path: RegExp;
  keyword: string;
  why: string;
}

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
];

export const isKnownDeviation = (jsonPath: string, keyword: string) =>
  KNOWN_RESPONSE_DEVIATIONS.some((d) => d.keyword === keyword && d.path.test(jsonPath));

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
