// Realistic users for the data scenarios, made fast enough to seed 100,000 in well under a second or
// two. Why not the API: every user AdminCreateUser makes gets a password and with it an SRP verifier
// (~4 ms each), so 100k users would take minutes. Instead we write the same record AdminCreateUser
// writes (src/operations/AdminCreateUser.ts) straight into the pool's directory, without a password,
// and re-index aliases with the same syncAliases. The pool, its clients and groups, and a few users
// with a known password, still come from the API.
//
// Determinism: faker (loaded lazily with `await import`, so nobody else pays for it) runs on its own
// fixed seed per scenario, dates derive from a fixed reference date or the mock's clock, and subs come
// from the mock's seeded random stream like every other id. Same seed, same clock: same bytes.
import type { PoolRecord } from "../../src/state/pool.js";
import type { UserRecord, UserStatus } from "../../src/state/user.js";
import type { ScenarioApi, ScenarioUser } from "../../src/scenarios/define.js";
import { syncAliases } from "../../src/operations/shared/attributes.js";

type FakerModule = typeof import("@faker-js/faker");
type Faker = InstanceType<FakerModule["Faker"]>;

/** Every data scenario's known users sign in with this. */
export const DATA_PASSWORD = "Passw0rd!data";

/** Birthdates are computed against a fixed day, so they do not drift with the real date. */
const REFERENCE_DATE = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

