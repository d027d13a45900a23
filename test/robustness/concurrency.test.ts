// Concurrency: many simultaneous calls on one username, group, user or alias. The engine is
// single-threaded JS, but operations await (Lambda trigger stand-ins, message delivery), so requests
// really interleave. Whatever the interleaving, the outcome must be one that some serial order of the
// same calls explains: one winner per name, consistent indexes, a final value that was written.
import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import type { Triggers } from "../../src/index.js";
import { useMock } from "../support/mock.js";

const { mock, client } = useMock();
const SEED = 0x5eed;
const PASSWORD = "Passw0rd!";

/** A seeded PRNG (mulberry32) so that the trigger delays, and so the interleavings, repeat run to run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trigger stand-ins that only wait a few ms: they widen the window between an operation's checks and its writes. */
function slowTriggers(seed: number): Triggers {
  const random = prng(seed);
  const pause = () => new Promise((r) => setTimeout(r, random() * 5));
  return {
    preSignUp: async (e) => { await pause(); return e; },
    customMessage: async (e) => { await pause(); return e; },
  };
}

/** The raw AWS JSON door, as an HTTP handler would use it. */
async function raw(operation: string, input: unknown): Promise<{ ok: boolean; type?: string; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await mock.dispatch(`AWSCognitoIdentityProviderService.${operation}`, JSON.stringify(input));
  const body = JSON.parse(res.body);
  return { ok: res.status === 200, type: body.__type, body };
}

/** Outcome of each promise: "ok" or the error's name, in call order. */
async function outcomes(calls: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((s) => {
    if (s.status === "rejected") return (s.reason as { name: string }).name;
    const v = s.value as { ok?: boolean; type?: string } | undefined;
    return v && typeof v.ok === "boolean" ? (v.ok ? "ok" : v.type!) : "ok";
  });
}

const tally = (xs: string[]) => Object.fromEntries([...new Set(xs)].sort().map((x) => [x, xs.filter((y) => y === x).length]));

async function newPool(extra: Record<string, unknown> = {}): Promise<{ UserPoolId: string; ClientId: string }> {
  const UserPoolId = (await mock.call<any>("CreateUserPool", { PoolName: "race", AliasAttributes: ["email"], AutoVerifiedAttributes: ["email"], ...extra })).UserPool.Id as string; // eslint-disable-line @typescript-eslint/no-explicit-any
  const ClientId = (await mock.call<any>("CreateUserPoolClient", { UserPoolId, ClientName: "app" })).UserPoolClient.ClientId as string; // eslint-disable-line @typescript-eslint/no-explicit-any
  return { UserPoolId, ClientId };
}

async function allUsers(UserPoolId: string): Promise<{ Username: string; Attributes: { Name: string; Value?: string }[] }[]> {
  const out = [];
  let PaginationToken: string | undefined;
  do {
    const page = await mock.call<any>("ListUsers", { UserPoolId, Limit: 60, PaginationToken }); // eslint-disable-line @typescript-eslint/no-explicit-any
    out.push(...page.Users);
    PaginationToken = page.PaginationToken;
  } while (PaginationToken);
  return out;
}

