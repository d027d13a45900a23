// Opaque, signed pagination tokens: a token names the listing it continues (operation, pool, filter),
// so a token from another listing, a forged or an edited one is refused; tokens expire after an hour.
import { InvalidParameterException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import { hmacSha256, toBase64, fromBase64, utf8, timingSafeEqual } from "../../auth/hash.js";

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;
const decoder = new TextDecoder();

export function encodePageToken(ctx: OperationContext, scope: string, cursor: string | number): string {
  const payload = utf8(JSON.stringify({ s: scope, c: cursor, t: ctx.now }));
  const mac = hmacSha256(ctx.tokenKey, payload).slice(0, 24);
  const joined = new Uint8Array(payload.length + mac.length);
  joined.set(payload);
  joined.set(mac, payload.length);
  return toBase64(joined).replace(/=+$/, "");
}

export function decodePageToken(ctx: OperationContext, scope: string, token: string): string | number {
  const invalid = () => new InvalidParameterException(`Paging marker ${token} is invalid for request ${ctx.requestId}`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(token + "=".repeat((4 - (token.length % 4)) % 4));
  } catch {
    throw invalid();
  }
  if (bytes.length < 25) throw invalid();
  const payload = bytes.slice(0, -24);
  if (!timingSafeEqual(hmacSha256(ctx.tokenKey, payload).slice(0, 24), bytes.slice(-24))) throw invalid();
  const { s, c, t } = JSON.parse(decoder.decode(payload)) as { s: string; c: string | number; t: number };
  if (s !== scope) throw invalid();
  if (ctx.now - t > TOKEN_LIFETIME_MS) throw new InvalidParameterException("Pagination token expired.");
  return c;
}

/**
 * Pages a small collection (pools, clients, groups, memberships, ...). With `orderKey`, the token carries
 * the last key returned and the next page starts after it in key order, so deleting or adding items
 * between pages never skips or repeats an item that was there throughout (an offset would). Without it,
 * pages go by position: fine for lists that only grow at the end.
 */
export function pageOf<T>(
  ctx: OperationContext, scope: string, items: readonly T[], limit: number, token: string | undefined,
  orderKey?: (item: T) => string,
): { page: T[]; next?: string } {
  if (!orderKey) {
    const start = token === undefined ? 0 : Number(decodePageToken(ctx, scope, token));
    const page = items.slice(start, start + limit);
    const end = start + page.length;
    return { page, next: end < items.length ? encodePageToken(ctx, scope, end) : undefined };
  }
  const keyed = items.map((item) => [orderKey(item), item] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const start = token === undefined ? 0 : firstAfter(keyed.map(([k]) => k), String(decodePageToken(ctx, scope, token)));
  const page = keyed.slice(start, start + limit);
  const more = start + page.length < keyed.length;
  return { page: page.map(([, item]) => item), next: more ? encodePageToken(ctx, scope, page[page.length - 1][0]) : undefined };
}

/** Where a page resumes: the index of the first of the ascending `keys` after the token's last key. */
export function firstAfter(keys: readonly string[], after: string): number {
  let lo = 0, hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Users' creation order (their seq) as a key that sorts as text. */
export const seqOrder = (seq: number): string => String(seq).padStart(12, "0");

/** Creation order, ties broken by a unique name: a total order that survives deletions. */
export const creationOrder = (created: number, id: string): string => `${String(Math.max(0, Math.floor(created))).padStart(16, "0")}\u0000${id}`;
