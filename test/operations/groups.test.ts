import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client } = useMock();

async function setup() {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "g" }))).UserPool!.Id!;
  for (const u of ["ann", "bob", "cat"]) await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: u, MessageAction: "SUPPRESS" }));
  return UserPoolId;
}

describe("groups", () => {
  it("creates, reads, updates and deletes a group, with optional members shown only when set", async () => {
    const UserPoolId = await setup();
    const { Group } = await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "admins", Description: "the admins" }));
    expect(Group).toMatchObject({ GroupName: "admins", UserPoolId, Description: "the admins" });
    expect(Group!.Precedence).toBeUndefined();
    expect(Group!.RoleArn).toBeUndefined();
    const dup = await failure(client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "admins" })));
    expect(dup.name).toBe("GroupExistsException");
    await client.send(new C.UpdateGroupCommand({ UserPoolId, GroupName: "admins", Precedence: 1, RoleArn: "arn:aws:iam::123456789012:role/admin" }));
    const got = (await client.send(new C.GetGroupCommand({ UserPoolId, GroupName: "admins" }))).Group!;
    expect(got).toMatchObject({ Description: "the admins", Precedence: 1, RoleArn: "arn:aws:iam::123456789012:role/admin" });
    await client.send(new C.DeleteGroupCommand({ UserPoolId, GroupName: "admins" }));
    const gone = await failure(client.send(new C.GetGroupCommand({ UserPoolId, GroupName: "admins" })));
    expect([gone.name, gone.message]).toEqual(["ResourceNotFoundException", "Group not found."]);
  });

  it("keeps membership symmetric across add, remove, group deletion and user deletion", async () => {
    const UserPoolId = await setup();
    for (const g of ["a", "b"]) await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: g }));
    for (const [u, g] of [["ann", "a"], ["bob", "a"], ["ann", "b"], ["ann", "b"]]) await client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, Username: u, GroupName: g }));
    const inA = async () => (await client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "a" }))).Users!.map((u) => u.Username);
    const groupsOf = async (u: string) => (await client.send(new C.AdminListGroupsForUserCommand({ UserPoolId, Username: u }))).Groups!.map((g) => g.GroupName);
    expect(await inA()).toEqual(["ann", "bob"]);
    expect(await groupsOf("ann")).toEqual(["a", "b"]);
    await client.send(new C.AdminRemoveUserFromGroupCommand({ UserPoolId, Username: "bob", GroupName: "a" }));
    expect(await inA()).toEqual(["ann"]);
    await client.send(new C.DeleteGroupCommand({ UserPoolId, GroupName: "b" }));
    expect(await groupsOf("ann")).toEqual(["a"]);
    await client.send(new C.AdminDeleteUserCommand({ UserPoolId, Username: "ann" }));
    expect(await inA()).toEqual([]);
  });

  it("answers unknown users and groups", async () => {
    const UserPoolId = await setup();
    await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: "a" }));
    expect((await failure(client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, Username: "nobody", GroupName: "a" })))).name).toBe("UserNotFoundException");
    expect((await failure(client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, Username: "ann", GroupName: "nope" })))).name).toBe("ResourceNotFoundException");
    expect((await failure(client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "nope" })))).name).toBe("ResourceNotFoundException");
  });

  it("pages groups and members", async () => {
    const UserPoolId = await setup();
    for (let i = 0; i < 5; i++) await client.send(new C.CreateGroupCommand({ UserPoolId, GroupName: `g${i}` }));
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new C.ListGroupsCommand({ UserPoolId, Limit: 2, NextToken }));
      names.push(...page.Groups!.map((g) => g.GroupName!));
      NextToken = page.NextToken;
    } while (NextToken);
    expect(names).toEqual(["g0", "g1", "g2", "g3", "g4"]);
    for (const u of ["ann", "bob", "cat"]) await client.send(new C.AdminAddUserToGroupCommand({ UserPoolId, Username: u, GroupName: "g0" }));
    const first = await client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "g0", Limit: 2 }));
    const second = await client.send(new C.ListUsersInGroupCommand({ UserPoolId, GroupName: "g0", Limit: 2, NextToken: first.NextToken }));
    expect([...first.Users!, ...second.Users!].map((u) => u.Username)).toEqual(["ann", "bob", "cat"]);
    // a token from one listing does not continue another
    expect((await failure(client.send(new C.ListGroupsCommand({ UserPoolId, Limit: 2, NextToken: first.NextToken })))).name).toBe("InvalidParameterException");
  });
});
