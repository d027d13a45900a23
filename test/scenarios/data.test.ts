// The data scenarios: realistic, deterministic volume. Determinism is checked on the whole state
// (snapshot(), what GET /_mock/state shows), paging through the AWS SDK as an admin screen would, and
// the known users sign in with Amplify v6.
import { beforeEach, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { fetchAuthSession, signIn, signOut } from "aws-amplify/auth";
import { createCognitoMock, type CognitoMock } from "../../src/index.js";
import { snapshot } from "../../src/state/snapshot.js";
import type { UserRecord } from "../../src/state/user.js";
import { builtInScenarios } from "../../scenarios/index.js";
import { DATA_PASSWORD } from "../../scenarios/support/population.js";
import { useMock } from "../support/mock.js";

const { mock, client } = useMock();
const T = Date.UTC(2026, 2, 1, 12);

/** A mock with these scenarios applied at a fixed, frozen moment (timestamps then match too). */
async function frozen(scenario: string, seed = "data"): Promise<CognitoMock> {
  const m = createCognitoMock({ seed, scenario });
  m.clock.set(T, { freeze: true });
  await m.ready();
  return m;
}

async function use(names: string) {
  const { info } = await mock.useScenario(names);
  Amplify.configure({ Auth: { Cognito: { userPoolId: info.userPoolId!, userPoolClientId: info.clientId! } } });
  return info;
}

/** Every page of a paginated listing, through the SDK. */
async function all<T>(fetch: (token: string | undefined) => Promise<{ items: T[]; next?: string }>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let token: string | undefined, pages = 0;
  do {
    const page = await fetch(token);
    items.push(...page.items);
    token = page.next;
    pages++;
  } while (token);
  return { items, pages };
}
const listUsers = (UserPoolId: string, Filter?: string) => all((PaginationToken) => client.send(new C.ListUsersCommand({ UserPoolId, Limit: 60, Filter, PaginationToken })).then((r) => ({ items: r.Users!, next: r.PaginationToken })));
const attr = (u: C.UserType, name: string) => u.Attributes?.find((a) => a.Name === name)?.Value;
const poolOf = (m: CognitoMock, id: string) => m.store.pools.get(id)!;

beforeEach(async () => { await signOut().catch(() => undefined); });

describe("data scenarios are registered", () => {
  it("all five, as kind data", () => {
    for (const name of ["users-1k", "users-100k", "many-groups", "many-pools", "many-clients"]) expect(builtInScenarios.find((s) => s.name === name)?.kind, name).toBe("data");
  });
});

describe("users-1k", () => {
  it("is the same, byte for byte, for the same seed; faker's data does not depend on the mock's seed", async () => {
    const [a, b, other] = await Promise.all([frozen("users-1k"), frozen("users-1k"), frozen("users-1k", "another-seed")]);
    const json = JSON.stringify(snapshot(a.store));
    expect(json.length).toBeGreaterThan(300_000);
    expect(JSON.stringify(snapshot(b.store))).toBe(json);
    expect(JSON.stringify(snapshot(other.store))).not.toBe(json);
    const emails = (m: CognitoMock) => [...[...m.store.pools.values()][0].users.after(0)].map((u) => u.attributes.get("email"));
    expect(emails(other)).toEqual(emails(a));
  });

  it("holds realistic users: mixed statuses, some disabled, many locales, custom attributes, unique e-mails, groups both ways", async () => {
    const info = await use("users-1k");
    const pool = poolOf(mock, info.userPoolId!);
    const users: UserRecord[] = [...pool.users.after(0)];
    expect(users).toHaveLength(1_000);
    const count = (f: (u: UserRecord) => boolean) => users.filter(f).length;
    for (const status of ["CONFIRMED", "UNCONFIRMED", "FORCE_CHANGE_PASSWORD", "RESET_REQUIRED"]) expect(count((u) => u.status === status), status).toBeGreaterThan(status === "CONFIRMED" ? 700 : 10);
    expect(count((u) => !u.enabled)).toBeGreaterThan(10);
    expect(count((u) => !u.enabled)).toBeLessThan(80);
    expect(new Set(users.map((u) => u.attributes.get("locale"))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(users.map((u) => u.attributes.get("email"))).size).toBe(1_000);
    expect(new Set(users.map((u) => u.attributes.get("name"))).size).toBeGreaterThan(900);
    for (const u of users) {
      expect(u.attributes.get("email")).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/);
      expect(["free", "pro", "team", "enterprise"]).toContain(u.attributes.get("custom:plan"));
      if (u.attributes.has("phone_number")) expect(u.attributes.get("phone_number")).toMatch(/^\+[1-9][0-9]{6,14}$/);
      if (u.status === "UNCONFIRMED") expect(u.attributes.get("email_verified")).toBe("false");
      for (const g of u.groups) expect(pool.groups.get(g)!.members.has(u.username)).toBe(true);
    }
    expect(count((u) => u.attributes.has("custom:company"))).toBeGreaterThan(50);
    expect(count((u) => u.password !== undefined)).toBe(4);
    for (const g of pool.groups.values()) for (const m of g.members) expect(pool.users.byUsername(m)!.groups.has(g.name)).toBe(true);
    // ListUsers orders by creation; creation dates rise with it, as in a pool that grew over time
    const created = users.slice(4).map((u) => u.created);
    expect(created).toEqual([...created].sort((x, y) => x - y));
  });

  it("pages through every user with ListUsers, each exactly once", async () => {
    const info = await use("users-1k");
    const { items, pages } = await listUsers(info.userPoolId!);
    expect(pages).toBe(17);
    const names = items.map((u) => u.Username!);
    expect(new Set(names).size).toBe(1_000);
    expect(names.length).toBe(1_000);
    expect(new Set(names)).toEqual(new Set([...poolOf(mock, info.userPoolId!).users.after(0)].map((u) => u.username)));
  });

  it("answers filtered ListUsers: by status, by e-mail prefix, disabled users", async () => {
    const info = await use("users-1k");
    const users = [...poolOf(mock, info.userPoolId!).users.after(0)];
    const unconfirmed = await listUsers(info.userPoolId!, 'cognito:user_status = "UNCONFIRMED"');
    expect(unconfirmed.items.length).toBe(users.filter((u) => u.status === "UNCONFIRMED").length);
    expect(unconfirmed.items.every((u) => u.UserStatus === "UNCONFIRMED")).toBe(true);
    const disabled = await listUsers(info.userPoolId!, 'status = "Disabled"');
    expect(disabled.items.map((u) => attr(u, "email")).sort()).toEqual(users.filter((u) => !u.enabled).map((u) => u.attributes.get("email")).sort());
    const prefix = users[500].attributes.get("email")!.slice(0, 3);
    const byEmail = await listUsers(info.userPoolId!, `email ^= "${prefix}"`);
    expect(byEmail.items.length).toBe(users.filter((u) => u.attributes.get("email")!.startsWith(prefix)).length);
    expect(byEmail.items.map((u) => attr(u, "email"))).toContain(users[500].attributes.get("email"));
  });

  it("pages through a group's members with ListUsersInGroup, and lists the groups", async () => {
    const info = await use("users-1k");
    const UserPoolId = info.userPoolId!;
    const groups = await client.send(new C.ListGroupsCommand({ UserPoolId }));
    expect(groups.Groups!.map((g) => g.GroupName).sort()).toEqual(["admins", "beta-testers", "enterprise", "support"]);
    const members = await all((NextToken) => client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "beta-testers", Limit: 10, NextToken })).then((r) => ({ items: r.Users!, next: r.NextToken })));
    const expected = [...poolOf(mock, UserPoolId).groups.get("beta-testers")!.members];
    expect(expected.length).toBeGreaterThan(40);
    expect(members.pages).toBe(Math.ceil(expected.length / 10));
    expect(members.items.map((u) => u.Username)).toEqual(expected);
    const enterprise = await all((NextToken) => client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "enterprise", NextToken })).then((r) => ({ items: r.Users!, next: r.NextToken })));
    expect(enterprise.items.every((u) => attr(u, "custom:plan") === "enterprise")).toBe(true);
  });

  it("lets the known users sign in with Amplify; the generated ones have no password", async () => {
    await use("users-1k");
    expect((await signIn({ username: "admin@example.com", password: DATA_PASSWORD })).isSignedIn).toBe(true);
    const id = (await fetchAuthSession()).tokens!.idToken!.payload;
    expect(id["cognito:groups"]).toEqual(["admins", "enterprise"]);
    expect(id["custom:plan"]).toBe("enterprise");
    await signOut();
    await expect(signIn({ username: "disabled@example.com", password: DATA_PASSWORD })).rejects.toMatchObject({ name: "NotAuthorizedException", message: "User is disabled." });
    const generated = [...[...mock.store.pools.values()][0].users.after(4)].find((u) => u.status === "CONFIRMED" && u.enabled)!;
    await expect(signIn({ username: generated.attributes.get("email")!, password: DATA_PASSWORD })).rejects.toMatchObject({ name: "NotAuthorizedException", message: "Incorrect username or password." });
  });
});

