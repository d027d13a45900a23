import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getResourceServer, resourceServerType } from "./shared/resource-servers.js";

export default defineOperation("DescribeResourceServer", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  return { ResourceServer: resourceServerType(pool, getResourceServer(pool, input.Identifier)) };
});
