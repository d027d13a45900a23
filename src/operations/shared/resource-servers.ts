// Resource servers as the API shows them, and the rules Create/UpdateResourceServer share.
import type { Shape } from "../../../generated/operations.js";
import { InvalidParameterException, ResourceNotFoundException } from "../../../generated/errors.js";
import type { PoolRecord } from "../../state/pool.js";
import type { ResourceServerRecord } from "../../state/identity.js";

/** The documented quota of resource servers per user pool. */
export const MAX_RESOURCE_SERVERS = 25;

export function getResourceServer(pool: PoolRecord, identifier: string): ResourceServerRecord {
  const server = pool.identity.resourceServers.get(identifier);
  if (!server) throw new ResourceNotFoundException(`${identifier} does not exist in user pool ${pool.id}`);
  return server;
}

export function resourceServerType(pool: PoolRecord, r: ResourceServerRecord): Shape<"ResourceServerType"> {
  return { UserPoolId: pool.id, Identifier: r.identifier, Name: r.name, Scopes: r.scopes.map((s) => ({ ...s })) };
}

export function checkScopes(scopes: readonly Shape<"ResourceServerScopeType">[]): void {
  const seen = new Set<string>();
  for (const { ScopeName } of scopes) {
    if (seen.has(ScopeName)) throw new InvalidParameterException(`Duplicate scope name ${ScopeName} in Scopes.`);
    seen.add(ScopeName);
  }
}

/**
 * Takes custom scopes that no longer exist off the pool's app clients, so a client never lists a scope
 * its pool does not define (the same rule CreateUserPoolClient applies with ScopeDoesNotExistException).
 */
export function pruneClientScopes(pool: PoolRecord, gone: ReadonlySet<string>): void {
  if (!gone.size) return;
  for (const client of pool.clients.values()) {
    if (client.AllowedOAuthScopes?.some((s) => gone.has(s))) client.AllowedOAuthScopes = client.AllowedOAuthScopes.filter((s) => !gone.has(s));
  }
}

export const scopeNames = (r: ResourceServerRecord): Set<string> => new Set(r.scopes.map((s) => `${r.identifier}/${s.ScopeName}`));
