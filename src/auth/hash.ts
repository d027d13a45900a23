// Synchronous hashing that runs the same in Node and browsers (WebCrypto is async-only).
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { hmac } from "@noble/hashes/hmac.js";
import { nodeBuiltin } from "../engine/node-builtin.js";

// Node hashes natively, one shot without a Hash object (crypto.hash, in every Node this package supports;
// a sign-in digests its ~1.9k-character refresh token); browsers use noble.
interface NodeHashing {
  hash: { (algorithm: "sha256", data: string, encoding: "base64url"): string; (algorithm: "sha256", data: Uint8Array, encoding: "buffer"): Uint8Array };
}
const nodeHashing = nodeBuiltin<NodeHashing>("node:crypto");

// Node's Buffer encodes natively (a sign-in base64-encodes ~3 KB of tokens; the btoa path was a fifth of
// its main-thread time), and encodes short text into slices of a shared pool: TextEncoder gave every
// call its own ArrayBuffer, which the young-generation GC then had to sweep one by one.
interface NodeBuffer {
  from(b: ArrayBufferLike, offset: number, length: number): { toString(encoding: "base64" | "base64url"): string };
  from(s: string, encoding: "utf8" | "base64url"): Uint8Array;
}
const NodeBuffer = nodeBuiltin<{ Buffer: NodeBuffer }>("node:buffer")?.Buffer;

const encoder = new TextEncoder();
export const utf8 = (s: string): Uint8Array => (NodeBuffer ? NodeBuffer.from(s, "utf8") : encoder.encode(s));

export const sha256 = (data: Uint8Array): Uint8Array => {
  if (!nodeHashing) return nobleSha256(data);
  const d = nodeHashing.hash("sha256", data, "buffer");
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
};
/** SHA-256 of a text's UTF-8 bytes, as unpadded base64url. */
export const sha256Base64Url = (text: string): string =>
  nodeHashing ? nodeHashing.hash("sha256", text, "base64url") : toBase64Url(nobleSha256(utf8(text)));
export const hmacSha256 = (key: Uint8Array, message: Uint8Array): Uint8Array => hmac(nobleSha256, key, message);

export const toHex = (bytes: Uint8Array): string => {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
};
// digit values by character code (anything else counts as 0): a sign-in decodes its salt and hash, and
// slicing each pair for parseInt cost more than the digest
const HEX_VALUES = new Uint8Array(128);
for (let i = 0; i < 16; i++) HEX_VALUES["0123456789abcdef".charCodeAt(i)] = HEX_VALUES["0123456789ABCDEF".charCodeAt(i)] = i;
export const fromHex = (hex: string): Uint8Array => {
  const out = new Uint8Array(hex.length >>> 1);
  for (let i = 0; i < out.length; i++) out[i] = (HEX_VALUES[hex.charCodeAt(2 * i) & 127] << 4) | HEX_VALUES[hex.charCodeAt(2 * i + 1) & 127];
  return out;
};

const nodeBase64 = (bytes: Uint8Array, encoding: "base64" | "base64url") => NodeBuffer!.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);

export function toBase64(bytes: Uint8Array): string {
  if (NodeBuffer) return nodeBase64(bytes, "base64");
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
export const toBase64Url = (bytes: Uint8Array): string => NodeBuffer
  ? nodeBase64(bytes, "base64url")
  : toBase64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");

export const fromBase64Url = (text: string): Uint8Array => NodeBuffer
  ? NodeBuffer.from(text, "base64url")
  : fromBase64(text.replaceAll("-", "+").replaceAll("_", "/").padEnd(Math.ceil(text.length / 4) * 4, "="));

/** Constant-time comparison of two byte strings. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}
