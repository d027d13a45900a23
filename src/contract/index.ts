// Contract checks for any Cognito traffic: requests, responses and errors against the spec.
import { operations, type OperationName } from "../../generated/operations.js";
import { checkShape, type Violation } from "./violations.js";
import { isKnownDeviation, isKnownRequestDeviation, isKnownUndeclaredError } from "./known-deviations.js";

export type { Violation } from "./violations.js";
export { checkShape } from "./violations.js";
export { requestError } from "./aws-errors.js";
export { KNOWN_REQUEST_DEVIATIONS, KNOWN_RESPONSE_DEVIATIONS, KNOWN_UNDECLARED_ERRORS } from "./known-deviations.js";

export const isOperationName = (name: string): name is OperationName => Object.hasOwn(operations, name);

/** Violations of an operation's request shape ([] when it fits). Unknown members are reported too. */
export function validateRequest(operation: OperationName, body: unknown): Violation[] {
  return checkShape(operations[operation].input, body).filter((v) => !isKnownRequestDeviation(operation, v.jsonPath, v.keyword, v.value));
}

/**
 * Violations of an answer: a 2xx body against the response shape; an error against the errors this
 * operation declares (an undeclared error is itself a violation).
 */
export function validateResponse(operation: OperationName, status: number, body: unknown): Violation[] {
  const op = operations[operation];
  if (status >= 200 && status < 300) return checkShape(op.output, body).filter((v) => !isKnownDeviation(v.jsonPath, v.keyword, v.value));
  const raw = (body as { __type?: unknown } | null)?.__type;
  const type = typeof raw === "string" ? raw.slice(raw.lastIndexOf("#") + 1) : undefined;
  if (!type || !((op.errors as readonly string[]).includes(type) || isKnownUndeclaredError(operation, type))) {
    return [{ jsonPath: "/__type", memberPath: "__type", keyword: "oneOf", rule: `must be one of the errors ${operation} declares: ${op.errors.join(", ")}`, value: raw, sensitive: false }];
  }
  return checkShape(type, { ...(body as object), __type: type });
}

// Traffic: recorded or live exchanges (HAR, JSON lines, the SDK middleware)
export {
  validateExchange, formatViolation, readHar, readJsonLines, readTraffic, recordExchange, recordBody, isCognitoTarget,
  COMMON_AWS_ERRORS, TrafficFormatError,
} from "./traffic.js";
export type { Exchange, ExchangeReport, TrafficViolation, Severity, ViolationKind, TrafficRecord, TrafficEntry, Recording } from "./traffic.js";
export { cognitoContractMiddleware, cognitoContractMiddlewareOptions, contractValidationPlugin, withContractValidation, ContractViolationError } from "./middleware.js";
export type { ContractMiddlewareOptions } from "./middleware.js";
