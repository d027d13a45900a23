// Scenario rules: data (so they travel over HTTP and into the browser) that may answer a request
// before its operation runs: fail it with an error it declares, slow it down, or both; always, or for
// the next N matching calls; only when a predicate on the input matches.
import { errorClasses, CognitoError, InvalidParameterException } from "../../generated/errors.js";
import { operations, type OperationName } from "../../generated/operations.js";

export interface Rule {
  /** an operation name, or "*" for every operation */
  operation: string;
  /**
   * Predicate on the input: dotted member paths ("AuthParameters.USERNAME") to a value the member must
   * equal, or { prefix } / { oneOf } for looser matches.
   */
  when?: Record<string, string | number | boolean | { prefix: string } | { oneOf: (string | number | boolean)[] }>;
  /** fail with this error (one the operation declares), with Cognito's message unless one is given */
  error?: { type: string; message?: string };
  /** wait this long first (ms) */
  latencyMs?: number;
  /** apply to the next N matching calls only (default: always) */
  times?: number;
}

/** Messages Cognito gives for the errors scenarios inject most. */
const DEFAULT_MESSAGES: Record<string, string> = {
  TooManyRequestsException: "Rate exceeded",
  LimitExceededException: "Attempt limit exceeded, please try after some time.",
  InternalErrorException: "Internal server error.",
  NotAuthorizedException: "Incorrect username or password.",
  CodeDeliveryFailureException: "Unable to deliver the verification code.",
  CodeMismatchException: "Invalid verification code provided, please try again.",
  ExpiredCodeException: "Invalid code provided, please request a code again.",
  UserNotFoundException: "User does not exist.",
  UserNotConfirmedException: "User is not confirmed.",
  PasswordResetRequiredException: "Password reset required for the user",
  TooManyFailedAttemptsException: "Too many failed attempts.",
};

/** Checks a rule before it is installed: a known operation, an error it declares. */
export function checkRule(rule: Rule): void {
  const ops = rule.operation === "*" ? Object.keys(operations) : [rule.operation];
  if (rule.operation !== "*" && !Object.hasOwn(operations, rule.operation)) throw new InvalidParameterException(`Scenario rule: unknown operation ${rule.operation}`);
  if (rule.error) {
    if (!Object.hasOwn(errorClasses, rule.error.type)) throw new InvalidParameterException(`Scenario rule: unknown error ${rule.error.type}`);
    if (rule.operation !== "*" && !(operations[rule.operation as OperationName].errors as readonly string[]).includes(rule.error.type)) {
      throw new InvalidParameterException(`Scenario rule: ${rule.operation} does not declare ${rule.error.type} (it declares ${operations[rule.operation as OperationName].errors.join(", ")})`);
    }
    void ops;
  }
  if (rule.times !== undefined && (!Number.isInteger(rule.times) || rule.times < 1)) throw new InvalidParameterException("Scenario rule: times must be a whole number from 1");
  if (rule.latencyMs !== undefined && !(rule.latencyMs >= 0 && rule.latencyMs <= 120_000)) throw new InvalidParameterException("Scenario rule: latencyMs must be 0 to 120000");
}

function valueAt(input: unknown, path: string): unknown {
  let cur: unknown = input;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function ruleMatches(rule: Rule, operation: string, input: unknown): boolean {
  if (rule.operation !== "*" && rule.operation !== operation) return false;
  // "*" error rules only hit operations that declare that error
  if (rule.operation === "*" && rule.error && !(operations[operation as OperationName]?.errors as readonly string[] | undefined)?.includes(rule.error.type)) return false;
  for (const [path, want] of Object.entries(rule.when ?? {})) {
    const got = valueAt(input, path);
    if (want !== null && typeof want === "object") {
      if ("prefix" in want && !(typeof got === "string" && got.startsWith(want.prefix))) return false;
      if ("oneOf" in want && !want.oneOf.includes(got as never)) return false;
    } else if (got !== want) return false;
  }
  return true;
}

export interface ActiveRule extends Rule { used: number }

export interface RuleOutcome { delayMs: number; error?: CognitoError }

/** What the active rules do to this call (and counts it against limited rules). */
export function applyRules(rules: ActiveRule[], operation: string, input: unknown): RuleOutcome {
  let delayMs = 0;
  let error: CognitoError | undefined;
  for (const rule of rules) {
    if (rule.times !== undefined && rule.used >= rule.times) continue;
    if (!ruleMatches(rule, operation, input)) continue;
    rule.used++;
    delayMs += rule.latencyMs ?? 0;
    if (rule.error && !error) {
      const Err = errorClasses[rule.error.type as keyof typeof errorClasses] as unknown as new (m: string) => CognitoError;
      error = new Err(rule.error.message ?? DEFAULT_MESSAGES[rule.error.type] ?? `${rule.error.type} (injected by a cognito-idp-mock scenario).`);
    }
  }
  return { delayMs, error };
}
