// The sign-in history threat protection keeps per user (AdminListUserAuthEvents): one event per
// sign-in, sign-up, password change or reset, newest first, with the challenges it went through.
import type { Shape } from "../../generated/operations.js";
import type { OperationContext } from "../engine/context.js";
import type { UserRecord } from "../state/user.js";
import { toBase64Url } from "./hash.js";

export interface AuthEventRecord {
  id: string;
  type: Shape<"EventType">;
  at: number;
  response: Shape<"EventResponseType">;
  challenges: Shape<"ChallengeResponseType">[];
  /** what a notification email's feedback link would carry (UpdateAuthEventFeedback) */
  feedbackToken: string;
  feedback?: Shape<"EventFeedbackType">;
}

const KEEP = 100;

export function recordAuthEvent(ctx: OperationContext, user: UserRecord, type: AuthEventRecord["type"], response: AuthEventRecord["response"], challenges: AuthEventRecord["challenges"] = []): void {
  const events = (user.authEvents ??= []);
  events.unshift({ id: ctx.random.uuid(4), type, at: ctx.now, response, challenges, feedbackToken: toBase64Url(ctx.random.bytes(24)) });
  if (events.length > KEEP) events.length = KEEP;
}

export function authEventType(e: AuthEventRecord): Shape<"AuthEventType"> {
  return {
    EventId: e.id,
    EventType: e.type,
    CreationDate: Math.floor(e.at) / 1000,
    EventResponse: e.response,
    EventRisk: { RiskDecision: "NoRisk", RiskLevel: "Low", CompromisedCredentialsDetected: false },
    ChallengeResponses: e.challenges,
    EventContextData: { IpAddress: "127.0.0.1", DeviceName: "cognito-idp-mock", Timezone: "+00:00", City: "Local", Country: "Mock" },
    ...(e.feedback ? { EventFeedback: e.feedback } : {}),
  };
}