const attr = (list: { Name: string; Value?: string }[], name: string) => list.find((a) => a.Name === name)?.Value;
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** The user directory agrees with itself: each user listed once, the count matches, lookups by name find them. */
async function expectOneUserNamed(UserPoolId: string, username: string): Promise<void> {
  const listed = (await allUsers(UserPoolId)).map((u) => u.Username);
  expect(listed, "ListUsers").toEqual([username]);
  expect((await mock.call<any>("DescribeUserPool", { UserPoolId })).UserPool.EstimatedNumberOfUsers, "EstimatedNumberOfUsers").toBe(1); // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Membership, read both ways, is the same relation; every member exists. */
async function membership(UserPoolId: string, users: string[], groups: string[]): Promise<Set<string>> {
  const byGroup = new Set<string>();
  for (const g of groups) {
    for (const u of (await mock.call<any>("ListUsersInGroup", { UserPoolId, GroupName: g })).Users) byGroup.add(`${u.Username}/${g}`); // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  const byUser = new Set<string>();
  const existing = new Set((await allUsers(UserPoolId)).map((u) => u.Username));
  for (const u of users) {
    if (!existing.has(u)) continue;
    for (const g of (await mock.call<any>("AdminListGroupsForUser", { UserPoolId, Username: u })).Groups) byUser.add(`${u}/${g.GroupName}`); // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  expect(sorted(byGroup), "ListUsersInGroup vs AdminListGroupsForUser").toEqual(sorted(byUser));
  return byGroup;
}

describe("one name, many simultaneous creators: exactly one wins", () => {
  for (const withTriggers of [false, true]) {
    const how = withTriggers ? "with a slow PreSignUp trigger" : "without triggers";
    it(`50 SignUp calls of one username (mock.dispatch, ${how})`, async () => {
      const { UserPoolId, ClientId } = await newPool();
      if (withTriggers) mock.setTriggers(UserPoolId, slowTriggers(SEED));
      const results = await outcomes(Array.from({ length: 50 }, () => raw("SignUp", { ClientId, Username: "alice", Password: PASSWORD })));
      expect(tally(results)).toEqual({ UsernameExistsException: 49, ok: 1 });
      await expectOneUserNamed(UserPoolId, "alice");
    });
  }

  it("20 SignUp calls of one username through the AWS SDK over MSW, with a slow PreSignUp trigger", async () => {
    const { UserPoolId, ClientId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 1));
    const results = await outcomes(Array.from({ length: 20 }, () => client.send(new C.SignUpCommand({ ClientId, Username: "alice", Password: PASSWORD }))));
    expect(tally(results)).toEqual({ UsernameExistsException: 19, ok: 1 });
    await expectOneUserNamed(UserPoolId, "alice");
  });

  it("SignUp of differently-cased names in a case-insensitive pool: one wins", async () => {
    const { UserPoolId, ClientId } = await newPool({ UsernameConfiguration: { CaseSensitive: false } });
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 2));
    const names = ["alice", "Alice", "ALICE", "aLiCe"];
    const results = await outcomes(Array.from({ length: 40 }, (_, i) => raw("SignUp", { ClientId, Username: names[i % 4], Password: PASSWORD })));
    expect(tally(results)).toEqual({ UsernameExistsException: 39, ok: 1 });
    expect((await allUsers(UserPoolId)).length).toBe(1);
  });

  for (const withTriggers of [false, true]) {
    const how = withTriggers ? "an emailed invitation through a slow CustomMessage trigger" : "no message";
    it(`50 AdminCreateUser calls of one username (AWS SDK, ${how})`, async () => {
      const { UserPoolId } = await newPool();
      if (withTriggers) mock.setTriggers(UserPoolId, slowTriggers(SEED + 3));
      const results = await outcomes(Array.from({ length: 50 }, (_, i) => client.send(new C.AdminCreateUserCommand({
        UserPoolId, Username: "bob",
        UserAttributes: [{ Name: "email", Value: `bob${i}@example.com` }],
        ...(withTriggers ? { DesiredDeliveryMediums: ["EMAIL"] } : { MessageAction: "SUPPRESS" }),
      }))));
      expect(tally(results)).toEqual({ UsernameExistsException: 49, ok: 1 });
      await expectOneUserNamed(UserPoolId, "bob");
      // the one user carries the attributes of one call, not a mixture
      expect(attr((await allUsers(UserPoolId))[0].Attributes, "email")).toMatch(/^bob\d+@example\.com$/);
    });
  }

  it("SignUp and AdminCreateUser of one username at once: one wins", async () => {
    const { UserPoolId, ClientId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 4));
    // SignUp first: its check, then the slow trigger, then its write, with AdminCreateUser calls in between
    const calls = Array.from({ length: 40 }, (_, i) => i % 2
      ? raw("AdminCreateUser", { UserPoolId, Username: "carol", MessageAction: "SUPPRESS" })
      : raw("SignUp", { ClientId, Username: "carol", Password: PASSWORD }));
    const results = await outcomes(calls);
    expect(tally(results)).toEqual({ UsernameExistsException: 39, ok: 1 });
    await expectOneUserNamed(UserPoolId, "carol");
  });

  it("50 CreateGroup calls of one name: one wins, the rest GroupExistsException", async () => {
    const { UserPoolId } = await newPool();
    const results = await outcomes(Array.from({ length: 50 }, () => client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "admins" }))));
    expect(tally(results)).toEqual({ GroupExistsException: 49, ok: 1 });
    expect((await mock.call<any>("ListGroups", { UserPoolId })).Groups.map((g: { GroupName: string }) => g.GroupName)).toEqual(["admins"]); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it("20 users created at once claiming one verified email alias: one wins; with ForceAliasCreation all succeed and one ends up holding it", async () => {
    const { UserPoolId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 5));
    const create = (i: number, force: boolean) => raw("AdminCreateUser", {
      UserPoolId, Username: `${force ? "f" : "u"}${i}`, DesiredDeliveryMediums: ["EMAIL"], ForceAliasCreation: force,
      UserAttributes: [{ Name: "email", Value: force ? "forced@example.com" : "shared@example.com" }, { Name: "email_verified", Value: "true" }],
    });
    expect(tally(await outcomes(Array.from({ length: 20 }, (_, i) => create(i, false))))).toEqual({ AliasExistsException: 19, ok: 1 });
    expect(tally(await outcomes(Array.from({ length: 20 }, (_, i) => create(i, true))))).toEqual({ ok: 20 });
    // each alias has exactly one verified holder, and looking the alias up finds that holder
    const users = await allUsers(UserPoolId);
    for (const email of ["shared@example.com", "forced@example.com"]) {
      const holders = users.filter((u) => attr(u.Attributes, "email") === email && attr(u.Attributes, "email_verified") === "true").map((u) => u.Username);
      expect(holders, `verified holders of ${email}`).toHaveLength(1);
      expect((await mock.call<any>("AdminGetUser", { UserPoolId, Username: email })).Username).toBe(holders[0]); // eslint-disable-line @typescript-eslint/no-explicit-any
    }
    expect(users.filter((u) => attr(u.Attributes, "email") === "forced@example.com")).toHaveLength(20);
  });
});