describe("users-100k", () => {
  it("seeds 100,000 users and its groups (seeding time is reported, not asserted)", async () => {
    const start = performance.now();
    const m = createCognitoMock({ seed: "big", scenario: "users-100k" });
    const { info } = await m.ready();
    const ms = Math.round(performance.now() - start);
    console.log(`users-100k seeded in ${ms} ms`);
    const pool = poolOf(m, info.userPoolId!);
    expect(pool.users.size).toBe(100_000);
    expect([...pool.groups.keys()]).toEqual(["admins", "support", "enterprise", "beta-testers"]);
    expect(pool.groups.get("beta-testers")!.members.size).toBeGreaterThan(7_000);
    expect(pool.groups.get("admins")!.members.size).toBeGreaterThan(100);
    expect(info.users!.map((u) => u.username)).toEqual(["admin@example.com", "user@example.com", "beta@example.com", "disabled@example.com"]);
    const found = await m.call<{ Users: C.UserType[] }>("ListUsers", { UserPoolId: info.userPoolId, Filter: 'email = "admin@example.com"' });
    expect(found.Users.map((u) => attr(u, "custom:plan"))).toEqual(["enterprise"]);
  });
});

describe("many-groups", () => {
  it("has 500 groups; ListGroups pages through each exactly once", async () => {
    const info = await use("many-groups");
    const { items, pages } = await all((NextToken) => client.send(new C.ListGroupsCommand({ UserPoolId: info.userPoolId!, Limit: 60, NextToken })).then((r) => ({ items: r.Groups!, next: r.NextToken })));
    expect(pages).toBe(9);
    expect(new Set(items.map((g) => g.GroupName)).size).toBe(500);
    expect(items.filter((g) => g.GroupName!.endsWith("-admins")).every((g) => g.Precedence === 1 && g.RoleArn?.startsWith("arn:aws:iam::123456789012:role/"))).toBe(true);
  });

  it("spreads 2,000 users over their tenant's groups, unevenly", async () => {
    const info = await use("many-groups");
    const pool = poolOf(mock, info.userPoolId!);
    const users = [...pool.users.after(0)];
    expect(users).toHaveLength(2_000);
    for (const u of users) {
      expect(u.groups.size).toBeGreaterThanOrEqual(1);
      expect(u.groups.size).toBeLessThanOrEqual(3);
      const tenants = new Set([...u.groups].map((g) => g.replace(/-(admins|billing|editors|support|viewers)$/, "")));
      expect(tenants.size).toBe(1);
    }
    const sizes = [...pool.groups.values()].map((g) => g.members.size).sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(50);
    expect(sizes.filter((s) => s === 0).length).toBeGreaterThan(10);
    const admin = await client.send(new C.AdminListGroupsForUserCommand({ UserPoolId: info.userPoolId!, Username: "admin@example.com" }));
    expect(admin.Groups!.map((g) => g.GroupName!.replace(/^.*-/, ""))).toEqual(["admins", "billing"]);
  });

  it("is deterministic", async () => {
    const [a, b] = await Promise.all([frozen("many-groups"), frozen("many-groups")]);
    expect(JSON.stringify(snapshot(b.store))).toBe(JSON.stringify(snapshot(a.store)));
  });
});

