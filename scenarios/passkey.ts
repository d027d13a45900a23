// Passkeys (WebAuthn) for a browser app on localhost: register one after a password sign-in, then sign in with it.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, PASSWORD } from "./shared/challenge-setup.js";

export default defineScenario({
  name: "passkey",
  kind: "challenge",
  description:
    "A pool ready for passkeys: choice-based sign-in (USER_AUTH) with PASSWORD or WEB_AUTHN first factors, and relying party id " +
    "\"localhost\" (SetUserPoolMfaConfig WebAuthnConfiguration), so a browser app served from http://localhost:<any port> can use them. " +
    "The user has a password and no passkey yet: sign in with the password, call StartWebAuthnRegistration, pass its options to " +
    "navigator.credentials.create() (Amplify: associateWebAuthnCredential) and CompleteWebAuthnRegistration with the result. " +
    "Then InitiateAuth USER_AUTH with PREFERRED_CHALLENGE WEB_AUTHN answers WEB_AUTHN with CREDENTIAL_REQUEST_OPTIONS for " +
    "navigator.credentials.get(), and the signed assertion (CREDENTIAL) signs in. Attestations and signatures are really checked.",
  seeds: "1 pool (USER_AUTH: PASSWORD, WEB_AUTHN; relying party localhost) with a public web client, 1 CONFIRMED user without a passkey",
  credentials: [{ username: "passkey-user", password: PASSWORD, notes: "sign in with the password first to register a passkey" }],
  async setup(api) {
    const pool = await createPool(api, "passkey", { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } } });
    await api.call("SetUserPoolMfaConfig", { UserPoolId: pool.userPoolId, WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "preferred" } });
    await createUser(api, pool.userPoolId, "passkey-user", { email: "passkey-user@example.com" });
    return {
      ...pool,
      users: [{ username: "passkey-user", password: PASSWORD, notes: "no passkey yet: register one after a password sign-in" }],
      details: { relyingPartyId: "localhost" },
    };
  },
});
