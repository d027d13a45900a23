// Model-based property tests: random sequences of user, group, client and pool operations run against
// the mock and against a small reference model written here; after every command the mock, read only
// through its public API, must agree with the model. Then: paging stays exact while the listed
// collection changes between page requests. Fixed seeds and bounded runs keep this fast and repeatable.
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { createCognitoMock } from "../../src/index.js";

// One in-process mock for the whole file (no HTTP: thousands of calls per run); reset between runs.
const mock = createCognitoMock({ seed: "robustness-model", validateResponses: true });
const SEED = 0x5eed;

type Outcome = { ok: true; value: any } | { ok: false; name: string; message: string }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function attempt(operation: string, input: unknown): Promise<Outcome> {
  try {
    return { ok: true, value: await mock.call(operation, input) };
  } catch (e) {
    const err = e as { name: string; message: string };
    return { ok: false, name: err.name, message: err.message };
  }
}

/** Runs the call and insists on the outcome the model predicts: success (undefined) or one of these errors. */
async function expectOutcome(what: string, operation: string, input: unknown, errors?: string | string[]): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const o = await attempt(operation, input);
  const allowed = errors === undefined ? [] : [errors].flat();
  if (!allowed.length) {
    expect(o.ok ? "ok" : `${o.name}: ${o.message}`, `${what} should succeed`).toBe("ok");
    return (o as { value: unknown }).value;
  }
  expect(o.ok ? "ok" : o.name, `${what} should fail with ${allowed.join(" or ")}`).toBeOneOf(allowed);
  return o;
}

/** Follows a paginated listing to its end (a guard stops a token that never ends). */
async function listAll<T>(fetch: (token: string | undefined) => Promise<{ items: T[]; next?: string }>): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  for (let pages = 0; pages < 500; pages++) {
    const { items, next } = await fetch(token);
    out.push(...items);
    if (!next) return out;
    token = next;
  }
  throw new Error("listing did not end after 500 pages");
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const attr = (list: { Name: string; Value?: string }[], name: string) => list.find((a) => a.Name === name)?.Value;

// ---------------------------------------------------------------------------------------------------
// The reference model

interface MUser {
  username: string;
  email?: string;
  /** the email_verified attribute as the mock should show it (absent until something sets it) */
  verified?: string;
  givenName?: string;
  enabled: boolean;
  status: string;
  /** group names */
  groups: Set<string>;
}

interface MClient { id: string; poolId: string; live: boolean }

interface Model {
  caseSensitive: boolean;
  /** by username key (lower-cased when the pool is case-insensitive), in creation order */
  users: Map<string, MUser>;
  /** group name -> member username keys */
  groups: Map<string, Set<string>>;
  clients: MClient[];
  /** a second pool that comes and goes; its users only matter for isolation and counts */
  aux?: { id: string; live: boolean; users: Set<string> };
}

interface Real { poolId: string }

const key = (m: Model, username: string) => (m.caseSensitive ? username : username.toLowerCase());

/** Who answers to a verified email alias (aliases compare case-insensitively). */
const aliasHolder = (m: Model, email: string): MUser | undefined =>
  [...m.users.values()].find((u) => u.verified === "true" && u.email !== undefined && u.email.toLowerCase() === email.toLowerCase());

/** What an admin operation's Username finds: the username, else a verified alias. */
const resolve = (m: Model, ref: string): MUser | undefined => m.users.get(key(m, ref)) ?? aliasHolder(m, ref);

/** Claiming a verified alias someone else holds moves it to the claimant; the old holder's address stays, unverified. */
function claim(m: Model, user: MUser | undefined, email: string | undefined, verified: string | undefined): void {
  if (!email || verified !== "true") return;
  const holder = aliasHolder(m, email);
  if (holder && holder !== user) holder.verified = "false";
}

function dropUser(m: Model, user: MUser): void {
  const k = key(m, user.username);
  for (const g of user.groups) m.groups.get(g)?.delete(k);
  m.users.delete(k);
}

