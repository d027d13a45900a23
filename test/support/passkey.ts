// A software WebAuthn authenticator for tests: a real key pair (node:crypto), real authenticator data,
// CBOR attestation objects ('none' or 'packed' self-attestation) and signed assertions, in the JSON
// forms browsers produce (RegistrationResponseJSON / AuthenticationResponseJSON).
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function head(major: number, n: number): number[] {
  if (n < 24) return [(major << 5) | n];
  if (n < 0x100) return [(major << 5) | 24, n];
  if (n < 0x10000) return [(major << 5) | 25, n >> 8, n & 0xff];
  return [(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** Just enough CBOR for COSE keys and attestation objects. */
export function cbor(v: Cbor): Buffer {
  if (typeof v === "number") return Buffer.from(v >= 0 ? head(0, v) : head(1, -1 - v));
  if (typeof v === "string") {
    const b = Buffer.from(v, "utf8");
    return Buffer.concat([Buffer.from(head(3, b.length)), b]);
  }
  if (v instanceof Uint8Array) return Buffer.concat([Buffer.from(head(2, v.length)), v]);
  return Buffer.concat([Buffer.from(head(5, v.size)), ...[...v].flatMap(([k, x]) => [cbor(k), cbor(x)])]);
}

const b64url = (b: Uint8Array) => Buffer.from(b).toString("base64url");
const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest();

export interface CreationOptionsJSON { challenge: string; rp: { id: string; name: string }; user: { id: string; name: string; displayName: string } }
export interface RequestOptionsJSON { challenge: string; rpId: string; allowCredentials: { id: string; type: string }[]; userVerification: string }

export interface Ceremony {
  /** the page the browser says it is on (default https://<rpId>) */
  origin?: string;
  /** sign for another relying party than the options name */
  rpId?: string;
  challenge?: string;
  /** user verification flag (default true) */
  uv?: boolean;
  /** break the signature after signing */
  tamper?: boolean;
}

export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  counter = 0;
  private readonly privateKey: KeyObject;
  private readonly coseKey: Buffer;
  private userHandle?: string;

  constructor(readonly algorithm: "ES256" | "EdDSA" = "ES256", readonly format: "none" | "packed" = "none") {
    if (algorithm === "ES256") {
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
      const jwk = publicKey.export({ format: "jwk" });
      this.privateKey = privateKey;
      this.coseKey = cbor(new Map<Cbor, Cbor>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, "base64url")], [-3, Buffer.from(jwk.y!, "base64url")]]));
    } else {
      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      const jwk = publicKey.export({ format: "jwk" });
      this.privateKey = privateKey;
      this.coseKey = cbor(new Map<Cbor, Cbor>([[1, 1], [3, -8], [-1, 6], [-2, Buffer.from(jwk.x!, "base64url")]]));
    }
  }

  get id(): string { return b64url(this.credentialId); }

  private sign(data: Buffer): Buffer {
    return sign(this.algorithm === "ES256" ? "sha256" : null, data, this.privateKey);
  }

  private authData(rpId: string, uv: boolean, attested: boolean): Buffer {
    const flags = 0x01 | (uv ? 0x04 : 0) | (attested ? 0x40 : 0);
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    const parts: Uint8Array[] = [sha256(rpId), Buffer.from([flags]), counter];
    if (attested) {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16), len, this.credentialId, this.coseKey);
    }
    return Buffer.concat(parts);
  }

  /** navigator.credentials.create(), as RegistrationResponseJSON. */
  register(options: CreationOptionsJSON, c: Ceremony = {}): Record<string, unknown> {
    const rpId = c.rpId ?? options.rp.id;
    this.userHandle = options.user.id;
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.create", challenge: c.challenge ?? options.challenge, origin: c.origin ?? `https://${options.rp.id}`, crossOrigin: false }));
    const authData = this.authData(rpId, c.uv ?? true, true);
    const attStmt = new Map<Cbor, Cbor>();
    if (this.format === "packed") {
      const sig = this.sign(Buffer.concat([authData, sha256(clientDataJSON)]));
      if (c.tamper) sig[sig.length - 1] ^= 0xff;
      attStmt.set("alg", this.algorithm === "ES256" ? -7 : -8).set("sig", sig);
    }
    const attestationObject = cbor(new Map<Cbor, Cbor>([["fmt", this.format], ["attStmt", attStmt], ["authData", authData]]));
    return {
      id: this.id, rawId: this.id, type: "public-key", authenticatorAttachment: "platform", clientExtensionResults: {},
      response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ["internal", "hybrid"] },
    };
  }

  /** navigator.credentials.get(), as AuthenticationResponseJSON. */
  assert(options: RequestOptionsJSON, c: Ceremony = {}): Record<string, unknown> {
    this.counter++;
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge: c.challenge ?? options.challenge, origin: c.origin ?? `https://${options.rpId}`, crossOrigin: false }));
    const authData = this.authData(c.rpId ?? options.rpId, c.uv ?? true, false);
    const signature = this.sign(Buffer.concat([authData, sha256(clientDataJSON)]));
    if (c.tamper) signature[signature.length - 1] ^= 0xff;
    return {
      id: this.id, rawId: this.id, type: "public-key", authenticatorAttachment: "platform", clientExtensionResults: {},
      response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature), ...(this.userHandle ? { userHandle: this.userHandle } : {}) },
    };
  }
}
