import { defineOperation } from "../engine/context.js";
import { signedInUser } from "./shared/access.js";
import { forget, getDevice, requireAccessToken } from "./shared/devices.js";

export default defineOperation("ForgetDevice", async (input, ctx) => {
  const { user } = await signedInUser(ctx, requireAccessToken(input.AccessToken));
  forget(user, getDevice(user, input.DeviceKey));
  return {};
});