describe("concurrent writes to one user or group leave a state some serial order explains", () => {
  it("add/remove storms on a few users and groups keep membership symmetric, each pair ending as one of its own calls left it", async () => {
    const { UserPoolId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 6));
    const users = ["u0", "u1", "u2"];
    const groups = ["g0", "g1"];
    for (const Username of users) await mock.call("AdminCreateUser", { UserPoolId, Username, MessageAction: "SUPPRESS" });
    for (const GroupName of groups) await mock.call("CreateGroup", { UserPoolId, GroupName });
    const random = prng(SEED + 7);
    // per pair, which effects were requested: a pair only added must end in, only removed must end out
    const effects = new Map<string, Set<boolean>>();
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < 120; i++) {
      const u = users[Math.floor(random() * users.length)];
      const g = groups[Math.floor(random() * groups.length)];
      const add = random() < 0.5;
      (effects.get(`${u}/${g}`) ?? effects.set(`${u}/${g}`, new Set()).get(`${u}/${g}`)!).add(add);
      calls.push(raw(add ? "AdminAddUserToGroup" : "AdminRemoveUserFromGroup", { UserPoolId, Username: u, GroupName: g }));
      // attribute updates with a slow CustomMessage (verification code) interleave with the membership calls
      if (i % 10 === 0) calls.push(raw("AdminUpdateUserAttributes", { UserPoolId, Username: u, UserAttributes: [{ Name: "email", Value: `${u}.${i}@example.com` }] }));
    }
    expect(tally(await outcomes(calls))).toEqual({ ok: calls.length });
    const final = await membership(UserPoolId, users, groups);
    for (const [pair, requested] of effects) expect(requested.has(final.has(pair)), `${pair} ended ${final.has(pair) ? "in" : "out"}`).toBe(true);
  });

  it("40 simultaneous attribute writes to one user: the final attributes are exactly one call's, and its alias resolves", async () => {
    const { UserPoolId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 8));
    await mock.call("AdminCreateUser", { UserPoolId, Username: "dave", MessageAction: "SUPPRESS" });
    const writes = Array.from({ length: 40 }, (_, i) => ({
      given_name: `G${i}`, family_name: `F${i}`, email: `dave${i}@example.com`,
      // half the writes verify the address in the same call; the others leave it unverified (and send a code through the slow trigger)
      email_verified: i % 2 ? "true" : undefined,
    }));
    const results = await outcomes(writes.map((w) => raw("AdminUpdateUserAttributes", {
      UserPoolId, Username: "dave",
      UserAttributes: Object.entries(w).filter(([, v]) => v !== undefined).map(([Name, Value]) => ({ Name, Value })),
    })));
    expect(tally(results)).toEqual({ ok: 40 });
    const got = (await mock.call<any>("AdminGetUser", { UserPoolId, Username: "dave" })).UserAttributes; // eslint-disable-line @typescript-eslint/no-explicit-any
    const i = writes.findIndex((w) => w.given_name === attr(got, "given_name"));
    expect(i, "given_name is one of the written values").toBeGreaterThanOrEqual(0);
    expect({ family_name: attr(got, "family_name"), email: attr(got, "email"), email_verified: attr(got, "email_verified") }, "the rest from the same write")
      .toEqual({ family_name: writes[i].family_name, email: writes[i].email, email_verified: writes[i].email_verified ?? "false" });
    // only the current address answers as an alias, and only if verified
    for (const [j, w] of writes.entries()) {
      const found = await raw("AdminGetUser", { UserPoolId, Username: w.email });
      expect(found.ok ? found.body.Username : found.type, `alias ${w.email}`).toBe(j === i && w.email_verified === "true" ? "dave" : "UserNotFoundException");
    }
  });

  it("20 users each verifying the same address at once: exactly one holds the alias at the end", async () => {
    const { UserPoolId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 9));
    const users = Array.from({ length: 20 }, (_, i) => `v${i}`);
    for (const Username of users) await mock.call("AdminCreateUser", { UserPoolId, Username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: `${Username}@example.com` }] });
    const results = await outcomes(users.flatMap((Username) => [
      // an unrelated change that sends a code (slow trigger) interleaves with the claims
      raw("AdminUpdateUserAttributes", { UserPoolId, Username, UserAttributes: [{ Name: "email", Value: `${Username}.old@example.com` }] }),
      raw("AdminUpdateUserAttributes", { UserPoolId, Username, UserAttributes: [{ Name: "email", Value: "same@example.com" }, { Name: "email_verified", Value: "true" }] }),
    ]));
    expect(tally(results)).toEqual({ ok: 40 });
    const listed = await allUsers(UserPoolId);
    const holders = listed.filter((u) => attr(u.Attributes, "email")?.toLowerCase() === "same@example.com" && attr(u.Attributes, "email_verified") === "true");
    expect(holders.map((u) => u.Username), "verified holders").toHaveLength(1);
    expect((await mock.call<any>("AdminGetUser", { UserPoolId, Username: "same@example.com" })).Username).toBe(holders[0].Username); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it("deleting, re-creating and grouping one user at once leaves no membership behind for a user that is gone or new", async () => {
    const { UserPoolId } = await newPool();
    mock.setTriggers(UserPoolId, slowTriggers(SEED + 10));
    await mock.call("CreateGroup", { UserPoolId, GroupName: "g" });
    await mock.call("AdminCreateUser", { UserPoolId, Username: "eve", MessageAction: "SUPPRESS" });
    const calls = Array.from({ length: 30 }, (_, i) => [
      () => raw("AdminDeleteUser", { UserPoolId, Username: "eve" }),
      // the invitation goes through the slow CustomMessage trigger
      () => raw("AdminCreateUser", { UserPoolId, Username: "eve", DesiredDeliveryMediums: ["EMAIL"], UserAttributes: [{ Name: "email", Value: "eve@example.com" }] }),
      () => raw("AdminAddUserToGroup", { UserPoolId, Username: "eve", GroupName: "g" }),
    ][i % 3]());
    const results = await outcomes(calls);
    const succeeded = (k: number) => results.filter((r, i) => i % 3 === k && r === "ok").length;
    const listed = (await allUsers(UserPoolId)).filter((u) => u.Username === "eve").length;
    // eve existed at the start; serially, creations and deletions alternate
    expect(1 + succeeded(1) - succeeded(0), `${succeeded(1)} creations and ${succeeded(0)} deletions succeeded`).toBe(listed);
    expect((await mock.call<any>("DescribeUserPool", { UserPoolId })).UserPool.EstimatedNumberOfUsers).toBe(listed); // eslint-disable-line @typescript-eslint/no-explicit-any
    const final = await membership(UserPoolId, ["eve"], ["g"]);
    if (!listed) expect([...final], "a deleted user is in no group").toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// fast-check's scheduler picks the interleaving: every trigger await and every call start is a task
// it orders, so a failing interleaving is found, shrunk and replayed from the seed.

type Op =
  | { op: "AdminCreateUser"; u: string; email?: string; verified: boolean }
  | { op: "SignUp"; u: string }
  | { op: "AdminDeleteUser"; u: string }
  | { op: "AdminAddUserToGroup" | "AdminRemoveUserFromGroup"; u: string; g: string }
  | { op: "AdminUpdateUserAttributes"; u: string; email: string; verified: boolean }
  | { op: "CreateGroup" | "DeleteGroup"; g: string };

const U = ["ann", "bob", "cat"];
const G = ["g1", "g2"];
const E = ["a@x.com", "b@x.com"];

const opArb = (withSignUp: boolean): fc.Arbitrary<Op> => fc.oneof(
  fc.record({ op: fc.constant("AdminCreateUser" as const), u: fc.constantFrom(...U), email: fc.option(fc.constantFrom(...E), { nil: undefined }), verified: fc.boolean() }),
  ...(withSignUp ? [fc.record({ op: fc.constant("SignUp" as const), u: fc.constantFrom(...U) })] : []),
  fc.record({ op: fc.constant("AdminDeleteUser" as const), u: fc.constantFrom(...U) }),
  fc.record({ op: fc.constantFrom("AdminAddUserToGroup" as const, "AdminRemoveUserFromGroup" as const), u: fc.constantFrom(...U), g: fc.constantFrom(...G) }),
  fc.record({ op: fc.constant("AdminUpdateUserAttributes" as const), u: fc.constantFrom(...U), email: fc.constantFrom(...E), verified: fc.boolean() }),
  fc.record({ op: fc.constantFrom("CreateGroup" as const, "DeleteGroup" as const), g: fc.constantFrom(...G) }),
);

function request(o: Op, UserPoolId: string, ClientId: string): [string, unknown] {
  switch (o.op) {
    case "AdminCreateUser":
      // ForceAliasCreation so a verified address can be claimed whatever the order (no AliasExistsException to reason about)
      return [o.op, { UserPoolId, Username: o.u, ForceAliasCreation: true, DesiredDeliveryMediums: ["EMAIL"], UserAttributes: o.email ? [{ Name: "email", Value: o.email }, { Name: "email_verified", Value: String(o.verified) }] : [] }];
    case "SignUp": return [o.op, { ClientId, Username: o.u, Password: PASSWORD, UserAttributes: [{ Name: "email", Value: `${o.u}@signup.example` }] }];
    case "AdminDeleteUser": return [o.op, { UserPoolId, Username: o.u }];
    case "AdminAddUserToGroup": case "AdminRemoveUserFromGroup": return [o.op, { UserPoolId, Username: o.u, GroupName: o.g }];
    case "AdminUpdateUserAttributes": return [o.op, { UserPoolId, Username: o.u, UserAttributes: [{ Name: "email", Value: o.email }, ...(o.verified ? [{ Name: "email_verified", Value: "true" }] : [])] }];
    case "CreateGroup": case "DeleteGroup": return [o.op, { UserPoolId, GroupName: o.g }];
  }
}

async function interleaved(s: fc.Scheduler, ops: Op[]): Promise<void> {
  mock.reset();
  const { UserPoolId, ClientId } = await newPool();
  // every trigger call yields to the scheduler, which decides who runs next
  mock.setTriggers(UserPoolId, {
    preSignUp: async (e) => { await s.schedule(Promise.resolve(), "preSignUp"); return e; },
    customMessage: async (e) => { await s.schedule(Promise.resolve(), "customMessage"); return e; },
  });
  const results = ops.map((o) => {
    const [operation, input] = request(o, UserPoolId, ClientId);
    return s.schedule(Promise.resolve(), operation).then(() => raw(operation, input));
  });
  const settled = await s.waitFor(Promise.all(results));

  // no unexpected failures: each error is one a serial order could give
  const allowed = new Set(["UsernameExistsException", "UserNotFoundException", "ResourceNotFoundException", "GroupExistsException"]);
  for (const [i, r] of settled.entries()) if (!r.ok) expect(allowed.has(r.type!), `${ops[i].op} failed with ${r.type}: ${r.body.message}`).toBe(true);

  // creations and deletions of one username alternate in any serial order: successes differ by at most one
  const listed = await allUsers(UserPoolId);
  const names = listed.map((u) => u.Username);
  expect(names.length, "each user listed once").toBe(new Set(names).size);
  expect((await mock.call<any>("DescribeUserPool", { UserPoolId })).UserPool.EstimatedNumberOfUsers, "EstimatedNumberOfUsers").toBe(names.length); // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const u of U) {
    const created = ops.filter((o, i) => (o.op === "AdminCreateUser" || o.op === "SignUp") && o.u === u && settled[i].ok).length;
    const deleted = ops.filter((o, i) => o.op === "AdminDeleteUser" && o.u === u && settled[i].ok).length;
    expect(created - deleted, `${u}: ${created} creations, ${deleted} deletions succeeded`).toBe(names.includes(u) ? 1 : 0);
  }
  // membership consistent both ways
  const groups = (await mock.call<any>("ListGroups", { UserPoolId })).Groups.map((g: { GroupName: string }) => g.GroupName); // eslint-disable-line @typescript-eslint/no-explicit-any
  await membership(UserPoolId, U, groups);
  // aliases: one verified holder per address, and the lookup finds it
  for (const email of E) {
    const holders = listed.filter((u) => attr(u.Attributes, "email") === email && attr(u.Attributes, "email_verified") === "true").map((u) => u.Username);
    expect(holders.length, `verified holders of ${email}`).toBeLessThanOrEqual(1);
    const found = await raw("AdminGetUser", { UserPoolId, Username: email });
    expect(found.ok ? found.body.Username : found.type, `AdminGetUser ${email}`).toBe(holders[0] ?? "UserNotFoundException");
  }
}

describe("interleavings chosen by fast-check's scheduler keep the directory consistent", () => {
  it("admin operations (create, delete, group membership, verified-alias updates)", async () => {
    await fc.assert(fc.asyncProperty(fc.scheduler(), fc.array(opArb(false), { minLength: 2, maxLength: 14 }), interleaved), { seed: SEED, numRuns: 150 });
  });

  it("the same with SignUp (and its PreSignUp trigger) among them", async () => {
    await fc.assert(fc.asyncProperty(fc.scheduler(), fc.array(opArb(true), { minLength: 2, maxLength: 14 }), interleaved), { seed: SEED, numRuns: 150 });
  });
});
