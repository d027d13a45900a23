// Remembered devices: MFA once per device, then the device proves itself instead.
import { defineScenario } from "../src/scenarios/define.js";
import { createPool, createUser, fixCodes, PASSWORD, SMS_CONFIGURATION } from "./shared/challenge-setup.js";

const PHONE = "+15555550104";

export default defineScenario({
  name: "remembered-device",
  kind: "challenge",
  description:
    "A pool with device tracking (DeviceConfiguration: ChallengeRequiredOnNewDevice, devices always remembered) and required SMS MFA. " +
    "The first sign-in (password, then the SMS code, fixed to 123456) returns NewDeviceMetadata {DeviceKey, DeviceGroupKey} with the tokens; " +
    "the app confirms the device (ConfirmDevice with an SRP verifier it keeps a secret for; amazon-cognito-identity-js and Amplify do this " +
    "themselves) and stores the key. Later sign-ins that send DEVICE_KEY get DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER instead of " +
    "SMS_MFA, so no code is needed on that device; ForgetDevice (or AdminForgetDevice) brings MFA back.",
  seeds: "1 pool (device tracking, MFA ON by SMS) with a public web client, 1 CONFIRMED user with a verified phone and SMS MFA",
  credentials: [{ username: "device-user", password: PASSWORD, notes: "SMS code 123456 on a new device; none on a remembered one" }],
  async setup(api) {
    const pool = await createPool(api, "remembered-device", {
      SmsConfiguration: SMS_CONFIGURATION,
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false },
    });
    await api.call("SetUserPoolMfaConfig", { UserPoolId: pool.userPoolId, MfaConfiguration: "ON", SmsMfaConfiguration: { SmsConfiguration: SMS_CONFIGURATION } });
    await createUser(api, pool.userPoolId, "device-user", { email: "device-user@example.com", phone_number: PHONE });
    await api.call("AdminSetUserMFAPreference", { UserPoolId: pool.userPoolId, Username: "device-user", SMSMfaSettings: { Enabled: true, PreferredMfa: true } });
    fixCodes(api, pool.userPoolId);
    return { ...pool, users: [{ username: "device-user", password: PASSWORD, notes: `SMS MFA to ${PHONE} (code 123456) until the device is remembered` }] };
  },
});
