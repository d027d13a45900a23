// A multi-tenant pool: one group per tenant and role, 500 in all, for group pickers, ListGroups paging
// and "which groups is this user in" screens. Users belong to one tenant each; tenants differ in size
// (a few big customers, a long tail of small ones), so some groups are crowded and some are empty.
import { defineScenario } from "../src/scenarios/define.js";
import { createDataPool, createKnownUsers, credentialsOf, insertUsers, person, population, type KnownUser } from "./support/population.js";

const TENANTS = 100;
const USERS = 2_000;
/** Each tenant gets these five groups: 100 x 5 = 500. Precedence: the lower wins the token's role. */
const ROLES = [
  { role: "admins", precedence: 1 },
  { role: "billing", precedence: 2 },
  { role: "editors", precedence: 3 },
  { role: "support", precedence: 4 },
  { role: "viewers", precedence: 5 },
] as const;

const KNOWN: KnownUser[] = [
  { email: "admin@example.com", name: "Avery Admin", plan: "enterprise", notes: "in the first tenant's admins and billing groups" },
  { email: "member@example.com", name: "Max Member", plan: "enterprise", notes: "in the first tenant's viewers group" },
];

const slug = (s: string) => s.normalize("NFD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export default defineScenario({
  name: "many-groups",
  kind: "data",
  description: "A multi-tenant pool with 500 groups (100 tenants x admins, billing, editors, support, viewers; precedence 1-5, admins with an IAM role) and 2,000 realistic users spread over them unevenly, each in their tenant's viewers or editors/admins group and sometimes billing or support. Identical on every run. admin@example.com and member@example.com sign in with a password.",
  seeds: "1 pool, 1 web client, 500 groups, 2,000 users (2 with a password) in 1-3 groups each",
  credentials: credentialsOf(KNOWN),
  async setup(api) {
    const { pool, userPoolId, clientId } = await createDataPool(api, "acme-tenants");
    const p = await population(500, TENANTS);
    const f = p.faker;
    const tenants: { name: string; slug: string }[] = [];
    const used = new Set<string>();
    for (const name of p.companies) {
      let s = slug(name);
      for (let n = 2; used.has(s); n++) s = `${slug(name)}-${n}`;
      used.add(s);
      tenants.push({ name, slug: s });
    }
    for (const t of tenants) {
      for (const r of ROLES) {
        await api.call("CreateGroup", {
          UserPoolId: userPoolId, GroupName: `${t.slug}-${r.role}`, Precedence: r.precedence, Description: `${r.role[0].toUpperCase()}${r.role.slice(1)} at ${t.name}`,
          ...(r.role === "admins" ? { RoleArn: `arn:aws:iam::${api.mock.state.accountId}:role/${t.slug}-admin` } : {}),
        });
      }
    }
    const first = tenants[0];
    const knownGroups = [[`${first.slug}-admins`, `${first.slug}-billing`], [`${first.slug}-viewers`]];
    const users = await createKnownUsers(api, userPoolId, KNOWN.map((k, i) => ({ ...k, company: first.name, groups: knownGroups[i] })));
    const slugOf = new Map(tenants.map((t) => [t.name, t.slug]));

    insertUsers(api, pool, USERS - KNOWN.length, () => {
      // squaring skews towards the first tenants: a few big customers, many small ones
      const t = tenants[Math.floor(TENANTS * f.number.float() ** 2)];
      return person(p, { company: t.name, plan: f.helpers.arrayElement(["team", "enterprise"]) });
    }, {
      groupsOf: (u) => {
        const t = slugOf.get(u.company!)!;
        const x = f.number.float();
        const groups = [`${t}-${x < 0.05 ? "admins" : x < 0.35 ? "editors" : "viewers"}`];
        if (f.number.float() < 0.1) groups.push(`${t}-billing`);
        if (f.number.float() < 0.05) groups.push(`${t}-support`);
        return groups;
      },
    });
    return {
      userPoolId, clientId, users,
      details: { groups: String(pool.groups.size), tenants: `${TENANTS} (groups named <tenant>-<role>, e.g. ${first.slug}-admins)`, users: String(pool.users.size) },
    };
  },
});
