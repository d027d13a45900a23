// Codes and temporary passwords Cognito would send, and the messages that carry them (to the outbox).
import type { Shape } from "../../../generated/operations.js";
import type { OperationContext } from "../../engine/context.js";
import type { MessagePurpose } from "../../engine/outbox.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { DEFAULT_PASSWORD_POLICY } from "../../auth/password-policy.js";
import { maskDestination } from "./attributes.js";
import { deliver, newCode } from "./deliver.js";

const HOUR = 3600_000;
/** How long each kind of code stays valid. */
export const CODE_LIFETIME: Record<string, number> = { SIGN_UP: 24 * HOUR, VERIFY_ATTRIBUTE: 24 * HOUR, FORGOT_PASSWORD: HOUR };

export type DeliveryDetails = Shape<"CodeDeliveryDetailsType">;

/** Where a code for this attribute goes: email by email, phone_number by SMS. */
export function channelFor(attribute: string): "EMAIL" | "SMS" {
  return attribute === "phone_number" ? "SMS" : "EMAIL";
}

/** Creates a code for `purpose`, keeps it on the user and sends the message (outbox). */
export async function sendCode(ctx: OperationContext, pool: PoolRecord, user: UserRecord, attribute: "email" | "phone_number", purpose: MessagePurpose & keyof typeof CODE_LIFETIME, triggerSource: string, clientId?: string): Promise<DeliveryDetails> {
  const destination = user.attributes.get(attribute)!;
  const channel = channelFor(attribute);
  const code = newCode(ctx, pool, user, purpose, 6);
  user.codes.set(purpose === "VERIFY_ATTRIBUTE" ? `VERIFY_ATTRIBUTE:${attribute}` : purpose, { code, expiresAt: ctx.now + CODE_LIFETIME[purpose], failures: 0, attribute });
  const t = pool.settings.VerificationMessageTemplate ?? {};
  const template = (channel === "EMAIL" ? t.EmailMessage ?? pool.settings.EmailVerificationMessage : t.SmsMessage ?? pool.settings.SmsVerificationMessage) ?? "Your verification code is {####}. ";
  await deliver(ctx, pool, user, {
    channel, destination, purpose, code, template, triggerSource, clientId,
    subject: t.EmailSubject ?? pool.settings.EmailVerificationSubject ?? "Your verification code",
  });
  return { Destination: maskDestination(channel, destination), DeliveryMedium: channel, AttributeName: attribute };
}

/** A temporary password that satisfies the pool's policy. */
export function temporaryPassword(ctx: OperationContext, pool: PoolRecord): string {
  const length = Math.max(pool.settings.Policies?.PasswordPolicy?.MinimumLength ?? DEFAULT_PASSWORD_POLICY.MinimumLength, 8);
  const r = ctx.random;
  const pick = (s: string) => s[r.int(s.length)];
  const parts = [pick("ABCDEFGHJKLMNPQRSTUVWXYZ"), pick("abcdefghijkmnopqrstuvwxyz"), pick("23456789"), pick("!#$%&*+-=?@^_")];
  while (parts.length < length) parts.push(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"));
  return parts.join("");
}

/** The invitation AdminCreateUser sends, with the temporary password. */
export async function sendInvitation(ctx: OperationContext, pool: PoolRecord, user: UserRecord, password: string, mediums: readonly string[]): Promise<void> {
  const t = pool.settings.AdminCreateUserConfig?.InviteMessageTemplate ?? {};
  for (const medium of mediums) {
    const attribute = medium === "EMAIL" ? "email" : "phone_number";
    const destination = user.attributes.get(attribute);
    if (!destination) continue;
    await deliver(ctx, pool, user, {
      channel: medium === "EMAIL" ? "EMAIL" : "SMS", destination, purpose: "INVITATION", temporaryPassword: password,
      subject: t.EmailSubject ?? "Your temporary password", triggerSource: "CustomMessage_AdminCreateUser",
      template: (medium === "EMAIL" ? t.EmailMessage : t.SMSMessage) ?? "Your username is {username} and temporary password is {####}. ",
    });
  }
}
