// What the nine device operations share: finding a user's device with Cognito's error, the wire view
// of a device, listing and status changes.
import { InvalidParameterException, ResourceNotFoundException } from "../../../generated/errors.js";
import type { Shape } from "../../../generated/operations.js";
import type { OperationContext } from "../../engine/context.js";
import { epochSeconds } from "../../engine/clock.js";
import type { PoolRecord } from "../../state/pool.js";
import type { UserRecord } from "../../state/user.js";
import { visibleDevice, type DeviceRecord } from "../../state/devices.js";
import { pageOf } from "./paging.js";

/** Amplify and amazon-cognito-identity-js match this text to drop a device key the pool forgot. */
export const NO_DEVICE = "Device does not exist.";

export function getDevice(user: UserRecord, key: string): DeviceRecord {
  const d = visibleDevice(user, key);
  if (!d) throw new ResourceNotFoundException(NO_DEVICE);
  return d;
}

/** DeviceType: attributes in the order the AWS CLI examples show them. */
export function deviceType(pool: PoolRecord, user: UserRecord, d: DeviceRecord): Shape<"DeviceType"> {
  const [, , , region, account] = pool.arn.split(":");
  const owner = `${user.username}.${pool.id}`;
  const attributes: Shape<"AttributeType">[] = [{ Name: "device_status", Value: "valid" }];
  if (d.name !== undefined) attributes.push({ Name: "device_name", Value: d.name });
  attributes.push(
    { Name: "dev:device_arn", Value: `arn:aws:cognito-idp:${region}:${account}:owner/${owner}/device/${d.key}` },
    { Name: "dev:device_owner", Value: owner },
    // last_ip_used is left out: the mock never sees the caller's address
    { Name: "dev:device_remembered_status", Value: d.remembered ? "remembered" : "not_remembered" },
    { Name: "dev:device_sdk", Value: "aws-sdk" },
  );
  return {
    DeviceKey: d.key, DeviceAttributes: attributes, DeviceCreateDate: epochSeconds(d.created),
    DeviceLastModifiedDate: epochSeconds(d.modified), DeviceLastAuthenticatedDate: epochSeconds(d.lastAuthenticated),
  };
}

/** ListDevices / AdminListDevices: confirmed devices, oldest first, at most 60 a page. */
export function listDevices(ctx: OperationContext, pool: PoolRecord, user: UserRecord, limit: number | undefined, token: string | undefined) {
  const devices = [...(user.devices?.values() ?? [])].filter((d) => d.confirmed);
  // the scope ties a token to this user's listing, whichever of the two operations asked
  const { page, next } = pageOf(ctx, `ListDevices:${pool.id}:${user.sub}`, devices, limit || 60, token);
  return { Devices: page.map((d) => deviceType(pool, user, d)), ...(next ? { PaginationToken: next } : {}) };
}

export function setRemembered(ctx: OperationContext, d: DeviceRecord, status: Shape<"DeviceRememberedStatusType"> | undefined): void {
  if (status === undefined) return;
  d.remembered = status === "remembered";
  d.modified = ctx.now;
}

export function forget(user: UserRecord, d: DeviceRecord): void {
  user.devices?.delete(d.key);
}

/** A missing AccessToken on the operations whose model leaves it optional. */
export function requireAccessToken(token: string | undefined): string {
  if (!token) throw new InvalidParameterException("1 validation error detected: Value null at 'accessToken' failed to satisfy constraint: Member must not be null");
  return token;
}
