// Contract checks for recorded Cognito traffic: one exchange (request + answer) at a time, and readers
// for the two recording formats (HAR from browser devtools, JSON lines from the proxy, the SDK
// middleware or any script). No Node APIs here: this runs in browsers too.
import { operations, TARGET_PREFIX, type OperationName } from "../../generated/operations.js";
import { validateRequest, validateResponse, isOperationName } from "./index.js";
import type { Violation } from "./violations.js";

/** One call as it went over the wire. Bodies may be raw text or already parsed JSON. */
export interface Exchange {
  /** the X-Amz-Target header ("AWSCognitoIdentityProviderService.InitiateAuth"); a bare operation name is accepted */
  target: string;
  /** undefined when the recording has no request body */
  requestBody?: unknown;
  /** HTTP status; undefined or 0 when no answer was recorded (network failure, blocked request) */
  status?: number;
  /** undefined when the recording has no response body */
  responseBody?: unknown;
  /** response headers (x-amzn-errortype names the error when the body does not) */
  responseHeaders?: Record<string, string>;
}

/**
 * Errors: a broken contract. Warnings: drift that is not the caller's fault, namely members the spec does
 * not know (AWS added a field, or a newer SDK sends one) and operations the spec does not know.
 */
export type Severity = "error" | "warning";
export type ViolationKind = "constraint" | "unknown member" | "undeclared error" | "unknown operation" | "not JSON";

export interface TrafficViolation {
  direction: "request" | "response";
  severity: Severity;
  kind: ViolationKind;
  /** JSON pointer into the body ("" for the body itself) */
  jsonPath: string;
  /** AWS's member path (userAttributes.1.member.value) */
  memberPath: string;
  /** the JSON Schema keyword that failed */
  keyword: string;
  /** what is wrong, in AWS's words where AWS has some */
  message: string;
  /** the offending value; left out for sensitive members (passwords, tokens, usernames) */
  value?: unknown;
  sensitive: boolean;
}

export interface ExchangeReport {
  /** the operation name, or the target as given when it names no known operation */
  operation: string;
  violations: TrafficViolation[];
  /** what could be checked: a recording may lack bodies */
  checked: { request: boolean; response: boolean };
}

/**
 * Errors any AWS JSON service answers before an operation runs (authentication, throttling at the front
 * door, protocol): no operation declares them, and they say nothing about the operation's contract.
 */
export const COMMON_AWS_ERRORS: readonly string[] = [
  "SerializationException", "UnknownOperationException", "MissingAuthenticationTokenException",
  "UnrecognizedClientException", "InvalidSignatureException", "IncompleteSignature", "IncompleteSignatureException",
  "InvalidClientTokenId", "ExpiredTokenException", "RequestExpired", "ThrottlingException",
  "InternalFailure", "ServiceUnavailable", "ServiceUnavailableException", "AccessDeniedException",
];

const COGNITO_TARGET = TARGET_PREFIX;
/** Whether an X-Amz-Target header names a Cognito user pools call (identity pools and others do not count). */
export const isCognitoTarget = (target: string | null | undefined): target is string => !!target && target.startsWith(COGNITO_TARGET);

// Coral treats a null member as absent (amazon-cognito-identity-js sends DEVICE_KEY: null), as the mock does
const dropNulls = function (this: unknown, _k: string, v: unknown) { return v === null && !Array.isArray(this) ? undefined : v; };

type Parsed = { ok: true; value: unknown } | { ok: false };

function parseBody(body: unknown, emptyIs: unknown, reviver?: typeof dropNulls): Parsed {
  let text: string;
  if (typeof body === "string") text = body;
  else if (body instanceof Uint8Array) text = new TextDecoder().decode(body);
  else return { ok: true, value: reviver ? JSON.parse(JSON.stringify(body), reviver) : body };
  if (text.trim() === "") return { ok: true, value: emptyIs };
  try { return { ok: true, value: JSON.parse(text, reviver) }; } catch { return { ok: false }; }
}

function fromViolation(direction: TrafficViolation["direction"], v: Violation): TrafficViolation {
  const unknownMember = v.keyword === "additionalProperties";
  const undeclared = direction === "response" && v.jsonPath === "/__type" && v.keyword === "oneOf";
  const out: TrafficViolation = {
    direction,
    severity: unknownMember ? "warning" : "error",
    kind: unknownMember ? "unknown member" : undeclared ? "undeclared error" : "constraint",
    jsonPath: v.jsonPath, memberPath: v.memberPath, keyword: v.keyword, message: v.rule, sensitive: v.sensitive,
  };
  if (!v.sensitive && v.keyword !== "required") out.value = v.value;
  return out;
}

