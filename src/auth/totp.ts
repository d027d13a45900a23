// RFC 6238 TOTP (30-second steps, 6 digits, HMAC-SHA1), as authenticator apps compute it, with the
// base32 secrets AssociateSoftwareToken hands out.
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import type { Random } from "../engine/random.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const STEP_SECONDS = 30;

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0, value = 0, out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) { out += ALPHABET[(value >>> (bits - 5)) & 31]; bits -= 5; }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/=+$/, "");
  const out: number[] = [];
  let bits = 0, value = 0;
  for (const c of clean) {
    const i = ALPHABET.indexOf(c);
    if (i < 0) throw new Error("not base32");
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) { out.push((value >>> (bits - 8)) & 255); bits -= 8; }
  }
  return Uint8Array.from(out);
}

/** A new secret: 32 random bytes, 52 base32 characters (the model wants [A-Za-z0-9]+, at least 16). */
export const newTotpSecret = (random: Random) => base32Encode(random.bytes(32));

export function totpCode(secret: string, step: number): string {
  const counter = new Uint8Array(8);
  let c = step;
  for (let i = 7; i >= 0; i--) { counter[i] = c & 255; c = Math.floor(c / 256); }
  const mac = hmac(sha1, base32Decode(secret), counter);
  const offset = mac[mac.length - 1] & 15;
  const n = ((mac[offset] & 127) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(n % 1_000_000).padStart(6, "0");
}

/** The step a code belongs to, within one step either side of now (Cognito accepts ±30 s), or undefined. */
export function matchTotp(secret: string, code: string, nowMs: number): number | undefined {
  const step = Math.floor(nowMs / 1000 / STEP_SECONDS);
  for (const s of [step, step - 1, step + 1]) if (totpCode(secret, s) === code) return s;
  return undefined;
}
