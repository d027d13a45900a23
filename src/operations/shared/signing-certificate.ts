// The pool's SAML signing certificate: a self-signed RSA 2048 X.509 certificate for CN=<pool id>,
// valid for ten years. Cognito issues a new one every year; the old one stays valid.
// Generating an RSA key takes a moment, so the X.509 library is loaded, and the key made, only when
// a caller first asks. WebCrypto cannot take a seed: the key differs from run to run, while the
// serial number and dates follow the mock's random and clock.
import type { Random } from "../../engine/random.js";
import { toBase64 } from "../../auth/hash.js";
import type { PoolAdminState, SigningCertificate } from "../../state/pool-admin.js";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const VALIDITY_MS = 10 * YEAR_MS;
const HEX = "0123456789abcdef";

/** in-flight generations, so that concurrent first calls share one certificate */
const pending = new WeakMap<PoolAdminState, Promise<SigningCertificate>>();

export async function signingCertificate(admin: PoolAdminState, poolId: string, now: number, random: Random): Promise<SigningCertificate> {
  const current = admin.signingCertificate;
  if (current && now - current.issued < YEAR_MS) return current;
  let issuing = pending.get(admin);
  if (!issuing) {
    issuing = issue(poolId, now, random).finally(() => pending.delete(admin));
    pending.set(admin, issuing);
  }
  const issued = await issuing;
  admin.signingCertificate = issued;
  return issued;
}

async function issue(poolId: string, now: number, random: Random): Promise<SigningCertificate> {
  // the library resolves its parts through tsyringe, which needs the Reflect metadata API
  await import("reflect-metadata");
  const x509 = await import("@peculiar/x509");
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = await globalThis.crypto.subtle.generateKey(algorithm, true, ["sign", "verify"]);
  // 16 random bytes, the first below 0x80 so the DER integer stays positive
  const serialNumber = HEX[random.int(8)]! + random.string(31, HEX);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber,
    name: `CN=${poolId}`,
    notBefore: new Date(now),
    notAfter: new Date(now + VALIDITY_MS),
    signingAlgorithm: algorithm,
    keys,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
  }, globalThis.crypto);
  return { der: toBase64(new Uint8Array(certificate.rawData)), issued: now };
}
