import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { publicClient, verificationTarget } from "./shared/public-client.js";
import { recoveryUser } from "./shared/recovery-user.js";
import { sendCode } from "./shared/codes.js";

export default defineOperation("ResendConfirmationCode", async (input, ctx) => {
  const { pool } = publicClient(ctx, input.ClientId, input.Username, input.SecretHash);
  const user = recoveryUser(pool, input.Username);
  if (user.status !== "UNCONFIRMED") throw new InvalidParameterException("User is already confirmed.");
  const target = verificationTarget(pool, user.attributes) ?? (user.attributes.get("email") ? "email" : user.attributes.get("phone_number") ? "phone_number" : undefined);
  if (!target) throw new InvalidParameterException("No email or phone_number attribute to send a code to.");
  return { CodeDeliveryDetails: await sendCode(ctx, pool, user, target, "SIGN_UP", "CustomMessage_ResendCode", input.ClientId) };
});
