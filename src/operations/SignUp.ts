import { InvalidParameterException, NotAuthorizedException, UsernameExistsException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { assertPolicy, POLICY_PREFIX } from "../auth/password-policy.js";
import { publicClient, verificationTarget } from "./shared/public-client.js";
import { activeAlias, checkAttributes, checkRequired, claimAliases, syncAliases, EMAIL, PHONE } from "./shared/attributes.js";
import type { PoolRecord } from "../state/pool.js";
import { sendCode } from "./shared/codes.js";
import { setPassword } from "./shared/passwords.js";
import { runTrigger } from "../auth/triggers.js";

const attributeMap = (list: { Name: string; Value?: string }[] | undefined) => Object.fromEntries((list ?? []).map((a) => [a.Name, a.Value ?? ""]));

// Self sign-up: the user starts UNCONFIRMED, and gets a code when the pool auto-verifies an address
// they gave. In email/phone-as-username pools the username is the address and the real one the sub.
export default defineOperation("SignUp", async (input, ctx) => {
  const { pool } = publicClient(ctx, input.ClientId, input.Username, input.SecretHash);
  if (pool.settings.AdminCreateUserConfig?.AllowAdminCreateUserOnly) throw new NotAuthorizedException("SignUp is not permitted for this user pool");
  const attributes = input.UserAttributes ?? [];
  checkAttributes(pool, attributes, "create");
  const passwordless = (pool.settings.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? []).some((f) => f === "EMAIL_OTP" || f === "SMS_OTP");
  if (input.Password === undefined && !passwordless) throw new InvalidParameterException("Password is required for this user pool.");
  if (input.Password !== undefined) assertPolicy(input.Password, pool.settings.Policies?.PasswordPolicy, POLICY_PREFIX.signUp);

  const byAttributes = pool.settings.UsernameAttributes ?? [];
  const values = new Map<string, string>();
  let username = input.Username;
  const sub = ctx.random.uuid();
  if (byAttributes.length) {
    const attribute = byAttributes.includes("email") && EMAIL.test(input.Username) ? "email" : byAttributes.includes("phone_number") && PHONE.test(input.Username) ? "phone_number" : undefined;
    if (!attribute) throw new InvalidParameterException(byAttributes.length > 1 ? "Username should be either an email or a phone number." : byAttributes[0] === "email" ? "Username should be an email." : "Username should be a phone number.");
    username = sub;
    values.set(attribute, input.Username);
  } else {
    if (pool.settings.AliasAttributes?.includes("email") && EMAIL.test(username)) throw new InvalidParameterException("Username cannot be of email format, since user pool is configured for email alias.");
  }
  values.set("sub", sub);
  for (const a of attributes) if (!values.has(a.Name) || a.Name !== "sub") values.set(a.Name, a.Value ?? "");
  // sub first, as everywhere
  const ordered = new Map<string, string>([["sub", sub], ...[...values].filter(([k]) => k !== "sub")]);
  checkRequired(pool, ordered);
  admit(pool, username, ordered);
  const pre = await runTrigger(ctx, pool, "preSignUp", "PreSignUp_SignUp", {
    userName: username, clientId: input.ClientId,
    request: { userAttributes: Object.fromEntries(ordered), validationData: attributeMap(input.ValidationData), clientMetadata: input.ClientMetadata ?? {} },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  });
  if (pre.autoVerifyEmail && ordered.get("email")) ordered.set("email_verified", "true");
  if (pre.autoVerifyPhone && ordered.get("phone_number")) ordered.set("phone_number_verified", "true");
  // the trigger awaited: another SignUp or AdminCreateUser may have taken the name or an address meanwhile,
  // so check again; from here to pool.users.add nothing awaits
  admit(pool, username, ordered);

  const user = pool.users.add({
    username, sub, attributes: ordered, status: pre.autoConfirmUser ? "CONFIRMED" : "UNCONFIRMED", enabled: true, created: ctx.now, modified: ctx.now,
    groups: new Set(), mfaMethods: [], linkedProviders: [], codes: new Map(),
  });
  syncAliases(pool, user, new Map());
  if (input.Password !== undefined) setPassword(ctx, pool, user, input.Password, true);
  const target = pre.autoConfirmUser ? undefined : verificationTarget(pool, ordered);
  const CodeDeliveryDetails = target ? await sendCode(ctx, pool, user, target, "SIGN_UP", "CustomMessage_SignUp", input.ClientId) : undefined;
  return { UserConfirmed: !!pre.autoConfirmUser, UserSub: sub, ...(CodeDeliveryDetails ? { CodeDeliveryDetails } : {}) };
});

/**
 * Refuses a taken username (or username-attribute address), and settles verified aliases another user
 * holds: Cognito settles those at confirmation (ConfirmSignUp's ForceAliasCreation), so the newcomer
 * starts with that address unverified and the holder keeps it.
 */
function admit(pool: PoolRecord, username: string, attributes: Map<string, string>): void {
  for (const attribute of pool.settings.UsernameAttributes ?? []) {
    const value = attributes.get(attribute);
    if (value && pool.users.byAlias(attribute, value)) throw new UsernameExistsException(`An account with the given ${attribute} already exists.`);
  }
  if (pool.users.byUsername(username)) throw new UsernameExistsException("User already exists");
  for (const attribute of ["email", "phone_number"] as const) {
    const value = activeAlias(pool, attribute, attributes);
    if (value && pool.users.byAlias(attribute, value)) attributes.set(`${attribute}_verified`, "false");
  }
  claimAliases(pool, undefined, attributes, "error", true);
}
