// ID, access and refresh tokens as Cognito issues them: RS256 JWTs (header kid + alg, no typ) with
// Cognito's claims, and a refresh token that is a real JWE (RSA-OAEP, A256GCM) only the mock can read.
import { jwtVerify, decodeProtectedHeader, errors as joseErrors } from "jose";
import { NotAuthorizedException } from "../../generated/errors.js";
import type { Shape } from "../../generated/operations.js";
import type { OperationContext } from "../engine/context.js";
import type { ClientRecord, PoolRecord } from "../state/pool.js";
import type { RefreshRecord } from "../state/auth-state.js";
import type { UserRecord } from "../state/user.js";
import { keySet, kidFor, type KeySet } from "./keys.js";
import { decryptJwe, encryptJwe, signJwt } from "./jose-native.js";
import { signedOutSince } from "./origin.js";
import { hasTrigger, runTrigger } from "./triggers.js";
import { Lru } from "../engine/lru.js";
import { sha256Base64Url, utf8 } from "./hash.js";

const UNIT_SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86400 } as const;
export const ADMIN_SCOPE = "aws.cognito.signin.user.admin";

export function issuerOf(ctx: Pick<OperationContext, "publicUrl">, pool: Pick<PoolRecord, "id" | "region">): string {
  return `${ctx.publicUrl ?? `https://cognito-idp.${pool.region}.amazonaws.com`}/${pool.id}`;
}

/** Token lifetimes in seconds from the client's settings (defaults: 1 hour, 1 hour, 30 days). */
export function lifetimes(client: ClientRecord): { access: number; id: number; refresh: number } {
  const u = client.TokenValidityUnits ?? {};
  return {
    access: (client.AccessTokenValidity ?? 1) * UNIT_SECONDS[u.AccessToken ?? (client.AccessTokenValidity ? "hours" : "hours")],
    id: (client.IdTokenValidity ?? 1) * UNIT_SECONDS[u.IdToken ?? "hours"],
    refresh: (client.RefreshTokenValidity ?? 30) * UNIT_SECONDS[u.RefreshToken ?? "days"],
  };
}

export interface IssueOptions {
  /** epoch seconds of the sign-in (kept across refreshes) */
  authTime: number;
  /** one per sign-in, shared by its tokens and kept across refreshes */
  originJti: string;
  deviceKey?: string;
  /** issue a refresh token too (not on REFRESH_TOKEN_AUTH) */
  withRefresh: boolean;
  scope?: string;
  /** PreTokenGeneration's triggerSource (default TokenGeneration_Authentication) */
  source?: string;
}

// Claims a PreTokenGeneration trigger may not touch.
const PROTECTED = new Set(["sub", "iss", "aud", "client_id", "token_use", "exp", "iat", "auth_time", "jti", "origin_jti", "event_id", "cognito:username", "username", "acr", "amr", "at_hash", "nonce"]);

interface Overrides { claimsToAddOrOverride?: Record<string, unknown>; claimsToSuppress?: string[]; scopesToAdd?: string[]; scopesToSuppress?: string[] }

function applyOverrides(claims: Record<string, unknown>, o: Overrides | undefined): void {
  if (!o) return;
  for (const [k, v] of Object.entries(o.claimsToAddOrOverride ?? {})) if (!PROTECTED.has(k)) claims[k] = v;
  for (const k of o.claimsToSuppress ?? []) if (!PROTECTED.has(k)) delete claims[k];
}

