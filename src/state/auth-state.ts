// What sign-in leaves behind between requests: challenge sessions, SRP exchanges in flight, revoked
// sign-ins. Knows nothing of HTTP. A sign-in itself leaves nothing: its refresh token carries what a
// refresh needs (encrypted), and its origin_jti its place in the sequence of sign-ins, so memory does not
// grow with sign-ins (refreshTokens holds only records loaded from state files of older versions).

export type ChallengeName =
  | "PASSWORD_VERIFIER" | "NEW_PASSWORD_REQUIRED" | "SMS_MFA" | "EMAIL_OTP" | "SOFTWARE_TOKEN_MFA" | "SELECT_MFA_TYPE"
  | "MFA_SETUP" | "CUSTOM_CHALLENGE" | "DEVICE_SRP_AUTH" | "DEVICE_PASSWORD_VERIFIER" | "SELECT_CHALLENGE" | "WEB_AUTHN"
  | "PASSWORD" | "PASSWORD_SRP" | "SMS_OTP";

export interface AuthSession {
  id: string;
  poolId: string;
  clientId: string;
  username: string;
  /** the challenge this session answers */
  challenge: ChallengeName;
  /** epoch ms */
  expiresAt: number;
  /** a code sent for SMS_MFA / EMAIL_OTP, and wrong guesses */
  code?: string;
  failures?: number;
  /** MFA_SETUP: the TOTP secret being associated, and whether VerifySoftwareToken succeeded */
  totpSecret?: string;
  totpVerified?: boolean;
  /** a device key the client sent, to remember after sign-in */
  deviceKey?: string;
  /** CUSTOM_AUTH history and USER_AUTH choices */
  custom?: { session: { challengeName: string; challengeResult: boolean; challengeMetadata?: string }[]; privateParameters?: Record<string, string> };
  availableChallenges?: string[];
  /** the original sign-in time carries into the tokens (auth_time) */
  authTime?: number;
  /** DEVICE_PASSWORD_VERIFIER: the device SRP exchange in flight (hex numbers, and the block handed out) */
  deviceSrp?: { A: string; b: string; B: string; secretBlock: string };
  /** WEB_AUTHN: the base64url challenge the passkey must sign */
  webAuthnChallenge?: string;
  /** a believable session for an unknown user (PreventUserExistenceErrors): no answer succeeds */
  fake?: boolean;
}

export interface SrpExchange {
  poolId: string;
  clientId: string;
  username: string;
  /** hex */
  b: string;
  B: string;
  A: string;
  expiresAt: number;
  /** set for device SRP: the device being proven */
  deviceKey?: string;
  /** an unknown user's believable challenge (PreventUserExistenceErrors): it can only fail */
  fake?: boolean;
  /** CUSTOM_AUTH started with SRP_A continues with the custom challenges after the password */
  flow?: "USER_SRP_AUTH" | "CUSTOM_AUTH";
}

export interface RefreshRecord {
  /** the token's own id (its JWE authentication tag; a random id for records of older versions) */
  id: string;
  poolId: string;
  clientId: string;
  username: string;
  originJti: string;
  /** epoch seconds of the sign-in */
  authTime: number;
  expiresAt: number;
  deviceKey?: string;
  revoked: boolean;
  scope: string;
  /** rotation: when this token was exchanged for a new one (it then works only for the grace period) */
  rotatedAt?: number;
}

export class AuthState {
  readonly sessions = new Map<string, AuthSession>();
  /** keyed by the SECRET_BLOCK handed to the client (Cognito's PASSWORD_VERIFIER carries no Session) */
  readonly srp = new Map<string, SrpExchange>();
  /** refresh tokens by digest, as versions before self-contained refresh tokens kept them (from state files) */
  readonly refreshTokens = new Map<string, RefreshRecord>();
  /** origin_jti of every sign-in revoked one by one (RevokeToken), and of older versions' global sign-outs */
  readonly revokedOrigins = new Set<string>();
  /** global sign-outs and deleted users: "<pool>\u0000<username>" to the last sign-in number they ended */
  readonly signedOut = new Map<string, number>();
  /** refresh-token rotation: the id of each refresh token exchanged, when it was first exchanged, and when it expires (then it goes) */
  readonly rotated = new Map<string, { at: number; expires: number }>();
  /** sign-ins so far: each sign-in's number is hidden in its origin_jti (see auth/origin.ts) */
  signIns = 0;
  /** hex; the key that hides those numbers, made at the first sign-in (or at start by a server with a state file) */
  originKey = "";
  /**
   * Names this store's tokens (in kids and refresh tokens), new for every store and every reset. Drawn
   * from the platform's randomness, not the seeded one: two mocks with one seed must still differ.
   */
  epoch = newEpoch();
  /** digests of sessions that already produced tokens or a next step ("can only be used once") */
  readonly spent = new Set<string>();
  /** TOTP codes already used, per user and time step: "<pool>/<user>/<step>" */
  readonly usedTotp = new Set<string>();

