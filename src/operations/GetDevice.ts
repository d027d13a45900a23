import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { deviceType, getDevice, requireAccessToken } from "./shared/devices.js";

export default defineOperation("GetDevice", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, requireAccessToken(input.AccessToken));
  return { Device: deviceType(pool, user, getDevice(user, input.DeviceKey)) };
});