/** Runs PreTokenGeneration (V1: ID token claims and groups; V2: both tokens and scopes). */
async function preTokenGeneration(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, source: string, idClaims: Record<string, unknown>, accessClaims: Record<string, unknown>): Promise<void> {
  if (!hasTrigger(ctx, pool, "preTokenGeneration")) return;
  const v2 = pool.settings.LambdaConfig?.PreTokenGenerationConfig?.LambdaVersion?.startsWith("V2") || pool.settings.LambdaConfig?.PreTokenGenerationConfig?.LambdaVersion?.startsWith("V3");
  const groups = (idClaims["cognito:groups"] as string[] | undefined) ?? [];
  const response = await runTrigger(ctx, pool, "preTokenGeneration", source, {
    userName: user.username, clientId: client.ClientId,
    request: {
      userAttributes: Object.fromEntries(user.attributes),
      groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: idClaims["cognito:roles"] ?? [], preferredRole: idClaims["cognito:preferred_role"] ?? null },
      ...(v2 ? { scopes: String(accessClaims.scope).split(" ") } : {}),
    },
    response: v2 ? { claimsAndScopeOverrideDetails: null as unknown } : { claimsOverrideDetails: null as unknown },
  }) as { claimsOverrideDetails?: Overrides & { groupOverrideDetails?: GroupOverride }; claimsAndScopeOverrideDetails?: { idTokenGeneration?: Overrides; accessTokenGeneration?: Overrides; groupOverrideDetails?: GroupOverride } };
  const v1 = response.claimsOverrideDetails ?? undefined;
  const both = response.claimsAndScopeOverrideDetails ?? undefined;
  applyOverrides(idClaims, v1 ?? both?.idTokenGeneration);
  if (both?.accessTokenGeneration) {
    applyOverrides(accessClaims, both.accessTokenGeneration);
    const scopes = new Set(String(accessClaims.scope).split(" ").filter(Boolean));
    for (const sc of both.accessTokenGeneration.scopesToAdd ?? []) scopes.add(sc);
    for (const sc of both.accessTokenGeneration.scopesToSuppress ?? []) scopes.delete(sc);
    accessClaims.scope = [...scopes].join(" ");
  }
  const g = v1?.groupOverrideDetails ?? both?.groupOverrideDetails;
  if (g?.groupsToOverride) {
    for (const c of [idClaims, accessClaims]) {
      if (g.groupsToOverride.length) c["cognito:groups"] = g.groupsToOverride;
      else delete c["cognito:groups"];
    }
  }
  if (g?.iamRolesToOverride) idClaims["cognito:roles"] = g.iamRolesToOverride;
  if (g?.preferredRole) idClaims["cognito:preferred_role"] = g.preferredRole;
}

interface GroupOverride { groupsToOverride?: string[]; iamRolesToOverride?: string[]; preferredRole?: string }

export async function issueTokens(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, o: IssueOptions): Promise<Shape<"AuthenticationResultType">> {
  const keys = await keySet();
  const life = lifetimes(client);
  const iat = Math.floor(ctx.now / 1000);
  const iss = issuerOf(ctx, pool);
  const eventId = ctx.random.uuid(4);
  const groups = [...user.groups].filter((g) => pool.groups.has(g));
  const groupClaims: Record<string, unknown> = groups.length ? { "cognito:groups": groups } : {};
  const roles = groups.map((g) => pool.groups.get(g)!).filter((g) => g.roleArn);
  if (roles.length) {
    groupClaims["cognito:roles"] = roles.map((g) => g.roleArn!);
    const ranked = roles.filter((g) => g.precedence !== undefined).sort((a, b) => a.precedence! - b.precedence!);
    // Cognito leaves the preferred role out when the lowest precedence is shared by different roles
    if (ranked.length && !(ranked[1] && ranked[1].precedence === ranked[0].precedence && ranked[1].roleArn !== ranked[0].roleArn)) groupClaims["cognito:preferred_role"] = ranked[0].roleArn;
  }
  const scope = o.scope ?? ADMIN_SCOPE;
  // claims in Cognito's order, set one by one: spreads in the middle of a literal took V8's slow path
  const accessClaims: Record<string, unknown> = { sub: user.sub };
  Object.assign(accessClaims, groupClaims);
  accessClaims.iss = iss;
  accessClaims.client_id = client.ClientId;
  accessClaims.origin_jti = o.originJti;
  accessClaims.event_id = eventId;
  accessClaims.token_use = "access";
  accessClaims.scope = scope;
  accessClaims.auth_time = o.authTime;
  accessClaims.exp = iat + life.access;
  accessClaims.iat = iat;
  accessClaims.jti = ctx.random.uuid(4);
  accessClaims.username = user.username;
  if (o.deviceKey) accessClaims.device_key = o.deviceKey;
  const idClaims: Record<string, unknown> = { sub: user.sub };
  Object.assign(idClaims, groupClaims);
  addIdTokenAttributes(idClaims, client, user);
  idClaims.iss = iss;
  idClaims["cognito:username"] = user.username;
  idClaims.origin_jti = o.originJti;
  idClaims.aud = client.ClientId;
  idClaims.event_id = eventId;
  idClaims.token_use = "id";
  idClaims.auth_time = o.authTime;
  idClaims.exp = iat + life.id;
  idClaims.iat = iat;
  idClaims.jti = ctx.random.uuid(4);
  await preTokenGeneration(ctx, pool, client, user, o.source ?? "TokenGeneration_Authentication", idClaims, accessClaims);
  // both at once: with node:crypto they are signed on two thread-pool threads, while this thread makes
  // the refresh token
  const signed = Promise.all([
    signJwt(accessClaims, { kid: kidFor(keys, pool.id, "access", ctx.store.auth.epoch), alg: "RS256" }, keys.access.privateKey),
    signJwt(idClaims, { kid: kidFor(keys, pool.id, "id", ctx.store.auth.epoch), alg: "RS256" }, keys.id.privateKey),
  ]);
  const refresh = o.withRefresh ? newRefreshToken(ctx, pool, client, user, o, life.refresh, keys) : undefined;
  const [[access, id], refreshToken] = await Promise.all([signed, refresh]);
  const result: Shape<"AuthenticationResultType"> = { AccessToken: access, ExpiresIn: life.access, TokenType: "Bearer", IdToken: id };
  if (refreshToken) result.RefreshToken = refreshToken;
  return result;
}

