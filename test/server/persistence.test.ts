// serve --state FILE: the state survives restarts and crashes, damaged files are refused untouched,
// and no plaintext password reaches the disk.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, watch } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { JwtRsaVerifier } from "aws-jwt-verify";
import { SimpleJwksCache } from "aws-jwt-verify/jwk";
import { createLocalJWKSet, decodeJwt, jwtVerify } from "jose";
import { createHash } from "node:crypto";
import { createCognitoMock } from "../../src/engine/create.js";
import { createRandom } from "../../src/engine/random.js";
import { persistTo } from "../../src/server/persistence.js";
import { restoreStore, serializeStore, STATE_FORMAT } from "../../src/state/serialize.js";
import { Store } from "../../src/state/store.js";
import type { UserRecord } from "../../src/state/user.js";

const root = path.resolve(import.meta.dirname, "../..");
let dir = "";
beforeAll(async () => { dir = await mkdtemp(path.join(os.tmpdir(), "cim-state-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

interface Server { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> }

/** The CLI as a child process, resolved once it listens; `file` undefined for a server without a state file. */
function start(file: string | undefined, args: string[] = [], port = 0): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "serve", "--port", String(port), ...(file === undefined ? [] : ["--state", file]), ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => { out += d.toString(); });
  child.stderr!.on("data", (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`server did not start: ${out}`)); }, 15_000);
    child.stdout!.on("data", () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1], output: () => out, exited }); }
    });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}: ${out}`)); });
  });
}

/** A start that must fail: its exit code and output. */
async function failedStart(file: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "serve", "--port", "0", "--state", file], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => { output += d.toString(); });
  child.stderr!.on("data", (d: Buffer) => { output += d.toString(); });
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
  clearTimeout(timer);
  return { code, output };
}

async function stop(server: Server): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}

const sdk = (url: string) => new C.CognitoIdentityProviderClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s" }, maxAttempts: 1 });
const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a failure"); }, (e: Error) => e);

describe("serve --state: a round trip through restarts", () => {
  const PASSWORDS = { alice: "Alice#Passw0rd", aliceTemp: "AliceTemp#9911", bobTemp: "BobTemp#77123", bobNew: "BobNew#Passw0rd", carol: "Carol#Passw0rd" };

  it("keeps pools, users, groups, passwords, refresh tokens, challenge sessions and the outbox, and writes no plaintext password", async () => {
    const file = path.join(dir, "round-trip.json");
    let server = await start(file);
    let client = sdk(server.url);
    const pool = (await client.send(new C.CreateUserPoolCommand({ PoolName: "kept", AliasAttributes: ["email"], AutoVerifiedAttributes: ["email"], UsernameConfiguration: { CaseSensitive: false } }))).UserPool!;
    const UserPoolId = pool.Id!;
    const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
    // alice: invited (the invitation carries her temporary password), then given a permanent one
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", TemporaryPassword: PASSWORDS.aliceTemp, DesiredDeliveryMediums: ["EMAIL"], UserAttributes: [{ Name: "email", Value: "alice@example.com" }, { Name: "email_verified", Value: "true" }] }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORDS.alice, Permanent: true }));
    for (const name of ["dave", "erin", "frank"]) await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: name, MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminDeleteUserCommand({ UserPoolId, Username: "erin" }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "bob", TemporaryPassword: PASSWORDS.bobTemp, DesiredDeliveryMediums: ["EMAIL"], UserAttributes: [{ Name: "email", Value: "bob@example.com" }] }));
    await client.send(new C.SignUpCommand({ ClientId, Username: "carol", Password: PASSWORDS.carol, UserAttributes: [{ Name: "email", Value: "carol@example.com" }] }));
    await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "admins", Precedence: 1 }));
    await client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, Username: "alice", GroupName: "admins" }));
    const signedIn = (await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: PASSWORDS.alice } }))).AuthenticationResult!;
    const challenge = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "bob", PASSWORD: PASSWORDS.bobTemp } }));
    expect(challenge.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    const invitation = (await (await fetch(`${server.url}/_mock/outbox`)).json() as { messages: { username: string; temporaryPassword?: string }[] }).messages.find((m) => m.username === "bob");
    expect(invitation?.temporaryPassword).toBe(PASSWORDS.bobTemp);
    client.destroy();
    expect(await stop(server)).toBe(0);

    const noPlaintext = async () => {
      const text = await readFile(file, "utf8");
      for (const p of Object.values(PASSWORDS)) expect(text).not.toContain(p);
      return text;
    };
    expect(JSON.parse(await noPlaintext()).format).toBe(STATE_FORMAT);

    server = await start(file);
    expect(server.output()).toContain(`state loaded from ${file}`);
    client = sdk(server.url);
    const listed = await client.send(new C.ListUsersCommand({ UserPoolId }));
    expect(listed.Users!.map((u) => u.Username)).toEqual(["alice", "dave", "frank", "bob", "carol"]);
    // the indexes came back: by alias, case-insensitively, and the groups both ways
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "ALICE@example.com" }))).Username).toBe("alice");
    expect((await client.send(new C.AdminListGroupsForUserCommand({ UserPoolId, Username: "Alice" }))).Groups!.map((g) => [g.GroupName, g.Precedence])).toEqual([["admins", 1]]);
    expect((await client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "admins" }))).Users!.map((u) => u.Username)).toEqual(["alice"]);
    // the password hash, the refresh token and the open challenge session
    const again = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: PASSWORDS.alice } }));
    expect(again.AuthenticationResult?.AccessToken).toBeTruthy();
    expect((await fail(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD: "Wrong#Passw0rd" } })))).name).toBe("NotAuthorizedException");
    const refreshed = (await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: signedIn.RefreshToken! } }))).AuthenticationResult!;
    expect((await client.send(new C.GetUserCommand({ AccessToken: refreshed.AccessToken! }))).Username).toBe("alice");
    const answered = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "NEW_PASSWORD_REQUIRED", Session: challenge.Session, ChallengeResponses: { USERNAME: "bob", NEW_PASSWORD: PASSWORDS.bobNew } }));
    expect(answered.AuthenticationResult?.IdToken).toBeTruthy();
    // the outbox came back without the temporary password; carol's sign-up code still confirms her
    const outbox = (await (await fetch(`${server.url}/_mock/outbox`)).json() as { messages: { username: string; purpose: string; code?: string; temporaryPassword?: string; body: string }[] }).messages;
    const kept = outbox.find((m) => m.username === "bob" && m.purpose === "INVITATION")!;
    expect(kept.temporaryPassword).toBeUndefined();
    expect(kept.body).not.toContain(PASSWORDS.bobTemp);
    const code = outbox.find((m) => m.username === "carol" && m.purpose === "SIGN_UP")!.code!;
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "carol", ConfirmationCode: code }));
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "carol" }))).UserStatus).toBe("CONFIRMED");
    // new ids do not repeat the ones already in the file (the seed's stream starts over on every start)
    const second = (await client.send(new C.CreateUserPoolCommand({ PoolName: "second" }))).UserPool!;
    expect(second.Id).not.toBe(UserPoolId);
    expect((await client.send(new C.ListUserPoolsCommand({ MaxResults: 10 }))).UserPools!.map((p) => p.Name).sort()).toEqual(["kept", "second"]);
    client.destroy();
    expect(await stop(server)).toBe(0);

    const text = await noPlaintext();
    expect(text).toContain('"name":"second"');
    // nor in what the server printed
    for (const p of Object.values(PASSWORDS)) expect(server.output()).not.toContain(p);
  }, 60_000);
});

describe("serve --state: a file that cannot be loaded", () => {
  const valid = () => JSON.stringify(serializeStore(new Store()));
  const cases: [string, () => string, RegExp][] = [
    ["truncated", () => valid().slice(0, 60), /is not valid JSON/],
    ["not a state file", () => JSON.stringify({ hello: "world" }), /is not a cognito-idp-mock state file/],
    ["another version", () => valid().replace('"version":1', '"version":2'), /state format version 2, and this cognito-idp-mock reads version 1 only/],
    ["a damaged store", () => valid().replace('"pools":{"$map":[]}', '"pools":[]'), /"store.pools" is not a map/],
    ["a signing key too short", () => withKeys({ kty: "RSA", n: "AQAB", e: "AQAB", d: "AQAB" }), /the id token signing key is not an RSA private key of 2,048 bits or more/],
    ["a signing key that is not one", () => withKeys({ kty: "RSA", n: "A".repeat(342), e: "AQAB", d: "A".repeat(342) }), /the id token signing key cannot be read/],
  ];
  const withKeys = (id: object) => JSON.stringify({ ...JSON.parse(valid()), keys: { id, access: id } });

  it.each(cases)("%s: exits non-zero naming the file, and leaves it byte for byte", async (name, content, problem) => {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.json`);
    await writeFile(file, content());
    const before = await readFile(file);
    const { code, output } = await failedStart(file);
    expect(code).not.toBe(0);
    expect(output).toContain(`cannot load state from ${file}`);
    expect(output).toMatch(problem);
    expect(output).not.toContain("listening on");
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await readdir(dir)).filter((n) => n.startsWith(`${path.basename(file)}.tmp-`))).toEqual([]);
  }, 20_000);

  it("a path that cannot be written fails the start", async () => {
    const { code, output } = await failedStart(path.join(dir, "no-such-dir", "state.json"));
    expect(code).not.toBe(0);
    expect(output).toContain(`cannot save state to ${path.join(dir, "no-such-dir", "state.json")}`);
  });
});

