// Passkeys (WebAuthn) as Cognito runs them: the relying party, the options handed to the browser, and
// the checks on what the authenticator sent back. Attestation and signature maths are
// @simplewebauthn/server's, imported only when a passkey is actually checked so nothing else loads it.
import {
  InvalidParameterException, NotAuthorizedException, WebAuthnChallengeNotFoundException, WebAuthnConfigurationMissingException,
  WebAuthnCredentialNotSupportedException, WebAuthnNotEnabledException, WebAuthnOriginNotAllowedException, WebAuthnRelyingPartyMismatchException,
} from "../../generated/errors.js";
import type { Random } from "../engine/random.js";
import type { PoolRecord } from "../state/pool.js";
import type { UserRecord } from "../state/user.js";
import type { PasskeyRecord } from "../state/webauthn.js";
import { fromBase64, sha256, timingSafeEqual, toBase64Url, utf8 } from "./hash.js";

/** ES256 and RS256: what authenticators are offered and what registration accepts. */
export const PASSKEY_ALGORITHMS = [-7, -257];
/** How long the browser is given, and how long a registration challenge stays answerable. */
export const PASSKEY_TIMEOUT_MS = 180_000;

/**
 * The relying party passkeys are bound to: the configured RelyingPartyId, else the pool's custom
 * domain, else its prefix domain under amazoncognito.com. None of these means passkeys cannot work.
 */
export function relyingPartyId(pool: PoolRecord): string | undefined {
  const configured = pool.mfa.webAuthn?.RelyingPartyId;
  if (configured) return configured;
  const { customDomain, prefixDomain } = pool.hostedUi;
  if (customDomain) return customDomain.domain;
  if (prefixDomain) return `${prefixDomain.domain}.auth.${pool.region}.amazoncognito.com`;
  return undefined;
}

/** The relying party for registering a passkey, or why the pool cannot register one. */
export function requirePasskeys(pool: PoolRecord): string {
  const allowed = pool.settings.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [];
  if (!allowed.includes("WEB_AUTHN")) throw new WebAuthnNotEnabledException("WebAuthn is not enabled for this user pool.");
  const rpId = relyingPartyId(pool);
  if (!rpId) throw new WebAuthnConfigurationMissingException("The user pool has no WebAuthn relying party ID configured and no domain.");
  return rpId;
}

export const userVerification = (pool: PoolRecord): "required" | "preferred" => pool.mfa.webAuthn?.UserVerification ?? "preferred";
export const newChallenge = (random: Random): string => toBase64Url(random.bytes(32));
/** The WebAuthn user handle: stable for the user, not their (changeable) name. */
export const userHandle = (user: UserRecord): string => toBase64Url(utf8(user.sub));

export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(s)) throw new Error("not base64url");
  const b64 = s.replace(/=+$/, "").replaceAll("-", "+").replaceAll("_", "/");
  return new Uint8Array(fromBase64(b64 + "=".repeat((4 - (b64.length % 4)) % 4)));
}

/** A browser may use a passkey on the relying party's own host or a subdomain, over https (http only on localhost). */
export function originAllowed(origin: string, rpId: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = url.hostname;
  const secure = url.protocol === "https:" || (url.protocol === "http:" && host === "localhost");
  return secure && url.origin === origin && (host === rpId || host.endsWith(`.${rpId}`));
}

/** PublicKeyCredentialCreationOptions in their JSON form (what StartWebAuthnRegistration returns). */
export function creationOptions(pool: PoolRecord, user: UserRecord, rpId: string, challenge: string): Record<string, unknown> {
  const name = user.attributes.get("email") ?? user.attributes.get("phone_number") ?? user.username;
  const own = (user.passkeys ?? []).filter((p) => p.rpId === rpId);
  return {
    authenticatorSelection: { requireResidentKey: true, residentKey: "required", userVerification: userVerification(pool) },
    challenge,
    excludeCredentials: own.map((p) => ({ id: p.id, type: "public-key", ...(p.transports.length ? { transports: p.transports } : {}) })),
    pubKeyCredParams: PASSKEY_ALGORITHMS.map((alg) => ({ alg, type: "public-key" })),
    rp: { id: rpId, name: rpId },
    timeout: PASSKEY_TIMEOUT_MS,
    user: { displayName: user.attributes.get("name") ?? name, id: userHandle(user), name },
  };
}