// Small domains so that collisions (same username, same alias, case variants) happen often.
const USERNAMES = ["ann", "Ann", "bob", "BOB", "cat"];
const EMAIL_USERNAME = "eve@x.com"; // refused as a username in an email-alias pool
const EMAILS = ["a@x.com", "A@X.com", "b@x.com", "c@x.com"];
const GROUPS = ["g1", "g2", "g3"];
// refs mostly name users that may exist, sometimes an alias, rarely no one
const refArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...USERNAMES) }, { weight: 3, arbitrary: fc.constantFrom(...EMAILS) }, { weight: 1, arbitrary: fc.constant("nobody") });
const PASSWORD = "Passw0rd!";

// ---------------------------------------------------------------------------------------------------
// Invariants, read through the public API only

async function checkInvariants(m: Model, r: Real): Promise<void> {
  // ListUsers over every page (a small Limit so paging is part of every check)
  const listed = await listAll(async (PaginationToken) => {
    const page = await mock.call<any>("ListUsers", { UserPoolId: r.poolId, Limit: 3, PaginationToken }); // eslint-disable-line @typescript-eslint/no-explicit-any
    return { items: page.Users as { Username: string; Attributes: { Name: string; Value?: string }[]; Enabled: boolean; UserStatus: string }[], next: page.PaginationToken };
  });
  const names = listed.map((u) => u.Username);
  expect(names.length, "ListUsers lists each user once").toBe(new Set(names).size);
  expect(sorted(names), "ListUsers lists the model's users").toEqual(sorted([...m.users.values()].map((u) => u.username)));
  const pool = (await mock.call<any>("DescribeUserPool", { UserPoolId: r.poolId })).UserPool; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(pool.EstimatedNumberOfUsers, "EstimatedNumberOfUsers").toBe(m.users.size);

  for (const u of listed) {
    const want = m.users.get(key(m, u.Username))!;
    expect({
      email: attr(u.Attributes, "email"), email_verified: attr(u.Attributes, "email_verified"), given_name: attr(u.Attributes, "given_name"),
      Enabled: u.Enabled, UserStatus: u.UserStatus,
    }, `attributes of ${u.Username}`).toEqual({ email: want.email, email_verified: want.verified, given_name: want.givenName, Enabled: want.enabled, UserStatus: want.status });
  }
  // independent of the model: no two users hold the same verified address
  const verified = listed.filter((u) => attr(u.Attributes, "email_verified") === "true" && attr(u.Attributes, "email")).map((u) => attr(u.Attributes, "email")!.toLowerCase());
  expect(verified.length, "a verified email alias belongs to one user").toBe(new Set(verified).size);
  // every alias resolves to its holder, and nothing else resolves
  for (const email of EMAILS) {
    const holder = aliasHolder(m, email);
    const got = await attempt("AdminGetUser", { UserPoolId: r.poolId, Username: email });
    expect(got.ok ? got.value.Username : got.name, `AdminGetUser by alias ${email}`).toBe(holder ? holder.username : "UserNotFoundException");
  }

  const groups = await listAll(async (NextToken) => {
    const page = await mock.call<any>("ListGroups", { UserPoolId: r.poolId, Limit: 2, NextToken }); // eslint-disable-line @typescript-eslint/no-explicit-any
    return { items: (page.Groups as { GroupName: string }[]).map((g) => g.GroupName), next: page.NextToken };
  });
  expect(sorted(groups), "ListGroups").toEqual(sorted(m.groups.keys()));
  // membership, both directions
  for (const [g, members] of m.groups) {
    const inGroup = (await mock.call<any>("ListUsersInGroup", { UserPoolId: r.poolId, GroupName: g })).Users.map((u: { Username: string }) => u.Username); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(sorted(inGroup), `ListUsersInGroup ${g}`).toEqual(sorted([...members].map((k) => m.users.get(k)!.username)));
  }
  for (const u of m.users.values()) {
    const of = (await mock.call<any>("AdminListGroupsForUser", { UserPoolId: r.poolId, Username: u.username })).Groups.map((g: { GroupName: string }) => g.GroupName); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(sorted(of), `AdminListGroupsForUser ${u.username}`).toEqual(sorted(u.groups));
  }

  const clientsOf = (UserPoolId: string) => listAll(async (NextToken) => {
    const page = await mock.call<any>("ListUserPoolClients", { UserPoolId, MaxResults: 2, NextToken }); // eslint-disable-line @typescript-eslint/no-explicit-any
    return { items: (page.UserPoolClients as { ClientId: string }[]).map((c) => c.ClientId), next: page.NextToken };
  });
  expect(sorted(await clientsOf(r.poolId)), "ListUserPoolClients").toEqual(sorted(m.clients.filter((c) => c.live && c.poolId === r.poolId).map((c) => c.id)));

  const pools = (await mock.call<any>("ListUserPools", { MaxResults: 60 })).UserPools.map((p: { Id: string }) => p.Id); // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(sorted(pools), "ListUserPools").toEqual(sorted([r.poolId, ...(m.aux?.live ? [m.aux.id] : [])]));
  if (m.aux?.live) {
    const auxUsers = (await mock.call<any>("ListUsers", { UserPoolId: m.aux.id, Limit: 60 })).Users.map((u: { Username: string }) => u.Username); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(sorted(auxUsers), "ListUsers of the second pool").toEqual(sorted(m.aux.users));
    expect((await mock.call<any>("DescribeUserPool", { UserPoolId: m.aux.id })).UserPool.EstimatedNumberOfUsers).toBe(m.aux.users.size); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(sorted(await clientsOf(m.aux.id)), "ListUserPoolClients of the second pool").toEqual(sorted(m.clients.filter((c) => c.live && c.poolId === m.aux!.id).map((c) => c.id)));
  }
}