describe("signing keys across restarts", () => {
  const setUp = async (url: string) => {
    const client = sdk(url);
    const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "keys" }))).UserPool!.Id!;
    const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "app", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }))).UserPoolClient!.ClientId!;
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "kim", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "kim", Password: "Kim#Passw0rd", Permanent: true }));
    client.destroy();
    return { UserPoolId, ClientId };
  };
  const signIn = async (url: string, ClientId: string) => {
    const client = sdk(url);
    try {
      return (await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "kim", PASSWORD: "Kim#Passw0rd" } }))).AuthenticationResult!;
    } finally { client.destroy(); }
  };
  const getUser = async (url: string, AccessToken: string) => {
    const client = sdk(url);
    try { return (await client.send(new C.GetUserCommand({ AccessToken }))).Username; } catch (e) { return (e as Error).message; } finally { client.destroy(); }
  };
  const jwks = async (url: string, poolId: string) => (await fetch(`${url}/${poolId}/.well-known/jwks.json`)).json() as Promise<{ keys: { kid: string; n: string }[] }>;
  const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString()) as { kid: string }).kid;

  it("with a state file: tokens from before a restart still verify, under the same JWKS; a file saved without keys still loads", async () => {
    const file = path.join(dir, "keys.json");
    let server = await start(file);
    // the same port each time: the issuer is the server's address
    const port = Number(new URL(server.url).port);
    const { UserPoolId, ClientId } = await setUp(server.url);
    const before = await signIn(server.url, ClientId);
    const published = await jwks(server.url, UserPoolId);
    expect(await stop(server)).toBe(0);
    const saved = JSON.parse(await readFile(file, "utf8")) as { keys?: Record<string, { d?: string }> };
    expect(Object.keys(saved.keys ?? {})).toEqual(["id", "access", "refresh"]);
    expect(saved.keys!.id.d).toMatch(/^[\w-]{300,}$/);

    server = await start(file, [], port);
    expect(await getUser(server.url, before.AccessToken!)).toBe("kim");
    expect(await jwks(server.url, UserPoolId)).toEqual(published);
    // the ID token checks out against the JWKS the restarted server publishes
    const { payload } = await jwtVerify(before.IdToken!, createLocalJWKSet(await jwks(server.url, UserPoolId) as never), { issuer: `${server.url}/${UserPoolId}` });
    expect(payload["cognito:username"]).toBe("kim");
    expect(await stop(server)).toBe(0);

    // a file of an older version: no keys, and refresh tokens kept as records, found by the token's
    // digest. It loads; tokens are signed with new keys under new kids; the refresh token still works
    // until a global sign-out
    const old = JSON.parse(await readFile(file, "utf8")) as { keys?: unknown; store: { auth: Record<string, unknown> } };
    delete old.keys;
    for (const field of ["signedOut", "rotated", "signIns", "originKey"]) delete old.store.auth[field];
    const claims = decodeJwt(before.AccessToken!);
    const record = { id: "older", poolId: UserPoolId, clientId: ClientId, username: "kim", originJti: claims.origin_jti, authTime: claims.auth_time, expiresAt: Date.now() + 86_400_000, revoked: false, scope: claims.scope };
    old.store.auth.refreshTokens = { $map: [[createHash("sha256").update(before.RefreshToken!).digest("base64url"), record]] };
    await writeFile(file, JSON.stringify(old));
    server = await start(file, [], port);
    expect(await getUser(server.url, before.AccessToken!)).toBe("Invalid Access Token");
    const client = sdk(server.url);
    const refresh = () => client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: before.RefreshToken! } }));
    const refreshed = (await refresh()).AuthenticationResult!;
    expect(await getUser(server.url, refreshed.AccessToken!)).toBe("kim");
    await client.send(new C.AdminUserGlobalSignOutCommand({ UserPoolId, Username: "kim" }));
    expect((await fail(refresh())).message).toBe("Refresh Token has been revoked");
    expect(await getUser(server.url, refreshed.AccessToken!)).toBe("Access Token has been revoked");
    client.destroy();
    expect(kidOf(refreshed.AccessToken!)).not.toBe(kidOf(before.AccessToken!));
    expect(await stop(server)).toBe(0);
  }, 60_000);

  it("without a state file: a restarted server's new keys come under new kids, so a verifier that kept the old JWKS fetches it again", async () => {
    // the demo scenario and the default seed give the same pool and client ids on every start
    let server = await start(undefined, ["--scenario", "default"]);
    const port = Number(new URL(server.url).port);
    const ids = async (url: string) => {
      const client = sdk(url);
      try {
        const UserPoolId = (await client.send(new C.ListUserPoolsCommand({ MaxResults: 10 }))).UserPools![0].Id!;
        const ClientId = (await client.send(new C.ListUserPoolClientsCommand({ UserPoolId, MaxResults: 10 }))).UserPoolClients![0].ClientId!;
        const r = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "demo", PASSWORD: "Passw0rd!demo" } }));
        return { UserPoolId, token: r.AuthenticationResult!.AccessToken! };
      } finally { client.destroy(); }
    };
    const first = await ids(server.url);
    const issuer = `${server.url}/${first.UserPoolId}`;
    // aws-jwt-verify fetches over https only; the README's fetcher lets it read the server's JWKS over http
    const fetcher = { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() };
    const verifier = JwtRsaVerifier.create({ issuer, audience: null, jwksUri: `${issuer}/.well-known/jwks.json` }, { jwksCache: new SimpleJwksCache({ fetcher }) });
    expect((await verifier.verify(first.token)).username).toBe("demo");
    expect(await stop(server)).toBe(0);

    server = await start(undefined, ["--scenario", "default"], port);
    const second = await ids(server.url);
    expect(second.UserPoolId).toBe(first.UserPoolId);
    expect(kidOf(second.token)).not.toBe(kidOf(first.token));
    expect((await verifier.verify(second.token)).username).toBe("demo");
    await expect(verifier.verify(first.token)).rejects.toThrow();
    expect(await stop(server)).toBe(0);
  }, 60_000);
});

