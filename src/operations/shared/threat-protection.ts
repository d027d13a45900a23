import { UserPoolAddOnNotEnabledException } from "../../../generated/errors.js";
import type { PoolRecord } from "../../state/pool.js";

/** The event history is threat protection's: the pool needs it on (or the PLUS tier). */
export function requireThreatProtection(pool: PoolRecord): void {
  const mode = pool.settings.UserPoolAddOns?.AdvancedSecurityMode ?? "OFF";
  if (mode === "OFF" && pool.settings.UserPoolTier !== "PLUS") {
    throw new UserPoolAddOnNotEnabledException("Threat protection (advanced security features) is not enabled for this user pool.");
  }
}