// ---------------------------------------------------------------------------------------------------
// Commands: each predicts its outcome from the model, runs it, updates the model, then checks all.

class Cmd implements fc.AsyncCommand<Model, Real> {
  constructor(
    private readonly label: string,
    private readonly exec: (m: Model, r: Real) => Promise<void>,
    private readonly pre: (m: Model) => boolean = () => true,
  ) {}
  check(m: Readonly<Model>): boolean { return this.pre(m as Model); }
  async run(m: Model, r: Real): Promise<void> {
    await this.exec(m, r);
    await checkInvariants(m, r);
  }
  toString(): string { return this.label; }
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const ref = refArb;
const group = fc.constantFrom(...GROUPS);

const createUser = fc.record({
  username: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...USERNAMES) }, { weight: 1, arbitrary: fc.constant(EMAIL_USERNAME) }),
  email: opt(fc.constantFrom(...EMAILS)),
  verified: opt(fc.constantFrom("true", "false")),
  force: fc.boolean(),
}).map(({ username, email, verified, force }) => new Cmd(`AdminCreateUser(${username}, email=${email}, verified=${verified}${force ? ", ForceAliasCreation" : ""})`, async (m, r) => {
  const UserAttributes = [...(email ? [{ Name: "email", Value: email }] : []), ...(verified ? [{ Name: "email_verified", Value: verified }] : [])];
  const input = { UserPoolId: r.poolId, Username: username, MessageAction: "SUPPRESS", UserAttributes, ForceAliasCreation: force };
  const what = `AdminCreateUser ${username}`;
  // Cognito: an email-shaped username is refused in an email-alias pool; a taken username is refused;
  // a verified alias held by someone else is refused unless ForceAliasCreation moves it.
  if (username === EMAIL_USERNAME) return void await expectOutcome(what, "AdminCreateUser", input, "InvalidParameterException");
  if (m.users.has(key(m, username))) {
    const o = await expectOutcome(what, "AdminCreateUser", input, "UsernameExistsException");
    expect(o.message).toBe("User account already exists");
    return;
  }
  const holder = email && verified === "true" ? aliasHolder(m, email) : undefined;
  if (holder && !force) return void await expectOutcome(what, "AdminCreateUser", input, "AliasExistsException");
  await expectOutcome(what, "AdminCreateUser", input);
  claim(m, undefined, email, verified);
  m.users.set(key(m, username), { username, email, verified, enabled: true, status: "FORCE_CHANGE_PASSWORD", groups: new Set() });
}));

