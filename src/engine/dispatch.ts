// One request through the engine: target -> JSON -> contract -> operation -> (contract) -> wire.
import { operations, TARGET_PREFIX, type OperationName } from "../../generated/operations.js";
import { CognitoError, InternalErrorException, MissingAuthenticationTokenException, SerializationException, UnknownOperationException } from "../../generated/errors.js";
import { requestError } from "../contract/aws-errors.js";
import { validateRequest, validateResponse } from "../contract/index.js";
import { errorResponse, successResponse, type WireResponse } from "../protocol/wire.js";
import type { EngineState, OperationContext, OperationModule } from "./context.js";
import { applyRules } from "../scenarios/rules.js";

export interface DispatchRequest {
  target: string | null;
  body: string;
  region: string | undefined;
  /** the Authorization header; undefined when the caller is in process (mock.call), which counts as signed */
  authorization?: string | null;
}

export interface DispatchOptions {
  implementations: ReadonlyMap<string, OperationModule>;
  /** check every answer against the spec (tests turn this on) */
  validateResponses: boolean;
  /** strict mode: refuse IAM-authorised operations that arrive unsigned, as AWS does */
  requireSignature?: boolean;
}

const isOperation = (name: string): name is OperationName => Object.hasOwn(operations, name);
/** Operations that only read (GetTokensFromRefreshToken rotates tokens and GetUserAttributeVerificationCode sends one: they write). */
const READS = /^(Admin)?(Get|List|Describe)(?!TokensFromRefreshToken|UserAttributeVerificationCode)/;
const reads = new Map<string, boolean>();
const isRead = (name: string) => { let r = reads.get(name); if (r === undefined) reads.set(name, (r = READS.test(name))); return r; };

export async function dispatch(state: EngineState, req: DispatchRequest, options: DispatchOptions): Promise<WireResponse> {
  const requestId = state.random.uuid(4);
  const name = req.target?.startsWith(TARGET_PREFIX) ? req.target.slice(TARGET_PREFIX.length) : "";
  if (!isOperation(name)) {
    return errorResponse(new UnknownOperationException(req.target ? `The operation ${req.target} is not known to cognito-idp.` : "Missing X-Amz-Target header."), requestId);
  }
  // AWS authenticates before it reads the body. Only presence is checked: the mock holds no IAM
  // credentials to verify a signature against.
  if (options.requireSignature && operations[name].auth === "sigv4" && req.authorization !== undefined && !req.authorization?.trim()) {
    return errorResponse(new MissingAuthenticationTokenException("Request is missing Authentication Token"), requestId);
  }
  let input: unknown;
  try {
    input = JSON.parse(req.body.trim() === "" ? "{}" : req.body);
    // Coral treats a null member as absent; amazon-cognito-identity-js relies on it (DEVICE_KEY: null).
    // A walk only when the text holds a null: a reviver on every parse cost ~1 us a request.
    if (req.body.includes("null")) dropNullMembers(input);
  } catch {
    return errorResponse(new SerializationException("Malformed JSON in the request body."), requestId);
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return errorResponse(new SerializationException("The request body must be a JSON object."), requestId);
  }
  const invalid = requestError(validateRequest(name, input));
  if (invalid) return errorResponse(invalid, requestId);

  const impl = options.implementations.get(name);
  if (!impl) return notImplemented(name, requestId);

  // scenario rules answer first: latency, injected errors
  const ruled = applyRules(state.rules, name, input);
  if (ruled.delayMs) await new Promise((r) => setTimeout(r, ruled.delayMs));
  if (ruled.error) return errorResponse(ruled.error, requestId);

  const ctx: OperationContext = {
    ...state,
    operation: name,
    region: req.region ?? state.defaultRegion,
    regionExplicit: req.region !== undefined,
    requestId,
    now: state.clock.now(),
  };
  let answer: WireResponse;
  const writes = !isRead(name);
  if (writes) state.store.noteWrite();
  try {
    const output = await impl.handle(input as never, ctx);
    answer = successResponse(output ?? {}, requestId);
  } catch (e) {
    if (e instanceof CognitoError) answer = errorResponse(e, requestId);
    else {
      console.error(`cognito-idp-mock: ${name} failed unexpectedly`, e);
      answer = errorResponse(new InternalErrorException("Internal server error."), requestId);
    }
  } finally {
    // again at the end: a read that ran while this write awaited must not leave a view behind
    if (writes) state.store.noteWrite();
  }
  if (options.validateResponses) {
    const violations = validateResponse(name, answer.status, JSON.parse(answer.body));
    if (violations.length) {
      const detail = violations.map((v) => `${v.jsonPath || "/"}: ${v.rule}`).join("; ");
      return errorResponse(new InternalErrorException(`cognito-idp-mock answered ${name} outside the spec: ${detail}`), requestId);
    }
  }
  return answer;
}

/** Deletes every object member whose value is null, at any depth (array items stay), without recursion. */
function dropNullMembers(root: unknown): void {
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) { for (const item of v) stack.push(item); continue; }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (o[k] === null) delete o[k];
      else stack.push(o[k]);
    }
  }
}

function notImplemented(name: string, requestId: string): WireResponse {
  return {
    status: 501,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": requestId, "x-amzn-errortype": "NotImplementedByMock:" },
    body: JSON.stringify({ __type: "NotImplementedByMock", message: `cognito-idp-mock does not implement ${name} yet.` }),
  };
}
