// Sending a password-reset code, shared by ForgotPassword and AdminResetUserPassword.
import { InvalidParameterException, NotAuthorizedException } from "../../../generated/errors.js";
import type { OperationContext } from "../../engine/context.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { sendCode, type DeliveryDetails } from "./codes.js";

/** The verified channel the pool's AccountRecoverySetting picks (email first by default). */
export function recoveryChannel(pool: PoolRecord, user: UserRecord): "email" | "phone_number" | undefined {
  const mechanisms = [...(pool.settings.AccountRecoverySetting?.RecoveryMechanisms ?? [{ Name: "verified_email", Priority: 1 }, { Name: "verified_phone_number", Priority: 2 }])]
    .sort((a, b) => a.Priority - b.Priority);
  for (const m of mechanisms) {
    if (m.Name === "admin_only") throw new NotAuthorizedException("Contact administrator to reset password.");
    const attribute = m.Name === "verified_email" ? "email" : "phone_number";
    if (user.attributes.get(attribute) && user.attributes.get(`${attribute}_verified`) === "true") return attribute;
  }
  return undefined;
}

export function sendResetCode(ctx: OperationContext, pool: PoolRecord, user: UserRecord, clientId?: string): Promise<DeliveryDetails> {
  const channel = recoveryChannel(pool, user);
  if (!channel) throw new InvalidParameterException("Cannot reset password for the user as there is no registered/verified email or phone_number");
  return sendCode(ctx, pool, user, channel, "FORGOT_PASSWORD", "CustomMessage_ForgotPassword", clientId);
}