const deleteUser = ref.map((name) => new Cmd(`AdminDeleteUser(${name})`, async (m, r) => {
  const user = resolve(m, name);
  await expectOutcome(`AdminDeleteUser ${name}`, "AdminDeleteUser", { UserPoolId: r.poolId, Username: name }, user ? undefined : "UserNotFoundException");
  if (user) dropUser(m, user);
}));

const updateUser = fc.record({ name: ref, email: opt(fc.constantFrom(...EMAILS)), verified: opt(fc.constantFrom("true", "false")), givenName: opt(fc.constantFrom("Al", "Bo")) })
  .map(({ name, email, verified, givenName }) => new Cmd(`AdminUpdateUserAttributes(${name}, email=${email}, verified=${verified}, given_name=${givenName})`, async (m, r) => {
    const UserAttributes = [
      ...(email ? [{ Name: "email", Value: email }] : []),
      ...(verified ? [{ Name: "email_verified", Value: verified }] : []),
      ...(givenName || (!email && !verified) ? [{ Name: "given_name", Value: givenName ?? "Cy" }] : []),
    ];
    const user = resolve(m, name);
    await expectOutcome(`AdminUpdateUserAttributes ${name}`, "AdminUpdateUserAttributes", { UserPoolId: r.poolId, Username: name, UserAttributes }, user ? undefined : "UserNotFoundException");
    if (!user) return;
    // a changed address is unverified unless the same admin call says otherwise
    const nextEmail = email ?? user.email;
    const nextVerified = verified ?? (email !== undefined && email !== user.email ? "false" : user.verified);
    // in an alias pool, an update that verifies an address someone else holds moves the alias (boto3#3213)
    claim(m, user, nextEmail, nextVerified);
    user.email = nextEmail;
    user.verified = nextVerified;
    if (UserAttributes.some((a) => a.Name === "given_name")) user.givenName = givenName ?? "Cy";
  }));

const enableUser = fc.tuple(ref, fc.boolean()).map(([name, enable]) => new Cmd(`${enable ? "AdminEnableUser" : "AdminDisableUser"}(${name})`, async (m, r) => {
  const user = resolve(m, name);
  await expectOutcome(name, enable ? "AdminEnableUser" : "AdminDisableUser", { UserPoolId: r.poolId, Username: name }, user ? undefined : "UserNotFoundException");
  if (user) user.enabled = enable;
}));

const createGroup = group.map((g) => new Cmd(`CreateGroup(${g})`, async (m, r) => {
  await expectOutcome(`CreateGroup ${g}`, "CreateGroup", { UserPoolId: r.poolId, GroupName: g }, m.groups.has(g) ? "GroupExistsException" : undefined);
  if (!m.groups.has(g)) m.groups.set(g, new Set());
}));

const deleteGroup = group.map((g) => new Cmd(`DeleteGroup(${g})`, async (m, r) => {
  const members = m.groups.get(g);
  await expectOutcome(`DeleteGroup ${g}`, "DeleteGroup", { UserPoolId: r.poolId, GroupName: g }, members ? undefined : "ResourceNotFoundException");
  if (!members) return;
  for (const k of members) m.users.get(k)!.groups.delete(g);
  m.groups.delete(g);
}));

const membership = fc.tuple(ref, group, fc.boolean()).map(([name, g, add]) => new Cmd(`${add ? "AdminAddUserToGroup" : "AdminRemoveUserFromGroup"}(${name}, ${g})`, async (m, r) => {
  const user = resolve(m, name);
  const members = m.groups.get(g);
  // which is reported first when both are missing is not documented: accept either
  const errors = [...(user ? [] : ["UserNotFoundException"]), ...(members ? [] : ["ResourceNotFoundException"])];
  await expectOutcome(`${add ? "add" : "remove"} ${name} ${g}`, add ? "AdminAddUserToGroup" : "AdminRemoveUserFromGroup", { UserPoolId: r.poolId, Username: name, GroupName: g }, errors.length ? errors : undefined);
  if (!user || !members) return;
  const k = key(m, user.username);
  if (add) { members.add(k); user.groups.add(g); } else { members.delete(k); user.groups.delete(g); }
}));

