// MFA required but not yet set up: the sign-in makes the user add an authenticator app.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, PASSWORD } from "./shared/challenge-setup.js";

export default defineScenario({
  name: "mfa-setup-required",
  kind: "challenge",
  description:
    "A pool that requires MFA (MfaConfiguration ON) by authenticator app (TOTP) only, and a user with no MFA yet. " +
    "After the password Cognito answers MFA_SETUP (MFAS_CAN_SETUP [\"SOFTWARE_TOKEN_MFA\"]); Amplify shows CONTINUE_SIGN_IN_WITH_TOTP_SETUP " +
    "with the shared secret. The app calls AssociateSoftwareToken with the session, shows the secret (or a QR code), then " +
    "VerifySoftwareToken with a code from it and answers MFA_SETUP to get tokens; later sign-ins ask for SOFTWARE_TOKEN_MFA.",
  seeds: "1 pool (MFA ON, TOTP only) with a public web client, 1 CONFIRMED user without MFA",
  credentials: [{ username: "setup-user", password: PASSWORD, notes: "sign-in asks to set up an authenticator app" }],
  async setup(api) {
    const pool = await createPool(api, "mfa-setup-required");
    await api.call("SetUserPoolMfaConfig", { UserPoolId: pool.userPoolId, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } });
    await createUser(api, pool.userPoolId, "setup-user", { email: "setup-user@example.com" });
    return { ...pool, users: [{ username: "setup-user", password: PASSWORD, notes: "no MFA yet: the sign-in answers MFA_SETUP" }] };
  },
});
