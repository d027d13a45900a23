// MFA with an authenticator app: after the password, the app's current 6-digit code.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, enrollTotp, otpauthUri, PASSWORD } from "./shared/challenge-setup.js";

export default defineScenario({
  name: "totp-mfa",
  kind: "challenge",
  description:
    "A pool with optional MFA by authenticator app (TOTP), and a user whose authenticator is verified and preferred. " +
    "After the password Cognito answers SOFTWARE_TOKEN_MFA (FRIENDLY_DEVICE_NAME \"Authenticator\"); Amplify shows " +
    "CONFIRM_SIGN_IN_WITH_TOTP_CODE. The base32 secret is in the user's notes and an otpauth:// link in the details: add either to " +
    "an authenticator app (or compute RFC 6238 codes in a test) and type its code. The secret is the same every time for the same " +
    "mock seed. Codes are checked by the mock's clock, ±30 s; a code already used in its 30-second step is ExpiredCodeException.",
  seeds: "1 pool (MFA OPTIONAL, TOTP) with a public web client, 1 CONFIRMED user with a verified authenticator (TOTP preferred)",
  credentials: [{ username: "totp-user", password: PASSWORD, notes: "the TOTP secret depends on the seed: see what the scenario made" }],
  async setup(api) {
    const pool = await createPool(api, "totp-mfa");
    await api.call("SetUserPoolMfaConfig", { UserPoolId: pool.userPoolId, MfaConfiguration: "OPTIONAL", SoftwareTokenMfaConfiguration: { Enabled: true } });
    await createUser(api, pool.userPoolId, "totp-user", { email: "totp-user@example.com" });
    const secret = await enrollTotp(api, pool.clientId, "totp-user", "Authenticator");
    await api.call("AdminSetUserMFAPreference", { UserPoolId: pool.userPoolId, Username: "totp-user", SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } });
    return {
      ...pool,
      users: [{ username: "totp-user", password: PASSWORD, notes: `TOTP secret ${secret}` }],
      details: { totpSecret: secret, totpUri: otpauthUri(secret, "totp-user") },
    };
  },
});
