// Property-based fuzzing from the spec itself: fast-check arbitraries for valid requests (built from the
// schemas, with the seeded state's real ids mixed in so calls reach deep into operations) and for every
// kind of invalid one. Builds on samples.ts (fallback values) and mutations.ts (canonical breakages).
import { createHmac } from "node:crypto";
import fc from "fast-check";
import type { CognitoMock } from "../../src/index.js";
import { serializeStore } from "../../src/state/serialize.js";
import { resolve, sample, sampleString, type Schema } from "./samples.js";
import { mutationsFor, type MutationKind } from "./mutations.js";

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

// ---- the seeded state

const PASSWORD = "Passw0rd!fuzz";
export const CODE = "123456";

/** What the seed made, by the request member names that refer to it. */
export type Seeds = Record<string, string[]>;

/**
 * A realistic pool (Plus plan with threat protection, device tracking, passkeys, a replica): public and
 * secret clients, a confirmed user with a password, tokens and a remembered device, a user in a group, a
 * user who must change a temporary password (with its live challenge session), an unconfirmed user, a
 * domain, a resource server, an identity provider, terms, a branding style and an import job.
 */
export async function seedState(mock: CognitoMock): Promise<Seeds> {
  const call = <T>(op: string, input: unknown) => mock.call<T>(op, input);
  const { UserPool } = await call<{ UserPool: { Id: string; Arn: string } }>("CreateUserPool", {
    PoolName: "fuzz", AutoVerifiedAttributes: ["email"], AliasAttributes: ["email", "preferred_username"],
    Schema: [{ Name: "email", AttributeDataType: "String", Required: true, Mutable: true }, { Name: "tier", AttributeDataType: "String", Mutable: true }],
    DeviceConfiguration: { ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false },
    UserPoolTier: "PLUS", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" },
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"] } },
    KeyConfiguration: { KeyType: "CUSTOMER_MANAGED_KEY", KmsKeyArn: "arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef" },
  });
  const UserPoolId = UserPool.Id;
  const flows = ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH", "ALLOW_CUSTOM_AUTH"];
  const client = async (ClientName: string, GenerateSecret: boolean) => (await call<{ UserPoolClient: { ClientId: string; ClientSecret?: string } }>("CreateUserPoolClient", {
    UserPoolId, ClientName, GenerateSecret, ExplicitAuthFlows: flows, EnableTokenRevocation: true,
    AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "email"],
    CallbackURLs: ["https://example.com/callback"], SupportedIdentityProviders: ["COGNITO"],
  })).UserPoolClient;
  const web = await client("web", false);
  const server = await client("server", true);
  await call("CreateUserPoolDomain", { UserPoolId, Domain: "fuzz-auth" });
  await call("SetUserPoolMfaConfig", { UserPoolId, WebAuthnConfiguration: { RelyingPartyId: "example.com", UserVerification: "preferred" } });
  await call("CreateUserPoolReplica", { UserPoolId, RegionName: "eu-west-1" });
  await call("CreateGroup", { UserPoolId, GroupName: "admins", Precedence: 1 });
  const user = async (Username: string, email: string, password?: string) => {
    await call("AdminCreateUser", { UserPoolId, Username, MessageAction: "SUPPRESS", TemporaryPassword: PASSWORD,
      UserAttributes: [{ Name: "email", Value: email }, { Name: "email_verified", Value: "true" }] });
    if (password) await call("AdminSetUserPassword", { UserPoolId, Username, Password: password, Permanent: true });
  };
  await user("alice", "alice@example.com", PASSWORD);
  await user("bob", "bob@example.com", PASSWORD);
  await user("carol", "carol@example.com");
  await call("SignUp", { ClientId: web.ClientId, Username: "dave", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "dave@example.com" }] });
  await call("AdminAddUserToGroup", { UserPoolId, Username: "bob", GroupName: "admins" });
  await call("ForgotPassword", { ClientId: web.ClientId, Username: "bob" }); // a reset code is pending
  type Auth = { AuthenticationResult?: { AccessToken: string; RefreshToken: string; NewDeviceMetadata?: { DeviceKey: string } }; Session?: string };
  const signIn = (USERNAME: string) => call<Auth>("AdminInitiateAuth", { UserPoolId, ClientId: web.ClientId, AuthFlow: "ADMIN_USER_PASSWORD_AUTH", AuthParameters: { USERNAME, PASSWORD } });
  const alice = (await signIn("alice")).AuthenticationResult!;
  const DeviceKey = alice.NewDeviceMetadata!.DeviceKey;
  await call("ConfirmDevice", { AccessToken: alice.AccessToken, DeviceKey, DeviceName: "laptop", DeviceSecretVerifierConfig: { PasswordVerifier: "AAECAw==", Salt: "BAUGBw==" } });
  // live challenge sessions: a new password, an SRP password verifier, a choice of factors
  const carol = await signIn("carol");
  const srp = await call<{ Session?: string; ChallengeParameters: { SECRET_BLOCK: string } }>("InitiateAuth", { ClientId: web.ClientId, AuthFlow: "USER_SRP_AUTH", AuthParameters: { USERNAME: "bob", SRP_A: "2" } });
  const choice = await call<{ Session: string }>("InitiateAuth", { ClientId: web.ClientId, AuthFlow: "USER_AUTH", AuthParameters: { USERNAME: "alice" } });
  const events = await call<{ AuthEvents: { EventId: string }[] }>("AdminListUserAuthEvents", { UserPoolId, Username: "alice", MaxResults: 10 });
  const rs = await call<{ ResourceServer: { Identifier: string } }>("CreateResourceServer", { UserPoolId, Identifier: "https://api.example.com", Name: "api", Scopes: [{ ScopeName: "read", ScopeDescription: "read" }] });
  await call("CreateIdentityProvider", { UserPoolId, ProviderName: "Corp", ProviderType: "OIDC", IdpIdentifiers: ["corp"],
    ProviderDetails: { client_id: "corp-client", client_secret: "corp-secret", authorize_scopes: "openid email", oidc_issuer: "https://idp.example.com", attributes_request_method: "GET" },
    AttributeMapping: { email: "email" } });
  const terms = await call<{ Terms: { TermsId: string } }>("CreateTerms", { UserPoolId, ClientId: web.ClientId, TermsName: "terms-of-use", TermsSource: "LINK", Enforcement: "NONE", Links: { "cognito:default": "https://example.com/terms" } });
  const branding = await call<{ ManagedLoginBranding: { ManagedLoginBrandingId: string } }>("CreateManagedLoginBranding", { UserPoolId, ClientId: web.ClientId, UseCognitoProvidedValues: true });
  const job = await call<{ UserImportJob: { JobId: string } }>("CreateUserImportJob", { UserPoolId, JobName: "fuzz", CloudWatchLogsRoleArn: "arn:aws:iam::123456789012:role/import" });
  const secrets = await call<{ ClientSecrets: { ClientSecretId: string }[] }>("ListUserPoolClientSecrets", { UserPoolId, ClientId: server.ClientId });
  await call("GetSigningCertificate", { UserPoolId }); // made once and kept: not again on every run
  const usernames = ["alice", "bob", "carol", "dave"];
  const secretHash = (u: string) => createHmac("sha256", server.ClientSecret!).update(u + server.ClientId).digest("base64");
  return {
    UserPoolId: [UserPoolId],
    ClientId: [web.ClientId, server.ClientId],
    ClientSecret: [server.ClientSecret!],
    ClientSecretId: secrets.ClientSecrets.map((s) => s.ClientSecretId),
    SecretHash: usernames.map(secretHash),
    Username: [...usernames, "alice@example.com"],
    GroupName: ["admins"],
    Password: [PASSWORD], PreviousPassword: [PASSWORD], ProposedPassword: [PASSWORD + "2"], TemporaryPassword: [PASSWORD],
    AccessToken: [alice.AccessToken],
    RefreshToken: [alice.RefreshToken], Token: [alice.RefreshToken, alice.AccessToken],
    Session: [carol.Session!, choice.Session, ...(srp.Session ? [srp.Session] : [])], ChallengeName: ["NEW_PASSWORD_REQUIRED", "PASSWORD_VERIFIER", "SELECT_CHALLENGE"],
    SecretBlock: [srp.ChallengeParameters.SECRET_BLOCK],
    Code: [CODE], ConfirmationCode: [CODE], UserCode: [CODE],
    DeviceKey: [DeviceKey],
    EventId: events.AuthEvents.map((e) => e.EventId),
    Domain: ["fuzz-auth"],
    RegionName: ["eu-west-1", "us-west-2"],
    Identifier: [rs.ResourceServer.Identifier],
    ProviderName: ["Corp"], IdpIdentifier: ["corp"], ProviderAttributeName: ["Cognito_Subject", "email"],
    TermsId: [terms.Terms.TermsId],
    ManagedLoginBrandingId: [branding.ManagedLoginBranding.ManagedLoginBrandingId],
    JobId: [job.UserImportJob.JobId],
    ResourceArn: [UserPool.Arn],
    Name: ["email", "custom:tier", "name"], AttributeName: ["email", "phone_number"],
  };
}

