import { InvalidParameterException, LimitExceededException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import type { ResourceServerRecord } from "../state/identity.js";
import { getPool } from "./shared/lookup.js";
import { MAX_RESOURCE_SERVERS, checkScopes, resourceServerType } from "./shared/resource-servers.js";

export default defineOperation("CreateResourceServer", (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const servers = pool.identity.resourceServers;
  if (servers.has(input.Identifier)) throw new InvalidParameterException(`${input.Identifier} already exists in user pool ${pool.id}`);
  if (servers.size >= MAX_RESOURCE_SERVERS) throw new LimitExceededException(`The user pool ${pool.id} has reached its limit of ${MAX_RESOURCE_SERVERS} resource servers.`);
  const scopes = input.Scopes ?? [];
  checkScopes(scopes);
  const server: ResourceServerRecord = { identifier: input.Identifier, name: input.Name, scopes: scopes.map((s) => ({ ...s })) };
  servers.set(server.identifier, server);
  return { ResourceServer: resourceServerType(pool, server) };
});