/** Locales users come from, with the share of users and the time zones they live in. */
const LOCALES = [
  { tag: "en-US", faker: "en_US", weight: 40, zones: ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"] },
  { tag: "en-GB", faker: "en_GB", weight: 10, zones: ["Europe/London"] },
  { tag: "de-DE", faker: "de", weight: 10, zones: ["Europe/Berlin"] },
  { tag: "fr-FR", faker: "fr", weight: 9, zones: ["Europe/Paris"] },
  { tag: "es-ES", faker: "es", weight: 8, zones: ["Europe/Madrid"] },
  { tag: "pt-BR", faker: "pt_BR", weight: 8, zones: ["America/Sao_Paulo"] },
  { tag: "nl-NL", faker: "nl", weight: 5, zones: ["Europe/Amsterdam"] },
  { tag: "en-IN", faker: "en_IN", weight: 5, zones: ["Asia/Kolkata"] },
  { tag: "ja-JP", faker: "ja", weight: 5, zones: ["Asia/Tokyo"] },
] as const;

/** Shares of user statuses (the rest is CONFIRMED), and of disabled users. */
const STATUS_SHARES: [UserStatus, number][] = [["UNCONFIRMED", 0.08], ["FORCE_CHANGE_PASSWORD", 0.06], ["RESET_REQUIRED", 0.04]];
const DISABLED_SHARE = 0.03;
const PLANS: [string, number][] = [["free", 0.6], ["pro", 0.25], ["team", 0.1], ["enterprise", 0.05]];

interface LocaleVocabulary {
  tag: string;
  zones: readonly string[];
  faker: Faker;
  female: string[];
  male: string[];
  last: string[];
  freeEmail: string[];
}

export interface Population {
  /** drives every choice; seeded per scenario */
  faker: Faker;
  locales: LocaleVocabulary[];
  /** shared employers for team and enterprise users (several users per company, as in real pools) */
  companies: string[];
  /** e-mail addresses handed out so far (they must be unique: they are the sign-in names) */
  emails: Set<string>;
}

export async function population(seed: number, companies = 250): Promise<Population> {
  const m: FakerModule = await import("@faker-js/faker");
  const faker = new m.Faker({ locale: [m.en, m.base], seed });
  const locales = LOCALES.map((l, i): LocaleVocabulary => {
    // each locale's own instance only makes phone numbers in its country's format
    const f = new m.Faker({ locale: [m[l.faker], m.en, m.base], seed: seed * 31 + i });
    const first = f.definitions.person.first_name as { generic?: string[]; female?: string[]; male?: string[] };
    const last = f.definitions.person.last_name as { generic?: string[] };
    return {
      tag: l.tag, zones: l.zones, faker: f,
      female: [...(first.female ?? first.generic ?? [])],
      male: [...(first.male ?? first.generic ?? [])],
      last: [...(last.generic ?? [])],
      freeEmail: [...(f.definitions.internet.free_email as string[])],
    };
  });
  const names = new Set<string>();
  while (names.size < companies) names.add(faker.company.name());
  return { faker, locales, companies: [...names], emails: new Set() };
}

/** One user's attributes, in the order AdminCreateUser would store them (after sub). */
export interface Person {
  /** name, value, name, value... (flat: 100k users make a lot of garbage otherwise) */
  attributes: string[];
  email: string;
  plan: string;
  company?: string;
  status: UserStatus;
  enabled: boolean;
}

const pickWeighted = <T>(faker: Faker, entries: readonly [T, number][], fallback: T): T => {
  let x = faker.number.float();
  for (const [value, share] of entries) if ((x -= share) < 0) return value;
  return fallback;
};
const LOCALE_WEIGHTS = LOCALES.map((l, i) => [i, l.weight / 100] as [number, number]);

/** Lower-case ASCII for an e-mail local part: "Müller-Lüdenscheidt" -> "mullerludenscheidt". */
const asciiCache = new Map<string, string>();
const ascii = (s: string) => {
  let out = asciiCache.get(s);
  if (out === undefined) asciiCache.set(s, out = s.normalize("NFD").replace(/ß/g, "ss").replace(/[^A-Za-z0-9]/g, "").toLowerCase());
  return out;
};

export function person(p: Population, options: { company?: string; plan?: string } = {}): Person {
  const f = p.faker;
  const loc = p.locales[pickWeighted(f, LOCALE_WEIGHTS, 0)];
  const female = f.datatype.boolean();
  const given = f.helpers.arrayElement(female ? loc.female : loc.male);
  const family = f.helpers.arrayElement(loc.last);
  const name = loc.tag === "ja-JP" ? `${family} ${given}` : `${given} ${family}`;

  const plan = options.plan ?? pickWeighted(f, PLANS, "free");
  const company = options.company ?? (plan === "team" || plan === "enterprise" ? f.helpers.arrayElement(p.companies) : undefined);
  const email = uniqueEmail(p, loc, given, family, company);

  const status = pickWeighted(f, STATUS_SHARES, "CONFIRMED");
  const attributes = [
    "email", email,
    // confirmed and invited users have proven (or were vouched for) their address; sign-ups waiting
    // for their code have not
    "email_verified", String(status !== "UNCONFIRMED" && f.number.float() < 0.97),
    "given_name", given,
    "family_name", family,
    "name", name,
  ];
  if (f.number.float() < 0.65) {
    attributes.push("phone_number", loc.faker.phone.number({ style: "international" }));
    attributes.push("phone_number_verified", String(status === "CONFIRMED" && f.datatype.boolean()));
  }
  attributes.push("locale", loc.tag, "zoneinfo", f.helpers.arrayElement(loc.zones));
  if (f.number.float() < 0.4) attributes.push("birthdate", f.date.birthdate({ mode: "age", min: 18, max: 80, refDate: REFERENCE_DATE }).toISOString().slice(0, 10));
  attributes.push("custom:plan", plan);
  if (company) attributes.push("custom:company", company);
  return { attributes, email, plan, company, status, enabled: f.number.float() >= DISABLED_SHARE };
}

function uniqueEmail(p: Population, loc: LocaleVocabulary, given: string, family: string, company: string | undefined): string {
  const f = p.faker;
  let first = ascii(given), last = ascii(family);
  // names in other scripts (ja-JP) get a handle, as such users mostly have
  if (!first || !last) { first = ascii(f.internet.username()); last = ""; }
  let local = first;
  if (last) {
    // the shapes people pick: jane.doe, janedoe, jdoe, jane_doe, jane.doe42
    const shape = f.number.int(4);
    local = shape === 0 ? `${first}.${last}` : shape === 1 ? `${first}${last}` : shape === 2 ? `${first[0]}${last}` : shape === 3 ? `${first}_${last}` : `${first}.${last}${f.number.int({ min: 1, max: 99 })}`;
  }
  // colleagues share their company's domain; everyone else uses the free providers of their country
  const domain = company ? `${ascii(company.split(/[ ,]/)[0]) || "corp"}.example.com` : f.number.float() < 0.85 ? f.helpers.arrayElement(loc.freeEmail) : "example.org";
  let email = `${local}@${domain}`;
  for (let n = 2; p.emails.has(email); n++) email = `${local}${n}@${domain}`;
  p.emails.add(email);
  return email;
}

export interface InsertOptions {
  /** users are spread over this many days before now, oldest first (as if they signed up over time) */
  spanDays?: number;
  /** the group names this user joins (the groups must exist) */
  groupsOf?: (person: Person, index: number) => readonly string[];
}

/**
 * Writes `count` users made by `make` into an email-as-username pool the way AdminCreateUser does
 * (username = sub), minus the password. One at a time, so no big intermediate array is kept.
 */
export function insertUsers(api: ScenarioApi, pool: PoolRecord, count: number, make: (index: number) => Person, options: InsertOptions = {}): void {
  const random = api.mock.state.random;
  const now = api.mock.clock.now();
  const span = (options.spanDays ?? 3 * 365) * DAY;
  const none = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const p = make(i);
    const sub = random.uuid();
    // creation dates rise with creation order, so ListUsers (which walks creation order) reads naturally
    const created = Math.floor(now - span + (span * (i + random.next())) / count);
    const modified = random.next() < 0.5 ? created : created + Math.floor(random.next() * (now - created));
    const attributes = new Map<string, string>([["sub", sub]]);
    for (let a = 0; a < p.attributes.length; a += 2) attributes.set(p.attributes[a], p.attributes[a + 1]);
    const user = pool.users.add({
      username: sub, sub, attributes, status: p.status, enabled: p.enabled, created, modified,
      groups: new Set(), mfaMethods: [], linkedProviders: [], codes: new Map(),
    });
    syncAliases(pool, user, none);
    for (const g of options.groupsOf?.(p, i) ?? []) join(pool, user, g);
  }
}