const createClient = fc.boolean().map((inAux) => new Cmd(`CreateUserPoolClient(${inAux ? "second pool" : "main pool"})`, async (m, r) => {
  const poolId = inAux ? m.aux!.id : r.poolId;
  const live = !inAux || m.aux!.live;
  const out = await expectOutcome("CreateUserPoolClient", "CreateUserPoolClient", { UserPoolId: poolId, ClientName: "c" }, live ? undefined : "ResourceNotFoundException");
  if (live) m.clients.push({ id: out.UserPoolClient.ClientId, poolId, live: true });
}, (m) => !inAux || m.aux !== undefined));

const deleteClient = fc.nat().map((i) => new Cmd(`DeleteUserPoolClient(#${i})`, async (m, r) => {
  // an index past the end names a client that never existed
  const c = m.clients[i % (m.clients.length + 1)];
  const input = { UserPoolId: c?.poolId ?? r.poolId, ClientId: c?.id ?? "1example23456789abcdefghij" };
  // a deleted client, or any client of a deleted pool (DeleteUserPool marks them dead), is not found
  await expectOutcome("DeleteUserPoolClient", "DeleteUserPoolClient", input, c?.live ? undefined : "ResourceNotFoundException");
  if (c) c.live = false;
}));

const signUp = fc.tuple(fc.nat(), fc.constantFrom(...USERNAMES, EMAIL_USERNAME)).map(([i, username]) => new Cmd(`SignUp(client #${i}, ${username})`, async (m, r) => {
  const c = m.clients[i % m.clients.length];
  const input = { ClientId: c.id, Username: username, Password: PASSWORD };
  if (!c.live) return void await expectOutcome("SignUp", "SignUp", input, "ResourceNotFoundException");
  if (c.poolId !== r.poolId) {
    // the second pool has no aliases and is case-sensitive: only the exact username collides
    await expectOutcome(`SignUp ${username} in the second pool`, "SignUp", input, m.aux!.users.has(username) ? "UsernameExistsException" : undefined);
    m.aux!.users.add(username);
    return;
  }
  if (username === EMAIL_USERNAME) return void await expectOutcome("SignUp", "SignUp", input, "InvalidParameterException");
  if (m.users.has(key(m, username))) {
    const o = await expectOutcome(`SignUp ${username}`, "SignUp", input, "UsernameExistsException");
    expect(o.message).toBe("User already exists");
    return;
  }
  await expectOutcome(`SignUp ${username}`, "SignUp", input);
  m.users.set(key(m, username), { username, enabled: true, status: "UNCONFIRMED", groups: new Set() });
}, (m) => m.clients.length > 0));

const createAux = fc.constant(new Cmd("CreateUserPool(second)", async (m) => {
  const out = await expectOutcome("CreateUserPool", "CreateUserPool", { PoolName: "second" });
  m.aux = { id: out.UserPool.Id, live: true, users: new Set() };
  // the dead pool's clients stay dead
}, (m) => !m.aux?.live));

const deleteAux = fc.constant(new Cmd("DeleteUserPool(second)", async (m) => {
  await expectOutcome("DeleteUserPool", "DeleteUserPool", { UserPoolId: m.aux!.id }, m.aux!.live ? undefined : "ResourceNotFoundException");
  m.aux!.live = false;
  m.aux!.users.clear();
  for (const c of m.clients) if (c.poolId === m.aux!.id) c.live = false;
}, (m) => m.aux !== undefined));

const auxCreateUser = fc.constantFrom(...USERNAMES, EMAIL_USERNAME).map((username) => new Cmd(`AdminCreateUser(second pool, ${username})`, async (m) => {
  const aux = m.aux!;
  // no alias attributes here, so an email-shaped username is fine; the main pool's users do not collide
  const errors = !aux.live ? "ResourceNotFoundException" : aux.users.has(username) ? "UsernameExistsException" : undefined;
  await expectOutcome(`AdminCreateUser ${username} in the second pool`, "AdminCreateUser", { UserPoolId: aux.id, Username: username, MessageAction: "SUPPRESS" }, errors);
  if (!errors) aux.users.add(username);
}, (m) => m.aux !== undefined));

