// Signing and encryption keys. RSA key generation costs tens of milliseconds, so one set is made per
// process on first use and shared by every pool and mock; each pool publishes it under its own key ids
// (kid), so a token from one pool never verifies against another pool's JWKS or issuer. A server with a
// state file saves its keys there and takes them back at start, so tokens outlive restarts.
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { sha256, toBase64, utf8 } from "./hash.js";
import { Lru } from "../engine/lru.js";

interface SigningKey { privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK }

export interface KeySet {
  id: SigningKey;
  access: SigningKey;
  /** refresh tokens are JWE (RSA-OAEP + A256GCM), opaque to clients, as Cognito's are; only the mock opens them */
  refresh: { publicKey: CryptoKey; privateKey: CryptoKey };
  /** kids already worked out, by pool, use and epoch (an LRU: every reset brings new epochs) */
  kids: Lru<string, string>;
}

let shared: Promise<KeySet> | undefined;

export function keySet(): Promise<KeySet> {
  shared ??= (async () => {
    const [id, access, refresh] = await Promise.all([
      generateKeyPair("RS256", { extractable: true }),
      generateKeyPair("RS256", { extractable: true }),
      generateKeyPair("RSA-OAEP", { extractable: true }),
    ]);
    return {
      id: { ...id, jwk: await exportJWK(id.publicKey) },
      access: { ...access, jwk: await exportJWK(access.publicKey) },
      refresh,
      kids: new Lru(4096),
    };
  })();
  return shared;
}

/** The keys as private JWKs, for a state file. */
export interface SavedKeys { id: JWK; access: JWK; refresh: JWK }

export async function exportKeys(): Promise<SavedKeys> {
  const keys = await keySet();
  const saved = async (privateKey: CryptoKey) => {
    const { kty, n, e, d, p, q, dp, dq, qi } = await exportJWK(privateKey);
    return { kty, n, e, d, p, q, dp, dq, qi };
  };
  return { id: await saved(keys.id.privateKey), access: await saved(keys.access.privateKey), refresh: await saved(keys.refresh.privateKey) };
}

type Loaded = Pick<KeySet, "id" | "access"> & { refresh?: KeySet["refresh"] };

/**
 * Reads saved keys; throws, with what is wrong, unless they are RSA private keys of 2,048 bits or more.
 * The refresh key may be missing (files of a version that kept refresh tokens as records).
 */
export async function importKeys(saved: unknown): Promise<Loaded> {
  const one = async (use: "id" | "access" | "refresh"): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK } | undefined> => {
    const jwk = (saved as Record<string, unknown> | null)?.[use] as JWK | undefined;
    if (jwk === undefined && use === "refresh") return undefined;
    const what = use === "refresh" ? "refresh token key" : `${use} token signing key`;
    if (!jwk || typeof jwk !== "object" || jwk.kty !== "RSA" || typeof jwk.n !== "string" || typeof jwk.d !== "string" || jwk.n.length < 342) {
      throw new Error(`the ${what} is not an RSA private key of 2,048 bits or more`);
    }
    const alg = use === "refresh" ? "RSA-OAEP" : "RS256";
    try {
      const privateKey = await importJWK({ ...jwk, alg }, alg, { extractable: true }) as CryptoKey;
      const publicKey = await importJWK({ kty: "RSA", n: jwk.n, e: jwk.e, alg }, alg, { extractable: true }) as CryptoKey;
      return { privateKey, publicKey, jwk: await exportJWK(publicKey) };
    } catch (e) {
      throw new Error(`the ${what} cannot be read (${(e as Error).message})`);
    }
  };
  const [id, access, refresh] = [await one("id"), await one("access"), await one("refresh")];
  return { id: id!, access: access!, ...(refresh ? { refresh: { publicKey: refresh.publicKey, privateKey: refresh.privateKey } } : {}) };
}

/** From now on, tokens are made (and checked) with these keys; without a refresh key, the current one stays. */
export async function useKeys(keys: Loaded): Promise<void> {
  const current = await keySet();
  shared = Promise.resolve({ id: keys.id, access: keys.access, refresh: keys.refresh ?? current.refresh, kids: new Lru(4096) });
}

/**
 * A pool's key id: 44 characters of standard base64 over 32 bytes, like Cognito's. It is drawn from the
 * key as well as the pool, so a server restarted with new keys publishes new kids: verifiers that keep a
 * JWKS (aws-jwt-verify, jose's createRemoteJWKSet) fetch it again for an unknown kid, where a known kid
 * over a changed key would fail every token until they restart. And from the store's epoch (new with
 * every mock and every reset): the same seed gives the same pool ids, and the keys are shared by the
 * process, so without it a token from one test's mock, or from before a reset, passed in the next.
 * Kept: two per sign-in.
 */
export const kidFor = (keys: KeySet, poolId: string, use: "id" | "access", epoch: string): string => {
  const name = `${poolId}:${use}:${epoch}`;
  let kid = keys.kids.get(name);
  if (kid === undefined) keys.kids.set(name, (kid = toBase64(sha256(utf8(`${name}:${keys[use].jwk.n}`)))));
  return kid;
};

export async function jwks(poolId: string, epoch: string): Promise<{ keys: JWK[] }> {
  const keys = await keySet();
  const entry = (jwk: JWK, use: "id" | "access") => ({ alg: "RS256", e: jwk.e!, kid: kidFor(keys, poolId, use, epoch), kty: "RSA", n: jwk.n!, use: "sig" });
  return { keys: [entry(keys.id.jwk, "id"), entry(keys.access.jwk, "access")] };
}
