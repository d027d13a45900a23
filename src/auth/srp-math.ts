// The SRP-6a numbers Cognito uses (RFC 5054's 3072-bit group, g = 2, SHA-256) and the password
// verifier v = g^x mod N, computed exactly as amazon-cognito-identity-js and Amplify compute x:
//   x = H(padHex(salt) || hex(H(poolName || userId || ":" || password)))
// padHex is Java's BigInteger.toByteArray(): minimal two's complement, not padding to |N|.
import { sha256, toHex, fromHex, utf8 } from "./hash.js";
import { nodeBuiltin } from "../engine/node-builtin.js";

export const N_HEX =
  "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
  "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
  "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
  "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
  "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
  "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
  "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
  "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";
export const N = BigInt("0x" + N_HEX);
export const g = 2n;

// Node has native modular exponentiation (OpenSSL, through Diffie-Hellman), ~6x faster than BigInt for
// g^x in this 3072-bit group: it makes setting a password (the SRP verifier) and B = kv + g^b cheap.
// Only the base g: Node validates any other base as a DH public key first (a full exponentiation that
// costs more than it saves), and a DH object built with another generator runs a primality check
// (seconds). nodeBuiltin keeps this file free of Node imports; browsers take the portable path.
type Dh = { setPrivateKey(k: Uint8Array): void; generateKeys(): Uint8Array };
type DhModule = { createDiffieHellman(prime: Uint8Array, generator: Uint8Array): Dh };
const nodeCrypto = nodeBuiltin<DhModule>("node:crypto");
const bigToBytes = (n: bigint): Uint8Array => {
  const h = n.toString(16);
  return fromHex(h.length % 2 ? "0" + h : h);
};
let gPow: Dh | undefined;

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  if (nodeCrypto && mod === N && base === g && exp > 0n) {
    gPow ??= nodeCrypto.createDiffieHellman(bigToBytes(N), bigToBytes(g));
    gPow.setPrivateKey(bigToBytes(exp));
    return hexToBig(toHex(gPow.generateKeys()));
  }
  return modPowPortable(base, exp, mod);
}

export function modPowPortable(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = ((base % mod) + mod) % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** Java BigInteger.toByteArray() as hex: even length, a 00 prefix when the top bit is set. */
export function padHex(n: bigint | string): string {
  let hex = typeof n === "string" ? n.toLowerCase() : n.toString(16);
  if (hex.length % 2) hex = "0" + hex;
  if ("89abcdef".includes(hex[0])) hex = "00" + hex;
  return hex;
}

export const hashHex = (hex: string): string => toHex(sha256(fromHex(hex)));
export const hexToBig = (hex: string): bigint => BigInt("0x" + (hex || "0"));

/** k = H(padHex(N) || padHex(g)) */
export const k = hexToBig(hashHex(padHex(N) + padHex(g)));

/** x for a user: see the header comment. */
export function computeX(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const inner = toHex(sha256(utf8(`${poolName}${userId}:${password}`)));
  // the clients parse SALT as a number, so leading zero bytes vanish before padHex: do the same
  return hexToBig(hashHex(padHex(hexToBig(saltHex)) + inner));
}

export function computeVerifier(poolName: string, userId: string, password: string, saltHex: string): bigint {
  return modPow(g, computeX(poolName, userId, password, saltHex), N);
}
