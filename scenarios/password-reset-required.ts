// A user whose password an administrator reset: sign-in is refused until a new password is set with a code.
import { defineScenario } from "../src/scenarios/define.js";
import { fixCodes, fixedCode, internalUsername, PASSWORD, userHome } from "./shared/challenge-setup.js";

export default defineScenario({
  name: "password-reset-required",
  kind: "challenge",
  description:
    "A confirmed user whose password an administrator reset (AdminResetUserPassword), in status RESET_REQUIRED. " +
    "Signing in, even with the old password, fails with PasswordResetRequiredException \"Password reset required for the user\" " +
    "(Amplify v6 turns it into the RESET_PASSWORD step). The reset code went to the user's verified email and is in the outbox, fixed to 123456; " +
    "ConfirmForgotPassword with it and a new password (or ForgotPassword for a fresh code, also 123456) makes the user CONFIRMED again. " +
    "Composed after another scenario, the user is added to that scenario's pool.",
  seeds: "1 pool with a public web client (or the previous scenario's), 1 RESET_REQUIRED user with a reset code in the outbox",
  credentials: [{ username: "reset-user", password: PASSWORD, notes: "the old password no longer signs in; reset code 123456" }],
  async setup(api) {
    const home = await userHome(api, "password-reset-required");
    const { username, attributes } = home.identity("reset-user", "reset-user@example.com", "+15555550112");
    await api.call("AdminCreateUser", { UserPoolId: home.userPoolId, Username: username, MessageAction: "SUPPRESS", UserAttributes: attributes });
    await api.call("AdminSetUserPassword", { UserPoolId: home.userPoolId, Username: username, Password: PASSWORD, Permanent: true });
    fixCodes(api, home.userPoolId, await internalUsername(api, home.userPoolId, username));
    await api.call("AdminResetUserPassword", { UserPoolId: home.userPoolId, Username: username });
    return {
      ...(home.reused ? {} : { userPoolId: home.userPoolId, clientId: home.clientId }),
      users: [{ username, password: PASSWORD, notes: `RESET_REQUIRED; reset code ${fixedCode(6)} (in the outbox) for ConfirmForgotPassword` }],
    };
  },
});
