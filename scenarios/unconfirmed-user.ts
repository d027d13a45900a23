// A user who signed up but never confirmed: sign-in is refused until the emailed code is entered.
import { defineScenario } from "../src/scenarios/define.js";
import { fixCodes, fixedCode, internalUsername, PASSWORD, secretHash, userHome } from "./shared/challenge-setup.js";

export default defineScenario({
  name: "unconfirmed-user",
  kind: "challenge",
  description:
    "A user who signed up (SignUp) and never confirmed, in status UNCONFIRMED. Signing in fails with " +
    "UserNotConfirmedException \"User is not confirmed.\" (Amplify v6 turns it into the CONFIRM_SIGN_UP step). " +
    "The confirmation code went to the user's email and is in the outbox; it is fixed to 123456 so it can be typed. " +
    "ConfirmSignUp with it (or ResendConfirmationCode for another) confirms the user, who can then sign in. " +
    "Composed after another scenario, the user signs up through that scenario's client (a code is sent only if that pool verifies email).",
  seeds: "1 pool with a public web client (or the previous scenario's), 1 UNCONFIRMED user with a sign-up code in the outbox",
  credentials: [{ username: "unconfirmed-user", password: PASSWORD, notes: "confirmation code 123456 (in the outbox)" }],
  async setup(api) {
    const home = await userHome(api, "unconfirmed-user");
    const { username, attributes } = home.identity("unconfirmed-user", "unconfirmed-user@example.com", "+15555550111");
    const SecretHash = await secretHash(api, home, username);
    // the user's internal name is known only after SignUp, so the pool's codes are fixed while it runs
    const undo = fixCodes(api, home.userPoolId);
    const signedUp = await api.call<{ CodeDeliveryDetails?: { Destination: string } }>("SignUp", {
      ClientId: home.clientId, Username: username, Password: PASSWORD, ...(SecretHash ? { SecretHash } : {}),
      UserAttributes: attributes.filter((a) => !a.Name.endsWith("_verified")),
    });
    undo();
    fixCodes(api, home.userPoolId, await internalUsername(api, home.userPoolId, username));
    const code = signedUp.CodeDeliveryDetails ? `confirmation code ${fixedCode(6)} sent to ${signedUp.CodeDeliveryDetails.Destination} (in the outbox)` : "no code was sent (the pool verifies no attribute): confirm with AdminConfirmSignUp";
    return {
      ...(home.reused ? {} : { userPoolId: home.userPoolId, clientId: home.clientId }),
      users: [{ username, password: PASSWORD, notes: `UNCONFIRMED; ${code}` }],
    };
  },
});
