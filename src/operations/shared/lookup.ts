// Finding things by the ids requests carry, with Cognito's not-found errors.
import { ResourceNotFoundException, UserNotFoundException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, GroupRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { ALIAS_ATTRIBUTES } from "../../state/user-directory.js";
import { regionOfPoolId } from "../../state/ids.js";

export function getPool(ctx: OperationContext, poolId: string): PoolRecord {
  const pool = ctx.store.pools.get(poolId);
  // a pool lives in one region: asking another region's endpoint finds nothing
  if (!pool || (ctx.regionExplicit && regionOfPoolId(poolId) !== ctx.region)) throw new ResourceNotFoundException(`User pool ${poolId} does not exist.`);
  return pool;
}

export function getClient(pool: PoolRecord, clientId: string): ClientRecord {
  const client = pool.clients.get(clientId);
  if (!client) throw new ResourceNotFoundException(`User pool client ${clientId} does not exist.`);
  return client;
}

export function getGroup(pool: PoolRecord, name: string): GroupRecord {
  const group = pool.groups.get(name);
  if (!group) throw new ResourceNotFoundException("Group not found.");
  return group;
}

/**
 * A user by what admin operations accept as Username: the username itself, the sub, or a sign-in
 * alias (email, phone number, preferred username) that the pool uses and the user has verified.
 */
export function findUser(pool: PoolRecord, name: string): UserRecord | undefined {
  const users = pool.users;
  const direct = users.byUsername(name) ?? users.bySubject(name);
  if (direct) return direct;
  for (const attribute of ALIAS_ATTRIBUTES) {
    const u = users.byAlias(attribute, name);
    if (u) return u;
  }
  return undefined;
}

export function getUser(pool: PoolRecord, name: string): UserRecord {
  const user = findUser(pool, name);
  if (!user) throw new UserNotFoundException("User does not exist.");
  return user;
}
