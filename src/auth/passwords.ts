// Passwords are never stored: a salted hash checks USER_PASSWORD_AUTH and friends, an SRP verifier
// checks USER_SRP_AUTH. Both are computed once, when the password is set.
import type { Random } from "../engine/random.js";
import { sha256, toHex, utf8, fromHex, timingSafeEqual } from "./hash.js";
import { computeVerifier } from "./srp-math.js";
import { poolNameForSrp } from "../state/ids.js";

export interface PasswordRecord {
  /** hex salt of the hash */
  salt: string;
  /** hex SHA-256(salt || password) */
  hash: string;
  /** SRP: hex salt (16 bytes) and verifier g^x mod N, for the user's USER_ID_FOR_SRP */
  srpSalt: string;
  verifier: string;
  /** epoch ms when it was set */
  setAt: number;
}

export function createPasswordRecord(poolId: string, userIdForSrp: string, password: string, random: Random, now: number): PasswordRecord {
  const salt = toHex(random.bytes(16));
  const srpSalt = toHex(random.bytes(16));
  return {
    salt,
    hash: toHex(sha256(concat(fromHex(salt), utf8(password)))),
    srpSalt,
    verifier: computeVerifier(poolNameForSrp(poolId), userIdForSrp, password, srpSalt).toString(16),
    setAt: now,
  };
}

export function passwordMatches(record: PasswordRecord, password: string): boolean {
  return timingSafeEqual(sha256(concat(fromHex(record.salt), utf8(password))), fromHex(record.hash));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
