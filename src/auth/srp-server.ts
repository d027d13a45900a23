// The server half of Cognito's SRP-6a (USER_SRP_AUTH and DEVICE_SRP_AUTH). The client's maths are
// amazon-cognito-identity-js' AuthenticationHelper; every padding and concatenation here mirrors it:
//   B = k·v + g^b,  u = H(padHex(A) || padHex(B)),  S = (A · v^u)^b,
//   K = HKDF(ikm = padHex(S), salt = padHex(u), info = "Caldera Derived Key") first 16 bytes,
//   signature = HMAC-SHA256(K, poolName || userId || secretBlock || timestamp)
import type { Random } from "../engine/random.js";
import { fromBase64, fromHex, hmacSha256, toBase64, toHex, utf8, timingSafeEqual } from "./hash.js";
import { N, g, k, hexToBig, modPow, padHex, hashHex } from "./srp-math.js";

export interface SrpChallenge {
  /** hex of the server's private b and public B */
  b: string;
  B: string;
}

/** Picks b and computes B = k·v + g^b mod N for the stored verifier. */
export function srpChallenge(verifierHex: string, random: Random): SrpChallenge {
  const v = hexToBig(verifierHex);
  for (;;) {
    const b = hexToBig(toHex(random.bytes(32)));
    const B = (k * v + modPow(g, b, N)) % N;
    if (B % N !== 0n) return { b: b.toString(16), B: B.toString(16) };
  }
}

export interface SrpProof {
  /** the client's public A (hex, as sent in SRP_A) */
  A: string;
  challenge: SrpChallenge;
  verifier: string;
  /** what the client signed with: the pool name (part after "_") and USER_ID_FOR_SRP, or for device
   *  sign-in the DeviceGroupKey and DeviceKey */
  poolName: string;
  userId: string;
  secretBlock: string;
  timestamp: string;
  signature: string;
}

/** A is acceptable when A mod N is not 0 (the client sends it on InitiateAuth). */
export const validPublicA = (aHex: string): boolean => /^[0-9a-fA-F]+$/.test(aHex) && hexToBig(aHex) % N !== 0n;

export function verifySrpProof(p: SrpProof): boolean {
  const A = hexToBig(p.A);
  if (A % N === 0n) return false;
  const B = hexToBig(p.challenge.B);
  const u = hexToBig(hashHex(padHex(A) + padHex(B)));
  if (u === 0n) return false;
  const v = hexToBig(p.verifier);
  const S = modPow((A * modPow(v, u, N)) % N, hexToBig(p.challenge.b), N);
  const prk = hmacSha256(fromHex(padHex(u)), fromHex(padHex(S)));
  const key = hmacSha256(prk, concat(utf8("Caldera Derived Key"), Uint8Array.of(1))).slice(0, 16);
  let block: Uint8Array;
  let given: Uint8Array;
  try {
    block = fromBase64(p.secretBlock);
    given = fromBase64(p.signature);
  } catch {
    return false;
  }
  const expected = hmacSha256(key, concat(utf8(p.poolName), utf8(p.userId), block, utf8(p.timestamp)));
  return timingSafeEqual(expected, given);
}

/** An opaque SECRET_BLOCK (Cognito's are ~1.7k characters of base64 starting AgV4). */
export function newSecretBlock(random: Random): string {
  const bytes = random.bytes(1152);
  bytes[0] = 2; bytes[1] = 5; bytes[2] = 0x78;
  return toBase64(bytes);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
