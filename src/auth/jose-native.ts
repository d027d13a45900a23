// RS256 JWTs and the refresh token's JWE, made by Node's own crypto when it is there, jose otherwise
// (browsers, service workers). Why: Node runs WebCrypto's RSA jobs on the main thread, so under load a
// sign-in's two signatures queue behind HTTP parsing; node:crypto's callback `sign` runs them on the
// libuv thread pool, on another core. RS256 (PKCS#1 v1.5) signatures are deterministic, so both paths
// give byte-identical tokens (a test holds them to it). nodeBuiltin keeps this file free of Node
// imports.
import { CompactEncrypt, SignJWT, compactDecrypt, type CryptoKey, type JWTPayload } from "jose";
import { fromBase64Url, toBase64Url, utf8 } from "./hash.js";
import { nodeBuiltin } from "../engine/node-builtin.js";
import { Lru } from "../engine/lru.js";

interface NodeCrypto {
  KeyObject: { from(key: CryptoKey): unknown };
  sign(algorithm: string, data: Uint8Array, key: unknown, callback: (error: Error | null, signature: Uint8Array) => void): void;
  publicEncrypt(key: { key: unknown; padding: number; oaepHash: string }, data: Uint8Array): Uint8Array;
  privateDecrypt(key: { key: unknown; padding: number; oaepHash: string }, data: Uint8Array): Uint8Array;
  createCipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): {
    setAAD(aad: Uint8Array): void; update(data: Uint8Array): Uint8Array; final(): Uint8Array; getAuthTag(): Uint8Array;
  };
  createDecipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): {
    setAAD(aad: Uint8Array): void; setAuthTag(tag: Uint8Array): void; update(data: Uint8Array): Uint8Array; final(): Uint8Array;
  };
  randomBytes(size: number): Uint8Array;
  constants: { RSA_PKCS1_OAEP_PADDING: number };
}

const nodeCrypto = nodeBuiltin<NodeCrypto>("node:crypto");
const keyObjects = new WeakMap<CryptoKey, unknown>();
const keyObject = (crypto: NodeCrypto, key: CryptoKey) => {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = crypto.KeyObject.from(key)));
  return k;
};
const b64json = (value: unknown) => toBase64Url(utf8(JSON.stringify(value)));
// A pool has three protected headers (two kids and the JWE's), each encoded on every sign-in before.
// An LRU: kids change with every mock and reset.
const headers = new Lru<string, string>(4096);
const b64header = (header: Record<string, string>) => {
  const json = JSON.stringify(header);
  let encoded = headers.get(json);
  if (encoded === undefined) headers.set(json, (encoded = toBase64Url(utf8(json))));
  return encoded;
};

/** A compact JWS over `claims` with exactly this protected header (RS256). */
export async function signJwt(claims: Record<string, unknown>, header: { kid: string; alg: "RS256" }, key: CryptoKey, native: NodeCrypto | null = nodeCrypto ?? null): Promise<string> {
  if (!native) return new SignJWT(claims as JWTPayload).setProtectedHeader(header).sign(key);
  const input = `${b64header(header)}.${b64json(claims)}`;
  const signature = await new Promise<Uint8Array>((resolve, reject) => {
    native.sign("sha256", utf8(input), keyObject(native, key), (error, sig) => (error ? reject(error) : resolve(sig)));
  });
  return `${input}.${toBase64Url(signature)}`;
}

// A content key and its RSA-OAEP wrapping serve CEK_USES tokens, each with its own random IV: the RSA
// public-key operation and the random draws were a quarter of a sign-in's main-thread time. Clients never
// open a refresh token (Cognito's are opaque to them, and the mock looks them up by digest), and one key
// under distinct random IVs is how AES-GCM is meant to be used (NIST allows 2^32 messages per key with
// random IVs), so this costs nothing in fidelity. 64 rather than 16: the wrapping was still ~2 µs a sign-in.
const CEK_USES = 64;
interface Cek { key: Uint8Array; wrapped: string; ivs: Uint8Array; used: number }
const ceks = new WeakMap<CryptoKey, Cek>();

