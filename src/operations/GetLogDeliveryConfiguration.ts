import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";

// A pool that never had logging configured answers with an empty list rather than an error.
export default defineOperation("GetLogDeliveryConfiguration", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return { LogDeliveryConfiguration: { UserPoolId: pool.id, LogConfigurations: structuredClone(pool.admin.logConfigurations) } };
});