/** PublicKeyCredentialRequestOptions in their JSON form (the WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS). */
export function requestOptions(pool: PoolRecord, passkeys: readonly PasskeyRecord[], rpId: string, challenge: string): Record<string, unknown> {
  return {
    allowCredentials: passkeys.map((p) => ({ id: p.id, type: "public-key", ...(p.transports.length ? { transports: p.transports } : {}) })),
    challenge,
    rpId,
    timeout: PASSKEY_TIMEOUT_MS,
    userVerification: userVerification(pool),
  };
}

interface ClientData { type: string; challenge: string; origin: string }

function readClientData(encoded: unknown): ClientData | undefined {
  if (typeof encoded !== "string") return undefined;
  try {
    const data = JSON.parse(new TextDecoder().decode(fromBase64Url(encoded))) as Partial<ClientData>;
    if (typeof data.type !== "string" || typeof data.challenge !== "string" || typeof data.origin !== "string") return undefined;
    return data as ClientData;
  } catch {
    return undefined;
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The Credential document may come as an object or as its JSON text. */
function credentialObject(credential: unknown): Json | undefined {
  if (typeof credential === "string") {
    try {
      credential = JSON.parse(credential);
    } catch {
      return undefined;
    }
  }
  return isObject(credential) && typeof credential.id === "string" && isObject(credential.response) ? credential : undefined;
}

export interface RegistrationCheck {
  challenge: string;
  rpId: string;
  requireUserVerification: boolean;
}

export interface RegisteredPasskey {
  id: string;
  publicKey: string;
  counter: number;
  aaguid: string;
  transports: string[];
  attachment?: string;
}

/** Checks a RegistrationResponseJSON against the registration that was started; Cognito's errors when it fails. */
export async function verifyRegistration(credential: unknown, expected: RegistrationCheck): Promise<RegisteredPasskey> {
  const cred = credentialObject(credential);
  const response = cred?.response as Json | undefined;
  const clientData = readClientData(response?.clientDataJSON);
  if (!cred || !response || !clientData || typeof response.attestationObject !== "string") {
    throw new InvalidParameterException("Credential is not a valid RegistrationResponseJSON.");
  }
  if (clientData.type !== "webauthn.create") throw new InvalidParameterException(`Unexpected client data type ${clientData.type}.`);
  if (clientData.challenge !== expected.challenge) throw new WebAuthnChallengeNotFoundException("The WebAuthn registration challenge was not found or has expired.");
  if (!originAllowed(clientData.origin, expected.rpId)) {
    throw new WebAuthnOriginNotAllowedException(`The origin ${clientData.origin} is not allowed for relying party ${expected.rpId}.`);
  }
  await import("reflect-metadata");
  const { decodeAttestationObject, parseAuthenticatorData } = await import("@simplewebauthn/server/helpers");
  let rpIdHash: Uint8Array;
  try {
    rpIdHash = parseAuthenticatorData(decodeAttestationObject(fromBase64Url(response.attestationObject)).get("authData")).rpIdHash;
  } catch {
    throw new InvalidParameterException("Credential attestationObject could not be decoded.");
  }
  if (!timingSafeEqual(rpIdHash, sha256(utf8(expected.rpId)))) {
    throw new WebAuthnRelyingPartyMismatchException(`The credential was created for a relying party other than ${expected.rpId}.`);
  }
  const { verifyRegistrationResponse } = await simpleWebAuthn();
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await verifyRegistrationResponse({
      response: cred as never, expectedChallenge: expected.challenge, expectedOrigin: clientData.origin, expectedRPID: expected.rpId,
      requireUserVerification: expected.requireUserVerification, supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
    });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (/public key alg|Unsupported Attestation Format/i.test(reason)) throw new WebAuthnCredentialNotSupportedException(`The passkey is not supported: ${reason}`);
    throw new InvalidParameterException(`The passkey registration could not be verified: ${reason}`);
  }
  if (!result.verified) throw new InvalidParameterException("The passkey registration could not be verified.");
  const info = result.registrationInfo;
  const transports = Array.isArray(response.transports) ? response.transports.filter((t): t is string => typeof t === "string") : [];
  return {
    id: info.credential.id, publicKey: toBase64Url(info.credential.publicKey), counter: info.credential.counter, aaguid: info.aaguid, transports,
    ...(typeof cred.authenticatorAttachment === "string" ? { attachment: cred.authenticatorAttachment } : {}),
  };
}

export interface AssertionCheck {
  challenge: string;
  rpId: string;
  passkeys: readonly PasskeyRecord[];
  userHandle: string;
  requireUserVerification: boolean;
}

export const BAD_PASSKEY = "Invalid WebAuthn credential.";

/** Checks an AuthenticationResponseJSON (the WEB_AUTHN answer); returns the passkey used and its new counter. */
export async function verifyAssertion(credential: unknown, expected: AssertionCheck): Promise<{ passkey: PasskeyRecord; counter: number }> {
  const refused = () => new NotAuthorizedException(BAD_PASSKEY);
  const cred = credentialObject(credential);
  const response = cred?.response as Json | undefined;
  const clientData = readClientData(response?.clientDataJSON);
  if (!cred || !response || !clientData) throw new InvalidParameterException("CREDENTIAL is not a valid AuthenticationResponseJSON.");
  const passkey = expected.passkeys.find((p) => p.id === cred.id);
  if (!passkey || clientData.type !== "webauthn.get" || clientData.challenge !== expected.challenge || !originAllowed(clientData.origin, expected.rpId)) throw refused();
  // a discoverable credential names its user; it must be the user signing in
  if (typeof response.userHandle === "string" && response.userHandle !== "" && response.userHandle !== expected.userHandle) throw refused();
  const { verifyAuthenticationResponse } = await simpleWebAuthn();
  try {
    const result = await verifyAuthenticationResponse({
      response: cred as never, expectedChallenge: expected.challenge, expectedOrigin: clientData.origin, expectedRPID: passkey.rpId,
      credential: { id: passkey.id, publicKey: fromBase64Url(passkey.publicKey), counter: passkey.counter, transports: passkey.transports as never },
      requireUserVerification: expected.requireUserVerification,
    });
    if (!result.verified) throw refused();
    return { passkey, counter: result.authenticationInfo.newCounter };
  } catch {
    throw refused();
  }
}

// Cognito names a passkey after its provider; these are the providers seen most, by AAGUID.
const PROVIDERS: Record<string, string> = {
  "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": "iCloud Keychain",
  "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4": "Google Password Manager",
  "adce0002-35bc-c60a-648b-0b25f1f05503": "Chrome on Mac",
  "08987058-cadc-4b81-b6e1-30de50dcbe96": "Windows Hello",
  "bada5566-a7aa-401f-bd96-45619a55120d": "1Password",
};

export const friendlyName = (aaguid: string): string => PROVIDERS[aaguid] ?? "Passkey";

/**
 * @simplewebauthn/server, loaded on first use. Its certificate code (@peculiar/x509, via tsyringe) needs
 * the Reflect metadata polyfill loaded first; Node happens to have it from elsewhere, browsers do not.
 */
async function simpleWebAuthn() {
  await import("reflect-metadata");
  return import("@simplewebauthn/server");
}