// repeated entries weigh the draw towards building up state (users, aliases, memberships)
const allCommands = [
  createUser, createUser, createUser, deleteUser, updateUser, updateUser, updateUser, enableUser,
  createGroup, createGroup, deleteGroup, membership, membership, membership,
  createClient, deleteClient, signUp,
  createAux, deleteAux, auxCreateUser,
];

describe("model-based: users, aliases, groups, clients and pools agree with a reference model", () => {
  it("after every command of random sequences", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.commands(allCommands, { maxCommands: 40, size: "max" }), async (caseSensitive, cmds) => {
        mock.reset();
        const poolId = (await mock.call<any>("CreateUserPool", { // eslint-disable-line @typescript-eslint/no-explicit-any
          PoolName: "main", AliasAttributes: ["email"], AutoVerifiedAttributes: ["email"], UsernameConfiguration: { CaseSensitive: caseSensitive },
        })).UserPool.Id as string;
        const model: Model = { caseSensitive, users: new Map(), groups: new Map(), clients: [] };
        await fc.asyncModelRun(() => ({ model, real: { poolId } }), cmds);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe("claiming a verified alias another user holds", () => {
  it("SignUp with that address answers within SignUp's declared errors, and the alias stays with one user", async () => {
    mock.reset();
    const UserPoolId = (await mock.call<any>("CreateUserPool", { PoolName: "alias", AliasAttributes: ["email"] })).UserPool.Id as string; // eslint-disable-line @typescript-eslint/no-explicit-any
    const ClientId = (await mock.call<any>("CreateUserPoolClient", { UserPoolId, ClientName: "app" })).UserPoolClient.ClientId as string; // eslint-disable-line @typescript-eslint/no-explicit-any
    const verifiedEmail = [{ Name: "email", Value: "taken@x.com" }, { Name: "email_verified", Value: "true" }];
    await mock.call("AdminCreateUser", { UserPoolId, Username: "holder", MessageAction: "SUPPRESS", UserAttributes: verifiedEmail });
    // SignUp's API model declares no AliasExistsException (Cognito settles alias conflicts at
    // ConfirmSignUp, which takes ForceAliasCreation), so the mock must not answer outside the model;
    // with validateResponses that shows as InternalErrorException
    const o = await attempt("SignUp", { ClientId, Username: "claimant", Password: PASSWORD, UserAttributes: verifiedEmail });
    expect(o.ok ? "ok" : `${o.name}: ${o.message}`, "SignUp's answer").not.toMatch(/^InternalErrorException/);
    const users = (await mock.call<any>("ListUsers", { UserPoolId })).Users as { Username: string; Attributes: { Name: string; Value?: string }[] }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const holders = users.filter((u) => attr(u.Attributes, "email") === "taken@x.com" && attr(u.Attributes, "email_verified") === "true").map((u) => u.Username);
    expect(holders, "verified holders").toHaveLength(1);
    expect((await mock.call<any>("AdminGetUser", { UserPoolId, Username: "taken@x.com" })).Username).toBe(holders[0]); // eslint-disable-line @typescript-eslint/no-explicit-any
  });
});

// ---------------------------------------------------------------------------------------------------
// Paging while the collection changes between page requests

/** One paginated collection: how to add to it, delete from it and read one page of it. */
interface Listing {
  /** what the listing hangs off, made once per run (a group to fill, a user to put in groups) */
  setup?(poolId: string): Promise<void>;
  create(poolId: string, tag: string): Promise<string>;
  remove(poolId: string, id: string): Promise<void>;
  page(poolId: string, limit: number, token: string | undefined): Promise<{ ids: string[]; next?: string }>;
}

const listings: Record<"ListUsers" | "ListGroups" | "ListUserPoolClients" | "ListUsersInGroup" | "AdminListGroupsForUser" | "ListUserPools", Listing> = {
  ListUsers: {
    async create(UserPoolId, tag) { await mock.call("AdminCreateUser", { UserPoolId, Username: tag, MessageAction: "SUPPRESS" }); return tag; },
    async remove(UserPoolId, Username) { await mock.call("AdminDeleteUser", { UserPoolId, Username }); },
    async page(UserPoolId, Limit, PaginationToken) {
      const out = await mock.call<{ Users: { Username: string }[]; PaginationToken?: string }>("ListUsers", { UserPoolId, Limit, PaginationToken });
      return { ids: out.Users.map((u) => u.Username), next: out.PaginationToken };
    },
  },
  ListGroups: {
    async create(UserPoolId, tag) { await mock.call("CreateGroup", { UserPoolId, GroupName: tag }); return tag; },
    async remove(UserPoolId, GroupName) { await mock.call("DeleteGroup", { UserPoolId, GroupName }); },
    async page(UserPoolId, Limit, NextToken) {
      const out = await mock.call<{ Groups: { GroupName: string }[]; NextToken?: string }>("ListGroups", { UserPoolId, Limit, NextToken });
      return { ids: out.Groups.map((g) => g.GroupName), next: out.NextToken };
    },
  },
  ListUserPoolClients: {
    async create(UserPoolId, tag) { return (await mock.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId, ClientName: tag })).UserPoolClient.ClientId; },
    async remove(UserPoolId, ClientId) { await mock.call("DeleteUserPoolClient", { UserPoolId, ClientId }); },
    async page(UserPoolId, MaxResults, NextToken) {
      const out = await mock.call<{ UserPoolClients: { ClientId: string }[]; NextToken?: string }>("ListUserPoolClients", { UserPoolId, MaxResults, NextToken });
      return { ids: out.UserPoolClients.map((c) => c.ClientId), next: out.NextToken };
    },
  },
  // the same question for the other paginated listings built on the same paging helper
  ListUsersInGroup: {
    async setup(UserPoolId) { await mock.call("CreateGroup", { UserPoolId, GroupName: "g" }); },
    async create(UserPoolId, tag) {
      await mock.call("AdminCreateUser", { UserPoolId, Username: tag, MessageAction: "SUPPRESS" });
      await mock.call("AdminAddUserToGroup", { UserPoolId, Username: tag, GroupName: "g" });
      return tag;
    },
    async remove(UserPoolId, Username) { await mock.call("AdminRemoveUserFromGroup", { UserPoolId, Username, GroupName: "g" }); },
    async page(UserPoolId, Limit, NextToken) {
      const out = await mock.call<{ Users: { Username: string }[]; NextToken?: string }>("ListUsersInGroup", { UserPoolId, GroupName: "g", Limit, NextToken });
      return { ids: out.Users.map((u) => u.Username), next: out.NextToken };
    },
  },
  AdminListGroupsForUser: {
    async setup(UserPoolId) { await mock.call("AdminCreateUser", { UserPoolId, Username: "member", MessageAction: "SUPPRESS" }); },
    async create(UserPoolId, tag) {
      await mock.call("CreateGroup", { UserPoolId, GroupName: tag });
      await mock.call("AdminAddUserToGroup", { UserPoolId, Username: "member", GroupName: tag });
      return tag;
    },
    async remove(UserPoolId, GroupName) { await mock.call("AdminRemoveUserFromGroup", { UserPoolId, Username: "member", GroupName }); },
    async page(UserPoolId, Limit, NextToken) {
      const out = await mock.call<{ Groups: { GroupName: string }[]; NextToken?: string }>("AdminListGroupsForUser", { UserPoolId, Username: "member", Limit, NextToken });
      return { ids: out.Groups.map((g) => g.GroupName), next: out.NextToken };
    },
  },
  ListUserPools: {
    async create(_, tag) { return (await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: tag })).UserPool.Id; },
    async remove(_, UserPoolId) { await mock.call("DeleteUserPool", { UserPoolId }); },
    async page(poolId, MaxResults, NextToken) {
      const out = await mock.call<{ UserPools: { Id: string }[]; NextToken?: string }>("ListUserPools", { MaxResults, NextToken });
      // the run's own pool is listed too; it is not one of the items under test
      return { ids: out.UserPools.map((p) => p.Id).filter((id) => id !== poolId), next: out.NextToken };
    },
  },
};

