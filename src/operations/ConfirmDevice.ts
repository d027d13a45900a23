import { DeviceKeyExistsException, InvalidParameterException, ResourceNotFoundException } from "../../generated/errors.js";
import { defineOperation } from "../engine/context.js";
import { fromBase64, toHex } from "../auth/hash.js";
import { rememberOnPrompt } from "../state/devices.js";
import { signedInUser } from "./shared/access.js";
import { NO_DEVICE } from "./shared/devices.js";

/** The verifier and salt arrive as standard Base64 of the hex numbers' bytes; the device SRP needs hex. */
function hexOf(value: string | undefined, member: string): string | undefined {
  if (value === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(value);
  } catch {
    throw new InvalidParameterException(`${member} is not valid Base64.`);
  }
  if (!bytes.length) throw new InvalidParameterException(`${member} must not be empty.`);
  return toHex(bytes);
}

export default defineOperation("ConfirmDevice", async (input, ctx) => {
  const { pool, user } = await signedInUser(ctx, input.AccessToken);
  // the key must be one a sign-in of this user handed out in NewDeviceMetadata
  const device = user.devices?.get(input.DeviceKey);
  if (!device) throw new ResourceNotFoundException(NO_DEVICE);
  if (device.confirmed) throw new DeviceKeyExistsException("Device key already exists.");
  const verifier = hexOf(input.DeviceSecretVerifierConfig?.PasswordVerifier, "PasswordVerifier");
  const salt = hexOf(input.DeviceSecretVerifierConfig?.Salt, "Salt");
  if ((verifier === undefined) !== (salt === undefined)) throw new InvalidParameterException("DeviceSecretVerifierConfig needs both PasswordVerifier and Salt.");
  const prompt = rememberOnPrompt(pool);
  Object.assign(device, { confirmed: true, remembered: !prompt, name: input.DeviceName, verifier, salt, modified: ctx.now });
  if (input.DeviceName === undefined) delete device.name;
  // with "remember on user prompt" the app must ask the user and call UpdateDeviceStatus
  return { UserConfirmationNecessary: prompt };
});
