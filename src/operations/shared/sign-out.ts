// Revoking sign-ins: their refresh tokens stop working and so do the access tokens they issued. A
// global sign-out notes the last sign-in number it ends for the user (auth/origin.ts); records kept by
// older versions (state files) are revoked one by one.
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";

export function signOutEverywhere(ctx: OperationContext, pool: PoolRecord, user: UserRecord): void {
  ctx.store.auth.signedOut.set(`${pool.id}\u0000${user.username}`, ctx.store.auth.signIns);
  for (const r of ctx.store.auth.refreshTokensOf(pool.id, user.username)) {
    r.revoked = true;
    ctx.store.auth.revokedOrigins.add(r.originJti);
  }
}

/** Everything about a user that dies with them: group memberships, sign-ins. */
export function removeUser(ctx: OperationContext, pool: PoolRecord, user: UserRecord): void {
  signOutEverywhere(ctx, pool, user);
  for (const g of user.groups) pool.groups.get(g)?.members.delete(user.username);
  pool.users.remove(user);
}