type Mode = "add" | "delete" | "add and delete";
/** What happens between two page requests: items added, and items deleted (indexes into the live ones). */
type Gap = { adds: number; deletes: number[] };

const pagingCase = (mode: Mode) => fc.record({
  n: fc.integer({ min: 0, max: 18 }),
  limit: fc.integer({ min: 1, max: 6 }),
  gaps: fc.array(fc.record({
    adds: mode === "delete" ? fc.constant(0) : fc.integer({ min: 0, max: 3 }),
    deletes: mode === "add" ? fc.constant<number[]>([]) : fc.array(fc.nat(), { maxLength: 2 }),
  }), { minLength: 1, maxLength: 12 }),
});

async function pageWhileChanging(listing: Listing, { n, limit, gaps }: { n: number; limit: number; gaps: Gap[] }): Promise<void> {
  mock.reset();
  const poolId = (await mock.call<any>("CreateUserPool", { PoolName: "paging" })).UserPool.Id as string; // eslint-disable-line @typescript-eslint/no-explicit-any
  await listing.setup?.(poolId);
  const pre: string[] = [];
  for (let i = 0; i < n; i++) pre.push(await listing.create(poolId, `pre${String(i).padStart(2, "0")}`));
  const live = [...pre];
  const ever = new Set(pre);
  const deleted = new Set<string>();
  const seen: string[] = [];
  let token: string | undefined;
  let added = 0;
  for (let p = 0; ; p++) {
    const page = await listing.page(poolId, limit, token);
    // nothing deleted before this request may appear in it
    expect(page.ids.filter((id) => deleted.has(id)), `page ${p} shows deleted items`).toEqual([]);
    expect(page.ids.length, "a page holds at most Limit items").toBeLessThanOrEqual(limit);
    seen.push(...page.ids);
    if (!page.next) break;
    expect(p, "paging ends").toBeLessThan(200);
    token = page.next;
    // changes stop after the last gap, so that a listing that keeps growing still ends
    const gap = gaps[p] ?? { adds: 0, deletes: [] };
    for (let a = 0; a < gap.adds; a++) {
      const id = await listing.create(poolId, `new${String(added++).padStart(3, "0")}`);
      live.push(id);
      ever.add(id);
    }
    for (const d of gap.deletes) {
      if (!live.length) break;
      const [id] = live.splice(d % live.length, 1);
      await listing.remove(poolId, id);
      deleted.add(id);
    }
  }
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  expect([...counts].filter(([, c]) => c > 1).map(([id]) => id), "items seen more than once").toEqual([]);
  expect(seen.filter((id) => !ever.has(id)), "items that never existed").toEqual([]);
  expect(pre.filter((id) => !deleted.has(id) && !counts.has(id)), "pre-existing, never deleted, never seen").toEqual([]);
}

