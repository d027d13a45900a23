// The whole state as one versioned JSON document and back (serve --state FILE). The encoding is
// generic: Maps and Sets are tagged ({"$map": [[k, v]...]}, {"$set": [...]}), plain objects and arrays
// pass through, so a field added to a record later persists without changes here. A UserDirectory is
// the one exception: its indexes are rebuilt through its own API. Class instances on the Store
// (AuthState, and any added later) are refilled in place, since the Store's fields are readonly.
import type { Store } from "./store.js";
import { ALIAS_ATTRIBUTES, UserDirectory, type AliasAttribute } from "./user-directory.js";
import type { UserRecord } from "./user.js";
import type { OutboxMessage } from "../engine/outbox.js";
import type { SavedKeys } from "../auth/keys.js";

export const STATE_FORMAT = "cognito-idp-mock-state";
export const STATE_VERSION = 1;

/** What travels with the store in the file. */
export interface StateExtras {
  /** the outbox, stripped of temporary passwords (see redactMessage) */
  outbox?: readonly OutboxMessage[];
  /** the mock's clock when saved; with savedAt it gives the offset from real time */
  clock?: { now: number; frozen: boolean };
  /** how many times this state was loaded: restored servers draw ids from a fresh stream per load */
  generation?: number;
  /** the token keys (private), so tokens issued before a restart still work after it */
  keys?: SavedKeys;
}

export interface StateDocument {
  format: typeof STATE_FORMAT;
  version: number;
  /** ISO 8601, real time */
  savedAt: string;
  generation: number;
  clock?: { now: number; frozen: boolean };
  /** absent in files saved before keys were kept: the server then signs with new keys */
  keys?: SavedKeys;
  store: Encoded;
  /** ids are left out: the outbox numbers the messages again when they are loaded */
  outbox: StoredMessage[];
}

export type StoredMessage = Omit<OutboxMessage, "id">;

type Encoded = unknown;

/** Messages kept in the file: newest last, at most this many. */
export const KEPT_MESSAGES = 1000;
const REDACTED = "[temporary password not kept across restarts]";

export function serializeStore(store: Store, extra: StateExtras = {}, savedAt = Date.now()): StateDocument {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date(savedAt).toISOString(),
    generation: extra.generation ?? 0,
    ...(extra.clock ? { clock: extra.clock } : {}),
    ...(extra.keys ? { keys: extra.keys } : {}),
    store: encodeInstance(store, "store", new Set()),
    outbox: (extra.outbox ?? []).slice(-KEPT_MESSAGES).map(redactMessage),
  };
}

/**
 * A temporary password is a plaintext password: it stays in memory (GET /_mock/outbox) but never
 * reaches the disk. The message keeps its place and text, with the password blanked out.
 */
export function redactMessage(m: OutboxMessage): StoredMessage {
  const { id: _id, temporaryPassword, ...rest } = m;
  void _id;
  if (!temporaryPassword) return rest;
  const blank = (s: string) => s.split(temporaryPassword).join(REDACTED);
  return { ...rest, body: blank(rest.body), ...(rest.subject !== undefined ? { subject: blank(rest.subject) } : {}) };
}

/**
 * Checks the document and refills the store from it (what was in the store before goes). Everything
 * is decoded before the store is touched, so a damaged document throws and leaves the store as it was.
 * Returns the extras for the caller to apply (outbox messages, clock, generation).
 */
export function restoreStore(store: Store, doc: unknown): RestoredExtras {
  const d = checkDocument(doc);
  const decoded = decode(d.store, "store");
  if (!isPlain(decoded)) throw new Error(`"store" is not an object`);
  checkPools(decoded.pools);
  if (!Array.isArray(d.outbox)) throw new Error(`"outbox" is not a list`);
  fillInstance(store, decoded, "store", true);
  store.clear();
  fillInstance(store, decoded, "store", false);
  return { outbox: d.outbox, generation: typeof d.generation === "number" ? d.generation : 0, clock: d.clock, savedAt: Date.parse(d.savedAt) };
}

export interface RestoredExtras {
  /** without ids and without temporary passwords */
  outbox: StoredMessage[];
  generation: number;
  clock?: { now: number; frozen: boolean };
  /** epoch ms, real time */
  savedAt: number;
}

/** The header checks, with messages meant for people ("... is version 2; this build reads version 1"). */
export function checkDocument(doc: unknown): StateDocument {
  if (!isPlain(doc) || doc.format !== STATE_FORMAT) throw new Error(`it is not a cognito-idp-mock state file (no "format": "${STATE_FORMAT}")`);
  if (doc.version !== STATE_VERSION) {
    throw new Error(`it is in state format version ${JSON.stringify(doc.version)}, and this cognito-idp-mock reads version ${STATE_VERSION} only`);
  }
  if (typeof doc.savedAt !== "string" || Number.isNaN(Date.parse(doc.savedAt))) throw new Error(`"savedAt" is not a date`);
  if (!isPlain(doc.store)) throw new Error(`"store" is missing`);
  return doc as unknown as StateDocument;
}

// ---- encoding

const MARKERS = ["$map", "$set", "$users"] as const;

function encode(value: unknown, path: string, seen: Set<object>): Encoded {
  if (value === null || typeof value !== "object") {
    if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") throw new Error(`cannot save a ${typeof value} at ${path}`);
    return value;
  }
  if (seen.has(value)) throw new Error(`cannot save a cycle at ${path}`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v, i) => encode(v, `${path}[${i}]`, seen));
    if (value instanceof Map) return { $map: [...value].map(([k, v], i) => [encode(k, `${path}.key${i}`, seen), encode(v, `${path}[${String(k)}]`, seen)]) };
    if (value instanceof Set) return { $set: [...value].map((v, i) => encode(v, `${path}{${i}}`, seen)) };
    if (value instanceof UserDirectory) return { $users: encodeUsers(value, path, seen) };
    if (!isPlain(value)) throw new Error(`cannot save a ${value.constructor?.name ?? "value"} at ${path}`);
    return encodeFields(value, path, seen);
  } finally {
    seen.delete(value);
  }
}

