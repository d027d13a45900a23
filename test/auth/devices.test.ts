// Device tracking through the real AWS SDK: NewDeviceMetadata, ConfirmDevice with a verifier made by
// amazon-cognito-identity-js' own helper, device SRP sign-in, MFA skipped or kept as the pool says, and
// the eight other device operations.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "jose";
// @ts-expect-error no types for the internal helper module
import AuthenticationHelperModule from "amazon-cognito-identity-js/lib/AuthenticationHelper.js";
// @ts-expect-error no types
import BigIntegerModule from "amazon-cognito-identity-js/lib/BigInteger.js";
import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";
import { formatSrpTimestamp } from "../../src/auth/srp-timestamp.js";
import { useMock, failure } from "../support/mock.js";

const AuthenticationHelper = AuthenticationHelperModule.default ?? AuthenticationHelperModule;
const BigInteger = BigIntegerModule.default ?? BigIntegerModule;

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";
const ALWAYS = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: false };
const OPT_IN = { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true };

async function setup(DeviceConfiguration?: C.DeviceConfigurationType) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "devices", DeviceConfiguration }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({
    UserPoolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
  }))).UserPoolClient!.ClientId!;
  for (const Username of ["alice", "bob"]) {
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "phone_number", Value: "+15555550100" }] }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username, Password: PASSWORD, Permanent: true }));
  }
  return { UserPoolId, ClientId };
}

const signIn = (ClientId: string, USERNAME = "alice", extra: Record<string, string> = {}) =>
  client.send(new C.InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId, AuthParameters: { USERNAME, PASSWORD, ...extra } }));

interface Device { key: string; groupKey: string; password: string; accessToken: string }

/** Signs in without a device, then confirms the new device as the client libraries do. */
async function newDevice(ClientId: string, USERNAME = "alice", name: string | null = "My phone"): Promise<Device & { confirm: C.ConfirmDeviceCommandOutput }> {
  const result = (await signIn(ClientId, USERNAME)).AuthenticationResult!;
  const { DeviceKey, DeviceGroupKey } = result.NewDeviceMetadata!;
  const helper = new AuthenticationHelper("unused");
  await new Promise<void>((res, rej) => helper.generateHashDevice(DeviceGroupKey, DeviceKey, (e: Error | null) => (e ? rej(e) : res())));
  const confirm = await client.send(new C.ConfirmDeviceCommand({
    AccessToken: result.AccessToken, DeviceKey, DeviceName: name ?? undefined,
    DeviceSecretVerifierConfig: {
      Salt: Buffer.from(helper.getSaltDevices(), "hex").toString("base64"),
      PasswordVerifier: Buffer.from(helper.getVerifierDevices(), "hex").toString("base64"),
    },
  }));
  return { key: DeviceKey!, groupKey: DeviceGroupKey!, password: helper.getRandomPassword(), accessToken: result.AccessToken!, confirm };
}

/** Answers DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER with the client maths of amazon-cognito-identity-js. */
async function proveDevice(ClientId: string, session: string | undefined, d: Device, USERNAME = "alice", password = d.password) {
  const helper = new AuthenticationHelper(d.groupKey);
  const A: string = await new Promise((res, rej) => helper.getLargeAValue((e: Error, a: { toString(r: number): string }) => (e ? rej(e) : res(a.toString(16)))));
  const challenge = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "DEVICE_SRP_AUTH", Session: session, ChallengeResponses: { USERNAME, DEVICE_KEY: d.key, SRP_A: A } }));
  expect(challenge.ChallengeName).toBe("DEVICE_PASSWORD_VERIFIER");
  const p = challenge.ChallengeParameters!;
  const key: number[] = await new Promise((res, rej) => helper.getPasswordAuthenticationKey(d.key, password, new BigInteger(p.SRP_B, 16), new BigInteger(p.SALT, 16), (e: Error, k: number[]) => (e ? rej(e) : res(k))));
  const TIMESTAMP = formatSrpTimestamp(mock.clock.now());
  const message = Buffer.concat([Buffer.from(d.groupKey, "utf8"), Buffer.from(d.key, "utf8"), Buffer.from(p.SECRET_BLOCK, "base64"), Buffer.from(TIMESTAMP, "utf8")]);
  const PASSWORD_CLAIM_SIGNATURE = createHmac("sha256", Buffer.from(key)).update(message).digest("base64");
  const answer = { ClientId, ChallengeName: "DEVICE_PASSWORD_VERIFIER" as const, Session: challenge.Session, ChallengeResponses: { USERNAME, DEVICE_KEY: d.key, PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK, TIMESTAMP, PASSWORD_CLAIM_SIGNATURE } };
  return { challenge, answer, send: () => client.send(new C.RespondToAuthChallengeCommand(answer)) };
}

