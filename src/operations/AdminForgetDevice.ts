import { defineOperation } from "../engine/context.js";
import { deviceOwner } from "./shared/device-owner.js";
import { forget, getDevice } from "./shared/devices.js";

export default defineOperation("AdminForgetDevice", (input, ctx) => {
  const { user } = deviceOwner(ctx, input.UserPoolId, input.Username, "UserNotFound");
  forget(user, getDevice(user, input.DeviceKey));
  return {};
});