describe("many-pools", () => {
  it("has 100 tagged pools; ListUserPools pages through each exactly once; the first pool's user signs in", async () => {
    const info = await use("many-pools");
    const { items, pages } = await all((NextToken) => client.send(new C.ListUserPoolsCommand({ MaxResults: 60, NextToken })).then((r) => ({ items: r.UserPools!, next: r.NextToken })));
    expect(pages).toBe(2);
    expect(new Set(items.map((p) => p.Id)).size).toBe(100);
    expect(items.map((p) => p.Name)).toContain("storefront-prod");
    const prod = await client.send(new C.DescribeUserPoolCommand({ UserPoolId: info.userPoolId! }));
    expect(prod.UserPool).toMatchObject({ Name: "storefront-prod", DeletionProtection: "ACTIVE", MfaConfiguration: "OPTIONAL", UserPoolTags: { environment: "prod", app: "storefront" } });
    expect((await signIn({ username: "admin@example.com", password: info.users![0].password! })).isSignedIn).toBe(true);
  });
});

describe("many-clients", () => {
  it("adds 200 clients to default's pool when alone; ListUserPoolClients pages through each exactly once", async () => {
    const info = await use("many-clients");
    const UserPoolId = info.userPoolId!;
    const { items, pages } = await all((NextToken) => client.send(new C.ListUserPoolClientsCommand({ UserPoolId, MaxResults: 60, NextToken })).then((r) => ({ items: r.UserPoolClients!, next: r.NextToken })));
    expect(pages).toBe(4);
    expect(new Set(items.map((c) => c.ClientId)).size).toBe(201);
    const clients = [...poolOf(mock, UserPoolId).clients.values()];
    expect(clients.filter((c) => c.ClientSecret).length).toBe(136);
    const partner = clients.find((c) => c.ClientName.startsWith("partner-"))!;
    expect(partner).toMatchObject({ AllowedOAuthFlows: ["client_credentials"], AllowedOAuthFlowsUserPoolClient: true });
    const tenant = clients.find((c) => c.ClientName.startsWith("tenant-"))!;
    expect(tenant.CallbackURLs![0]).toMatch(/^https:\/\/[a-z0-9-]+\.app\.example\.com\/auth\/callback$/);
    // default's user still signs in through default's client
    expect((await signIn({ username: "demo", password: info.users![0].password! })).isSignedIn).toBe(true);
  });

  it("adds them to the pool of the scenario it is composed after", async () => {
    const info = await use("users-1k,many-clients");
    expect(poolOf(mock, info.userPoolId!).clients.size).toBe(201);
    expect(mock.store.pools.size).toBe(1);
  });
});
