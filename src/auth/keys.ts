// Signing and encryption keys. RSA key generation costs tens of milliseconds, so one set is made per
// process on first use and shared by every pool and mock; each pool publishes it under its own key ids
// (kid), so a token from one pool never verifies against another pool's JWKS or issuer. A server with a
// state file saves its two signing keys there and takes them back at start, so tokens outlive restarts.
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { sha256, toBase64, utf8 } from "./hash.js";

interface SigningKey { privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK }

export interface KeySet {
  id: SigningKey;
  access: SigningKey;
  /** refresh tokens are JWE (RSA-OAEP + A256GCM), opaque to clients, as Cognito's are */
  refresh: { publicKey: CryptoKey };
  /** kids already worked out, by pool and use */
  kids: Map<string, string>;
}

let shared: Promise<KeySet> | undefined;

export function keySet(): Promise<KeySet> {
  shared ??= (async () => {
    const [id, access, refresh] = await Promise.all([
      generateKeyPair("RS256", { extractable: true }),
      generateKeyPair("RS256", { extractable: true }),
      generateKeyPair("RSA-OAEP", { extractable: false }),
    ]);
    return {
      id: { ...id, jwk: await exportJWK(id.publicKey) },
      access: { ...access, jwk: await exportJWK(access.publicKey) },
      refresh,
      kids: new Map(),
    };
  })();
  return shared;
}

/** The two signing keys as private JWKs, for a state file (the refresh key is not needed: refresh tokens are looked up, never opened). */
export interface SavedSigningKeys { id: JWK; access: JWK }

export async function exportSigningKeys(): Promise<SavedSigningKeys> {
  const keys = await keySet();
  const saved = async (k: SigningKey) => {
    const { kty, n, e, d, p, q, dp, dq, qi } = await exportJWK(k.privateKey);
    return { kty, n, e, d, p, q, dp, dq, qi };
  };
  return { id: await saved(keys.id), access: await saved(keys.access) };
}

/** Reads saved signing keys; throws, with what is wrong, if they are not two RSA private keys of 2,048 bits or more. */
export async function importSigningKeys(saved: unknown): Promise<{ id: SigningKey; access: SigningKey }> {
  const one = async (use: "id" | "access"): Promise<SigningKey> => {
    const jwk = (saved as Record<string, unknown> | null)?.[use] as JWK | undefined;
    if (!jwk || typeof jwk !== "object" || jwk.kty !== "RSA" || typeof jwk.n !== "string" || typeof jwk.d !== "string" || jwk.n.length < 342) {
      throw new Error(`the ${use} token signing key is not an RSA private key of 2,048 bits or more`);
    }
    try {
      const privateKey = await importJWK({ ...jwk, alg: "RS256" }, "RS256", { extractable: true }) as CryptoKey;
      const publicKey = await importJWK({ kty: "RSA", n: jwk.n, e: jwk.e, alg: "RS256" }, "RS256", { extractable: true }) as CryptoKey;
      return { privateKey, publicKey, jwk: await exportJWK(publicKey) };
    } catch (e) {
      throw new Error(`the ${use} token signing key cannot be read (${(e as Error).message})`);
    }
  };
  return { id: await one("id"), access: await one("access") };
}

/** From now on, tokens are signed (and checked) with these keys. */
export async function useSigningKeys(keys: { id: SigningKey; access: SigningKey }): Promise<void> {
  const { refresh } = await keySet();
  shared = Promise.resolve({ id: keys.id, access: keys.access, refresh, kids: new Map() });
}

/**
 * A pool's key id: 44 characters of standard base64 over 32 bytes, like Cognito's. It is drawn from the
 * key as well as the pool, so a server restarted with new keys publishes new kids: verifiers that keep a
 * JWKS (aws-jwt-verify, jose's createRemoteJWKSet) fetch it again for an unknown kid, where a known kid
 * over a changed key would fail every token until they restart. Kept: two per sign-in.
 */
export const kidFor = (keys: KeySet, poolId: string, use: "id" | "access"): string => {
  const name = `${poolId}:${use}`;
  let kid = keys.kids.get(name);
  if (kid === undefined) keys.kids.set(name, (kid = toBase64(sha256(utf8(`${name}:${keys[use].jwk.n}`)))));
  return kid;
};

export async function jwks(poolId: string): Promise<{ keys: JWK[] }> {
  const keys = await keySet();
  const entry = (jwk: JWK, use: "id" | "access") => ({ alg: "RS256", e: jwk.e!, kid: kidFor(keys, poolId, use), kty: "RSA", n: jwk.n!, use: "sig" });
  return { keys: [entry(keys.id.jwk, "id"), entry(keys.access.jwk, "access")] };
}
