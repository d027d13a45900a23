// The user base behind users-1k and users-100k: one pool with custom attributes, a web client, four
// groups, four known users (through the API) and `count` realistic users written directly (see
// population.ts for why).
import type { ScenarioApi, ScenarioInfo } from "../../src/scenarios/define.js";
import { createDataPool, createKnownUsers, insertUsers, person, population, type KnownUser } from "./population.js";

export const USER_BASE_GROUPS = [
  { GroupName: "admins", Precedence: 0, Description: "Runs the app: full access" },
  { GroupName: "support", Precedence: 10, Description: "Customer support agents" },
  { GroupName: "enterprise", Precedence: 20, Description: "Everyone on an enterprise plan" },
  { GroupName: "beta-testers", Precedence: 50, Description: "Opted in to early features" },
];

export const USER_BASE_KNOWN: KnownUser[] = [
  { email: "admin@example.com", name: "Avery Admin", plan: "enterprise", company: "Example Corp", groups: ["admins", "enterprise"], notes: "groups admins + enterprise; custom:plan enterprise" },
  { email: "user@example.com", name: "Uma User", plan: "free", notes: "no groups; custom:plan free" },
  { email: "beta@example.com", name: "Ben Beta", plan: "pro", groups: ["beta-testers"], notes: "group beta-testers; custom:plan pro" },
  { email: "disabled@example.com", name: "Dana Disabled", plan: "free", disabled: true, notes: "disabled: sign-in answers \"User is disabled.\"" },
];

export async function seedUserBase(api: ScenarioApi, options: { poolName: string; count: number; fakerSeed: number }): Promise<ScenarioInfo> {
  const { pool, userPoolId, clientId } = await createDataPool(api, options.poolName);
  for (const g of USER_BASE_GROUPS) await api.call("CreateGroup", { UserPoolId: userPoolId, ...g });
  const users = await createKnownUsers(api, userPoolId, USER_BASE_KNOWN);

  const p = await population(options.fakerSeed);
  const f = p.faker;
  insertUsers(api, pool, options.count - USER_BASE_KNOWN.length, () => person(p), {
    // about 0.3% admins, 1% support, every enterprise user, 8% beta testers
    groupsOf: (u) => {
      const groups: string[] = [];
      const x = f.number.float();
      if (x < 0.003) groups.push("admins");
      else if (x < 0.013) groups.push("support");
      if (u.plan === "enterprise") groups.push("enterprise");
      if (f.number.float() < 0.08) groups.push("beta-testers");
      return groups;
    },
  });

  const members = Object.fromEntries(USER_BASE_GROUPS.map((g) => [`group:${g.GroupName}`, `${pool.groups.get(g.GroupName)!.members.size} members`]));
  return {
    userPoolId, clientId, users,
    details: {
      users: `${pool.users.size} (only the ${users.length} listed have a password; give any other one with AdminSetUserPassword)`,
      customAttributes: "custom:plan (free|pro|team|enterprise), custom:company (team and enterprise users)",
      ...members,
    },
  };
}
