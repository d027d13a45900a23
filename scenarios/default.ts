import { defineScenario } from "../src/scenarios/define.js";
import { seedDemo, DEMO_PASSWORD, DEMO_USERNAME } from "../src/server/demo.js";

export default defineScenario({
  name: "default",
  kind: "basics",
  description: "A user pool with a public web (SPA) client allowing SRP, password and refresh sign-in, and one confirmed user with a verified email.",
  seeds: "1 pool (email alias, email auto-verified), 1 client without secret, 1 CONFIRMED user",
  credentials: [{ username: DEMO_USERNAME, password: DEMO_PASSWORD, notes: "or sign in as demo@example.com" }],
  async setup({ mock, region }) {
    const demo = await seedDemo(mock, region);
    return { userPoolId: demo.userPoolId, clientId: demo.clientId, users: [{ username: demo.username, password: demo.password, notes: `email ${demo.email}` }] };
  },
});
