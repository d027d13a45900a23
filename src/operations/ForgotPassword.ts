import { UserNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { hidesUsers, signInUser } from "../auth/sign-in/common.js";
import { publicClient } from "./shared/public-client.js";
import { recoveryChannel, sendResetCode } from "./shared/forgot-password.js";
import { maskDestination } from "./shared/attributes.js";

// With PreventUserExistenceErrors, an unknown, disabled or unverified user gets a believable answer
// and no message, so callers cannot probe for accounts.
export default defineOperation("ForgotPassword", async (input, ctx) => {
  const { pool, client } = publicClient(ctx, input.ClientId, input.Username, input.SecretHash);
  const user = signInUser(pool, input.Username);
  const simulated = () => ({ CodeDeliveryDetails: { Destination: maskDestination("EMAIL", input.Username.includes("@") ? input.Username : `${input.Username}@example.com`), DeliveryMedium: "EMAIL" as const, AttributeName: "email" } });
  if (!user) {
    if (hidesUsers(client)) return simulated();
    throw new UserNotFoundException("Username/client id combination not found.");
  }
  if (hidesUsers(client) && (!user.enabled || !recoveryChannel(pool, user))) return simulated();
  return { CodeDeliveryDetails: await sendResetCode(ctx, pool, user, client.ClientId) };
});
