// 1,000 realistic users: enough for paging, filtering and search UIs to look and behave like
// production, small enough to reseed for every test.
import { defineScenario } from "../src/scenarios/define.js";
import { credentialsOf } from "./support/population.js";
import { seedUserBase, USER_BASE_KNOWN } from "./support/user-base.js";

export default defineScenario({
  name: "users-1k",
  kind: "data",
  description: "An email-as-username pool holding 1,000 realistic users (faker names, e-mails, phone numbers, locales and time zones from nine countries; custom:plan and custom:company), mostly CONFIRMED but some UNCONFIRMED, FORCE_CHANGE_PASSWORD and RESET_REQUIRED, about 3% disabled, spread over four groups. The same every run. Four known users sign in with a password; the generated users have none.",
  seeds: "1 pool (custom:plan, custom:company), 1 web client, 4 groups, 1,000 users (4 with a password)",
  credentials: credentialsOf(USER_BASE_KNOWN),
  // faker's seed is fixed here, not taken from the mock's: names and e-mails never change
  setup: (api) => seedUserBase(api, { poolName: "acme-users-1k", count: 1_000, fakerSeed: 1_000 }),
});
