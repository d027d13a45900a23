import { defineOperation } from "../engine/context.js";
import { getClient, getPool } from "./shared/lookup.js";
import { effectiveRisk, riskRecord } from "./shared/risk-config.js";

// Naming only the pool resets its configuration to defaults; naming only the pool and a client makes
// the client inherit the pool's again. Threat protection need not be on: Cognito stores the settings
// whatever the pool's AdvancedSecurityMode (they take effect once it is AUDIT or ENFORCED).
export default defineOperation("SetRiskConfiguration", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.ClientId !== undefined) getClient(pool, input.ClientId);
  const record = riskRecord(input, ctx.now);
  if (input.ClientId === undefined) pool.admin.risk = record ?? { modified: ctx.now };
  else if (record) pool.admin.clientRisk.set(input.ClientId, record);
  else pool.admin.clientRisk.delete(input.ClientId);
  return { RiskConfiguration: effectiveRisk(pool, input.ClientId) };
});
