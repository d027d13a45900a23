import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { checkLogConfigurations } from "./shared/log-delivery.js";

// The request replaces the whole configuration: an event source it leaves out stops being logged, and
// an empty list turns logging off.
export default defineOperation("SetLogDeliveryConfiguration", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  checkLogConfigurations(pool, input.LogConfigurations);
  pool.admin.logConfigurations = structuredClone(input.LogConfigurations);
  return { LogDeliveryConfiguration: { UserPoolId: pool.id, LogConfigurations: structuredClone(pool.admin.logConfigurations) } };
});
