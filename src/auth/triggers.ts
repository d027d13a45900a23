// JavaScript functions standing in for Cognito's Lambda triggers, configured per pool on the mock.
// Each receives the event Cognito would send the Lambda (version, triggerSource, region, userPoolId,
// userName, callerContext, request, response), may change event.response, and returns it (or
// nothing). A trigger that throws fails the request with UserLambdaValidationException, as Cognito does.
import { UserLambdaValidationException } from "../../generated/errors.js";
import type { OperationContext } from "../engine/context.js";
import type { PoolRecord } from "../state/pool.js";

export interface TriggerEvent<Req = Record<string, unknown>, Res = Record<string, unknown>> {
  version: string;
  triggerSource: string;
  region: string;
  userPoolId: string;
  userName: string;
  callerContext: { awsSdkVersion: string; clientId: string };
  request: Req;
  response: Res;
}

export type Trigger = (event: TriggerEvent<any, any>) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The trigger slots, named as in LambdaConfig (camel-cased). */
export interface Triggers {
  preSignUp?: Trigger;
  postConfirmation?: Trigger;
  preAuthentication?: Trigger;
  postAuthentication?: Trigger;
  preTokenGeneration?: Trigger;
  customMessage?: Trigger;
  userMigration?: Trigger;
  defineAuthChallenge?: Trigger;
  createAuthChallenge?: Trigger;
  verifyAuthChallengeResponse?: Trigger;
}

/** The names Cognito puts in "<Name> failed with error ..." */
const DISPLAY: Record<keyof Triggers, string> = {
  preSignUp: "PreSignUp", postConfirmation: "PostConfirmation", preAuthentication: "PreAuthentication",
  postAuthentication: "PostAuthentication", preTokenGeneration: "PreTokenGeneration", customMessage: "CustomMessage",
  userMigration: "UserMigration", defineAuthChallenge: "DefineAuthChallenge", createAuthChallenge: "CreateAuthChallenge",
  verifyAuthChallengeResponse: "VerifyAuthChallengeResponse",
};

/**
 * The function in a trigger slot: the pool's own setting wins over the mock-wide one ("*"), even when it
 * names the slot to clear it. Looked up, not merged: a sign-in asks about three slots.
 */
export function triggerOf(ctx: OperationContext, pool: PoolRecord, name: keyof Triggers): Trigger | undefined {
  const own = ctx.triggers.get(pool.id);
  return own && Object.hasOwn(own, name) ? own[name] : ctx.triggers.get("*")?.[name];
}

export function hasTrigger(ctx: OperationContext, pool: PoolRecord, name: keyof Triggers): boolean {
  return typeof triggerOf(ctx, pool, name) === "function";
}

/**
 * Runs a trigger if the pool has one and returns the response it leaves (or `response` unchanged).
 */
export async function runTrigger<Res extends object>(
  ctx: OperationContext, pool: PoolRecord, name: keyof Triggers, source: string,
  o: { userName: string; clientId?: string; request: Record<string, unknown>; response: Res },
): Promise<Res> {
  const fn = triggerOf(ctx, pool, name);
  if (typeof fn !== "function") return o.response;
  const event: TriggerEvent<Record<string, unknown>, Res> = {
    version: "1", triggerSource: source, region: pool.region, userPoolId: pool.id, userName: o.userName,
    callerContext: { awsSdkVersion: "aws-sdk-unknown-unknown", clientId: o.clientId ?? "CLIENT_ID_NOT_APPLICABLE" },
    request: structuredClone(o.request), response: structuredClone(o.response),
  };
  let result: unknown;
  try {
    result = await fn(event);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new UserLambdaValidationException(`${DISPLAY[name]} failed with error ${message}.`);
  }
  const returned = (result && typeof result === "object" ? (result as TriggerEvent<unknown, Res>).response : undefined) ?? event.response;
  return returned ?? o.response;
}