/** Everything that must not move: the whole store (as persistence writes it) and the outbox. */
export function stateOf(mock: CognitoMock): string {
  return JSON.stringify(serializeStore(mock.store, { outbox: mock.outbox.messages }, 0));
}

// ---- valid requests

/** Values worth trying where a member of this name appears, besides the seeded ids (kept only where they fit). */
const INTERESTING: Record<string, string[]> = {
  Username: ["ALICE", "nobody", "__proto__", "constructor"],
  Name: ["email_verified", "phone_number", "phone_number_verified", "sub", "preferred_username", "custom:nope", "address", "updated_at", "__proto__"],
  Value: ["true", "false", "+15555550100", "bob@example.com", "not-an-email", "", "1"],
  Filter: ['email = "alice@example.com"', 'username ^= "a"', 'status = "Enabled"', 'cognito:user_status = "CONFIRMED"', 'sub ^= ""', 'name = "x', '= "a"', 'email ^= "\\"', "family_name = \"\"", ""],
  Password: ["a", "password", "P4ss!"], ProposedPassword: ["short", PASSWORD], PreviousPassword: ["wrong!Passw0rd"],
};

// map keys that must stay plain data wherever an operation copies or looks them up
const TRICKY_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty"];

const b64 = (s: string) => Buffer.from(s).toString("base64url");
/** Things that look like tokens: JWT-shaped junk (alg none, odd claims) and hex/base64 scraps. */
const tokenLike = fc.oneof(
  fc.tuple(fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 }), fc.string({ maxLength: 8 })).map(([h, p, s]) => `${b64(JSON.stringify(h))}.${b64(JSON.stringify(p))}.${b64(s)}`),
  fc.record({ alg: fc.constantFrom("none", "RS256", "HS256"), kid: fc.string({ maxLength: 8 }) }).map((h) => `${b64(JSON.stringify(h))}.${b64(JSON.stringify({ sub: "x", token_use: "access", exp: 4102444800 }))}.`),
  fc.stringMatching(/^[0-9a-f]{1,64}$/), fc.stringMatching(/^[A-Za-z0-9+/=]{1,64}$/),
  fc.constantFrom("0", "1", "-1", "00", "0x10", "ff".repeat(384), "zz", "1e9", "Wed Jan 1 00:00:00 UTC 2025", "null", "{}"),
);