const notJson = (direction: TrafficViolation["direction"], what: string): TrafficViolation =>
  ({ direction, severity: "error", kind: "not JSON", jsonPath: "", memberPath: "", keyword: "type", message: `the ${direction} body is not ${what}`, sensitive: false });

const operationOf = (target: string) => (target.startsWith(COGNITO_TARGET) ? target.slice(COGNITO_TARGET.length) : target.includes(".") ? undefined : target);

/** The error's name: the body's __type (possibly "namespace#Name"), else the x-amzn-errortype header ("Name:..."). */
function errorType(body: unknown, headers: Record<string, string> | undefined): string | undefined {
  const raw = (body as { __type?: unknown } | null)?.__type;
  if (typeof raw === "string") return raw.slice(raw.lastIndexOf("#") + 1);
  const header = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === "x-amzn-errortype")?.[1];
  return header ? header.split(":")[0].trim() || undefined : undefined;
}

function checkAnswer(operation: OperationName, status: number, body: unknown, headers: Record<string, string> | undefined): TrafficViolation[] {
  if (status >= 200 && status < 300) return validateResponse(operation, status, body).map((v) => fromViolation("response", v));
  if (body === null || typeof body !== "object" || Array.isArray(body)) return [notJson("response", "a JSON object")];
  const type = errorType(body, headers);
  if (type && COMMON_AWS_ERRORS.includes(type) && !(operations[operation].errors as readonly string[]).includes(type)) return [];
  const named = type ? { ...body, __type: type } : body;
  return validateResponse(operation, status, named).map((v) => fromViolation("response", v));
}

/** Checks one exchange: the request against the operation's input, the answer against its output or declared errors. */
export function validateExchange(exchange: Exchange): ExchangeReport {
  const name = operationOf(exchange.target);
  const checked = { request: false, response: false };
  if (name === undefined || !isOperationName(name)) {
    const foreign = name === undefined;
    return {
      operation: name ?? exchange.target, checked,
      violations: [{
        direction: "request", severity: foreign ? "error" : "warning", kind: "unknown operation", jsonPath: "", memberPath: "", keyword: "x-amz-target",
        message: foreign ? `${exchange.target} is not a Cognito user pools target` : `the spec has no operation ${name} (AWS may have added it)`,
        value: exchange.target, sensitive: false,
      }],
    };
  }
  const violations: TrafficViolation[] = [];
  if (exchange.requestBody !== undefined) {
    checked.request = true;
    const req = parseBody(exchange.requestBody, {}, dropNulls);
    if (!req.ok) violations.push(notJson("request", "JSON"));
    else if (req.value === null || typeof req.value !== "object" || Array.isArray(req.value)) violations.push(notJson("request", "a JSON object"));
    else violations.push(...validateRequest(name, req.value).map((v) => fromViolation("request", v)));
  }
  if (exchange.status && exchange.responseBody !== undefined) {
    checked.response = true;
    // AWS JSON 1.1 answers an operation without output with {}; SDKs accept an empty body too
    const res = parseBody(exchange.responseBody, exchange.status < 300 ? {} : undefined);
    if (!res.ok) violations.push(notJson("response", "JSON"));
    else violations.push(...checkAnswer(name, exchange.status, res.value, exchange.responseHeaders));
  }
  return { operation: name, violations, checked };
}

const show = (value: unknown) => {
  const s = typeof value === "string" ? `'${value}'` : JSON.stringify(value);
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
};

/** One line for people: "AdminGetUser response /UserStatus error (constraint): Member must ... (value 'X')". */
export function formatViolation(operation: string, v: TrafficViolation): string {
  const where = v.jsonPath || "(body)";
  const value = "value" in v && v.value !== undefined ? ` (value ${show(v.value)})` : "";
  return `${operation} ${v.direction} ${where} ${v.severity} (${v.kind}): ${v.message}${value}`;
}

/** A JSON-lines record: one Cognito call per line. See README "Validating real Cognito traffic". */
export interface TrafficRecord {
  /** X-Amz-Target, or a bare operation name */
  target: string;
  /** the request body: the JSON object, or the raw text */
  request?: unknown;
  /** HTTP status of the answer (absent or 0: no answer) */
  status?: number;
  /** the response body: the JSON object, or the raw text */
  response?: unknown;
  /** response headers, lower-case names */
  headers?: Record<string, string>;
  /** when it happened (ISO 8601); informative */
  time?: string;
}

