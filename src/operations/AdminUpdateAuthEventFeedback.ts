import { defineOperation } from "../engine/context.js";
import { getPool, getUser } from "./shared/lookup.js";
import { requireThreatProtection } from "./shared/threat-protection.js";
import { eventOf, giveFeedback } from "./shared/event-feedback.js";

export default defineOperation("AdminUpdateAuthEventFeedback", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const user = getUser(pool, input.Username);
  requireThreatProtection(pool);
  giveFeedback(eventOf(user, input.EventId), input.FeedbackValue, "admin", ctx.now);
  return {};
});