const anyString = (maxLength: number) => fc.oneof(
  fc.string({ unit: "grapheme-ascii", maxLength }), fc.string({ unit: "grapheme", maxLength }), fc.string({ unit: "binary", maxLength }),
);

// the known keys of the free-form maps that carry sign-in data
const AUTH_KEYS = ["USERNAME", "PASSWORD", "SECRET_HASH", "SRP_A", "REFRESH_TOKEN", "DEVICE_KEY", "PREFERRED_CHALLENGE", "CHALLENGE_NAME"];
const CHALLENGE_KEYS = [
  "USERNAME", "PASSWORD", "NEW_PASSWORD", "SMS_MFA_CODE", "SOFTWARE_TOKEN_MFA_CODE", "EMAIL_OTP_CODE", "SMS_OTP_CODE", "ANSWER",
  "PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP", "SECRET_HASH", "DEVICE_KEY", "SRP_A", "CREDENTIAL",
  "userAttributes.email", "userAttributes.name", "requiredAttributes",
];

const patterns = new Map<string, RegExp>();
const regex = (pattern: string) => patterns.get(pattern) ?? patterns.set(pattern, new RegExp(pattern, "u")).get(pattern)!;

/** Whether a string passes a string schema (lengths in UTF-16 units, as the validators count them). */
function fitsString(s: Schema, v: string): boolean {
  if (s.const !== undefined) return v === s.const;
  if (s.enum) return s.enum.includes(v);
  if (v.length < (s.minLength ?? 0) || v.length > (s.maxLength ?? Infinity)) return false;
  return !s.pattern || regex(s.pattern).test(v);
}