/** Adds the profile attributes the client may read; booleans as JSON booleans, everything else as strings. */
function addIdTokenAttributes(out: Record<string, unknown>, client: ClientRecord, user: UserRecord): void {
  const readable = client.ReadAttributes;
  for (const [name, value] of user.attributes) {
    if (name === "sub" || name.startsWith("dev:")) continue;
    if (readable && !readable.includes(name)) continue;
    out[name] = name.endsWith("_verified") ? value === "true" : value;
  }
}

// What a refresh token carries, encrypted: everything a refresh needs, so the mock keeps nothing per
// sign-in. Short names: the plaintext is padded to Cognito's size anyway.
interface RefreshContent { ep: string; pool: string; client: string; user: string; ojti: string; at: number; exp: number; scope: string; dk?: string }

function newRefreshToken(ctx: OperationContext, pool: PoolRecord, client: ClientRecord, user: UserRecord, o: IssueOptions, lifetime: number, keys: KeySet): Promise<string> {
  const content: RefreshContent = { ep: ctx.store.auth.epoch, pool: pool.id, client: client.ClientId, user: user.username, ojti: o.originJti, at: o.authTime, exp: ctx.now + lifetime * 1000, scope: o.scope ?? ADMIN_SCOPE };
  if (o.deviceKey) content.dk = o.deviceKey;
  return encryptJwe(refreshPlaintext(content), REFRESH_HEADER, keys.refresh.publicKey);
}

