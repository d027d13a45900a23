import { ResourceNotFoundException } from "../../../generated/errors.js";
import type { Shape } from "../../../generated/operations.js";
import type { UserRecord } from "../../state/user.js";
import type { AuthEventRecord } from "../../auth/auth-events.js";

export function eventOf(user: UserRecord, eventId: string): AuthEventRecord {
  const e = user.authEvents?.find((x) => x.id === eventId);
  if (!e) throw new ResourceNotFoundException(`Auth event ${eventId} does not exist.`);
  return e;
}

export function giveFeedback(e: AuthEventRecord, value: Shape<"FeedbackValueType">, provider: "admin" | "user", now: number): void {
  e.feedback = { FeedbackValue: value, Provider: provider, FeedbackDate: Math.floor(now) / 1000 };
}
