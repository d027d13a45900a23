import { defineOperation } from "../engine/context.js";
import { deviceOwner } from "./shared/device-owner.js";
import { getDevice, setRemembered } from "./shared/devices.js";

export default defineOperation("AdminUpdateDeviceStatus", (input, ctx) => {
  const { user } = deviceOwner(ctx, input.UserPoolId, input.Username, "UserNotFound");
  setRemembered(ctx, getDevice(user, input.DeviceKey), input.DeviceRememberedStatus);
  return {};
});