function validString(s: Schema, member: string | undefined, seeds: Seeds): fc.Arbitrary<string> {
  const seeded = (member ? seeds[member] ?? [] : []).filter((v) => fitsString(s, v));
  if (s.const !== undefined) return fc.constant(s.const);
  // seeded first: fast-check leans to the first choice in nested structures
  if (s.enum) return seeded.length ? fc.oneof({ arbitrary: fc.constantFrom(...seeded), weight: 2 }, { arbitrary: fc.constantFrom(...s.enum), weight: 3 }) : fc.constantFrom(...s.enum);
  if (s.contentEncoding === "base64") return fc.uint8Array({ maxLength: 48 }).map((b) => Buffer.from(b).toString("base64"));
  const fallback = sampleString(s);
  const fit = (v: string) => (fitsString(s, v) ? v : seeded[0] ?? fallback);
  const interesting = (member ? INTERESTING[member] ?? [] : []).filter((v) => fitsString(s, v));
  const options: fc.WeightedArbitrary<string>[] = [];
  // ids of what the seed made, most of the time: a random id only ever meets ResourceNotFoundException
  if (seeded.length) options.push({ arbitrary: fc.constantFrom(...seeded), weight: 12 });
  if (interesting.length) options.push({ arbitrary: fc.constantFrom(...interesting), weight: 2 });
  options.push(
    { arbitrary: anyString(Math.min(s.maxLength ?? 48, 48)).map(fit), weight: 3 },
    { arbitrary: fc.constant(fallback), weight: 1 },
    { arbitrary: tokenLike.map(fit), weight: 1 },
    { arbitrary: fc.constantFrom(...TRICKY_KEYS, "0", " ", "😀", "a\u0301", "\u00e9t\u00e9").map(fit), weight: 1 },
  );
  // the longest value the schema allows, from a value it accepts
  const longest = s.maxLength !== undefined && s.maxLength <= 4096 ? fallback.repeat(Math.ceil(s.maxLength / Math.max(1, fallback.length))).slice(0, s.maxLength) : undefined;
  if (longest && fitsString(s, longest)) options.push({ arbitrary: fc.constant(longest), weight: 1 });
  return fc.oneof(...options);
}

