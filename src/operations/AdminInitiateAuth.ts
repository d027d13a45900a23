import { defineOperation } from "../engine/context.js";
import { poolAndClient } from "../auth/sign-in/common.js";
import { initiate } from "../auth/sign-in/initiate.js";

export default defineOperation("AdminInitiateAuth", async (input, ctx) => {
  const { pool, client } = poolAndClient(ctx, input.ClientId, input.UserPoolId);
  return initiate(ctx, { pool, client, flow: input.AuthFlow, params: input.AuthParameters ?? {}, admin: true, clientMetadata: input.ClientMetadata });
});
