// Signing and encryption keys. RSA key generation costs tens of milliseconds, so one set is made per
// process on first use and shared by every pool and mock; each pool publishes it under its own key ids
// (kid), so a token from one pool never verifies against another pool's JWKS or issuer.
import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";
import { sha256, toBase64, utf8 } from "./hash.js";

export interface KeySet {
  id: { privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK };
  access: { privateKey: CryptoKey; publicKey: CryptoKey; jwk: JWK };
  /** refresh tokens are JWE (RSA-OAEP + A256GCM), opaque to clients, as Cognito's are */
  refresh: { publicKey: CryptoKey };
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
    };
  })();
  return shared;
}

/** A pool's key id: 44 characters of standard base64 over 32 bytes, like Cognito's (kept: two per sign-in). */
const kids = new Map<string, string>();
export const kidFor = (poolId: string, use: "id" | "access"): string => {
  const name = `${poolId}:${use}`;
  let kid = kids.get(name);
  if (kid === undefined) kids.set(name, (kid = toBase64(sha256(utf8(name)))));
  return kid;
};

export async function jwks(poolId: string): Promise<{ keys: JWK[] }> {
  const keys = await keySet();
  const entry = (jwk: JWK, use: "id" | "access") => ({ alg: "RS256", e: jwk.e!, kid: kidFor(poolId, use), kty: "RSA", n: jwk.n!, use: "sig" });
  return { keys: [entry(keys.id.jwk, "id"), entry(keys.access.jwk, "access")] };
}
