// The example app. It defines its own scenario (a pool that requires TOTP MFA) with the same API users
// have in their repos, starts the mock in the service worker, and then uses Amplify exactly as an app
// against real Cognito would.
import { Amplify } from "aws-amplify";
import { signUp, confirmSignUp, signIn, confirmSignIn, fetchAuthSession, signOut, associateWebAuthnCredential } from "aws-amplify/auth";
import { startCognitoMock, defineScenario } from "cognito-idp-mock/browser";

const totpApp = defineScenario({
  name: "example-totp-app",
  kind: "basics",
  description: "Email sign-up with TOTP MFA required.",
  seeds: "1 pool (email as username, TOTP required), 1 public client",
  async setup({ call }) {
    const { UserPool } = await call("CreateUserPool", { PoolName: "example", UsernameAttributes: ["email"], AutoVerifiedAttributes: ["email"] });
    await call("SetUserPoolMfaConfig", { UserPoolId: UserPool.Id, MfaConfiguration: "ON", SoftwareTokenMfaConfiguration: { Enabled: true } });
    const { UserPoolClient } = await call("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
  },
});

// Open the page with ?cognito-scenario=example-passkey-app for this one: a user who signs in with a
// password, registers a passkey, then signs in with the passkey alone (USER_AUTH, WEB_AUTHN).
const passkeyApp = defineScenario({
  name: "example-passkey-app",
  kind: "basics",
  description: "Passkeys for localhost: password or passkey as the first factor.",
  seeds: "1 pool (passkeys on localhost), 1 public client, 1 confirmed user",
  credentials: [{ username: "ada@example.com", password: "Corr3ct!horse" }],
  async setup({ call }) {
    const { UserPool } = await call("CreateUserPool", {
      PoolName: "passkeys", UsernameAttributes: ["email"], Policies: { SignInPolicy: { AllowedFirstAuthFactors: ["PASSWORD", "WEB_AUTHN"] } },
    });
    await call("SetUserPoolMfaConfig", { UserPoolId: UserPool.Id, WebAuthnConfiguration: { RelyingPartyId: "localhost", UserVerification: "preferred" } });
    const { UserPoolClient } = await call("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    await call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "ada@example.com", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email_verified", Value: "true" }] });
    await call("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "ada@example.com", Password: "Corr3ct!horse", Permanent: true });
    return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
  },
});

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;
const status = (text: string) => { $("status").textContent = text; };
const value = (id: string) => $(id).value;

const { mock, applied } = await startCognitoMock({ scenario: "example-totp-app", scenarios: [totpApp, passkeyApp] });
$("scenario").textContent = applied.names.join(",");
Amplify.configure({ Auth: { Cognito: { userPoolId: applied.info.userPoolId!, userPoolClientId: applied.info.clientId! } } });
// the outbox lives in the page: show the newest code as it arrives
setInterval(() => { $("outbox-code").textContent = mock.outbox.lastCode({}) ?? "none"; }, 200);
status("ready");

async function act(fn: () => Promise<string>) {
  try { status(await fn()); } catch (e) { status(`error: ${(e as Error).name}: ${(e as Error).message}`); }
}

async function showTokens(): Promise<string> {
  const { tokens } = await fetchAuthSession();
  $("tokens").textContent = JSON.stringify({ idToken: tokens?.idToken?.payload, accessToken: tokens?.accessToken?.payload }, null, 2);
  return "signed in";
}

$("signup").onclick = () => act(async () => {
  const r = await signUp({ username: value("email"), password: value("password"), options: { userAttributes: { email: value("email") } } });
  return `sign-up: ${r.nextStep.signUpStep}`;
});
$("confirm").onclick = () => act(async () => {
  const r = await confirmSignUp({ username: value("email"), confirmationCode: value("code") });
  return r.isSignUpComplete ? "confirmed" : `confirm: ${r.nextStep.signUpStep}`;
});
$("signin").onclick = () => act(async () => {
  const r = await signIn({ username: value("email"), password: value("password") });
  if (r.nextStep.signInStep === "CONTINUE_SIGN_IN_WITH_TOTP_SETUP") {
    $("totp-secret").textContent = r.nextStep.totpSetupDetails.sharedSecret;
    $("totp-setup").hidden = false;
  }
  return r.isSignedIn ? showTokens() : r.nextStep.signInStep;
});
$("totp-submit").onclick = () => act(async () => {
  const r = await confirmSignIn({ challengeResponse: value("totp-code") });
  return r.isSignedIn ? showTokens() : r.nextStep.signInStep;
});
$("signout").onclick = () => act(async () => {
  await signOut();
  $("tokens").textContent = "";
  return "signed out";
});
$("passkey-register").onclick = () => act(async () => {
  await associateWebAuthnCredential();
  return "passkey registered";
});
$("passkey-signin").onclick = () => act(async () => {
  const r = await signIn({ username: value("email"), options: { authFlowType: "USER_AUTH", preferredChallenge: "WEB_AUTHN" } });
  return r.isSignedIn ? showTokens() : r.nextStep.signInStep;
});
