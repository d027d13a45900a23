// RS256 JWTs and the refresh token's JWE, made by Node's own crypto when it is there, jose otherwise
// (browsers, service workers). Why: Node runs WebCrypto's RSA jobs on the main thread, so under load a
// sign-in's two signatures queue behind HTTP parsing; node:crypto's callback `sign` runs them on the
// libuv thread pool, on another core. RS256 (PKCS#1 v1.5) signatures are deterministic, so both paths
// give byte-identical tokens (a test holds them to it). process.getBuiltinModule keeps this file free of
// Node imports, as in srp-math.ts.
import { CompactEncrypt, SignJWT, type CryptoKey, type JWTPayload } from "jose";
import { toBase64Url, utf8 } from "./hash.js";

interface NodeCrypto {
  KeyObject: { from(key: CryptoKey): unknown };
  sign(algorithm: string, data: Uint8Array, key: unknown, callback: (error: Error | null, signature: Uint8Array) => void): void;
  publicEncrypt(key: { key: unknown; padding: number; oaepHash: string }, data: Uint8Array): Uint8Array;
  createCipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): {
    setAAD(aad: Uint8Array): void; update(data: Uint8Array): Uint8Array; final(): Uint8Array; getAuthTag(): Uint8Array;
  };
  randomBytes(size: number): Uint8Array;
  constants: { RSA_PKCS1_OAEP_PADDING: number };
}

const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
const keyObjects = new WeakMap<CryptoKey, unknown>();
const keyObject = (crypto: NodeCrypto, key: CryptoKey) => {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = crypto.KeyObject.from(key)));
  return k;
};
const b64json = (value: unknown) => toBase64Url(utf8(JSON.stringify(value)));

/** A compact JWS over `claims` with exactly this protected header (RS256). */
export async function signJwt(claims: Record<string, unknown>, header: { kid: string; alg: "RS256" }, key: CryptoKey, native: NodeCrypto | null = nodeCrypto ?? null): Promise<string> {
  if (!native) return new SignJWT(claims as JWTPayload).setProtectedHeader(header).sign(key);
  const input = `${b64json(header)}.${b64json(claims)}`;
  const signature = await new Promise<Uint8Array>((resolve, reject) => {
    native.sign("sha256", utf8(input), keyObject(native, key), (error, sig) => (error ? reject(error) : resolve(sig)));
  });
  return `${input}.${toBase64Url(signature)}`;
}

/** A compact JWE (RSA-OAEP with SHA-1, A256GCM) of `plaintext`, with this protected header. */
export async function encryptJwe(plaintext: Uint8Array, header: { cty: string; enc: "A256GCM"; alg: "RSA-OAEP" }, key: CryptoKey, native: NodeCrypto | null = nodeCrypto ?? null): Promise<string> {
  if (!native) return new CompactEncrypt(plaintext).setProtectedHeader(header).encrypt(key);
  const protectedHeader = b64json(header);
  const cek = native.randomBytes(32);
  const encryptedKey = native.publicEncrypt({ key: keyObject(native, key), padding: native.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" }, cek);
  const iv = native.randomBytes(12);
  const cipher = native.createCipheriv("aes-256-gcm", cek, iv);
  cipher.setAAD(utf8(protectedHeader));
  const first = cipher.update(plaintext);
  const last = cipher.final();
  const ciphertext = new Uint8Array(first.length + last.length);
  ciphertext.set(first);
  ciphertext.set(last, first.length);
  return [protectedHeader, toBase64Url(encryptedKey), toBase64Url(iv), toBase64Url(ciphertext), toBase64Url(cipher.getAuthTag())].join(".");
}

/** For tests: whether tokens are made by node:crypto here. */
export const nativeJose = nodeCrypto !== undefined;