  // Each user's recorded refresh tokens (from state files of older versions), for signing out
  // everywhere and deleting users without walking every record. Derived, so private (state files leave
  // it out); refreshTokens only grows or is cleared, and a map filled another way (a state file being
  // loaded) has a size the index has not seen.
  #byUser = new Map<string, RefreshRecord[]>();
  #indexed = 0;

  /** Keeps a refresh-token record (by its lookup key) and indexes it by user: how older versions kept every token. */
  addRefreshToken(key: string, record: RefreshRecord): void {
    const before = this.refreshTokens.size;
    this.refreshTokens.set(key, record);
    if (this.refreshTokens.size > before && this.#indexed === before) {
      this.#index(record);
      this.#indexed++;
    }
  }

  /** The refresh tokens issued to one user of one pool. */
  refreshTokensOf(poolId: string, username: string): readonly RefreshRecord[] {
    if (this.#indexed !== this.refreshTokens.size) {
      this.#byUser.clear();
      for (const r of this.refreshTokens.values()) this.#index(r);
      this.#indexed = this.refreshTokens.size;
    }
    return this.#byUser.get(`${poolId}\u0000${username}`) ?? [];
  }

  #index(r: RefreshRecord): void {
    const k = `${r.poolId}\u0000${r.username}`;
    const list = this.#byUser.get(k);
    if (list) list.push(r);
    else this.#byUser.set(k, [r]);
  }

  clear(): void {
    this.sessions.clear();
    this.srp.clear();
    this.refreshTokens.clear();
    this.#byUser.clear();
    this.#indexed = 0;
    this.revokedOrigins.clear();
    this.signedOut.clear();
    this.rotated.clear();
    this.signIns = 0;
    this.originKey = "";
    this.epoch = newEpoch();
    this.usedTotp.clear();
    this.spent.clear();
  }

  /** Drops expired sessions, exchanges and rotations, and TOTP steps long past; so memory stays flat. */
  sweep(now: number): void {
    for (const [k, s] of this.sessions) if (s.expiresAt < now) this.sessions.delete(k);
    for (const [k, s] of this.srp) if (s.expiresAt < now) this.srp.delete(k);
    // a code is good for its step ±1; ten steps of margin for a mock clock moved back a little
    const oldStep = Math.floor(now / 30_000) - 10;
    for (const k of this.usedTotp) if (Number(k.slice(k.lastIndexOf("/") + 1)) < oldStep) this.usedTotp.delete(k);
    // an expired refresh token is refused as expired before its rotation matters
    for (const [k, r] of this.rotated) if (r.expires <= now) this.rotated.delete(k);
    this.#sweptAt = now;
    this.#keptAfterSweep = this.#kept();
  }

  // Sweeping walks everything kept, so it runs when 5 s of mock time have passed since the last sweep
  // (or the clock went back), or what is kept has doubled since: a sign-in that opens a session or an
  // SRP exchange then pays O(1) on average, with a frozen clock too.
  #sweptAt = -Infinity;
  #keptAfterSweep = 0;

  /** Called before a session, an SRP exchange or a rotation is kept. */
  sweepSometimes(now: number): void {
    if (now - this.#sweptAt < 5_000 && now >= this.#sweptAt && this.#kept() < 2 * this.#keptAfterSweep + 64) return;
    this.sweep(now);
  }

  #kept(): number { return this.sessions.size + this.srp.size + this.usedTotp.size + this.rotated.size; }
}

const newEpoch = (): string => Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
