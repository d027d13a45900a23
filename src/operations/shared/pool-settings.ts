// Cross-field rules of a pool's settings that the schema cannot express.
import { InvalidParameterException } from "../../../generated/errors.js";
import type { PoolSettings } from "../../state/pool.js";

export function checkPoolSettings(s: PoolSettings): void {
  const a = s.AdminCreateUserConfig;
  if (a?.UnusedAccountValidityDays !== undefined && s.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays !== undefined) {
    throw new InvalidParameterException("Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays");
  }
  const mechanisms = s.AccountRecoverySetting?.RecoveryMechanisms ?? [];
  if (new Set(mechanisms.map((m) => m.Name)).size !== mechanisms.length || new Set(mechanisms.map((m) => m.Priority)).size !== mechanisms.length) {
    throw new InvalidParameterException("Recovery mechanisms must have unique names and priorities.");
  }
  if (mechanisms.some((m) => m.Name === "admin_only") && mechanisms.length > 1) {
    throw new InvalidParameterException("admin_only cannot be combined with other recovery mechanisms.");
  }
}
