// The triggers around a sign-in: user migration (an unknown user proven by an old system),
// pre-authentication (may refuse) and post-authentication (told afterwards).
import type { OperationContext } from "../../engine/context.js";
import type { ClientRecord, PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { hasTrigger, runTrigger } from "../triggers.js";
import { setPassword } from "../../operations/shared/passwords.js";
import { syncAliases } from "../../operations/shared/attributes.js";

// Each event is built only when the slot is filled: copying the user's attributes for no one was a
// measurable part of every sign-in.
export async function preAuthentication(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, clientMetadata: Record<string, string>): Promise<void> {
  if (!hasTrigger(ctx, pool, "preAuthentication")) return;
  await runTrigger(ctx, pool, "preAuthentication", "PreAuthentication_Authentication", {
    userName: user.username, clientId: client.ClientId,
    request: { userAttributes: Object.fromEntries(user.attributes), validationData: {}, userNotFound: false, clientMetadata },
    response: {},
  });
}

export async function postAuthentication(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord): Promise<void> {
  if (!hasTrigger(ctx, pool, "postAuthentication")) return;
  await runTrigger(ctx, pool, "postAuthentication", "PostAuthentication_Authentication", {
    userName: user.username, clientId: client.ClientId,
    request: { userAttributes: Object.fromEntries(user.attributes), newDeviceUsed: false, clientMetadata: {} },
    response: {},
  });
}

/**
 * UserMigration_Authentication: an unknown user signing in with a password is offered to the trigger;
 * when it answers with attributes, the user is created (CONFIRMED or RESET_REQUIRED) with that password.
 */
export async function migrateUser(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, name: string, password: string, clientMetadata: Record<string, string>): Promise<UserRecord | undefined> {
  if (!hasTrigger(ctx, pool, "userMigration")) return undefined;
  const r = await runTrigger(ctx, pool, "userMigration", "UserMigration_Authentication", {
    userName: name, clientId: client.ClientId,
    request: { password, validationData: {}, clientMetadata },
    response: { userAttributes: undefined as Record<string, string> | undefined, finalUserStatus: undefined as string | undefined, messageAction: undefined as string | undefined },
  });
  if (!r.userAttributes) return undefined;
  const sub = ctx.random.uuid();
  const byAttributes = pool.settings.UsernameAttributes ?? [];
  const username = byAttributes.length ? sub : name;
  const attributes = new Map<string, string>([["sub", sub]]);
  for (const [k, v] of Object.entries(r.userAttributes)) if (k !== "sub") attributes.set(k, String(v));
  const user = pool.users.add({
    username, sub, attributes, status: r.finalUserStatus === "RESET_REQUIRED" ? "RESET_REQUIRED" : "CONFIRMED", enabled: true,
    created: ctx.now, modified: ctx.now, groups: new Set(), mfaMethods: [], linkedProviders: [], codes: new Map(),
  });
  syncAliases(pool, user, new Map());
  setPassword(ctx, pool, user, password, true);
  return user;
}
