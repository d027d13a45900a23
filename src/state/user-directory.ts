// The users of one pool with the indexes every operation needs: by username (honouring the pool's case
// sensitivity), by sub, and by sign-in alias (email, phone_number, preferred_username). Lookups are
// O(1); ListUsers pages walk creation order from a cursor, so a page costs what it returns.
import type { UserRecord } from "./user.js";

export type AliasAttribute = "email" | "phone_number" | "preferred_username";
export const ALIAS_ATTRIBUTES: readonly AliasAttribute[] = ["email", "phone_number", "preferred_username"];

export class UserDirectory {
  private byKey = new Map<string, UserRecord>();
  private bySub = new Map<string, UserRecord>();
  private aliases: Record<AliasAttribute, Map<string, UserRecord>> = { email: new Map(), phone_number: new Map(), preferred_username: new Map() };
  /** creation order; deleted users leave a hole until compaction */
  private order: (UserRecord | undefined)[] = [];
  private holes = 0;
  private nextSeq = 1;
  /** moves on every add and remove, which scenario seeding and import jobs also make outside an operation (with Store.writes, it dates ListUsers' cached filters) */
  version = 0;

  constructor(private readonly caseSensitive: boolean) {}

  get size(): number { return this.byKey.size; }

  key(username: string): string { return this.caseSensitive ? username : username.toLowerCase(); }
  /** Alias values compare case-insensitively (email addresses, phone numbers, preferred usernames). */
  aliasKey(value: string): string { return value.toLowerCase(); }

  /** By exact username only. */
  byUsername(username: string): UserRecord | undefined { return this.byKey.get(this.key(username)); }
  bySubject(sub: string): UserRecord | undefined { return this.bySub.get(sub); }
  byAlias(attribute: AliasAttribute, value: string): UserRecord | undefined { return this.aliases[attribute].get(this.aliasKey(value)); }

  add(user: Omit<UserRecord, "seq">): UserRecord {
    const record = user as UserRecord;
    record.seq = this.nextSeq++;
    this.version++;
    this.byKey.set(this.key(record.username), record);
    this.bySub.set(record.sub, record);
    this.order.push(record);
    return record;
  }

  remove(user: UserRecord): void {
    this.version++;
    this.byKey.delete(this.key(user.username));
    this.bySub.delete(user.sub);
    for (const a of ALIAS_ATTRIBUTES) if (this.aliases[a].get(this.aliasKey(user.attributes.get(a) ?? "")) === user) this.aliases[a].delete(this.aliasKey(user.attributes.get(a)!));
    const i = this.indexOfSeq(user.seq);
    if (i >= 0 && this.order[i] === user) { this.order[i] = undefined; this.holes++; }
    if (this.holes > 1024 && this.holes > this.order.length / 2) this.compact();
  }

  /** Points the alias at this user (the caller has checked who held it before). */
  setAlias(attribute: AliasAttribute, value: string, user: UserRecord): void { this.aliases[attribute].set(this.aliasKey(value), user); }
  clearAlias(attribute: AliasAttribute, value: string, user: UserRecord): void {
    const k = this.aliasKey(value);
    if (this.aliases[attribute].get(k) === user) this.aliases[attribute].delete(k);
  }

  /** Users in creation order, starting after the given seq. */
  *after(seq = 0): Generator<UserRecord> {
    for (let i = this.firstIndexAfter(seq); i < this.order.length; i++) {
      const u = this.order[i];
      if (u) yield u;
    }
  }

  all(): IterableIterator<UserRecord> { return this.byKey.values(); }

  private indexOfSeq(seq: number): number {
    let i = this.firstIndexAfter(seq - 1);
    // the search can stop on a hole just before the user (a hole reads as its next neighbour's seq)
    while (i < this.order.length && this.order[i] === undefined) i++;
    return i < this.order.length && this.order[i]!.seq === seq ? i : -1;
  }

  /** Binary search over creation order; holes keep their neighbours' order so we skip over them. */
  private firstIndexAfter(seq: number): number {
    let lo = 0, hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.seqAt(mid);
      if (s <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private seqAt(i: number): number {
    for (let j = i; j < this.order.length; j++) { const u = this.order[j]; if (u) return u.seq; }
    return Number.MAX_SAFE_INTEGER;
  }

  private compact(): void {
    this.order = this.order.filter((u): u is UserRecord => u !== undefined);
    this.holes = 0;
  }
}
