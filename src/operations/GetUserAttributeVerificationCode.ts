import { InvalidParameterException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { sendCode } from "./shared/codes.js";

export default defineOperation("GetUserAttributeVerificationCode", async (input, ctx) => {
  const { pool, user, claims } = await signedInUser(ctx, input.AccessToken);
  const attribute = input.AttributeName;
  if ((attribute !== "email" && attribute !== "phone_number") || !user.attributes.get(attribute)) {
    throw new InvalidParameterException(`Invalid attribute name: ${attribute}`);
  }
  return { CodeDeliveryDetails: await sendCode(ctx, pool, user, attribute, "VERIFY_ATTRIBUTE", "CustomMessage_VerifyUserAttribute", claims.client_id) };
});
