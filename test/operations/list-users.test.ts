import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client } = useMock();

async function poolWith(users: [string, Record<string, string>][]) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "l" }))).UserPool!.Id!;
  for (const [Username, a] of users) {
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username, MessageAction: "SUPPRESS", UserAttributes: Object.entries(a).map(([Name, Value]) => ({ Name, Value })) }));
  }
  return UserPoolId;
}
const list = async (UserPoolId: string, input: Partial<C.ListUsersCommandInput> = {}) => (await client.send(new C.ListUsersCommand({ UserPoolId, ...input })));
const names = (r: C.ListUsersCommandOutput) => r.Users!.map((u) => u.Username!);

describe("ListUsers", () => {
  it("lists every user with Attributes (not UserAttributes), 25 to a page by default", async () => {
    const UserPoolId = await poolWith(Array.from({ length: 30 }, (_, i) => [`user${String(i).padStart(2, "0")}`, { email: `u${i}@example.com` }]));
    const first = await list(UserPoolId);
    expect(first.Users).toHaveLength(25);
    expect(first.Users![0].Attributes![0].Name).toBe("sub");
    const rest = await list(UserPoolId, { PaginationToken: first.PaginationToken });
    expect(rest.Users).toHaveLength(5);
    expect(rest.PaginationToken).toBeUndefined();
  });

  it("sees every existing user exactly once while users are added and deleted between pages", async () => {
    const UserPoolId = await poolWith(Array.from({ length: 12 }, (_, i) => [`u${i}`, {}]));
    const seen: string[] = [];
    let PaginationToken: string | undefined;
    let round = 0;
    do {
      const page = await list(UserPoolId, { Limit: 5, PaginationToken });
      seen.push(...names(page));
      PaginationToken = page.PaginationToken;
      await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: `late${round++}`, MessageAction: "SUPPRESS" }));
    } while (PaginationToken);
    const original = Array.from({ length: 12 }, (_, i) => `u${i}`);
    for (const u of original) expect(seen.filter((s) => s === u)).toHaveLength(1);
  });

  it("filters with = and ^=, sorted by the filtered attribute, with Cognito's case rules", async () => {
    const UserPoolId = await poolWith([["zed", { email: "b@example.com", given_name: "Ann" }], ["amy", { email: "a@example.com", given_name: "ann" }], ["Bob", { email: "c@other.org", given_name: "Bo" }]]);
    expect(names(await list(UserPoolId, { Filter: 'email ^= "a"' }))).toEqual(["amy"]);
    expect(names(await list(UserPoolId, { Filter: 'email ^= "" ' }))).toEqual(["amy", "zed", "Bob"]);
    expect(names(await list(UserPoolId, { Filter: 'given_name = "ANN"' }))).toEqual(["zed", "amy"]);
    expect(names(await list(UserPoolId, { Filter: 'username = "bob"' }))).toEqual([]);
    expect(names(await list(UserPoolId, { Filter: 'username^="B"' }))).toEqual(["Bob"]);
    expect(names(await list(UserPoolId, { Filter: 'cognito:user_status = "force_change_password"' }))).toHaveLength(3);
    expect(names(await list(UserPoolId, { Filter: 'status = "Enabled"' }))).toHaveLength(3);
    expect(names(await list(UserPoolId, { Filter: 'status = "enabled"' }))).toHaveLength(0);
    const sub = (await list(UserPoolId)).Users![0].Attributes![0].Value!;
    expect(names(await list(UserPoolId, { Filter: `sub = "${sub}"` }))).toEqual(["zed"]);
  });

  it("pages a filtered listing", async () => {
    const UserPoolId = await poolWith(Array.from({ length: 7 }, (_, i) => [`m${i}`, { email: `m${6 - i}@example.com` }]));
    const first = await list(UserPoolId, { Filter: 'email ^= "m"', Limit: 4 });
    const second = await list(UserPoolId, { Filter: 'email ^= "m"', Limit: 4, PaginationToken: first.PaginationToken });
    expect([...names(first), ...names(second)]).toEqual(["m6", "m5", "m4", "m3", "m2", "m1", "m0"]);
    // the token belongs to that filter
    expect((await failure(list(UserPoolId, { Filter: 'email ^= "x"', PaginationToken: first.PaginationToken }))).name).toBe("InvalidParameterException");
  });

  it("answers a repeated filter with what changed in between (results are reused only while nothing was written)", async () => {
    const UserPoolId = await poolWith([["ann", { email: "ann@x.com", given_name: "Ann" }], ["ben", { email: "ben@x.com", given_name: "Ben" }]]);
    const byName = (Filter: string) => list(UserPoolId, { Filter }).then(names);
    expect(await byName('given_name ^= "a"')).toEqual(["ann"]);
    await client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId, Username: "ben", UserAttributes: [{ Name: "given_name", Value: "Abe" }] }));
    expect(await byName('given_name ^= "a"')).toEqual(["ben", "ann"]);
    await client.send(new C.AdminDisableUserCommand({ UserPoolId, Username: "ann" }));
    expect(await byName('status = "Disabled"')).toEqual(["ann"]);
    await client.send(new C.AdminEnableUserCommand({ UserPoolId, Username: "ann" }));
    expect(await byName('status = "Disabled"')).toEqual([]);
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "amy", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "given_name", Value: "Amy" }] }));
    expect(await byName('given_name ^= "a"')).toEqual(["ben", "amy", "ann"]);
    await client.send(new C.AdminDeleteUserCommand({ UserPoolId, Username: "ben" }));
    expect(await byName('given_name ^= "a"')).toEqual(["amy", "ann"]);
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "amy", Password: "Corr3ct!horse", Permanent: true }));
    expect(await byName('cognito:user_status = "CONFIRMED"')).toEqual(["amy"]);
  });

  it("lists each user as AdminGetUser shows it after every kind of change (kept JSON texts go stale on any write)", async () => {
    const UserPoolId = await poolWith([["ann", { email: "ann@x.com", name: "Ann" }], ["ben", { name: "Ben" }]]);
    await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "g" }));
    for (const Username of ["ann", "ben"]) await client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, GroupName: "g", Username }));
    const agree = async () => {
      const listed = [...(await list(UserPoolId)).Users!, ...(await client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "g" }))).Users!];
      for (const u of listed) {
        const got = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: u.Username }));
        expect({ ...u, Attributes: u.Attributes }).toEqual({
          Username: got.Username, Attributes: got.UserAttributes, UserCreateDate: got.UserCreateDate, UserLastModifiedDate: got.UserLastModifiedDate,
          Enabled: got.Enabled, UserStatus: got.UserStatus, ...(got.MFAOptions?.length ? { MFAOptions: got.MFAOptions } : {}),
        });
      }
      return listed.length;
    };
    const changes: (() => Promise<unknown>)[] = [
      () => client.send(new C.AdminUpdateUserAttributesCommand({ UserPoolId, Username: "ann", UserAttributes: [{ Name: "name", Value: "Anne" }, { Name: "email_verified", Value: "true" }] })),
      () => client.send(new C.AdminDeleteUserAttributesCommand({ UserPoolId, Username: "ann", UserAttributeNames: ["name"] })),
      () => client.send(new C.AdminDisableUserCommand({ UserPoolId, Username: "ben" })),
      () => client.send(new C.AdminEnableUserCommand({ UserPoolId, Username: "ben" })),
      () => client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "ben", Password: "Corr3ct!horse", Permanent: true })),
      () => client.send(new C.AdminResetUserPasswordCommand({ UserPoolId, Username: "ann" })),
      () => client.send(new C.AdminSetUserSettingsCommand({ UserPoolId, Username: "ann", MFAOptions: [{ DeliveryMedium: "SMS", AttributeName: "phone_number" }] })),
    ];
    expect(await agree()).toBe(4);
    for (const change of changes) {
      await change();
      expect(await agree()).toBe(4);
    }
    const ann = (await list(UserPoolId)).Users!.find((u) => u.Username === "ann")!;
    expect(ann.UserStatus).toBe("RESET_REQUIRED");
    expect(ann.Attributes!.find((a) => a.Name === "name")).toBeUndefined();
  });

  it("pages a filtered listing while users change between pages: each user matching throughout is seen once", async () => {
    const UserPoolId = await poolWith(Array.from({ length: 9 }, (_, i) => [`p${i}`, { email: `p${i}@example.com` }]));
    const seen: string[] = [];
    let PaginationToken: string | undefined;
    let round = 0;
    do {
      const page = await list(UserPoolId, { Filter: 'email ^= "p"', Limit: 2, PaginationToken });
      seen.push(...names(page));
      PaginationToken = page.PaginationToken;
      await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: `late${round}`, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: `p${round}a@example.com` }] }));
      if (round === 1) await client.send(new C.AdminDeleteUserCommand({ UserPoolId, Username: "p8" }));
      round++;
    } while (PaginationToken);
    for (let i = 0; i < 8; i++) expect(seen.filter((s) => s === `p${i}`)).toHaveLength(1);
    expect(seen).not.toContain("p8");
  });

  it("refuses malformed filters and unsearchable attributes", async () => {
    const UserPoolId = await poolWith([["a", {}]]);
    for (const Filter of ["foo", 'email = unquoted', 'email == "x"', 'email = "x" and name = "y"']) {
      const e = await failure(list(UserPoolId, { Filter }));
      expect([e.name, e.message], Filter).toEqual(["InvalidParameterException", "Error while parsing filter."]);
    }
    expect((await failure(list(UserPoolId, { Filter: 'custom:x = "1"' }))).name).toBe("InvalidParameterException");
  });

  it("returns only AttributesToGet, and refuses forged or expired tokens", async () => {
    const UserPoolId = await poolWith(Array.from({ length: 3 }, (_, i) => [`t${i}`, { email: `t${i}@example.com`, name: "T" }]));
    const only = await list(UserPoolId, { AttributesToGet: ["email"], Limit: 1 });
    expect(only.Users![0].Attributes).toEqual([{ Name: "email", Value: "t0@example.com" }]);
    const token = only.PaginationToken!;
    const forged = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    const e = await failure(list(UserPoolId, { AttributesToGet: ["email"], Limit: 1, PaginationToken: forged }));
    expect(e.name).toBe("InvalidParameterException");
    expect(e.message).toMatch(/^Paging marker .* is invalid for request /);
  });
});
