// Contract checks inside @aws-sdk/client-cognito-identity-provider: a middleware that sees each attempt's
// bytes on the wire. Command inputs and outputs hold Dates and Uint8Arrays, the wire holds epoch seconds
// and base64, and the spec describes the wire: so this checks the serialized request body and the raw
// response body, sitting innermost in the deserialize step (below the deserializer, above the transport).
// No imports from the SDK: the types below match @smithy/types structurally.
import { formatViolation, recordBody, validateExchange, type Exchange, type ExchangeReport, type TrafficRecord } from "./traffic.js";

export interface ContractMiddlewareOptions {
  /** "report" (default): tell onViolation and carry on. "throw": fail the call with a ContractViolationError. */
  mode?: "report" | "throw";
  /** called for every exchange with a violation (default in report mode: console.warn, one line each) */
  onViolation?: (report: ExchangeReport, exchange: Exchange) => void;
  /** called for every Cognito call with its JSON-lines record (append JSON.stringify(record) to a .jsonl file) */
  onExchange?: (record: TrafficRecord, report: ExchangeReport) => void;
  /** in throw mode, warnings (unknown members, unknown operations) throw too */
  strict?: boolean;
}

/** Thrown in throw mode; a request that breaks the contract is not sent. */
export class ContractViolationError extends Error {
  override name = "ContractViolationError";
  constructor(readonly report: ExchangeReport) {
    super(`Cognito contract violated:\n${report.violations.map((v) => "  " + formatViolation(report.operation, v)).join("\n")}`);
  }
}

// any: the middleware fits every client's Input/Output unions, as the SDK's own middleware do
type Any = any;
export interface DeserializeHandlerLike<Input = Any, Output = Any> {
  (args: { input: Input; request: unknown }): Promise<{ response: unknown; output?: Output }>;
}
export type ContractMiddleware<Input = Any, Output = Any> = (next: DeserializeHandlerLike<Input, Output>, context: unknown) => DeserializeHandlerLike<Input, Output>;

/** Where the middleware goes: `client.middlewareStack.add(cognitoContractMiddleware(o), cognitoContractMiddlewareOptions)`. */
export const cognitoContractMiddlewareOptions: { name: string; step: "deserialize"; priority: "low"; tags: string[]; override: boolean } = {
  name: "cognitoContractMiddleware",
  step: "deserialize",
  // below the deserializer: it gets the transport's response before anything reads the body
  priority: "low",
  tags: ["COGNITO_CONTRACT"],
  override: true,
};

interface HttpMessageLike { headers?: Record<string, string>; body?: unknown; statusCode?: number }

const headerOf = (m: HttpMessageLike | undefined, name: string) => Object.entries(m?.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

const bytesOf = (chunk: unknown) => (typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk as ArrayBufferLike));

/** Reads a response body of any runtime (Node stream, web stream, Blob, bytes); undefined when it cannot. */
async function collect(body: unknown): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === "string") return new TextEncoder().encode(body);
  const b = body as { arrayBuffer?: () => Promise<ArrayBuffer>; getReader?: () => ReadableStreamDefaultReader<Uint8Array>; [Symbol.asyncIterator]?: unknown };
  if (typeof b.getReader === "function") {
    const reader = b.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(bytesOf(r.value));
    return concat(chunks);
  }
  if (typeof b.arrayBuffer === "function") return new Uint8Array(await b.arrayBuffer());
  if (typeof b[Symbol.asyncIterator] === "function") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<unknown>) chunks.push(chunk instanceof Uint8Array ? chunk : bytesOf(chunk));
    return concat(chunks);
  }
  return undefined;
}

const bodyText = (body: unknown) => (typeof body === "string" ? body : body instanceof Uint8Array ? new TextDecoder().decode(body) : undefined);

const warn = (report: ExchangeReport) => {
  for (const v of report.violations) console.warn(`cognito-idp-mock contract: ${formatViolation(report.operation, v)}`);
};

export function cognitoContractMiddleware<Input = Any, Output = Any>(options: ContractMiddlewareOptions = {}): ContractMiddleware<Input, Output> {
  const mode = options.mode ?? "report";
  const notify = options.onViolation ?? (mode === "report" ? warn : undefined);
  const fails = (r: ExchangeReport) => r.violations.some((v) => v.severity === "error" || options.strict);

  return (next) => async (args) => {
    const request = args.request as HttpMessageLike | undefined;
    const target = headerOf(request, "x-amz-target");
    const requestText = bodyText(request?.body);
    if (!target) return next(args);

    const asked = validateExchange({ target, requestBody: requestText });
    if (mode === "throw" && fails(asked)) {
      notify?.(asked, { target, requestBody: requestText });
      throw new ContractViolationError(asked);
    }
    let result: Awaited<ReturnType<typeof next>>;
    try {
      result = await next(args);
    } catch (e) {
      if (asked.violations.length) notify?.(asked, { target, requestBody: requestText });
      throw e;
    }
    const response = result.response as HttpMessageLike | undefined;
    const bytes = await collect(response?.body);
    // the body was a one-shot stream: hand the deserializer the bytes instead
    if (response && bytes) response.body = bytes;
    const exchange: Exchange = {
      target, requestBody: requestText, status: response?.statusCode,
      responseBody: bytes ? new TextDecoder().decode(bytes) : undefined, responseHeaders: response?.headers,
    };
    const report = validateExchange(exchange);
    options.onExchange?.(toRecord(exchange), report);
    if (report.violations.length) notify?.(report, exchange);
    if (mode === "throw" && fails(report)) throw new ContractViolationError(report);
    return result;
  };
}

function toRecord(e: Exchange): TrafficRecord {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.responseHeaders ?? {})) headers[k.toLowerCase()] = v;
  return {
    time: new Date().toISOString(),
    target: e.target,
    request: typeof e.requestBody === "string" ? recordBody(e.requestBody) : e.requestBody,
    status: e.status,
    response: typeof e.responseBody === "string" ? recordBody(e.responseBody) : e.responseBody,
    headers,
  };
}

interface StackLike { add(middleware: ContractMiddleware, options: typeof cognitoContractMiddlewareOptions): void }

/** A plugin: `client.middlewareStack.use(contractValidationPlugin({ mode: "throw" }))`. */
export const contractValidationPlugin = (options: ContractMiddlewareOptions = {}) => ({
  applyToStack: (stack: StackLike) => stack.add(cognitoContractMiddleware(options), cognitoContractMiddlewareOptions),
});

/** Adds contract validation to a client (a CognitoIdentityProviderClient) and returns it. */
export function withContractValidation<C extends { middlewareStack: { use(plugin: ReturnType<typeof contractValidationPlugin>): void } }>(client: C, options: ContractMiddlewareOptions = {}): C {
  client.middlewareStack.use(contractValidationPlugin(options));
  return client;
}
