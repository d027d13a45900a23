// Setting a user's password, temporary or permanent.
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { createPasswordRecord } from "../../auth/passwords.js";
import { DEFAULT_PASSWORD_POLICY } from "../../auth/password-policy.js";

const DAY = 86400_000;

export function setPassword(ctx: OperationContext, pool: PoolRecord, user: UserRecord, password: string, permanent: boolean): void {
  user.password = createPasswordRecord(pool.id, user.username, password, ctx.random, ctx.now);
  if (permanent) {
    delete user.temporaryPasswordExpiresAt;
  } else {
    const days = pool.settings.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? DEFAULT_PASSWORD_POLICY.TemporaryPasswordValidityDays;
    user.temporaryPasswordExpiresAt = ctx.now + days * DAY;
  }
}
