// A user's passkeys (WebAuthn credentials) and the registration they have started. Kept on the
// UserRecord, so they go when the user goes. (Owned by the USER_AUTH / WebAuthn work.)

export interface PasskeyRecord {
  /** base64url credential id, as the authenticator made it */
  id: string;
  /** base64url COSE public key */
  publicKey: string;
  /** the authenticator's signature counter, checked against replays */
  counter: number;
  /** the relying party the credential was made for */
  rpId: string;
  transports: string[];
  /** "platform" or "cross-platform", when the client said */
  attachment?: string;
  friendlyName: string;
  /** epoch ms */
  created: number;
}

/** What StartWebAuthnRegistration handed out, for CompleteWebAuthnRegistration to check against. */
export interface PendingPasskeyRegistration {
  /** base64url */
  challenge: string;
  /** the app client of the access token that started it */
  clientId: string;
  rpId: string;
  /** epoch ms */
  expiresAt: number;
}

/** Cognito's quota of passkeys per user. */
export const MAX_PASSKEYS = 20;