describe("serve --state: kill -9 while saving", () => {
  it("always leaves a complete state, earlier or later, never a half-written file", async () => {
    const file = path.join(dir, "killed.json");
    // a state of a few MB, so a save takes long enough to be interrupted
    const big = "x".repeat(2000);
    const attributes = Array.from({ length: 10 }, (_, i) => ({ Name: `custom:f${i}`, Value: big }));
    const seeded = createCognitoMock({ seed: "kill-9" });
    const { UserPool } = await seeded.call<{ UserPool: { Id: string } }>("CreateUserPool", {
      PoolName: "big", Schema: attributes.map((a) => ({ Name: a.Name.slice(7), AttributeDataType: "String", Mutable: true, StringAttributeConstraints: { MaxLength: "2048" } })),
    });
    for (let i = 0; i < 100; i++) await seeded.call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: `seed${i}`, MessageAction: "SUPPRESS", UserAttributes: attributes });
    await (await persistTo(seeded, file)).close();

    const random = createRandom("kill-9-timing");
    const deadline = Date.now() + 80_000;
    let kept = 0;
    let midSave = 0;
    for (let round = 0; round < 6 && Date.now() < deadline; round++) {
      const server = await start(file);
      const pid = server.child.pid!;
      const client = sdk(server.url);
      // drive writes one after another (u<kept>, u<kept+1>, ...) until the kill cuts the connection
      let next = kept;
      const driving = (async () => {
        for (let i = 0; i < 10_000 && Date.now() < deadline; i++) {
          try {
            await client.send(new C.AdminCreateUserCommand({ UserPoolId: UserPool.Id, Username: `u${next}`, MessageAction: "SUPPRESS" }));
          } catch { return; }
          next++;
        }
      })();
      // even rounds: kill the moment a temporary file appears (mid-save); odd rounds: at a random moment
      const tmpName = `${path.basename(file)}.tmp-${pid}`;
      await new Promise<void>((resolve) => {
        const kill = () => { clearTimeout(timer); watcher.close(); server.child.kill("SIGKILL"); resolve(); };
        const watcher = watch(dir, (_e, name) => { if (round % 2 === 0 && name === tmpName && existsSync(path.join(dir, tmpName))) kill(); });
        const timer = setTimeout(kill, round % 2 === 0 ? 5_000 : 100 + random.int(600));
      });
      await server.exited;
      await driving;
      client.destroy();
      if (existsSync(path.join(dir, tmpName))) midSave++;

      const text = await readFile(file, "utf8");
      const store = new Store();
      restoreStore(store, JSON.parse(text));
      const users = [...[...store.pools.values()][0].users.after(0)].map((u: UserRecord) => u.username);
      expect(users.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => `seed${i}`));
      const driven = users.slice(100);
      // a prefix of what was sent, never shorter than what an earlier round left
      expect(driven).toEqual(Array.from({ length: driven.length }, (_, i) => `u${i}`));
      expect(driven.length).toBeGreaterThanOrEqual(kept);
      expect(driven.length).toBeLessThanOrEqual(next + 1);
      kept = driven.length;
    }
    expect(kept).toBeGreaterThan(0);
    // at least one kill landed while a save was being written (its temporary file was left behind)
    expect(midSave).toBeGreaterThan(0);
    // the next start clears the temporary files of the killed processes
    const server = await start(file);
    expect((await readdir(dir)).filter((n) => n.startsWith(`${path.basename(file)}.tmp-`) && n !== `${path.basename(file)}.tmp-${server.child.pid}`)).toEqual([]);
    expect(await stop(server)).toBe(0);
  }, 120_000);
});

