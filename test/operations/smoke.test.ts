import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock } from "../support/mock.js";

const { client } = useMock();

describe("smoke", () => {
  it("creates a pool, a client and a user", async () => {
    const { UserPool } = await client.send(new C.CreateUserPoolCommand({ PoolName: "p" }));
    expect(UserPool?.Id).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    const { UserPoolClient } = await client.send(new C.CreateUserPoolClientCommand({ UserPoolId: UserPool!.Id, ClientName: "c" }));
    expect(UserPoolClient?.ClientId).toMatch(/^[a-z0-9]{26}$/);
    const { User } = await client.send(new C.AdminCreateUserCommand({ UserPoolId: UserPool!.Id, Username: "alice", UserAttributes: [{ Name: "email", Value: "a@example.com" }] }));
    expect(User?.UserStatus).toBe("FORCE_CHANGE_PASSWORD");
    const got = await client.send(new C.AdminGetUserCommand({ UserPoolId: UserPool!.Id, Username: "alice" }));
    expect(got.UserAttributes?.[0].Name).toBe("sub");
    const list = await client.send(new C.ListUsersCommand({ UserPoolId: UserPool!.Id }));
    expect(list.Users).toHaveLength(1);
  });
});
