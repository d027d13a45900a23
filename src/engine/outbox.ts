// Every message Cognito would have sent (email, SMS), with the code or temporary password it carries,
// so a test or a developer can read it instead of a mailbox.

export type DeliveryChannel = "EMAIL" | "SMS";
export type MessagePurpose =
  | "SIGN_UP" | "RESEND_CODE" | "FORGOT_PASSWORD" | "VERIFY_ATTRIBUTE" | "INVITATION"
  | "MFA_SMS" | "MFA_EMAIL" | "OTP_SIGN_IN" | "ADMIN_RESET_PASSWORD";

export interface OutboxMessage {
  id: number;
  /** epoch milliseconds by the mock's clock */
  at: number;
  userPoolId: string;
  username: string;
  channel: DeliveryChannel;
  /** the full address or number (the API itself only shows a masked one) */
  destination: string;
  purpose: MessagePurpose;
  code?: string;
  temporaryPassword?: string;
  subject?: string;
  body: string;
}

export interface Outbox {
  readonly messages: readonly OutboxMessage[];
  add(message: Omit<OutboxMessage, "id">): OutboxMessage;
  /** Messages to one user, newest last; optionally only one purpose. */
  forUser(userPoolId: string, username: string, purpose?: MessagePurpose): OutboxMessage[];
  /** The newest code sent to a user (or to an address), for tests. */
  lastCode(filter: { userPoolId?: string; username?: string; destination?: string; purpose?: MessagePurpose }): string | undefined;
  clear(): void;
}

export function createOutbox(): Outbox {
  const messages: OutboxMessage[] = [];
  let nextId = 1;
  return {
    messages,
    add(message) {
      const m = { id: nextId++, ...message };
      messages.push(m);
      return m;
    },
    forUser(userPoolId, username, purpose) {
      return messages.filter((m) => m.userPoolId === userPoolId && m.username === username && (!purpose || m.purpose === purpose));
    },
    lastCode(f) {
      for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (f.userPoolId && m.userPoolId !== f.userPoolId) continue;
        if (f.username && m.username !== f.username) continue;
        if (f.destination && m.destination !== f.destination) continue;
        if (f.purpose && m.purpose !== f.purpose) continue;
        if (m.code ?? m.temporaryPassword) return m.code ?? m.temporaryPassword;
      }
      return undefined;
    },
    clear() { messages.length = 0; },
  };
}
