// A user an administrator created with a temporary password: the first sign-in must set a new one.
import { defineScenario } from "../src/scenarios/define.js";
import { userHome } from "./shared/challenge-setup.js";

const TEMPORARY_PASSWORD = "Temp0rary!pass";

export default defineScenario({
  name: "new-password-required",
  kind: "challenge",
  description:
    "A user an administrator created (AdminCreateUser) with a known temporary password, in status FORCE_CHANGE_PASSWORD. " +
    "Signing in with it (SRP, password or USER_AUTH) answers NEW_PASSWORD_REQUIRED (Amplify: CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED; " +
    "amazon-cognito-identity-js: newPasswordRequired); the new password must meet the pool's policy, and the user is CONFIRMED afterwards. " +
    "The temporary password expires after the pool's TemporaryPasswordValidityDays (7) by the mock's clock. " +
    "Composed after another scenario, the user is added to that scenario's pool (named by email or phone if that pool uses them as usernames).",
  seeds: "1 pool with a public web client (or the previous scenario's), 1 FORCE_CHANGE_PASSWORD user with a verified email",
  credentials: [{ username: "new-user", password: TEMPORARY_PASSWORD, notes: "a temporary password: choose a new one at the first sign-in" }],
  async setup(api) {
    const home = await userHome(api, "new-password-required");
    const { username, attributes } = home.identity("new-user", "new-user@example.com", "+15555550110");
    await api.call("AdminCreateUser", { UserPoolId: home.userPoolId, Username: username, TemporaryPassword: TEMPORARY_PASSWORD, MessageAction: "SUPPRESS", UserAttributes: attributes });
    return {
      ...(home.reused ? {} : { userPoolId: home.userPoolId, clientId: home.clientId }),
      users: [{ username, password: TEMPORARY_PASSWORD, notes: "FORCE_CHANGE_PASSWORD: the first sign-in answers NEW_PASSWORD_REQUIRED" }],
    };
  },
});
