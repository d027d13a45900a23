// Remembered devices (device tracking). Each user keeps their own devices in UserRecord.devices, so a
// deleted user or pool takes its devices with it and a device key only ever resolves for its owner.
import { ALPHANUMERIC, type Random } from "../engine/random.js";
import type { PoolRecord } from "./pool.js";
import type { UserRecord } from "./user.js";

export interface DeviceRecord {
  /** `<region>_<uuid>` */
  key: string;
  /** opaque, handed out with the key; the device's SRP "pool name" */
  groupKey: string;
  /** false from NewDeviceMetadata until ConfirmDevice */
  confirmed: boolean;
  remembered: boolean;
  name?: string;
  /** the device's SRP verifier and salt (hex), from ConfirmDevice's DeviceSecretVerifierConfig */
  verifier?: string;
  salt?: string;
  /** epoch ms */
  created: number;
  modified: number;
  lastAuthenticated: number;
}

/** Any value in DeviceConfiguration turns device tracking on ("Always" sets both members false). */
export function deviceTrackingOn(pool: PoolRecord): boolean {
  const c = pool.settings.DeviceConfiguration;
  return !!c && (c.ChallengeRequiredOnNewDevice !== undefined || c.DeviceOnlyRememberedOnUserPrompt !== undefined);
}

/** Users opt in to remembering (UpdateDeviceStatus) rather than every confirmed device being remembered. */
export const rememberOnPrompt = (pool: PoolRecord): boolean => pool.settings.DeviceConfiguration?.DeviceOnlyRememberedOnUserPrompt === true;

/** Device authentication stands in for the MFA factors (otherwise it follows them). */
export const deviceReplacesMfa = (pool: PoolRecord): boolean => pool.settings.DeviceConfiguration?.ChallengeRequiredOnNewDevice === true;

export function devicesOf(user: UserRecord): Map<string, DeviceRecord> {
  return (user.devices ??= new Map());
}

/** A device the user can see and manage: confirmed (a key nobody confirmed stays hidden). */
export function visibleDevice(user: UserRecord, key: string): DeviceRecord | undefined {
  const d = user.devices?.get(key);
  return d?.confirmed ? d : undefined;
}

/** Whether signing in with this device proves it by DEVICE_SRP_AUTH. */
export function deviceSignInEligible(pool: PoolRecord, d: DeviceRecord): boolean {
  return d.confirmed && d.verifier !== undefined && (d.remembered || !rememberOnPrompt(pool));
}

// Unconfirmed keys pile up when an app never calls ConfirmDevice; keep only the newest few.
const MAX_UNCONFIRMED = 50;

/** The key a sign-in hands out in NewDeviceMetadata. */
export function issueDevice(pool: PoolRecord, user: UserRecord, random: Random, now: number): DeviceRecord {
  const devices = devicesOf(user);
  const device: DeviceRecord = {
    key: `${pool.region}_${random.uuid(4)}`, groupKey: `-${random.string(8, ALPHANUMERIC)}`,
    confirmed: false, remembered: false, created: now, modified: now, lastAuthenticated: now,
  };
  devices.set(device.key, device);
  const pending = [...devices.values()].filter((d) => !d.confirmed);
  for (const old of pending.slice(0, Math.max(0, pending.length - MAX_UNCONFIRMED))) devices.delete(old.key);
  return device;
}
