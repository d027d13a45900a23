// Cognito's real lock-out, not an injected error: after 5 wrong passwords in a row the user is locked
// for 1 s, then 2, 4, 8... (up to ~15 min) with each further failure; while locked every attempt,
// even with the right password, answers NotAuthorizedException "Password attempts exceeded". The
// count resets after a successful sign-in or 15 quiet minutes.
//
// Decision: a user who is ALREADY locked, so the banner shows on the first try. A human never sees
// the 1 s lock that follows 5 wrong passwords (it has ended before they retype), so setup makes 14
// real failed sign-ins, moving the mock's clock past each lock and back again at the end: the user
// is then locked for about 17 minutes of mock time (advance the clock to lift it). A second user
// starts clean, for walking through the lock-out yourself.
import { defineScenario, type ScenarioApi, type ScenarioUser } from "../src/scenarios/define.js";
import { defaultPoolIfAlone } from "./support/alone.js";

export const LOCKOUT_PASSWORD = "Passw0rd!lockout";
const FAILURES = 14;
const LOCKED: ScenarioUser = { username: "locked-out@example.com", password: LOCKOUT_PASSWORD, notes: `already locked for ~17 min of mock time (${FAILURES} failed sign-ins); the right password still gets "Password attempts exceeded"` };
const FRESH: ScenarioUser = { username: "lockout-demo@example.com", password: LOCKOUT_PASSWORD, notes: "not locked: 5 wrong passwords in a row lock it (1 s, then doubling with each further failure)" };

export default defineScenario({
  name: "lockout",
  kind: "error",
  description: "Two users with the same password in the pool: locked-out@example.com is already locked out by repeated failed sign-ins, so any sign-in (right password included) answers NotAuthorizedException \"Password attempts exceeded\" for about 17 minutes of mock time; lockout-demo@example.com starts clean and locks after 5 wrong passwords, as Cognito does (1 s, doubling with each further failure). Sign in by e-mail (the username is locked-out / lockout-demo where the pool uses usernames). Composes after another scenario's pool (\"default,lockout\"), but before throttled or service-outage; alone it seeds default's pool.",
  seeds: "default's pool unless composed, 2 CONFIRMED users (one locked), maybe 1 client allowing USER_PASSWORD_AUTH",
  credentials: [LOCKED, FRESH],
  async setup(api) {
    const base = await defaultPoolIfAlone(api);
    const UserPoolId = api.previous.userPoolId ?? base.userPoolId!;
    const { UserPool } = await api.call<{ UserPool: { UsernameAttributes?: string[] } }>("DescribeUserPool", { UserPoolId });
    const byEmail = UserPool.UsernameAttributes?.includes("email") ?? false;
    const users: ScenarioUser[] = [];
    for (const u of [LOCKED, FRESH]) {
      const Username = byEmail ? u.username : u.username.split("@")[0];
      await api.call("AdminCreateUser", { UserPoolId, Username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: u.username }, { Name: "email_verified", Value: "true" }] });
      await api.call("AdminSetUserPassword", { UserPoolId, Username, Password: LOCKOUT_PASSWORD, Permanent: true });
      users.push({ ...u, notes: `${u.notes}; username ${Username}` });
    }
    const ClientId = await passwordClient(api, UserPoolId, api.previous.clientId ?? base.clientId);
    const username = byEmail ? LOCKED.username : "locked-out";
    let moved = 0;
    for (let n = 1; n <= FAILURES; n++) {
      try {
        await api.call("InitiateAuth", { ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: "Wr0ng!password" } });
      } catch (e) {
        if ((e as Error).name !== "NotAuthorizedException") throw new Error(`lockout: a failed sign-in answered ${(e as Error).name}; compose lockout before scenarios that fail sign-in (throttled, service-outage)`);
      }
      // step past the lock this failure started, so the next attempt counts as a failure too
      if (n >= 5 && n < FAILURES) { const lock = 1000 * 2 ** (n - 5); api.mock.clock.advance(lock); moved += lock; }
    }
    api.mock.clock.advance(-moved);
    return { ...base, users, details: { lockedOutFor: `${Math.round((moved + 1000 * 2 ** (FAILURES - 5)) / 1000)} s of mock time from now` } };
  },
});

/** A client that takes USER_PASSWORD_AUTH without a secret: the given one if it does, else a new one. */
async function passwordClient(api: ScenarioApi, UserPoolId: string, given: string | undefined): Promise<string> {
  if (given) {
    const { UserPoolClient } = await api.call<{ UserPoolClient: { ExplicitAuthFlows?: string[]; ClientSecret?: string } }>("DescribeUserPoolClient", { UserPoolId, ClientId: given });
    if (!UserPoolClient.ClientSecret && UserPoolClient.ExplicitAuthFlows?.includes("ALLOW_USER_PASSWORD_AUTH")) return given;
  }
  const { UserPoolClient } = await api.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId, ClientName: "lockout-seeding", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
  return UserPoolClient.ClientId;
}