/** A Cognito call found in a recording. */
export interface TrafficEntry {
  /** the position in the recording: HAR log.entries index, or the record's index in a JSON-lines file (both from 0) */
  index: number;
  /** the line number in a JSON-lines file (from 1) */
  line?: number;
  exchange: Exchange;
}

export interface Recording {
  format: "har" | "jsonl";
  /** the Cognito user pools calls */
  entries: TrafficEntry[];
  /** how many entries were something else (preflights, pages, other AWS services) */
  skipped: number;
}

export class TrafficFormatError extends Error {
  override name = "TrafficFormatError";
}

interface HarHeader { name: string; value: string }
interface HarEntry {
  request?: { method?: string; headers?: HarHeader[]; postData?: { text?: string } };
  response?: { status?: number; headers?: HarHeader[]; content?: { text?: string; encoding?: string } };
}

const header = (headers: HarHeader[] | undefined, name: string) => headers?.find((h) => h.name?.toLowerCase() === name)?.value;

function base64Text(b64: string): string {
  const bin = atob(b64);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

function harExchange(entry: HarEntry): Exchange | undefined {
  const target = header(entry.request?.headers, "x-amz-target");
  if (!isCognitoTarget(target) || (entry.request?.method ?? "POST").toUpperCase() !== "POST") return undefined;
  const content = entry.response?.content;
  const responseHeaders: Record<string, string> = {};
  for (const h of entry.response?.headers ?? []) responseHeaders[h.name.toLowerCase()] = h.value;
  return {
    target,
    requestBody: entry.request?.postData?.text,
    status: entry.response?.status || undefined,
    responseBody: content?.text === undefined ? undefined : content.encoding === "base64" ? base64Text(content.text) : content.text,
    responseHeaders,
  };
}

/** The Cognito calls in a HAR document (browser devtools "Save all as HAR"). */
export function readHar(text: string | object): Recording {
  let doc: unknown = text;
  if (typeof text === "string") {
    try { doc = JSON.parse(text); } catch { throw new TrafficFormatError("not JSON, so not a HAR file"); }
  }
  const list = (doc as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(list)) throw new TrafficFormatError("not a HAR file: log.entries is missing");
  const entries: TrafficEntry[] = [];
  list.forEach((e: HarEntry, index) => {
    const exchange = e && typeof e === "object" ? harExchange(e) : undefined;
    if (exchange) entries.push({ index, exchange });
  });
  return { format: "har", entries, skipped: list.length - entries.length };
}

/** A record as an exchange; a record may say `operation` instead of `target`. */
export function recordExchange(record: TrafficRecord & { operation?: string }): Exchange {
  return { target: record.target ?? record.operation, requestBody: record.request, status: record.status, responseBody: record.response, responseHeaders: record.headers };
}

/** The Cognito calls in a JSON-lines recording. Blank lines are skipped; any other line must be a record. */
export function readJsonLines(text: string): Recording {
  const entries: TrafficEntry[] = [];
  let skipped = 0;
  let index = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    let record: unknown;
    try { record = JSON.parse(raw); } catch { throw new TrafficFormatError(`line ${i + 1} is not JSON`); }
    const r = record as TrafficRecord & { operation?: string };
    const target = r?.target ?? r?.operation;
    if (typeof target !== "string") throw new TrafficFormatError(`line ${i + 1} has no target`);
    if (r.status !== undefined && typeof r.status !== "number") throw new TrafficFormatError(`line ${i + 1}: status must be a number`);
    const position = index++;
    if (target.includes(".") && !isCognitoTarget(target)) { skipped++; return; }
    entries.push({ index: position, line: i + 1, exchange: recordExchange(r) });
  });
  return { format: "jsonl", entries, skipped };
}

/** Reads either format: a HAR document (one JSON object with log.entries) or JSON lines. */
export function readTraffic(text: string): Recording {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{")) {
    try {
      const doc = JSON.parse(text) as { log?: unknown };
      if (doc && typeof doc === "object" && "log" in doc) return readHar(doc);
    } catch { /* several lines: JSON lines */ }
  }
  return readJsonLines(text);
}

/** Parses a body for a record: the JSON when it is JSON, else the text as it was. */
export function recordBody(text: string): unknown {
  if (text.trim() === "") return text;
  try { return JSON.parse(text); } catch { return text; }
}
