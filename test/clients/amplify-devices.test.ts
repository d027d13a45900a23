// Amplify v6 (aws-amplify/auth), unmodified, with device tracking: it confirms the device the sign-in
// hands out, then signs in with DEVICE_SRP_AUTH; fetchDevices, rememberDevice and forgetDevice work.
import { describe, expect, it, beforeEach } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { Amplify } from "aws-amplify";
import { fetchAuthSession, fetchDevices, forgetDevice, rememberDevice, signIn, signOut } from "aws-amplify/auth";
import { useMock } from "../support/mock.js";

const { client, server } = useMock();
const PASSWORD = "Corr3ct!horse";

async function configure(DeviceConfiguration: C.DeviceConfigurationType) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "amplify-devices", DeviceConfiguration }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "amy", MessageAction: "SUPPRESS" }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "amy", Password: PASSWORD, Permanent: true }));
  Amplify.configure({ Auth: { Cognito: { userPoolId: UserPoolId, userPoolClientId: ClientId } } });
  return { UserPoolId, ClientId };
}

function recordTraffic() {
  const calls: string[] = [];
  const listener = async ({ request }: { request: Request }) => {
    const target = request.headers.get("x-amz-target")?.split(".")[1];
    if (!target) return;
    const body = await request.clone().json() as { ChallengeName?: string };
    calls.push(body.ChallengeName ? `${target}:${body.ChallengeName}` : target);
  };
  server.events.on("request:start", listener);
  return { calls, stop: () => server.events.removeListener("request:start", listener) };
}

const accessDeviceKey = async () => (await fetchAuthSession()).tokens?.accessToken.payload.device_key;

beforeEach(async () => { await signOut().catch(() => undefined); });

describe("Amplify v6 with remembered devices", () => {
  it("confirms the device after sign-in and proves it with DEVICE_SRP_AUTH next time", async () => {
    const { UserPoolId } = await configure({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    const traffic = recordTraffic();
    expect((await signIn({ username: "amy", password: PASSWORD })).isSignedIn).toBe(true);
    expect(traffic.calls).toContain("ConfirmDevice");
    const devices = await fetchDevices();
    expect(devices).toHaveLength(1);
    expect(devices[0].attributes["dev:device_remembered_status"]).toBe("remembered");
    expect(await accessDeviceKey()).toBe(devices[0].id);

    await signOut();
    traffic.calls.length = 0;
    expect((await signIn({ username: "amy", password: PASSWORD })).isSignedIn).toBe(true);
    traffic.stop();
    expect(traffic.calls).toEqual(["InitiateAuth", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:DEVICE_SRP_AUTH", "RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER"]);
    expect(await accessDeviceKey()).toBe(devices[0].id);
    expect((await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "amy" }))).Devices).toHaveLength(1);
  });

  it("rememberDevice in an opt-in pool, and forgetDevice", async () => {
    const { UserPoolId } = await configure({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true });
    await signIn({ username: "amy", password: PASSWORD });
    const [device] = await fetchDevices();
    expect(device.attributes["dev:device_remembered_status"]).toBe("not_remembered");
    await rememberDevice();
    expect((await fetchDevices())[0].attributes["dev:device_remembered_status"]).toBe("remembered");
    await forgetDevice();
    expect((await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "amy" }))).Devices).toEqual([]);
  });

  // On "Device does not exist." Amplify drops its device and re-sends the same PASSWORD_VERIFIER answer
  // (same SECRET_BLOCK), which Cognito accepts: the exchange survives the device refusal.
  it("a device the pool forgot: Amplify drops it on 'Device does not exist.' and signs in again", async () => {
    const { UserPoolId } = await configure({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    await signIn({ username: "amy", password: PASSWORD });
    const [device] = await fetchDevices();
    await signOut();
    await client.send(new C.AdminForgetDeviceCommand({ UserPoolId, Username: "amy", DeviceKey: device.id }));
    expect((await signIn({ username: "amy", password: PASSWORD })).isSignedIn).toBe(true);
    expect(await accessDeviceKey()).not.toBe(device.id);
  });
});
