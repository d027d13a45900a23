import { InvalidParameterException, UnsupportedUserStateException, UsernameExistsException } from "../../generated/errors.js";
import { defineOperation, type OperationContext } from "../engine/context.js";
import type { PoolRecord } from "../state/pool.js";
import type { UserRecord } from "../state/user.js";
import { assertPolicy, POLICY_PREFIX } from "../auth/password-policy.js";
import { getPool, getUser } from "./shared/lookup.js";
import { checkAttributes, checkRequired, claimAliases, syncAliases, EMAIL, PHONE } from "./shared/attributes.js";
import { sendInvitation, temporaryPassword } from "./shared/codes.js";
import { setPassword } from "./shared/passwords.js";
import { userType } from "./shared/user-view.js";

export default defineOperation("AdminCreateUser", async (input, ctx) => {
  const pool = getPool(ctx, input.UserPoolId);
  const mediums = input.DesiredDeliveryMediums ?? ["SMS"];
  if (input.TemporaryPassword) assertPolicy(input.TemporaryPassword, pool.settings.Policies?.PasswordPolicy, POLICY_PREFIX.adminCreateUser);

  if (input.MessageAction === "RESEND") {
    const user = getUser(pool, input.Username);
    if (user.status !== "FORCE_CHANGE_PASSWORD") throw new UnsupportedUserStateException(`Resend not possible. ${user.username} status is not FORCE_CHANGE_PASSWORD.`);
    await invite(ctx, pool, user, input.TemporaryPassword, mediums);
    user.modified = ctx.now;
    return { User: userType(user) };
  }

  const attributes = input.UserAttributes ?? [];
  checkAttributes(pool, attributes, "create");
  const { username, identity } = internalUsername(ctx, pool, input.Username);
  if (pool.users.byUsername(username) || (!identity && pool.users.bySubject(username))) throw new UsernameExistsException("User account already exists");

  const sub = identity ? username : ctx.random.uuid();
  const values = new Map<string, string>([["sub", sub]]);
  for (const a of attributes) values.set(a.Name, a.Value ?? "");
  if (identity) {
    const given = values.get(identity.attribute);
    if (given !== undefined && given !== identity.value) throw new InvalidParameterException(`${identity.attribute} attribute must match the username.`);
    values.set(identity.attribute, identity.value);
  }
  checkRequired(pool, values);
  claimAliases(pool, undefined, values, input.ForceAliasCreation ? "move" : "error", true);

  const user = pool.users.add({
    username, sub, attributes: new Map(), status: "FORCE_CHANGE_PASSWORD", enabled: true, created: ctx.now, modified: ctx.now,
    groups: new Set(), mfaMethods: [], linkedProviders: [], codes: new Map(),
  });
  const before = new Map<string, string>();
  for (const [k, v] of values) user.attributes.set(k, v);
  syncAliases(pool, user, before);
  await invite(ctx, pool, user, input.TemporaryPassword, input.MessageAction === "SUPPRESS" ? [] : mediums);
  return { User: userType(user) };
});

async function invite(ctx: OperationContext, pool: PoolRecord, user: UserRecord, given: string | undefined, mediums: readonly string[]): Promise<void> {
  const password = given ?? temporaryPassword(ctx, pool);
  setPassword(ctx, pool, user, password, false);
  await sendInvitation(ctx, pool, user, password, mediums);
}

/**
 * In pools that sign in by email or phone number the Username given is that address, and the user's
 * real username is their sub; alias pools refuse a Username shaped like an alias.
 */
function internalUsername(ctx: OperationContext, pool: PoolRecord, given: string): { username: string; identity?: { attribute: "email" | "phone_number"; value: string } } {
  const byAttributes = pool.settings.UsernameAttributes ?? [];
  if (byAttributes.length) {
    const asEmail = byAttributes.includes("email") && EMAIL.test(given);
    const asPhone = byAttributes.includes("phone_number") && PHONE.test(given);
    if (!asEmail && !asPhone) {
      throw new InvalidParameterException(byAttributes.length > 1 ? "Username should be either an email or a phone number." : byAttributes[0] === "email" ? "Username should be an email." : "Username should be a phone number.");
    }
    const attribute = asEmail ? "email" : "phone_number";
    if (pool.users.byAlias(attribute, given)) throw new UsernameExistsException(`An account with the given ${attribute} already exists.`);
    return { username: ctx.random.uuid(), identity: { attribute, value: given } };
  }
  const aliases = pool.settings.AliasAttributes ?? [];
  if (aliases.includes("email") && EMAIL.test(given)) throw new InvalidParameterException("Username cannot be of email format, since user pool is configured for email alias.");
  if (aliases.includes("phone_number") && PHONE.test(given)) throw new InvalidParameterException("Username cannot be of phone format, since user pool is configured for phone_number alias.");
  return { username: given };
}
