import { defineOperation } from "../engine/context.js";
import { deviceOwner } from "./shared/device-owner.js";
import { deviceType, getDevice } from "./shared/devices.js";

export default defineOperation("AdminGetDevice", (input, ctx) => {
  const { pool, user } = deviceOwner(ctx, input.UserPoolId, input.Username, "ResourceNotFound");
  return { Device: deviceType(pool, user, getDevice(user, input.DeviceKey)) };
});