function validInteger(s: Schema): fc.Arbitrary<number> {
  const min = s.minimum ?? -(2 ** 31);
  const max = s.maximum ?? 2 ** 31 - 1;
  const edges = [min, max, 0, 1, -1].filter((n) => n >= min && n <= max);
  if (s.maximum === undefined) edges.push(Number.MAX_SAFE_INTEGER);
  return fc.oneof(fc.integer({ min, max }), fc.constantFrom(...edges));
}

/** A valid request for an operation: sometimes with every kind of member, sometimes only the required ones. */
export const validRequest = (inputShape: string, seeds: Seeds) =>
  fc.oneof(validValue(ref(inputShape), seeds, undefined, false), validValue(ref(inputShape), seeds, undefined, true));

/** A map with the free-form keys these members carry in practice, each maybe present. */
function signInMap(keys: string[], seeds: Seeds, value: Schema): fc.Arbitrary<Record<string, string>> {
  const v = resolve(value);
  const pick = (k: string): fc.Arbitrary<string> => {
    const known = ({
      USERNAME: seeds.Username, PASSWORD: seeds.Password, NEW_PASSWORD: [PASSWORD + "!new", "weak"], REFRESH_TOKEN: seeds.RefreshToken,
      SMS_MFA_CODE: [CODE], SOFTWARE_TOKEN_MFA_CODE: [CODE], EMAIL_OTP_CODE: [CODE], SMS_OTP_CODE: [CODE],
      PREFERRED_CHALLENGE: ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"], CHALLENGE_NAME: ["SRP_A"],
      "userAttributes.email": ["carol@example.com"], TIMESTAMP: ["Wed Jan 1 00:00:00 UTC 2025"], PASSWORD_CLAIM_SECRET_BLOCK: seeds.SecretBlock,
      SECRET_HASH: seeds.SecretHash, DEVICE_KEY: seeds.DeviceKey, ANSWER: ["PASSWORD", "EMAIL_OTP", "WEB_AUTHN", CODE],
    } as Record<string, string[] | undefined>)[k] ?? [];
    return fc.oneof(...(known.length ? [fc.constantFrom(...known)] : []), tokenLike, anyString(24)).map((x) => (fitsString(v, x) ? x : sampleString(v)));
  };
  const model = Object.fromEntries(keys.map((k) => [k, pick(k)]));
  // most flows want a USERNAME: have one more often than chance would
  return fc.oneof(fc.record(model, { requiredKeys: ["USERNAME"] }), fc.record(model, { requiredKeys: [] })) as fc.Arbitrary<Record<string, string>>;
}

/**
 * Values that pass the request validator, shaped after `schema`; member names pick seeded ids. With
 * `optional` false only required members appear (such requests get through to a 200 far more often).
 */
function validValue(schema: Schema, seeds: Seeds, member?: string, optional = true, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (depth > 20) throw new Error("schema too deep (recursive?)");
  const type = Array.isArray(s.type) ? "document" : s.type;
  switch (type) {
    case "document": return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
    case "object": {
      if (s.additionalProperties && typeof s.additionalProperties === "object") {
        const keySchema = resolve(s.propertyNames ?? { type: "string" });
        const key = fc.oneof(validString(keySchema, undefined, seeds), fc.constantFrom(...TRICKY_KEYS).map((k) => (fitsString(keySchema, k) ? k : sampleString(keySchema))));
        const entries = fc.uniqueArray(fc.tuple(key, validValue(s.additionalProperties, seeds, undefined, optional, depth + 1)), {
          selector: (e) => e[0], minLength: s.minProperties ?? 0, maxLength: Math.min(s.maxProperties ?? 3, 3),
        }).map((e) => Object.fromEntries(e));
        if (member === "AuthParameters") return fc.oneof(signInMap(AUTH_KEYS, seeds, s.additionalProperties), entries);
        if (member === "ChallengeResponses") return fc.oneof(signInMap(CHALLENGE_KEYS, seeds, s.additionalProperties), entries);
        return entries;
      }
      const required = s.required ?? [];
      const props = Object.entries(s.properties ?? {}).filter(([m]) => optional || required.includes(m));
      const model = Object.fromEntries(props.map(([m, ms]) => [m, validValue(ms, seeds, m, optional, depth + 1)]));
      return fc.record(model, { requiredKeys: required.filter((r) => r in model) });
    }
    case "array": {
      const min = s.minItems ?? 0;
      const max = Math.max(min, Math.min(s.maxItems ?? 3, 3));
      const item = validValue(s.items ?? {}, seeds, member, optional, depth + 1);
      const arbs = [fc.array(item, { minLength: min, maxLength: max })];
      if (s.maxItems !== undefined && s.maxItems > max && s.maxItems <= 50) arbs.push(fc.array(item, { minLength: s.maxItems, maxLength: s.maxItems }));
      return fc.oneof(...arbs);
    }
    case "string": return validString(s, member, seeds);
    case "integer": return validInteger(s);
    case "number": return fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }));
    case "boolean": return fc.boolean();
    default: throw new Error(`cannot fuzz ${JSON.stringify(s)}`);
  }
}

