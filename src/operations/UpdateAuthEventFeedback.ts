import { NotAuthorizedException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { requireThreatProtection } from "./shared/threat-protection.js";
import { eventOf, giveFeedback } from "./shared/event-feedback.js";

// The public twin: the user answers "was this you?" from a notification, proving it with the
// event's feedback token instead of IAM.
export default defineOperation("UpdateAuthEventFeedback", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  requireThreatProtection(pool);
  const event = eventOf(user, input.EventId);
  if (event.feedbackToken !== input.FeedbackToken) throw new NotAuthorizedException("Invalid feedback token.");
  giveFeedback(event, input.FeedbackValue, "user", ctx.now);
  return {};
});
