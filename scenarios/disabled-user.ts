// A user an administrator disabled: the right password is refused.
import { defineScenario } from "../src/scenarios/define.js";
import { PASSWORD, userHome } from "./shared/challenge-setup.js";

export default defineScenario({
  name: "disabled-user",
  kind: "challenge",
  description:
    "A confirmed user an administrator disabled (AdminDisableUser). Signing in with the right password fails with " +
    "NotAuthorizedException \"User is disabled.\", the same error type as a wrong password, so an app must read the message to tell them apart. " +
    "AdminEnableUser lets the user in again. Composed after another scenario, the user is added to that scenario's pool.",
  seeds: "1 pool with a public web client (or the previous scenario's), 1 disabled CONFIRMED user",
  credentials: [{ username: "disabled-user", password: PASSWORD, notes: "disabled: the right password is refused" }],
  async setup(api) {
    const home = await userHome(api, "disabled-user");
    const { username, attributes } = home.identity("disabled-user", "disabled-user@example.com", "+15555550113");
    await api.call("AdminCreateUser", { UserPoolId: home.userPoolId, Username: username, MessageAction: "SUPPRESS", UserAttributes: attributes });
    await api.call("AdminSetUserPassword", { UserPoolId: home.userPoolId, Username: username, Password: PASSWORD, Permanent: true });
    await api.call("AdminDisableUser", { UserPoolId: home.userPoolId, Username: username });
    return {
      ...(home.reused ? {} : { userPoolId: home.userPoolId, clientId: home.clientId }),
      users: [{ username, password: PASSWORD, notes: "disabled (AdminDisableUser): NotAuthorizedException \"User is disabled.\"" }],
    };
  },
});
