// How Cognito words a rejected request: JSON type mismatches are SerializationException, constraint
// violations InvalidParameterException in the Coral style ("1 validation error detected: Value 'x' at
// 'userPoolId' failed to satisfy constraint: ..."). Unknown members are ignored, as AWS ignores them.
import { InvalidParameterException, SerializationException, type CognitoError } from "../../generated/errors.js";
import type { Violation } from "./violations.js";

function renderValue(v: Violation): string {
  if (v.sensitive) return "Value";
  if (v.value === undefined || v.value === null) return "Value null";
  if (typeof v.value === "string") return `Value '${v.value}'`;
  if (typeof v.value === "number" || typeof v.value === "boolean") return `Value '${v.value}'`;
  if (Array.isArray(v.value)) return `Value '[${v.value.map((x) => (typeof x === "string" ? x : JSON.stringify(x))).join(", ")}]'`;
  return `Value '${JSON.stringify(v.value)}'`;
}

function typeMessage(v: Violation): string {
  if (v.value !== null && typeof v.value === "object") return Array.isArray(v.value) ? "Start of list found where not expected" : "Start of structure or map found where not expected.";
  return "Unexpected field type";
}

/** The error Cognito answers a request with these violations, or undefined when nothing counts. */
export function requestError(violations: Violation[]): CognitoError | undefined {
  const relevant = violations.filter((v) => v.keyword !== "additionalProperties");
  const typeError = relevant.find((v) => v.keyword === "type");
  if (typeError) return new SerializationException(typeMessage(typeError));
  if (!relevant.length) return undefined;
  const items = relevant.map((v) => `${renderValue(v)} at '${v.memberPath}' failed to satisfy constraint: ${v.rule}`);
  const n = items.length;
  return new InvalidParameterException(`${n} validation error${n === 1 ? "" : "s"} detected: ${items.join("; ")}`);
}