const attrs = (d: C.DeviceType) => Object.fromEntries(d.DeviceAttributes!.map((a) => [a.Name, a.Value]));

describe("NewDeviceMetadata", () => {
  it("comes with tokens when the pool tracks devices, and names the device in the access token", async () => {
    const { ClientId } = await setup(ALWAYS);
    const r = (await signIn(ClientId)).AuthenticationResult!;
    expect(r.NewDeviceMetadata!.DeviceKey).toMatch(/^us-east-1_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(r.NewDeviceMetadata!.DeviceGroupKey).toMatch(/^-[A-Za-z0-9]{8}$/);
    expect(decodeJwt(r.AccessToken!).device_key).toBe(r.NewDeviceMetadata!.DeviceKey);
    const again = (await signIn(ClientId)).AuthenticationResult!;
    expect(again.NewDeviceMetadata!.DeviceKey).not.toBe(r.NewDeviceMetadata!.DeviceKey);
  });

  it("is absent, and device keys are ignored, without device tracking", async () => {
    const { ClientId } = await setup();
    const r = (await signIn(ClientId, "alice", { DEVICE_KEY: "us-east-1_00000000-0000-4000-8000-000000000000" })).AuthenticationResult!;
    expect(r.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(r.AccessToken!).device_key).toBeUndefined();
  });

  it("unconfirmed keys are not listed", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    await signIn(ClientId);
    expect((await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "alice" }))).Devices).toEqual([]);
  });
});

