import { defineOperation } from "../engine/context.js";
import { getPool } from "./shared/lookup.js";
import { checkScopes, getResourceServer, pruneClientScopes, resourceServerType, scopeNames } from "./shared/resource-servers.js";

// Like the pool and client updates, this replaces the whole server: Scopes left out means no scopes.
// Scopes that disappear are taken off the app clients that were allowed them.
export default defineOperation("UpdateResourceServer", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const server = getResourceServer(pool, input.Identifier);
  const scopes = input.Scopes ?? [];
  checkScopes(scopes);
  const before = scopeNames(server);
  server.name = input.Name;
  server.scopes = scopes.map((s) => ({ ...s }));
  const after = scopeNames(server);
  pruneClientScopes(pool, new Set([...before].filter((s) => !after.has(s))));
  return { ResourceServer: resourceServerType(pool, server) };
});
