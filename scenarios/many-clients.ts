// One pool with 200 app clients: for client pickers, ListUserPoolClients paging, and tools that audit
// clients (secrets, flows, callback URLs). The mix is what a grown SaaS pool looks like: first-party
// apps, one hosted-UI client per tenant, server-side services with secrets, and partner integrations
// on client credentials.
import { defineScenario } from "../src/scenarios/define.js";
import { CREDENTIALS_WHEN_ALONE, defaultPoolIfAlone } from "./support/alone.js";
import { population } from "./support/population.js";

const SERVICES = [
  "orders", "billing", "invoices", "search", "catalog", "inventory", "shipping", "notifications", "reports", "audit",
  "payments", "refunds", "subscriptions", "accounts", "profiles", "media", "exports", "imports", "webhooks", "scheduler",
  "pricing", "tax", "loyalty", "reviews", "recommendations", "fraud", "ledger", "support", "chat", "email",
  "sms", "analytics", "gateway", "admin", "partners", "compliance", "identity", "sync",
];
const PARTNER_SCOPES = "https://partners.example.com";

export default defineScenario({
  name: "many-clients",
  kind: "data",
  description: "Adds 200 app clients to one pool (the previous scenario's, or default's pool when used alone): 4 first-party apps, 60 per-tenant hosted-UI clients with code flow and callback URLs, 76 server-side service clients with secrets, and 60 partner integrations on client_credentials against a resource server. Identical on every run.",
  seeds: "the default pool (unless composed) + 1 resource server + 200 app clients",
  credentials: CREDENTIALS_WHEN_ALONE,
  async setup(api) {
    const base = await defaultPoolIfAlone(api);
    const UserPoolId = api.previous.userPoolId ?? base.userPoolId!;
    const create = (input: Record<string, unknown>) => api.call("CreateUserPoolClient", { UserPoolId, ...input });

    await api.call("CreateResourceServer", {
      UserPoolId, Identifier: PARTNER_SCOPES, Name: "Partner API",
      Scopes: [{ ScopeName: "read", ScopeDescription: "Read orders and catalog" }, { ScopeName: "write", ScopeDescription: "Place and update orders" }],
    });
    const spa = { ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], PreventUserExistenceErrors: "ENABLED" };
    for (const ClientName of ["web-app", "ios-app", "android-app", "admin-console"]) await create({ ClientName, ...spa });

    // more names than needed: two may give the same slug
    const p = await population(200, 150);
    const slugs = [...new Set(p.companies.map((c) => c.normalize("NFD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")))];
    if (slugs.length < 120) throw new Error("many-clients: not enough distinct company names");
    for (const slug of slugs.slice(0, 60)) {
      await create({
        ClientName: `tenant-${slug}`.slice(0, 128), ...spa, SupportedIdentityProviders: ["COGNITO"],
        AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["code"], AllowedOAuthScopes: ["openid", "email", "profile"],
        CallbackURLs: [`https://${slug}.app.example.com/auth/callback`], LogoutURLs: [`https://${slug}.app.example.com/`],
      });
    }
    for (const deployment of ["blue", "green"]) {
      for (const service of SERVICES) {
        await create({
          ClientName: `${service}-service-${deployment}`, GenerateSecret: true,
          ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        });
      }
    }
    for (const slug of slugs.slice(60, 120)) {
      await create({
        ClientName: `partner-${slug}`.slice(0, 128), GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ["client_credentials"],
        AllowedOAuthScopes: [`${PARTNER_SCOPES}/read`, ...(p.faker.datatype.boolean() ? [`${PARTNER_SCOPES}/write`] : [])],
        AccessTokenValidity: p.faker.helpers.arrayElement([5, 15, 60]), TokenValidityUnits: { AccessToken: "minutes" },
      });
    }
    const pool = api.mock.store.pools.get(UserPoolId)!;
    return { ...base, details: { clients: `${pool.clients.size} in ${UserPoolId}`, partnerScopes: `${PARTNER_SCOPES}/read, ${PARTNER_SCOPES}/write` } };
  },
});