// ---- invalid requests: a valid one with exactly one constraint broken

export type FuzzKind = MutationKind | "minLength" | "minItems" | "mapKey" | "maxProperties";
export interface Broken { kind: FuzzKind; path: string; body: unknown }
type Path = (string | number)[];

const pointer = (path: Path) => path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** Every node of a message with its (resolved) schema: the places a constraint can be broken. */
function* nodes(value: unknown, schema: Schema, path: Path = []): Generator<{ value: unknown; schema: Schema; path: Path }> {
  const s = resolve(schema);
  yield { value, schema: s, path };
  if (Array.isArray(value) && s.items) for (let i = 0; i < value.length; i++) yield* nodes(value[i], s.items, [...path, i]);
  else if (value && typeof value === "object" && !Array.isArray(value) && !Array.isArray(s.type)) {
    for (const [k, v] of Object.entries(value)) {
      const sub = s.properties?.[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : undefined);
      if (sub) yield* nodes(v, sub, [...path, k]);
    }
  }
}

/** A copy of `root` with the node at `path` replaced (or removed); own-property writes, so "__proto__" keys stay data. */
function edit(root: unknown, path: Path, next: unknown, remove = false): unknown {
  const copy = structuredClone(root);
  let cur = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  const key = path[path.length - 1];
  if (remove) delete cur[key];
  else Object.defineProperty(cur, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

const jsonType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" && Number.isInteger(v) ? "integer" : typeof v);
const accepts = (type: string, v: unknown) => jsonType(v) === type || (type === "number" && jsonType(v) === "integer");

/** A JSON value of any type but `type` (null is left out: the protocol reads a null member as absent). */
const wrongType = (type: string) => fc.oneof(
  fc.string({ maxLength: 8 }), fc.constantFrom("true", "1", "null", "[]", "{}"), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
).filter((v) => !accepts(type, v));

/** A string longer than `max` (in UTF-16 units, as the validators count), from any alphabet. */
const tooLong = (max: number) => fc.tuple(anyString(8).filter((c) => c.length > 0), fc.integer({ min: 1, max: 64 }))
  .map(([c, extra]) => c.repeat(Math.ceil((max + extra) / c.length)).slice(0, max + extra));

const BAD_FOR_PATTERN = ["bad value \u0000 with spaces", "\u0000", "!", " ", "-", "\n", "a b", "é", "😀"];

function brokenAt(node: { value: unknown; schema: Schema; path: Path }, root: unknown): { kind: FuzzKind; path: Path; arb: fc.Arbitrary<unknown> }[] {
  const { value: v, schema: s, path } = node;
  const out: { kind: FuzzKind; path: Path; arb: fc.Arbitrary<unknown> }[] = [];
  const replace = (kind: FuzzKind, arb: fc.Arbitrary<unknown>) => out.push({ kind, path, arb: arb.map((next) => edit(root, path, next)) });
  if (s.required?.length && v && typeof v === "object" && !Array.isArray(v)) {
    const present = s.required.filter((r) => Object.hasOwn(v, r));
    if (present.length) out.push({ kind: "required", path, arb: fc.constantFrom(...present).map((m) => edit(root, [...path, m], undefined, true)) });
  }
  if (path.length === 0) return out; // a root of the wrong type is a body that is not an object: fuzzed on its own
  const type = Array.isArray(s.type) ? undefined : s.type;
  if (type) replace("type", wrongType(type));
  if (typeof v === "string" && !s.const) {
    const len = (x: string) => x.length >= (s.minLength ?? 0) && x.length <= (s.maxLength ?? Infinity);
    if (s.enum) {
      const enums = s.enum;
      const near = enums.flatMap((e) => [e.toLowerCase(), ` ${e}`, `${e} `, e.slice(0, -1)]);
      replace("enum", fc.oneof(fc.constantFrom(...near), anyString(16)).map((x) => (enums.includes(x) ? "NOT_A_VALID_ENUM_VALUE" : x)));
    } else {
      if (s.maxLength !== undefined) replace("maxLength", tooLong(s.maxLength));
      if (s.minLength) replace("minLength", fc.nat(s.minLength - 1).map((n) => "a".repeat(n)));
      if (s.pattern) {
        const re = regex(s.pattern);
        const bad = BAD_FOR_PATTERN.filter((b) => len(b) && !re.test(b));
        if (bad.length) replace("pattern", fc.oneof(fc.constantFrom(...bad), anyString(Math.min(s.maxLength ?? 24, 24))).map((x) => (len(x) && !re.test(x) ? x : bad[0])));
      }
    }
  }
  if (typeof v === "number" && type === "integer") {
    if (s.maximum !== undefined) replace("range", fc.integer({ min: s.maximum + 1, max: s.maximum + 1e6 }));
    if (s.minimum !== undefined) replace("range", fc.integer({ min: s.minimum - 1e6, max: s.minimum - 1 }));
  }
  if (Array.isArray(v)) {
    const filler = v.length ? v[0] : sample(s.items ?? {}, "min");
    if (s.maxItems !== undefined) replace("maxItems", fc.integer({ min: 1, max: 3 }).map((n) => Array.from({ length: s.maxItems! + n }, (_, i) => v[i] ?? filler)));
    if (s.minItems) replace("minItems", fc.nat(s.minItems - 1).map((n) => v.slice(0, n)));
  }
  if (v && typeof v === "object" && !Array.isArray(v) && typeof s.additionalProperties === "object") {
    const keys = resolve(s.propertyNames ?? {});
    const value = sample(s.additionalProperties, "min");
    if (keys.pattern || keys.maxLength !== undefined || keys.enum) {
      const badKey = keys.maxLength !== undefined ? "k".repeat(keys.maxLength + 1) : BAD_FOR_PATTERN.find((b) => !fitsString(keys, b));
      if (badKey !== undefined) replace("mapKey", fc.constant({ ...(v as object), [badKey]: value }));
    }
    // keys that fit where they can (LinksType has exactly 13 possible keys, so more must break them too)
    if (s.maxProperties !== undefined) {
      replace("maxProperties", fc.integer({ min: 1, max: 3 }).map((n) => Object.fromEntries(Array.from({ length: s.maxProperties! + n }, (_, i) => [`${sampleString(keys)}${i}`, value]))));
    }
  }
  return out;
}

/**
 * A request with one constraint broken: a random valid request (or the complete sample) and one place and
 * way to break it, both chosen by fast-check; mutations.ts's canonical breakages are among the choices.
 */
export function brokenRequest(inputShape: string, seeds: Seeds): fc.Arbitrary<Broken> {
  const root = ref(inputShape);
  const full = sample(root, "full");
  const choices = (base: unknown) => {
    const found = [...nodes(base, root)].flatMap((n) => brokenAt(n, base));
    const canonical = mutationsFor(base, root).map((m) => ({ kind: m.kind as FuzzKind, path: m.path, arb: fc.constant(m.apply(base)) }));
    return [...found.map((f) => ({ kind: f.kind, path: pointer(f.path), arb: f.arb })), ...canonical];
  };
  return fc.oneof(validRequest(inputShape, seeds), fc.constant(full)).chain((base) => {
    const here = choices(base);
    const c = here.length ? here : choices(full);
    return fc.nat(c.length - 1).chain((i) => c[i].arb.map((body): Broken => ({ kind: c[i].kind, path: c[i].path, body })));
  });
}

/** The error a request with this kind of breakage gets: a JSON type mismatch is a serialisation error in AWS JSON. */
export const expectedError = (kind: FuzzKind) => (kind === "type" ? "SerializationException" : "InvalidParameterException");

// ---- bodies and targets that never get as far as a shape

/** JSON that is not an object: the protocol wants a structure at the top. */
export const notAnObject = fc.oneof(
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.string({ maxLength: 16 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(null, true, false, [], [{}], "", 0),
).map((v) => JSON.stringify(v));

const parses = (s: string) => { try { JSON.parse(s); return true; } catch { return false; } };

/** Text that is not JSON: a valid body cut short, or with junk where structure belongs. */
export function malformed(validBody: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat(Math.max(0, validBody.length - 2)).map((n) => validBody.slice(0, n + 1)),
    fc.constantFrom("x", "}", ",", "]", "'", "\\", "\u0000", "NaN", "/*c*/", "\uFEFF").chain((junk) => fc.oneof(
      fc.constant(validBody + junk), fc.constant(junk + validBody), fc.constant(validBody.replace(/[:,]/, junk)),
    )),
    fc.constantFrom("{", "{\"a\":}", "{'UserPoolId':'x'}", "{\"a\":1,}", "{a:1}", "{\"a\":undefined}", "{\"a\":0x10}", "{\"a\":NaN}", "{\"a\":\"\\x\"}", "[}", "nul", "tru"),
  ).map((s) => (parses(s) || s.trim() === "" ? "{" + s : s)).filter((s) => !parses(s));
}

/** Nothing or only whitespace: the mock reads it as {}, and then the shape decides. */
export const emptyBody = fc.constantFrom("", " ", "\n", "\t\r\n ", "\uFEFF");

/** Targets that name no operation: other services, case and spacing variants, prototype names, garbage. */
export function unknownTarget(known: ReadonlySet<string>): fc.Arbitrary<string | null> {
  const prefix = "AWSCognitoIdentityProviderService.";
  return fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme-ascii", maxLength: 30 }).map((n) => prefix + n),
    fc.constantFrom(...known).chain((t) => fc.constantFrom(
      t.toLowerCase(), t.toUpperCase(), ` ${t}`, `${t} `, `${t}\n`, t.replace(prefix, "AWSCognitoIdentityService."), t.replace(prefix, ""), t.replace(".", "#"), `${t}.`,
    )),
    fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "", "Admin").map((n) => prefix + n),
    fc.constantFrom(prefix, prefix.slice(0, -1), "", "AmazonCognitoIdentityProvider.ListUserPools", "com.amazonaws.cognito.identity.idp.model.AWSCognitoIdentityProviderService.ListUserPools"),
  ).filter((t) => t === null || !known.has(t));
}

// ---- answers

/** Fails a request that does not settle within `ms` instead of letting the run hang. */
export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what}`)), ms); });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A short, readable rendering of a request for failure messages (long strings elided). */
export function describeBody(body: unknown): string {
  const text = typeof body === "string" ? body : JSON.stringify(body, (_k, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v));
  return text.length > 600 ? `${text.slice(0, 600)}…(${text.length} chars)` : text;
}
