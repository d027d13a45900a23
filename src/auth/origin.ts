// A sign-in's origin_jti: a UUID v4 that looks as random as Cognito's, and carries the sign-in's number
// (the store's count of sign-ins) under a keyed mask. Why: a global sign-out ends every sign-in of a user
// up to that moment, and a token names its sign-in only by origin_jti. Keeping a record per sign-in to
// list them made memory grow with every sign-in; a clock cannot order a sign-out and a sign-in in the same
// millisecond (frozen clocks in tests); a number can. Only the mock, which holds the key, can read it.
import type { OperationContext } from "../engine/context.js";
import type { AuthState } from "../state/auth-state.js";
import type { Random } from "../engine/random.js";
import { fromHex, sha256, toHex } from "./hash.js";

// bytes 0-5: the number, masked; 6 and 8: version and variant bits; 10-15: the random nonce of the mask
const NUMBER_BYTES = 6;
const keys = new WeakMap<AuthState, { hex: string; bytes: Uint8Array }>();

function keyOf(auth: AuthState): Uint8Array {
  let k = keys.get(auth);
  if (!k || k.hex !== auth.originKey) keys.set(auth, (k = { hex: auth.originKey, bytes: fromHex(auth.originKey) }));
  return k.bytes;
}

function mask(auth: AuthState, uuid: Uint8Array): Uint8Array {
  const key = keyOf(auth);
  const input = new Uint8Array(key.length + 6);
  input.set(key);
  input.set(uuid.subarray(10, 16), key.length);
  return sha256(input);
}

/** Makes the store's origin key if it has none yet (a server with a state file makes it before its first save). */
export function ensureOriginKey(auth: AuthState, random: Random): void {
  if (!auth.originKey) auth.originKey = toHex(random.bytes(32));
}

/** A new sign-in's origin_jti. */
export function newOriginJti(ctx: OperationContext): string {
  const auth = ctx.store.auth;
  ensureOriginKey(auth, ctx.random);
  const number = ++auth.signIns;
  const b = ctx.random.bytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const m = mask(auth, b);
  for (let i = NUMBER_BYTES - 1, n = number; i >= 0; i--, n = Math.floor(n / 256)) b[i] = (n % 256) ^ m[i];
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The sign-in number an origin_jti made here carries (anything else reads as some number, or undefined). */
export function signInNumber(auth: AuthState, originJti: string): number | undefined {
  if (!auth.originKey || originJti.length !== 36) return undefined;
  const b = fromHex(originJti.replaceAll("-", ""));
  const m = mask(auth, b);
  let n = 0;
  for (let i = 0; i < NUMBER_BYTES; i++) n = n * 256 + (b[i] ^ m[i]);
  return n;
}

/** Whether a global sign-out (or the user's deletion) came after this sign-in. */
export function signedOutSince(auth: AuthState, poolId: string, username: string, originJti: string): boolean {
  const last = auth.signedOut.get(`${poolId}\u0000${username}`);
  if (last === undefined) return false;
  const n = signInNumber(auth, originJti);
  return n === undefined || n <= last;
}
