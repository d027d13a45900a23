import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { getDevice, setRemembered } from "./shared/devices.js";

export default defineOperation("UpdateDeviceStatus", async (input, ctx) => {
  const { user } = await signedInUser(ctx, input.AccessToken);
  setRemembered(ctx, getDevice(user, input.DeviceKey), input.DeviceRememberedStatus);
  return {};
});
