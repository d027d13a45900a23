// amazon-cognito-identity-js, unmodified, with device tracking: it confirms the new device itself after
// sign-in (its own verifier maths), stores the key, and signs in next time with DEVICE_SRP_AUTH. The
// traffic is recorded so the tests see which challenges really ran.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { AuthenticationDetails, CognitoUser, CognitoUserPool, type CognitoUserSession, type ICognitoStorage } from "amazon-cognito-identity-js";
import { useMock } from "../support/mock.js";

const { client, mock, server } = useMock();
const PASSWORD = "Corr3ct!horse";

/** What a browser's localStorage would hold for the app: device key, group key, random password. */
class MemoryStorage implements ICognitoStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
  removeItem(key: string) { this.items.delete(key); }
  clear() { this.items.clear(); }
}

/** Each Cognito call the client makes: the operation and the challenge it answers, if any. */
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

async function setup(DeviceConfiguration: C.DeviceConfigurationType, sms = false) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "acij-devices", DeviceConfiguration }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web" }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "phone_number", Value: "+15555550100" }] }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  if (sms) {
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId, MfaConfiguration: "ON", SmsMfaConfiguration: { SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/sns" } } }));
    await client.send(new C.AdminSetUserMFAPreferenceCommand({ UserPoolId, Username: "alice", SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
  }
  const Storage = new MemoryStorage();
  return { UserPoolId, ClientId, Storage, pool: new CognitoUserPool({ UserPoolId, ClientId, Storage }) };
}

type Outcome = { session: CognitoUserSession; user: CognitoUser; confirmationNecessary?: boolean; mfaAsked: boolean } | { error: { code?: string; message: string } };

/** A fresh CognitoUser each time, as after a page reload: only the storage carries the device over. */
function signIn(pool: CognitoUserPool, Storage: MemoryStorage, smsCode?: () => string): Promise<Outcome> {
  const user = new CognitoUser({ Username: "alice", Pool: pool, Storage });
  let mfaAsked = false;
  return new Promise((resolve) => {
    const callbacks = {
      onSuccess: (session: CognitoUserSession, confirmationNecessary?: boolean) => resolve({ session, user, confirmationNecessary, mfaAsked }),
      onFailure: (error: { code?: string; message: string }) => resolve({ error }),
      mfaRequired: () => {
        mfaAsked = true;
        if (!smsCode) return resolve({ error: { message: "MFA was asked for" } });
        user.sendMFACode(smsCode(), callbacks);
      },
    };
    user.authenticateUser(new AuthenticationDetails({ Username: "alice", Password: PASSWORD }), callbacks);
  });
}

const ok = (r: Outcome) => {
  if ("error" in r) throw new Error(`sign-in failed: ${r.error.code} ${r.error.message}`);
  return r;
};
const storedDeviceKey = (s: MemoryStorage) => [...s.items].find(([k]) => k.endsWith(".deviceKey"))?.[1];
const call = <T>(fn: (cb: { onSuccess: (v: T) => void; onFailure: (e: Error) => void }) => void) =>
  new Promise<T>((resolve, reject) => fn({ onSuccess: resolve, onFailure: reject }));

describe("amazon-cognito-identity-js with remembered devices", () => {
  it("confirms the new device after SRP sign-in, then signs in with DEVICE_SRP_AUTH", async () => {
    const { UserPoolId, Storage, pool } = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    const traffic = recordTraffic();
    const first = ok(await signIn(pool, Storage));
    expect(first.confirmationNecessary).toBeUndefined();
    const key = storedDeviceKey(Storage)!;
    expect(key).toMatch(/^us-east-1_[0-9a-f-]{36}$/);
    expect(first.session.getAccessToken().payload.device_key).toBe(key);
    expect(traffic.calls).toEqual(["InitiateAuth", "RespondToAuthChallenge:PASSWORD_VERIFIER", "ConfirmDevice"]);
    const listed = await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "alice" }));
    expect(listed.Devices!.map((d) => d.DeviceKey)).toEqual([key]);
    expect(listed.Devices![0].DeviceAttributes).toContainEqual({ Name: "dev:device_remembered_status", Value: "remembered" });

    traffic.calls.length = 0;
    const second = ok(await signIn(pool, Storage));
    traffic.stop();
    expect(traffic.calls).toEqual(["InitiateAuth", "RespondToAuthChallenge:PASSWORD_VERIFIER", "RespondToAuthChallenge:DEVICE_SRP_AUTH", "RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER"]);
    expect(second.session.isValid()).toBe(true);
    expect(second.session.getAccessToken().payload.device_key).toBe(key);
    expect((await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "alice" }))).Devices).toHaveLength(1);

    // the library's typings say string; it passes the GetDevice response through
    const device = await call<string>((cb) => second.user.getDevice(cb)) as unknown as { Device: C.DeviceType };
    expect(device.Device.DeviceKey).toBe(key);
  });

  it("opt-in pool: the user is asked; setDeviceStatusRemembered turns on device sign-in", async () => {
    const { Storage, pool } = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true });
    const first = ok(await signIn(pool, Storage));
    expect(first.confirmationNecessary).toBe(true);
    const traffic = recordTraffic();
    const second = ok(await signIn(pool, Storage));
    expect(traffic.calls).not.toContain("RespondToAuthChallenge:DEVICE_SRP_AUTH");
    await call<string>((cb) => second.user.setDeviceStatusRemembered(cb));
    traffic.calls.length = 0;
    ok(await signIn(pool, Storage));
    traffic.stop();
    expect(traffic.calls).toContain("RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER");
  });

  it("skips the SMS code on a remembered device when the pool requires MFA", async () => {
    const { UserPoolId, Storage, pool } = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false }, true);
    const code = () => mock.outbox.lastCode({ userPoolId: UserPoolId, username: "alice" })!;
    const first = ok(await signIn(pool, Storage, code));
    expect(first.mfaAsked).toBe(true);
    expect(storedDeviceKey(Storage)).toBeDefined();
    const sent = mock.outbox.messages.length;
    const second = ok(await signIn(pool, Storage));
    expect(second.mfaAsked).toBe(false);
    expect(mock.outbox.messages.length).toBe(sent);
  });

  it("after MFA, proves the device too when device sign-in does not replace MFA", async () => {
    const { UserPoolId, Storage, pool } = await setup({ ChallengeRequiredOnNewDevice: false, DeviceOnlyRememberedOnUserPrompt: false }, true);
    const code = () => mock.outbox.lastCode({ userPoolId: UserPoolId, username: "alice" })!;
    ok(await signIn(pool, Storage, code));
    const traffic = recordTraffic();
    const second = ok(await signIn(pool, Storage, code));
    traffic.stop();
    expect(second.mfaAsked).toBe(true);
    expect(traffic.calls.slice(-3)).toEqual(["RespondToAuthChallenge:SMS_MFA", "RespondToAuthChallenge:DEVICE_SRP_AUTH", "RespondToAuthChallenge:DEVICE_PASSWORD_VERIFIER"]);
    expect(second.session.getAccessToken().payload.device_key).toBe(storedDeviceKey(Storage));
  });

  it("forgetDevice clears the stored key; the next sign-in gets a new device", async () => {
    const { UserPoolId, Storage, pool } = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    const first = ok(await signIn(pool, Storage));
    const key = storedDeviceKey(Storage);
    await call<string>((cb) => first.user.forgetDevice(cb));
    expect(storedDeviceKey(Storage)).toBeUndefined();
    expect((await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "alice" }))).Devices).toEqual([]);
    ok(await signIn(pool, Storage));
    expect(storedDeviceKey(Storage)).toBeDefined();
    expect(storedDeviceKey(Storage)).not.toBe(key);
  });

  // amazon-cognito-identity-js retries the same PASSWORD_VERIFIER answer with DEVICE_KEY: null (a null
  // member counts as absent) and the same SECRET_BLOCK (the exchange survives the device refusal).
  it("a device the pool forgot: the client drops its key on 'Device does not exist.' and signs in anew", async () => {
    const { UserPoolId, Storage, pool } = await setup({ ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false });
    ok(await signIn(pool, Storage));
    const key = storedDeviceKey(Storage)!;
    await client.send(new C.AdminForgetDeviceCommand({ UserPoolId, Username: "alice", DeviceKey: key }));
    const r = await signIn(pool, Storage);
    expect("error" in r ? r.error : undefined).toBeUndefined();
    expect(storedDeviceKey(Storage)).not.toBe(key);
  });
});