describe("ConfirmDevice", () => {
  it("remembers the device at once in an always-remember pool; Get/List/AdminGet show it with Cognito's attributes", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    mock.clock.freeze();
    const d = await newDevice(ClientId);
    expect(d.confirm.UserConfirmationNecessary).toBe(false);
    const { Device } = await client.send(new C.GetDeviceCommand({ AccessToken: d.accessToken, DeviceKey: d.key }));
    expect(Device!.DeviceKey).toBe(d.key);
    const account = (await client.send(new C.DescribeUserPoolCommand({ UserPoolId }))).UserPool!.Arn!.split(":")[4];
    expect(attrs(Device!)).toEqual({
      device_status: "valid", device_name: "My phone",
      "dev:device_arn": `arn:aws:cognito-idp:us-east-1:${account}:owner/alice.${UserPoolId}/device/${d.key}`,
      "dev:device_owner": `alice.${UserPoolId}`, "dev:device_remembered_status": "remembered", "dev:device_sdk": "aws-sdk",
    });
    expect(Device!.DeviceCreateDate!.getTime()).toBe(mock.clock.now());
    expect(Device!.DeviceLastModifiedDate).toBeInstanceOf(Date);
    expect(Device!.DeviceLastAuthenticatedDate).toBeInstanceOf(Date);
    const listed = await client.send(new C.ListDevicesCommand({ AccessToken: d.accessToken }));
    expect(listed.Devices!.map((x) => x.DeviceKey)).toEqual([d.key]);
    expect(listed.PaginationToken).toBeUndefined();
    expect((await client.send(new C.AdminGetDeviceCommand({ UserPoolId, Username: "alice", DeviceKey: d.key }))).Device).toEqual(Device);
    mock.clock.unfreeze();
  });

  it("asks the user to choose in an opt-in pool: not remembered until UpdateDeviceStatus", async () => {
    const { ClientId } = await setup(OPT_IN);
    const d = await newDevice(ClientId, "alice", null);
    expect(d.confirm.UserConfirmationNecessary).toBe(true);
    const got = (await client.send(new C.GetDeviceCommand({ AccessToken: d.accessToken, DeviceKey: d.key }))).Device!;
    expect(attrs(got)["dev:device_remembered_status"]).toBe("not_remembered");
    expect(attrs(got).device_name).toBeUndefined();
    await client.send(new C.UpdateDeviceStatusCommand({ AccessToken: d.accessToken, DeviceKey: d.key, DeviceRememberedStatus: "remembered" }));
    const after = (await client.send(new C.GetDeviceCommand({ AccessToken: d.accessToken, DeviceKey: d.key }))).Device!;
    expect(attrs(after)["dev:device_remembered_status"]).toBe("remembered");
  });

  it("refuses a verifier that is not Base64, or half a verifier config", async () => {
    const { ClientId } = await setup(ALWAYS);
    const { AccessToken, NewDeviceMetadata } = (await signIn(ClientId)).AuthenticationResult!;
    const DeviceKey = NewDeviceMetadata!.DeviceKey;
    const bad = await failure(client.send(new C.ConfirmDeviceCommand({ AccessToken, DeviceKey, DeviceSecretVerifierConfig: { PasswordVerifier: "not base64!", Salt: "AAEC" } })));
    expect([bad.name, bad.message]).toEqual(["InvalidParameterException", "PasswordVerifier is not valid Base64."]);
    const half = await failure(client.send(new C.ConfirmDeviceCommand({ AccessToken, DeviceKey, DeviceSecretVerifierConfig: { Salt: "AAEC" } })));
    expect(half.name).toBe("InvalidParameterException");
    // nothing was confirmed by the refused requests
    expect((await client.send(new C.ListDevicesCommand({ AccessToken }))).Devices).toEqual([]);
  });

  it("refuses a key it never issued, another user's key, and a second confirmation", async () => {
    const { ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    const again = await failure(client.send(new C.ConfirmDeviceCommand({ AccessToken: d.accessToken, DeviceKey: d.key })));
    expect([again.name, again.message]).toEqual(["DeviceKeyExistsException", "Device key already exists."]);
    const unknown = await failure(client.send(new C.ConfirmDeviceCommand({ AccessToken: d.accessToken, DeviceKey: "us-east-1_11111111-1111-4111-8111-111111111111" })));
    expect([unknown.name, unknown.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
    const bobs = (await signIn(ClientId, "bob")).AuthenticationResult!.NewDeviceMetadata!.DeviceKey!;
    const stolen = await failure(client.send(new C.ConfirmDeviceCommand({ AccessToken: d.accessToken, DeviceKey: bobs })));
    expect(stolen.name).toBe("ResourceNotFoundException");
    const garbage = await failure(client.send(new C.ConfirmDeviceCommand({ AccessToken: "not-a-token", DeviceKey: bobs })));
    expect([garbage.name, garbage.message]).toEqual(["NotAuthorizedException", "Invalid Access Token"]);
  });
});

describe("device sign-in (DEVICE_SRP_AUTH)", () => {
  it("a remembered device proves itself with SRP and gets tokens naming it, with no new device", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    mock.clock.advance(60_000);
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    expect(r.ChallengeName).toBe("DEVICE_SRP_AUTH");
    expect(r.Session).toMatch(/^AYAB/);
    const { challenge, send } = await proveDevice(ClientId, r.Session!, d);
    expect(Object.keys(challenge.ChallengeParameters!).sort()).toEqual(["SALT", "SECRET_BLOCK", "SRP_B", "USERNAME"]);
    expect(challenge.ChallengeParameters!.USERNAME).toBe("alice");
    const done = await send();
    expect(done.AuthenticationResult!.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).device_key).toBe(d.key);
    const again = await failure(send());
    expect(again.message).toBe("Invalid session for the user, session can only be used once.");
    const device = (await client.send(new C.AdminGetDeviceCommand({ UserPoolId, Username: "alice", DeviceKey: d.key }))).Device!;
    expect(device.DeviceLastAuthenticatedDate!.getTime()).toBeGreaterThan(device.DeviceCreateDate!.getTime());
    mock.clock.advance(-60_000);
  });

  it("refuses a wrong device password, a key other than the one presented, and a missing SRP_A", async () => {
    const { ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    const wrong = await proveDevice(ClientId, r.Session!, d, "alice", "not-the-device-password");
    const e = await failure(wrong.send());
    expect([e.name, e.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
    const other = await newDevice(ClientId);
    const r2 = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    const swapped = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "DEVICE_SRP_AUTH", Session: r2.Session, ChallengeResponses: { USERNAME: "alice", DEVICE_KEY: other.key, SRP_A: "0a" } })));
    expect([swapped.name, swapped.message]).toEqual(["NotAuthorizedException", "Invalid session for the user."]);
    const r3 = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    const missing = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "DEVICE_SRP_AUTH", Session: r3.Session, ChallengeResponses: { USERNAME: "alice", DEVICE_KEY: d.key } })));
    expect([missing.name, missing.message]).toEqual(["InvalidParameterException", "Missing required parameter SRP_A"]);
  });

  it("finds the pending device challenge for clients that send no session (or a spent one)", async () => {
    const { ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    const orphan = await failure(client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "DEVICE_SRP_AUTH", ChallengeResponses: { USERNAME: "alice", DEVICE_KEY: d.key, SRP_A: "0a" } })));
    expect([orphan.name, orphan.message]).toEqual(["NotAuthorizedException", "Invalid session for the user."]);
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    expect(r.ChallengeName).toBe("DEVICE_SRP_AUTH");
    const { answer } = await proveDevice(ClientId, undefined, d);
    const done = await client.send(new C.RespondToAuthChallengeCommand({ ...answer, Session: undefined }));
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).device_key).toBe(d.key);
  });

  it("a device the user did not remember (opt-in pool) signs in without device SRP and keeps its key", async () => {
    const { UserPoolId, ClientId } = await setup(OPT_IN);
    const d = await newDevice(ClientId);
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    expect(r.ChallengeName).toBeUndefined();
    expect(r.AuthenticationResult!.NewDeviceMetadata).toBeUndefined();
    expect(decodeJwt(r.AuthenticationResult!.AccessToken!).device_key).toBe(d.key);
    await client.send(new C.AdminUpdateDeviceStatusCommand({ UserPoolId, Username: "alice", DeviceKey: d.key, DeviceRememberedStatus: "remembered" }));
    expect((await signIn(ClientId, "alice", { DEVICE_KEY: d.key })).ChallengeName).toBe("DEVICE_SRP_AUTH");
    await client.send(new C.AdminUpdateDeviceStatusCommand({ UserPoolId, Username: "alice", DeviceKey: d.key, DeviceRememberedStatus: "not_remembered" }));
    expect((await signIn(ClientId, "alice", { DEVICE_KEY: d.key })).ChallengeName).toBeUndefined();
  });

  it("an unknown or forgotten device key is 'Device does not exist.'", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    const unknown = await failure(signIn(ClientId, "alice", { DEVICE_KEY: "us-east-1_22222222-2222-4222-8222-222222222222" }));
    expect([unknown.name, unknown.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
    const d = await newDevice(ClientId);
    const bobs = await failure(signIn(ClientId, "bob", { DEVICE_KEY: d.key }));
    expect(bobs.message).toBe("Device does not exist.");
    await client.send(new C.ForgetDeviceCommand({ AccessToken: d.accessToken, DeviceKey: d.key }));
    const forgotten = await failure(signIn(ClientId, "alice", { DEVICE_KEY: d.key }));
    expect([forgotten.name, forgotten.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
    const gone = await failure(client.send(new C.AdminGetDeviceCommand({ UserPoolId, Username: "alice", DeviceKey: d.key })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
  });

  it("REFRESH_TOKEN_AUTH with DEVICE_KEY keeps the device in the new access token", async () => {
    const { ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    const tokens = (await (await proveDevice(ClientId, r.Session!, d)).send()).AuthenticationResult!;
    const refreshed = await client.send(new C.InitiateAuthCommand({ AuthFlow: "REFRESH_TOKEN_AUTH", ClientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken!, DEVICE_KEY: d.key } }));
    expect(decodeJwt(refreshed.AuthenticationResult!.AccessToken!).device_key).toBe(d.key);
    expect(refreshed.AuthenticationResult!.NewDeviceMetadata).toBeUndefined();
  });
});

describe("device sign-in and MFA", () => {
  async function mfaPool(ChallengeRequiredOnNewDevice: boolean) {
    const ids = await setup({ ChallengeRequiredOnNewDevice, DeviceOnlyRememberedOnUserPrompt: false });
    await client.send(new C.SetUserPoolMfaConfigCommand({ UserPoolId: ids.UserPoolId, MfaConfiguration: "ON", SmsMfaConfiguration: { SmsConfiguration: { SnsCallerArn: "arn:aws:iam::123456789012:role/sns" } } }));
    await client.send(new C.AdminSetUserMFAPreferenceCommand({ UserPoolId: ids.UserPoolId, Username: "alice", SMSMfaSettings: { Enabled: true, PreferredMfa: true } }));
    return ids;
  }
  const smsCode = (ClientId: string, Session: string, UserPoolId: string) => client.send(new C.RespondToAuthChallengeCommand({
    ClientId, ChallengeName: "SMS_MFA", Session, ChallengeResponses: { USERNAME: "alice", SMS_MFA_CODE: mock.outbox.lastCode({ userPoolId: UserPoolId, username: "alice" })! },
  }));

  it("ChallengeRequiredOnNewDevice: a remembered device replaces the SMS code", async () => {
    const { UserPoolId, ClientId } = await mfaPool(true);
    const first = await signIn(ClientId);
    expect(first.ChallengeName).toBe("SMS_MFA");
    const tokens = (await smsCode(ClientId, first.Session!, UserPoolId)).AuthenticationResult!;
    const meta = tokens.NewDeviceMetadata!;
    const helper = new AuthenticationHelper("unused");
    await new Promise<void>((res) => helper.generateHashDevice(meta.DeviceGroupKey, meta.DeviceKey, () => res()));
    await client.send(new C.ConfirmDeviceCommand({ AccessToken: tokens.AccessToken, DeviceKey: meta.DeviceKey, DeviceSecretVerifierConfig: {
      Salt: Buffer.from(helper.getSaltDevices(), "hex").toString("base64"), PasswordVerifier: Buffer.from(helper.getVerifierDevices(), "hex").toString("base64"),
    } }));
    const d = { key: meta.DeviceKey!, groupKey: meta.DeviceGroupKey!, password: helper.getRandomPassword(), accessToken: tokens.AccessToken! };
    const sent = mock.outbox.messages.length;
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    expect(r.ChallengeName).toBe("DEVICE_SRP_AUTH");
    const done = await (await proveDevice(ClientId, r.Session!, d)).send();
    expect(done.AuthenticationResult!.AccessToken).toBeDefined();
    expect(mock.outbox.messages.length).toBe(sent);
  });

  it("without it, the SMS code comes first and the device proves itself after", async () => {
    const { UserPoolId, ClientId } = await mfaPool(false);
    const first = await signIn(ClientId);
    const tokens = (await smsCode(ClientId, first.Session!, UserPoolId)).AuthenticationResult!;
    const meta = tokens.NewDeviceMetadata!;
    const helper = new AuthenticationHelper("unused");
    await new Promise<void>((res) => helper.generateHashDevice(meta.DeviceGroupKey, meta.DeviceKey, () => res()));
    await client.send(new C.ConfirmDeviceCommand({ AccessToken: tokens.AccessToken, DeviceKey: meta.DeviceKey, DeviceSecretVerifierConfig: {
      Salt: Buffer.from(helper.getSaltDevices(), "hex").toString("base64"), PasswordVerifier: Buffer.from(helper.getVerifierDevices(), "hex").toString("base64"),
    } }));
    const d = { key: meta.DeviceKey!, groupKey: meta.DeviceGroupKey!, password: helper.getRandomPassword(), accessToken: tokens.AccessToken! };
    const r = await signIn(ClientId, "alice", { DEVICE_KEY: d.key });
    expect(r.ChallengeName).toBe("SMS_MFA");
    const afterCode = await smsCode(ClientId, r.Session!, UserPoolId);
    expect(afterCode.ChallengeName).toBe("DEVICE_SRP_AUTH");
    const done = await (await proveDevice(ClientId, afterCode.Session!, d)).send();
    expect(decodeJwt(done.AuthenticationResult!.AccessToken!).device_key).toBe(d.key);
  });
});

describe("listing, forgetting, status", () => {
  it("ListDevices and AdminListDevices page with Limit and PaginationToken", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    const devices = [await newDevice(ClientId), await newDevice(ClientId), await newDevice(ClientId)];
    const AccessToken = devices[0].accessToken;
    const first = await client.send(new C.ListDevicesCommand({ AccessToken, Limit: 2 }));
    expect(first.Devices!.map((d) => d.DeviceKey)).toEqual([devices[0].key, devices[1].key]);
    const second = await client.send(new C.ListDevicesCommand({ AccessToken, Limit: 2, PaginationToken: first.PaginationToken }));
    expect(second.Devices!.map((d) => d.DeviceKey)).toEqual([devices[2].key]);
    expect(second.PaginationToken).toBeUndefined();
    const admin = await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "alice", Limit: 1 }));
    expect(admin.Devices!.map((d) => d.DeviceKey)).toEqual([devices[0].key]);
    const bob = await failure(client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "bob", PaginationToken: first.PaginationToken })));
    expect(bob.name).toBe("InvalidParameterException");
    expect((await client.send(new C.AdminListDevicesCommand({ UserPoolId, Username: "bob" }))).Devices).toEqual([]);
  });

  it("ForgetDevice and AdminForgetDevice remove the device; a second forget finds nothing", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    const [a, b] = [await newDevice(ClientId), await newDevice(ClientId)];
    await client.send(new C.ForgetDeviceCommand({ AccessToken: a.accessToken, DeviceKey: a.key }));
    await client.send(new C.AdminForgetDeviceCommand({ UserPoolId, Username: "alice", DeviceKey: b.key }));
    expect((await client.send(new C.ListDevicesCommand({ AccessToken: a.accessToken }))).Devices).toEqual([]);
    const twice = await failure(client.send(new C.ForgetDeviceCommand({ AccessToken: a.accessToken, DeviceKey: a.key })));
    expect([twice.name, twice.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
    const missingToken = await failure(client.send(new C.ForgetDeviceCommand({ DeviceKey: a.key })));
    expect(missingToken.name).toBe("InvalidParameterException");
  });

  it("UpdateDeviceStatus changes the status and the modified date; unknown devices and users are refused", async () => {
    const { UserPoolId, ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    mock.clock.advance(5_000);
    await client.send(new C.UpdateDeviceStatusCommand({ AccessToken: d.accessToken, DeviceKey: d.key, DeviceRememberedStatus: "not_remembered" }));
    const got = (await client.send(new C.AdminGetDeviceCommand({ UserPoolId, Username: "alice", DeviceKey: d.key }))).Device!;
    expect(attrs(got)["dev:device_remembered_status"]).toBe("not_remembered");
    expect(got.DeviceLastModifiedDate!.getTime()).toBeGreaterThan(got.DeviceCreateDate!.getTime());
    mock.clock.advance(-5_000);
    const noDevice = await failure(client.send(new C.UpdateDeviceStatusCommand({ AccessToken: d.accessToken, DeviceKey: "us-east-1_33333333-3333-4333-8333-333333333333", DeviceRememberedStatus: "remembered" })));
    expect([noDevice.name, noDevice.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
    const noUser = await failure(client.send(new C.AdminUpdateDeviceStatusCommand({ UserPoolId, Username: "nobody", DeviceKey: d.key, DeviceRememberedStatus: "remembered" })));
    expect([noUser.name, noUser.message]).toEqual(["UserNotFoundException", "User does not exist."]);
    const noUserForget = await failure(client.send(new C.AdminForgetDeviceCommand({ UserPoolId, Username: "nobody", DeviceKey: d.key })));
    expect(noUserForget.name).toBe("UserNotFoundException");
    const noUserGet = await failure(client.send(new C.AdminGetDeviceCommand({ UserPoolId, Username: "nobody", DeviceKey: d.key })));
    expect([noUserGet.name, noUserGet.message]).toEqual(["ResourceNotFoundException", "User does not exist."]);
    const noPool = await failure(client.send(new C.AdminListDevicesCommand({ UserPoolId: "us-east-1_nopool000", Username: "alice" })));
    expect([noPool.name, noPool.message]).toEqual(["ResourceNotFoundException", "User pool us-east-1_nopool000 does not exist."]);
  });

  it("another user's device is invisible through the access-token operations", async () => {
    const { ClientId } = await setup(ALWAYS);
    const d = await newDevice(ClientId);
    const bob = (await signIn(ClientId, "bob")).AuthenticationResult!.AccessToken!;
    const e = await failure(client.send(new C.GetDeviceCommand({ AccessToken: bob, DeviceKey: d.key })));
    expect([e.name, e.message]).toEqual(["ResourceNotFoundException", "Device does not exist."]);
    const f = await failure(client.send(new C.ForgetDeviceCommand({ AccessToken: bob, DeviceKey: d.key })));
    expect(f.name).toBe("ResourceNotFoundException");
    expect((await client.send(new C.GetDeviceCommand({ AccessToken: d.accessToken, DeviceKey: d.key }))).Device!.DeviceKey).toBe(d.key);
  });
});
