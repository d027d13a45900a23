// Every message Cognito would send goes through here: the code comes from the mock's randomness (or
// the codes a test fixed), the CustomMessage trigger may rewrite the text, and the outbox records it.
import type { OperationContext } from "../../engine/context.js";
import type { DeliveryChannel, MessagePurpose, OutboxMessage } from "../../engine/outbox.js";
import { DIGITS } from "../../engine/random.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { runTrigger } from "../../auth/triggers.js";

/** A new code of `length` digits, unless the test fixed the codes (mock.setCodes). */
export function newCode(ctx: OperationContext, pool: PoolRecord, user: { username: string }, purpose: MessagePurpose, length: number): string {
  const fixed = ctx.fixedCodes;
  const chosen = typeof fixed === "function" ? fixed({ userPoolId: pool.id, username: user.username, purpose, length }) : fixed;
  return chosen ?? ctx.random.string(length, DIGITS);
}

export interface Delivery {
  channel: DeliveryChannel;
  destination: string;
  purpose: MessagePurpose;
  code?: string;
  temporaryPassword?: string;
  subject?: string;
  /** the pool's template, with {####} (and {username}) still in it */
  template: string;
  /** CustomMessage_<source> */
  triggerSource: string;
  clientId?: string;
  clientMetadata?: Record<string, string>;
}

export async function deliver(ctx: OperationContext, pool: PoolRecord, user: UserRecord, d: Delivery): Promise<OutboxMessage> {
  const secret = d.code ?? d.temporaryPassword ?? "";
  const shownName = displayUsername(pool, user);
  let body = d.template;
  let subject = d.subject;
  const custom = await runTrigger(ctx, pool, "customMessage", d.triggerSource, {
    userName: user.username, clientId: d.clientId,
    request: { userAttributes: Object.fromEntries(user.attributes), codeParameter: "{####}", usernameParameter: d.temporaryPassword ? "{username}" : null, linkParameter: "{##Click Here##}", clientMetadata: d.clientMetadata ?? {} },
    response: { smsMessage: null as string | null, emailMessage: null as string | null, emailSubject: null as string | null },
  });
  if (d.channel === "SMS" && custom.smsMessage) body = custom.smsMessage;
  if (d.channel === "EMAIL" && custom.emailMessage) body = custom.emailMessage;
  if (d.channel === "EMAIL" && custom.emailSubject) subject = custom.emailSubject;
  return ctx.outbox.add({
    at: ctx.now, userPoolId: pool.id, username: user.username, channel: d.channel, destination: d.destination, purpose: d.purpose,
    ...(d.code ? { code: d.code } : {}), ...(d.temporaryPassword ? { temporaryPassword: d.temporaryPassword } : {}),
    ...(d.channel === "EMAIL" && subject ? { subject } : {}),
    body: body.replaceAll("{####}", secret).replaceAll("{username}", shownName),
  });
}

/** In email/phone-as-username pools, messages show the address the user signs in with. */
function displayUsername(pool: PoolRecord, user: UserRecord): string {
  for (const a of pool.settings.UsernameAttributes ?? []) { const v = user.attributes.get(a); if (v) return v; }
  return user.username;
}