describe("serializeStore / restoreStore", () => {
  it("round-trips Maps, Sets, the user directory's indexes and order, and keys that look like markers", async () => {
    const mock = createCognitoMock({ seed: "serialize" });
    const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "p", AliasAttributes: ["email", "preferred_username"], UsernameConfiguration: { CaseSensitive: false } });
    const UserPoolId = UserPool.Id;
    const { UserPoolClient } = await mock.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId, ClientName: "c", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    for (const name of ["Zed", "amy", "Bo"]) {
      await mock.call("AdminCreateUser", { UserPoolId, Username: name, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: `${name}@example.com` }, { Name: "email_verified", Value: "true" }, { Name: "preferred_username", Value: `${name}-p` }] });
    }
    await mock.call("AdminSetUserPassword", { UserPoolId, Username: "amy", Password: "Amy#Passw0rd1", Permanent: true });
    await mock.call("CreateGroup", { UserPoolId, GroupName: "g" });
    await mock.call("AdminAddUserToGroup", { UserPoolId, Username: "bo", GroupName: "g" });
    await mock.call("InitiateAuth", { ClientId: UserPoolClient.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "amy", PASSWORD: "Amy#Passw0rd1" } });
    await mock.call("AdminUserGlobalSignOut", { UserPoolId, Username: "amy" });
    const pool = mock.store.pools.get(UserPoolId)!;
    pool.tags = { $map: "not a marker", $$x: "y", plain: "z" };
    mock.store.provisionedLimits.set("us-east-1", new Map([["UserAuthentication", 200]]));

    const doc = JSON.parse(JSON.stringify(serializeStore(mock.store)));
    const store = new Store();
    restoreStore(store, doc);
    const restored = store.pools.get(UserPoolId)!;
    expect([...restored.users.after(0)].map((u) => u.username)).toEqual(["Zed", "amy", "Bo"]);
    expect(restored.users.byUsername("ZED")?.username).toBe("Zed");
    expect(restored.users.byAlias("email", "AMY@example.com")?.username).toBe("amy");
    expect(restored.users.byAlias("preferred_username", "bo-p")?.username).toBe("Bo");
    expect(restored.users.bySubject(restored.users.byUsername("amy")!.sub)?.username).toBe("amy");
    expect(restored.users.byUsername("amy")!.password).toEqual(pool.users.byUsername("amy")!.password);
    expect(restored.users.byUsername("bo")!.groups).toEqual(new Set(["g"]));
    expect(restored.groups.get("g")!.members).toBeInstanceOf(Set);
    expect(restored.tags).toEqual({ $map: "not a marker", $$x: "y", plain: "z" });
    expect(store.clientPools.get(UserPoolClient.ClientId)).toBe(UserPoolId);
    // a sign-in keeps no record; the count of sign-ins, its key and the sign-out come back
    expect(store.auth.refreshTokens.size).toBe(0);
    expect([store.auth.signIns, store.auth.originKey, [...store.auth.signedOut]]).toEqual([1, mock.store.auth.originKey, [[`${UserPoolId}\u0000amy`, 1]]]);
    expect(store.auth.originKey).toMatch(/^[0-9a-f]{64}$/);
    expect(store.provisionedLimits.get("us-east-1")?.get("UserAuthentication")).toBe(200);
    // a second pass gives the same document: nothing is lost or added on the way
    const { savedAt: _a, ...first } = doc;
    const { savedAt: _b, ...second } = JSON.parse(JSON.stringify(serializeStore(store)));
    expect(second).toEqual(first);
  });

  it("refuses to save what it could not load back, naming where it is", () => {
    const store = new Store();
    store.provisionedLimits.set("us-east-1", new Map([["x", new Date(0) as unknown as number]]));
    expect(() => serializeStore(store)).toThrow(/cannot save a Date at store\.provisionedLimits\[us-east-1\]\[x\]/);
  });

  it("leaves the store as it was when the document is damaged", async () => {
    const mock = createCognitoMock({ seed: "damaged" });
    await mock.call("CreateUserPool", { PoolName: "p" });
    const doc = JSON.parse(JSON.stringify(serializeStore(mock.store)));
    doc.store.auth.sessions = [];
    const store = new Store();
    store.pools.set("kept", mock.store.pools.values().next().value!);
    expect(() => restoreStore(store, doc)).toThrow(/store\.auth\.sessions is not a map/);
    expect([...store.pools.keys()]).toEqual(["kept"]);
  });
});

