import { defineOperation } from "../engine/context.js";
import { poolAndClient } from "../auth/sign-in/common.js";
import { respond } from "../auth/sign-in/respond.js";

export default defineOperation("RespondToAuthChallenge", async (input, ctx) => {
  const { pool, client } = poolAndClient(ctx, input.ClientId);
  const { AvailableChallenges: _notInThisShape, ...answer } = await respond(ctx, { pool, client, challenge: input.ChallengeName, responses: input.ChallengeResponses ?? {}, session: input.Session, clientMetadata: input.ClientMetadata });
  return answer;
});
