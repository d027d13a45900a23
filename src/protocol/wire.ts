// AWS JSON 1.1 on the wire: success bodies, error bodies and the headers clients read.
import type { CognitoError } from "../../generated/errors.js";

export const CONTENT_TYPE = "application/x-amz-json-1.1";

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function successResponse(body: unknown, requestId: string): WireResponse {
  return { status: 200, headers: { "content-type": CONTENT_TYPE, "x-amzn-requestid": requestId }, body: encode(body) };
}

/** `{"__type":"X","message":"..."}` plus x-amzn-ErrorType (with AWS's trailing colon) and x-amzn-ErrorMessage. */
export function errorResponse(error: Pick<CognitoError, "type" | "status" | "message" | "extra">, requestId: string): WireResponse {
  return {
    status: error.status,
    headers: {
      "content-type": CONTENT_TYPE,
      "x-amzn-requestid": requestId,
      "x-amzn-errortype": `${error.type}:`,
      "x-amzn-errormessage": headerSafe(error.message),
    },
    body: JSON.stringify({ __type: error.type, message: error.message, ...error.extra }),
  };
}

/** Header values cannot carry newlines or non-Latin-1 characters. */
// The header repeats the body's message, but HTTP clients refuse headers past 16 KiB (Node's default) and a
// validation message echoes the offending value: the header keeps the first 4 KiB, the body keeps it all.
const HEADER_MESSAGE_MAX = 4096;
const headerSafe = (s: string) => {
  const clean = s.replace(/[\r\n]+/g, " ").replace(/[^\x20-\x7e\xa0-\xff]/g, "?");
  return clean.length > HEADER_MESSAGE_MAX ? `${clean.slice(0, HEADER_MESSAGE_MAX - 3)}...` : clean;
};

// Objects whose JSON text is already known: a user listed again and again keeps its text, and a response
// splices it in rather than serialising the user anew (60 users were a fifth of a ListUsers page's cost).
// The text rides on a symbol-keyed property, which JSON.stringify and validators never see (a WeakMap of
// 60 fresh objects a page cost more than it saved).
const JSON_TEXT = Symbol("json text");
type WithText = { [JSON_TEXT]?: string };

/** Marks `value` as serialising to `text` (which must be JSON.stringify(value)) in a response body. */
export function withJsonText<T extends object>(value: T, text: string): T {
  (value as WithText)[JSON_TEXT] = text;
  return value;
}
const textOf = (item: unknown): string | undefined => (item !== null && typeof item === "object" ? (item as WithText)[JSON_TEXT] : undefined);

/** JSON.stringify(body), taking a known text for the whole body or for the items of its top-level arrays. */
export function encode(body: unknown): string {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return JSON.stringify(body);
  const own = textOf(body);
  if (own !== undefined) return own;
  const record = body as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (Array.isArray(v) && textOf(v[0]) !== undefined) return spliced(record);
  }
  return JSON.stringify(body);
}

function spliced(body: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(body)) {
    const text = Array.isArray(v) ? `[${v.map((item) => textOf(item) ?? JSON.stringify(item) ?? "null").join(",")}]` : JSON.stringify(v);
    if (text !== undefined) parts.push(`${JSON.stringify(k)}:${text}`);
  }
  return `{${parts.join(",")}}`;
}