// The smallest case of positional paging going wrong: six items, pages of two, the first item deleted
// after the first page; the third item then shifts onto the first page's slot and is never listed.
const SHIFT_EXAMPLE = { n: 6, limit: 2, gaps: [{ adds: 0, deletes: [0] }] };
// Two users deleted one after the other in creation order: the second must vanish from ListUsers too.
const BACK_TO_BACK_DELETES = { n: 3, limit: 1, gaps: [{ adds: 0, deletes: [0, 0] }] };

describe("paging while items are added or deleted between pages: each surviving item exactly once", () => {
  for (const name of ["ListUsers", "ListGroups", "ListUserPoolClients", "ListUsersInGroup", "AdminListGroupsForUser", "ListUserPools"] as const) {
    for (const mode of ["add", "delete", "add and delete"] as const) {
      it(`${name}, ${mode}`, async () => {
        await fc.assert(fc.asyncProperty(pagingCase(mode), (c) => pageWhileChanging(listings[name], c)), {
          // user creation hashes a password (about 1 ms), so the listings of users get fewer runs
          seed: SEED, numRuns: name === "ListUsers" || name === "ListUsersInGroup" ? 25 : 40,
          examples: mode === "add" ? [] : [[SHIFT_EXAMPLE], [BACK_TO_BACK_DELETES]],
        });
      });
    }
  }
});
