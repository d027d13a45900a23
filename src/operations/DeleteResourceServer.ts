import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { getResourceServer, pruneClientScopes, scopeNames } from "./shared/resource-servers.js";

// The server's scopes are taken off the app clients that were allowed them.
export default defineOperation("DeleteResourceServer", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const server = getResourceServer(pool, input.Identifier);
  pool.identity.resourceServers.delete(server.identifier);
  pruneClientScopes(pool, scopeNames(server));
  return {};
});