function contentKey(native: NodeCrypto, key: CryptoKey): { cek: Uint8Array; wrapped: string; iv: Uint8Array } {
  let c = ceks.get(key);
  if (!c || c.used === CEK_USES) {
    const random = native.randomBytes(32 + 12 * CEK_USES);
    const cek = random.subarray(0, 32);
    const wrapped = toBase64Url(native.publicEncrypt({ key: keyObject(native, key), padding: native.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" }, cek));
    ceks.set(key, (c = { key: cek, wrapped, ivs: random.subarray(32), used: 0 }));
  }
  const iv = c.ivs.subarray(12 * c.used, 12 * ++c.used);
  return { cek: c.key, wrapped: c.wrapped, iv };
}

/** A compact JWE (RSA-OAEP with SHA-1, A256GCM) of `plaintext`, with this protected header. */
export async function encryptJwe(plaintext: Uint8Array, header: { cty: string; enc: "A256GCM"; alg: "RSA-OAEP" }, key: CryptoKey, native: NodeCrypto | null = nodeCrypto ?? null): Promise<string> {
  if (!native) return new CompactEncrypt(plaintext).setProtectedHeader(header).encrypt(key);
  const protectedHeader = b64header(header);
  const { cek, wrapped, iv } = contentKey(native, key);
  const cipher = native.createCipheriv("aes-256-gcm", cek, iv);
  cipher.setAAD(utf8(protectedHeader));
  // GCM is a stream mode: update() gives the whole ciphertext, final() nothing but the tag's computation
  const ciphertext = cipher.update(plaintext);
  cipher.final();
  return `${protectedHeader}.${wrapped}.${toBase64Url(iv)}.${toBase64Url(ciphertext)}.${toBase64Url(cipher.getAuthTag())}`;
}

// Content keys already unwrapped, per private key, by their wrapped form: 64 tokens share one, and
// RSA-OAEP decryption costs as much as a signature.
const unwrapped = new WeakMap<CryptoKey, Lru<string, Uint8Array>>();

/**
 * The plaintext of a compact JWE made by encryptJwe with this header under this key pair, or undefined
 * for anything else (tampered, truncated, another key). Node decrypts with node:crypto, which throws on
 * bad input; WebCrypto's RSA-OAEP decryption of forged input can abort Node 22, so jose (WebCrypto) is
 * left to browsers.
 */
export async function decryptJwe(token: string, header: { cty: string; enc: "A256GCM"; alg: "RSA-OAEP" }, key: { publicKey: CryptoKey; privateKey: CryptoKey }, native: NodeCrypto | null = nodeCrypto ?? null): Promise<Uint8Array | undefined> {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== b64header(header)) return undefined;
  if (!native) {
    try {
      return (await compactDecrypt(token, key.privateKey, { keyManagementAlgorithms: [header.alg], contentEncryptionAlgorithms: [header.enc] })).plaintext;
    } catch {
      return undefined;
    }
  }
  const [protectedHeader, wrapped, iv, ciphertext, tag] = parts;
  try {
    const current = ceks.get(key.publicKey);
    let opened = unwrapped.get(key.privateKey);
    if (!opened) unwrapped.set(key.privateKey, (opened = new Lru(256)));
    let cek = current?.wrapped === wrapped ? current.key : opened.get(wrapped);
    if (!cek) {
      const wrappedBytes = fromBase64Url(wrapped);
      if (!canonical(wrapped, wrappedBytes)) return undefined;
      cek = native.privateDecrypt({ key: keyObject(native, key.privateKey), padding: native.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" }, wrappedBytes);
      if (cek.length !== 32) return undefined;
      opened.set(wrapped, cek);
    }
    const ivBytes = fromBase64Url(iv), tagBytes = fromBase64Url(tag), ciphertextBytes = fromBase64Url(ciphertext);
    if (ivBytes.length !== 12 || tagBytes.length !== 16) return undefined;
    // base64url's last character can carry unused bits, and decoders skip what is not base64url: a
    // token differing only there decodes to the same bytes, yet it is not the token issued
    if (!canonical(iv, ivBytes) || !canonical(tag, tagBytes) || !canonical(ciphertext, ciphertextBytes)) return undefined;
    const decipher = native.createDecipheriv("aes-256-gcm", cek, ivBytes);
    decipher.setAAD(utf8(protectedHeader));
    decipher.setAuthTag(tagBytes);
    const plaintext = decipher.update(ciphertextBytes);
    decipher.final(); // throws unless the tag matches
    return plaintext;
  } catch {
    return undefined;
  }
}

const canonical = (text: string, bytes: Uint8Array) => toBase64Url(bytes) === text;

/** For tests: whether tokens are made by node:crypto here. */
export const nativeJose = nodeCrypto !== undefined;