describe("persistTo in process", () => {
  it("a global sign-out after a restart ends sign-ins the last save missed", async () => {
    const file = path.join(dir, "sign-in-gap.json");
    const mock = createCognitoMock({ seed: "gap" });
    const persistence = await persistTo(mock, file, { delayMs: 10 });
    // the key hiding sign-in numbers is in the file before any sign-in
    const first = JSON.parse(await readFile(file, "utf8")) as { store: { auth: { originKey: string } } };
    expect(first.store.auth.originKey).toMatch(/^[0-9a-f]{64}$/);
    const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "p" });
    const { UserPoolClient } = await mock.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "c", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] });
    await mock.call("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "gus", MessageAction: "SUPPRESS" });
    await mock.call("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: "gus", Password: "Gus#Passw0rd", Permanent: true });
    const signIn = () => mock.call<{ AuthenticationResult: { AccessToken: string; RefreshToken: string } }>("InitiateAuth", { ClientId: UserPoolClient.ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "gus", PASSWORD: "Gus#Passw0rd" } });
    await signIn();
    await persistence.close();
    // signed in after the last save, as if the server were killed before saving again
    const missed = (await signIn()).AuthenticationResult;

    const restarted = createCognitoMock({ seed: "gap" });
    await (await persistTo(restarted, file)).close();
    expect((await restarted.call<{ Username: string }>("GetUser", { AccessToken: missed.AccessToken })).Username).toBe("gus");
    await restarted.call("AdminUserGlobalSignOut", { UserPoolId: UserPool.Id, Username: "gus" });
    await expect(restarted.call("GetUser", { AccessToken: missed.AccessToken })).rejects.toThrow("Access Token has been revoked");
    await expect(restarted.call("InitiateAuth", { ClientId: UserPoolClient.ClientId, AuthFlow: "REFRESH_TOKEN_AUTH", AuthParameters: { REFRESH_TOKEN: missed.RefreshToken } })).rejects.toThrow("Refresh Token has been revoked");
  });

  it("gathers a burst of changes into few writes, skips unchanged state, and loads into another mock", async () => {
    const file = path.join(dir, "in-process.json");
    const mock = createCognitoMock({ seed: "burst" });
    const persistence = await persistTo(mock, file, { delayMs: 40 });
    expect([persistence.loaded, persistence.writes]).toEqual([false, 1]);
    const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "p" });
    await Promise.all(Array.from({ length: 30 }, (_, i) => mock.call("CreateGroup", { UserPoolId: UserPool.Id, GroupName: `g${i}` })));
    await new Promise((r) => setTimeout(r, 300));
    expect(persistence.writes).toBeGreaterThanOrEqual(2);
    expect(persistence.writes).toBeLessThanOrEqual(3);
    const written = persistence.writes;
    for (let i = 0; i < 5; i++) await mock.call("ListGroups", { UserPoolId: UserPool.Id });
    await new Promise((r) => setTimeout(r, 150));
    expect(persistence.writes).toBe(written);
    await mock.call("DeleteGroup", { UserPoolId: UserPool.Id, GroupName: "g0" });
    await persistence.close();
    expect(persistence.writes).toBe(written + 1);

    const other = createCognitoMock({ seed: "burst" });
    const loaded = await persistTo(other, file);
    expect(loaded.loaded).toBe(true);
    const groups = await other.call<{ Groups: { GroupName: string }[] }>("ListGroups", { UserPoolId: UserPool.Id, Limit: 60 });
    expect(groups.Groups.map((g) => g.GroupName).sort()).toEqual(Array.from({ length: 29 }, (_, i) => `g${i + 1}`).sort());
    await loaded.close();
  });
});
