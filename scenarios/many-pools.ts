// An account with 100 user pools: for pool pickers, ListUserPools paging and tools that walk every pool
// (audits, migrations, tag reports). 25 apps x 4 environments, configured the way teams really differ:
// sign-in by e-mail or by username, MFA and deletion protection in production, tags on everything.
import { defineScenario } from "../src/scenarios/define.js";
import type { ScenarioUser } from "../src/scenarios/define.js";

const APPS = [
  "storefront", "checkout", "admin-portal", "partner-api", "mobile-app", "support-desk", "billing", "analytics", "marketplace", "loyalty",
  "booking", "inventory", "warehouse", "crm", "helpdesk", "notifications", "payments", "onboarding", "reporting", "search",
  "catalog", "subscriptions", "learning", "community", "field-service",
];
const ENVIRONMENTS = ["prod", "staging", "dev", "qa"] as const;
const TEAMS = ["platform", "growth", "commerce", "data", "mobile"];
const PASSWORD = "Passw0rd!pools";
const KNOWN: ScenarioUser = { username: "admin@example.com", password: PASSWORD, notes: "in the first pool, storefront-prod" };

export default defineScenario({
  name: "many-pools",
  kind: "data",
  description: "100 user pools in the region, named <app>-<env> for 25 apps in prod, staging, dev and qa, each with a web client and tags (environment, app, team, cost-center). Apps alternate between e-mail-as-username and username-with-e-mail-alias pools; prod pools have optional TOTP MFA and deletion protection. The first pool, storefront-prod, has one user who can sign in.",
  seeds: "100 pools with 1 client each, 1 user in the first",
  credentials: [KNOWN],
  async setup(api) {
    let first: { userPoolId: string; clientId: string } | undefined;
    const ids: string[] = [];
    for (const [a, app] of APPS.entries()) {
      for (const env of ENVIRONMENTS) {
        const prod = env === "prod";
        const { UserPool } = await api.call<{ UserPool: { Id: string } }>("CreateUserPool", {
          PoolName: `${app}-${env}`,
          ...(a % 2 === 0 ? { UsernameAttributes: ["email"] } : { AliasAttributes: ["email"] }),
          AutoVerifiedAttributes: ["email"],
          DeletionProtection: prod ? "ACTIVE" : "INACTIVE",
          UserPoolTags: { environment: env, app, team: TEAMS[a % TEAMS.length], "cost-center": `cc-${1000 + a * 10}` },
        });
        if (prod) await api.call("SetUserPoolMfaConfig", { UserPoolId: UserPool.Id, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
        const { UserPoolClient } = await api.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
          UserPoolId: UserPool.Id, ClientName: `${app}-web`,
          ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
          PreventUserExistenceErrors: "ENABLED",
        });
        ids.push(UserPool.Id);
        first ??= { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
      }
    }
    await api.call("AdminCreateUser", { UserPoolId: first!.userPoolId, Username: KNOWN.username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email_verified", Value: "true" }] });
    await api.call("AdminSetUserPassword", { UserPoolId: first!.userPoolId, Username: KNOWN.username, Password: PASSWORD, Permanent: true });
    return { ...first!, users: [KNOWN], details: { pools: String(ids.length), lastPool: ids[ids.length - 1] } };
  },
});