/** Own fields; a key starting with "$" gets another "$" so it never reads as a marker. */
function encodeFields(value: object, path: string, seen: Set<object>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k.startsWith("$") ? `$${k}` : k] = encode(v, `${path}.${k}`, seen);
  return out;
}

/** The Store and the class instances on it: their fields, to be refilled in place. */
function encodeInstance(value: object, path: string, seen: Set<object>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const instance = typeof v === "object" && v !== null && !isPlain(v) && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Set);
    out[k] = instance ? encodeInstance(v, `${path}.${k}`, seen) : encode(v, `${path}.${k}`, seen);
  }
  return out;
}

interface EncodedUsers {
  caseSensitive: boolean;
  /** in creation order */
  users: Encoded[];
  /** alias attribute, value, index of the holder in `users` */
  aliases: [AliasAttribute, string, number][];
}

function encodeUsers(dir: UserDirectory, path: string, seen: Set<object>): EncodedUsers {
  const users = [...dir.after(0)];
  const aliases: EncodedUsers["aliases"] = [];
  // an alias always points at a user who holds that attribute value (attributes.ts syncAliases)
  users.forEach((u, i) => {
    for (const a of ALIAS_ATTRIBUTES) {
      const v = u.attributes.get(a);
      if (v !== undefined && dir.byAlias(a, v) === u) aliases.push([a, v, i]);
    }
  });
  return { caseSensitive: dir.key("A") === "A", users: users.map((u, i) => encode(u, `${path}[${i}]`, seen)), aliases };
}

// ---- decoding

function decode(value: Encoded, path: string): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v, i) => decode(v, `${path}[${i}]`));
  const keys = Object.keys(value);
  const marker = keys.find((k) => k.startsWith("$") && !k.startsWith("$$"));
  if (marker !== undefined) {
    if (keys.length !== 1 || !(MARKERS as readonly string[]).includes(marker)) throw new Error(`unknown entry "${marker}" at ${path}`);
    const body = (value as Record<string, unknown>)[marker];
    if (marker === "$users") return decodeUsers(body, path);
    if (!Array.isArray(body)) throw new Error(`"${marker}" at ${path} is not a list`);
    if (marker === "$set") return new Set(body.map((v, i) => decode(v, `${path}{${i}}`)));
    return new Map(body.map((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2) throw new Error(`entry ${i} of the map at ${path} is not a [key, value] pair`);
      return [decode(pair[0], `${path}.key${i}`), decode(pair[1], `${path}[${String(pair[0])}]`)];
    }));
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k.startsWith("$$") ? k.slice(1) : k] = decode((value as Record<string, unknown>)[k], `${path}.${k}`);
  return out;
}

function decodeUsers(body: unknown, path: string): UserDirectory {
  const b = body as EncodedUsers;
  if (!isPlain(b) || typeof b.caseSensitive !== "boolean" || !Array.isArray(b.users) || !Array.isArray(b.aliases)) throw new Error(`the users at ${path} are damaged`);
  const dir = new UserDirectory(b.caseSensitive);
  // add() numbers users afresh: creation order is kept, gaps left by deleted users close
  const users = b.users.map((u, i) => {
    const user = decode(u, `${path}[${i}]`) as UserRecord;
    if (!isPlain(user) || typeof user.username !== "string" || typeof user.sub !== "string" || !(user.attributes instanceof Map)) throw new Error(`user ${i} at ${path} is damaged`);
    return dir.add(user);
  });
  for (const [attribute, value, index] of b.aliases) {
    if (!ALIAS_ATTRIBUTES.includes(attribute) || typeof value !== "string" || !users[index]) throw new Error(`an alias at ${path} is damaged`);
    dir.setAlias(attribute, value, users[index]);
  }
  return dir;
}

/** Refills a class instance (the Store, AuthState) from decoded fields: Maps and Sets in place. A dry
 *  run only checks that every field fits. */
function fillInstance(target: object, fields: Record<string, unknown>, path: string, dry: boolean): void {
  const t = target as Record<string, unknown>;
  for (const [k, v] of Object.entries(fields)) {
    const current = t[k];
    if (current instanceof Map) {
      if (!(v instanceof Map)) throw new Error(`${path}.${k} is not a map`);
      if (dry) continue;
      current.clear();
      for (const [key, value] of v) current.set(key, value);
    } else if (current instanceof Set) {
      if (!(v instanceof Set)) throw new Error(`${path}.${k} is not a set`);
      if (dry) continue;
      current.clear();
      for (const value of v) current.add(value);
    } else if (typeof current === "object" && current !== null && !isPlain(current) && !Array.isArray(current)) {
      if (!isPlain(v)) throw new Error(`${path}.${k} is not an object`);
      fillInstance(current, v, `${path}.${k}`, dry);
    } else if (!dry) {
      t[k] = v;
    }
  }
}

/** Enough of a pool to be sure operations will not trip over a damaged one. */
function checkPools(pools: unknown): void {
  if (!(pools instanceof Map)) throw new Error(`"store.pools" is not a map`);
  for (const [id, p] of pools) {
    const ok = isPlain(p) && p.id === id && typeof p.region === "string" && p.users instanceof UserDirectory
      && p.groups instanceof Map && p.clients instanceof Map && isPlain(p.settings) && Array.isArray(p.schema);
    if (!ok) throw new Error(`pool ${String(id)} is damaged`);
  }
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
