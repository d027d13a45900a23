import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";
import { effectiveRisk } from "./shared/risk-config.js";

// A client without settings of its own answers with the pool's, without a ClientId: the model says an
// absent ClientId means the configuration applies to every client lacking its own. Cognito answers a
// pool that never had one with just its id, not an error (Terraform's provider relies on that).
export default defineOperation("DescribeRiskConfiguration", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ClientId !== undefined) getClient(pool, input.ClientId);
  return { RiskConfiguration: effectiveRisk(pool, input.ClientId) };
});