/** Group membership both ways, as AdminAddUserToGroup records it. */
export function join(pool: PoolRecord, user: UserRecord, groupName: string): void {
  const group = pool.groups.get(groupName);
  if (!group) throw new Error(`data scenario: no group ${groupName}`);
  group.members.add(user.username);
  user.groups.add(groupName);
}

/** The schema the data pools share: the standard profile plus the app's own attributes. */
export const DATA_SCHEMA = [
  { Name: "email", AttributeDataType: "String", Required: true, Mutable: true },
  { Name: "plan", AttributeDataType: "String", Mutable: true, StringAttributeConstraints: { MinLength: "1", MaxLength: "32" } },
  { Name: "company", AttributeDataType: "String", Mutable: true, StringAttributeConstraints: { MaxLength: "128" } },
];

/** An email-as-username pool with the data schema and a public web client, made through the API. */
export async function createDataPool(api: ScenarioApi, poolName: string): Promise<{ pool: PoolRecord; userPoolId: string; clientId: string }> {
  const { UserPool } = await api.call<{ UserPool: { Id: string } }>("CreateUserPool", {
    PoolName: poolName,
    UsernameAttributes: ["email"],
    AutoVerifiedAttributes: ["email"],
    UsernameConfiguration: { CaseSensitive: false },
    Schema: DATA_SCHEMA,
    UserPoolTags: { environment: "demo", seededBy: "cognito-idp-mock" },
  });
  const { UserPoolClient } = await api.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
    UserPoolId: UserPool.Id,
    ClientName: "web",
    ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    PreventUserExistenceErrors: "ENABLED",
  });
  const pool = api.mock.store.pools.get(UserPool.Id)!;
  return { pool, userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
}

export interface KnownUser {
  email: string;
  name: string;
  plan: string;
  company?: string;
  groups?: string[];
  disabled?: boolean;
  notes: string;
}

/** Users made through the API with DATA_PASSWORD, so a developer can sign in as them. */
export async function createKnownUsers(api: ScenarioApi, userPoolId: string, users: readonly KnownUser[]): Promise<ScenarioUser[]> {
  for (const u of users) {
    const [given, ...rest] = u.name.split(" ");
    await api.call("AdminCreateUser", {
      UserPoolId: userPoolId, Username: u.email, MessageAction: "SUPPRESS",
      UserAttributes: [
        { Name: "email_verified", Value: "true" }, { Name: "given_name", Value: given }, { Name: "family_name", Value: rest.join(" ") },
        { Name: "name", Value: u.name }, { Name: "locale", Value: "en-US" }, { Name: "zoneinfo", Value: "America/New_York" },
        { Name: "custom:plan", Value: u.plan }, ...(u.company ? [{ Name: "custom:company", Value: u.company }] : []),
      ],
    });
    await api.call("AdminSetUserPassword", { UserPoolId: userPoolId, Username: u.email, Password: DATA_PASSWORD, Permanent: true });
    for (const g of u.groups ?? []) await api.call("AdminAddUserToGroup", { UserPoolId: userPoolId, Username: u.email, GroupName: g });
    if (u.disabled) await api.call("AdminDisableUser", { UserPoolId: userPoolId, Username: u.email });
  }
  return users.map((u) => ({ username: u.email, password: DATA_PASSWORD, notes: u.notes }));
}

/** Known users' credentials, as listed before the scenario runs. */
export const credentialsOf = (users: readonly KnownUser[]): ScenarioUser[] => users.map((u) => ({ username: u.email, password: DATA_PASSWORD, notes: u.notes }));
