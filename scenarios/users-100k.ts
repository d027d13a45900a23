// 100,000 realistic users: for load-shaped work (paging through everything, filters over a big pool,
// admin screens) without a real pool. Seeds in about a second: users are written straight into the
// store, not through AdminCreateUser (see scenarios/support/population.ts).
import { defineScenario } from "../src/scenarios/define.js";
import { credentialsOf } from "./support/population.js";
import { seedUserBase, USER_BASE_KNOWN } from "./support/user-base.js";

export default defineScenario({
  name: "users-100k",
  kind: "data",
  description: "Like users-1k at production size: an email-as-username pool with 100,000 realistic users (names, e-mails, phones, locales, custom:plan, custom:company; mixed statuses, some disabled) in four groups, identical on every run. Four known users sign in with a password; the generated users have none.",
  seeds: "1 pool (custom:plan, custom:company), 1 web client, 4 groups, 100,000 users (4 with a password)",
  credentials: credentialsOf(USER_BASE_KNOWN),
  setup: (api) => seedUserBase(api, { poolName: "acme-users-100k", count: 100_000, fakerSeed: 100_000 }),
});