const REFRESH_HEADER = { cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" } as const;
// Cognito's refresh tokens are ~1.9k characters (a ~1,083-byte plaintext): padded to that size, the mock's
// weigh what real ones do in cookies and storage (Amplify's SSR adapters keep each token in a cookie).
const REFRESH_PLAINTEXT_BYTES = 1083;
const pads = new Map<number, string>();
function refreshPlaintext(content: RefreshContent): Uint8Array {
  const json = JSON.stringify(content);
  const head = `${json.slice(0, -1)},"pad":"`;
  const length = Math.max(0, REFRESH_PLAINTEXT_BYTES - head.length - 2);
  let pad = pads.get(length);
  if (pad === undefined) pads.set(length, (pad = "0".repeat(length)));
  return utf8(`${head}${pad}"}`);
}

/** The refresh token's content, or undefined for anything the mock did not make (or made with other keys). */
async function openRefreshToken(token: string, keys: KeySet): Promise<RefreshContent | undefined> {
  const plaintext = await decryptJwe(token, REFRESH_HEADER, keys.refresh);
  if (!plaintext) return undefined;
  try {
    const c = JSON.parse(new TextDecoder().decode(plaintext)) as RefreshContent;
    return typeof c.pool === "string" && typeof c.client === "string" && typeof c.user === "string" && typeof c.ojti === "string" && typeof c.exp === "number" ? c : undefined;
  } catch {
    return undefined;
  }
}

// Records of older versions (state files) are found by the token's digest.
const legacyKey = (token: string) => sha256Base64Url(token);

/** The sign-in a refresh token stands for, or Cognito's NotAuthorizedException. */
export async function readRefreshToken(ctx: OperationContext, token: string, clientId: string): Promise<RefreshRecord> {
  const auth = ctx.store.auth;
  const content = await openRefreshToken(token, await keySet());
  let record: RefreshRecord | undefined;
  // a token of another mock, or from before a reset, is not this store's (see kidFor)
  if (content?.ep === auth.epoch) {
    // the JWE's last segment, its 128-bit authentication tag, names the token
    const id = token.slice(token.lastIndexOf(".") + 1);
    record = {
      id, poolId: content.pool, clientId: content.client, username: content.user, originJti: content.ojti, authTime: content.at,
      expiresAt: content.exp, deviceKey: content.dk, revoked: false, scope: content.scope, rotatedAt: auth.rotated.get(id)?.at,
    };
  } else if (!content && auth.refreshTokens.size) {
    record = auth.refreshTokens.get(legacyKey(token));
    if (record) record = { ...record, rotatedAt: auth.rotated.get(record.id)?.at ?? record.rotatedAt };
  }
  if (!record || record.clientId !== clientId) throw new NotAuthorizedException("Invalid Refresh Token.");
  if (record.revoked || auth.revokedOrigins.has(record.originJti) || signedOutSince(auth, record.poolId, record.username, record.originJti)) {
    throw new NotAuthorizedException("Refresh Token has been revoked");
  }
  if (record.expiresAt <= ctx.now) throw new NotAuthorizedException("Refresh Token has expired");
  return record;
}

/** Refresh-token rotation: this token has been exchanged (from now on it works only for the grace period). */
export function markRotated(ctx: OperationContext, record: RefreshRecord): void {
  const auth = ctx.store.auth;
  if (auth.rotated.has(record.id)) return;
  auth.sweepSometimes(ctx.now);
  auth.rotated.set(record.id, { at: ctx.now, expires: record.expiresAt });
}

export interface AccessClaims {
  sub: string;
  username: string;
  client_id: string;
  origin_jti: string;
  scope: string;
  token_use: string;
  iat: number;
  exp: number;
  device_key?: string;
}

/**
 * Checks an access token as Cognito does for the operations that take one: signature and issuer of a
 * known pool, expiry by the mock's clock, token_use, revocation, and the user still there and enabled.
 */
export async function verifyAccessToken(ctx: OperationContext, token: string): Promise<{ pool: PoolRecord; user: UserRecord; claims: AccessClaims }> {
  const invalid = () => new NotAuthorizedException("Invalid Access Token");
  const keys = await keySet();
  const seen = verified.get(verifiedKey(token));
  let claims = seen?.key === keys.access.publicKey && seen.epoch === ctx.store.auth.epoch && seen.token === token ? seen.claims : undefined;
  if (!claims) {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw invalid();
    }
    try {
      const { payload } = await jwtVerify(token, keys.access.publicKey, { algorithms: ["RS256"], currentDate: new Date(ctx.now), clockTolerance: 0 });
      claims = payload as unknown as AccessClaims;
      const iss = String(payload.iss ?? "");
      if (kid !== kidFor(keys, iss.slice(iss.lastIndexOf("/") + 1), "access", ctx.store.auth.epoch)) throw invalid();
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw new NotAuthorizedException("Access Token has expired");
      if (e instanceof NotAuthorizedException) throw e;
      throw invalid();
    }
    verified.set(verifiedKey(token), { key: keys.access.publicKey, epoch: ctx.store.auth.epoch, token, claims });
  } else if (Math.floor(ctx.now / 1000) >= claims.exp) {
    // what jwtVerify checks on a fresh token (clock tolerance 0), by the mock's clock, which may have moved
    throw new NotAuthorizedException("Access Token has expired");
  }
  // the pool and its issuer are looked up each time: the pool may be gone, or its public URL changed
  const iss = String((claims as { iss?: unknown }).iss ?? "");
  const pool = ctx.store.pools.get(iss.slice(iss.lastIndexOf("/") + 1));
  if (!pool || iss !== issuerOf(ctx, pool)) throw invalid();
  if (claims.token_use !== "access") throw invalid();
  if (ctx.store.auth.revokedOrigins.has(claims.origin_jti) || signedOutSince(ctx.store.auth, pool.id, claims.username, claims.origin_jti)) {
    throw new NotAuthorizedException("Access Token has been revoked");
  }
  const user = pool.users.byUsername(claims.username);
  if (!user || user.sub !== claims.sub) throw new NotAuthorizedException("User does not exist.");
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  return { pool, user, claims };
}

/**
 * Tokens whose signature has been checked, with their claims and the key that checked them: an app sends
 * one access token many times, and the RSA check is most of what GetUser costs. Only the signature is
 * remembered; expiry, pool, issuer, revocation and the user are checked on every call.
 */
const verified = new Lru<string, { key: unknown; epoch: string; token: string; claims: AccessClaims }>(4096);
// Kept by the signature's last 86 characters (64 bytes), and a hit counts only if the whole token is the
// one kept: a token arrives as a fresh string on every request, and hashing all ~1,100 characters for
// the lookup cost ~2 us, a third of GetUser; comparing it with the kept one costs a tenth of that.
const verifiedKey = (token: string) => token.slice(-86);

/** Operations a user calls on themselves need the admin scope in the token. */
export function requireAdminScope(claims: AccessClaims): void {
  if (!claims.scope.split(" ").includes(ADMIN_SCOPE)) throw new NotAuthorizedException("Access Token does not have required scopes");
}
