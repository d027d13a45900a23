import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { useMock, failure } from "../support/mock.js";

const { client, mock } = useMock();

describe("auth events (threat protection)", () => {
  it("lists sign-ins newest first, takes feedback from an admin and from the user's token", async () => {
    const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "tp", UserPoolAddOns: { AdvancedSecurityMode: "AUDIT" } }))).UserPool!.Id!;
    const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "w", ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"] }))).UserPoolClient!.ClientId!;
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "al", MessageAction: "SUPPRESS" }));
    await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "al", Password: "Corr3ct!horse", Permanent: true }));
    await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "al", PASSWORD: "Wr0ng!pass" } })));
    await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "al", PASSWORD: "Corr3ct!horse" } }));
    const { AuthEvents } = await client.send(new C.AdminListUserAuthEventsCommand({ UserPoolId, Username: "al" }));
    expect(AuthEvents!.map((e) => [e.EventType, e.EventResponse])).toEqual([["SignIn", "Pass"], ["SignIn", "Fail"]]);
    await client.send(new C.AdminUpdateAuthEventFeedbackCommand({ UserPoolId, Username: "al", EventId: AuthEvents![1].EventId, FeedbackValue: "Invalid" }));
    const token = mock.store.pools.get(UserPoolId)!.users.byUsername("al")!.authEvents![0].feedbackToken;
    expect((await failure(client.send(new C.UpdateAuthEventFeedbackCommand({ UserPoolId, Username: "al", EventId: AuthEvents![0].EventId, FeedbackToken: "forged", FeedbackValue: "Valid" })))).name).toBe("NotAuthorizedException");
    await client.send(new C.UpdateAuthEventFeedbackCommand({ UserPoolId, Username: "al", EventId: AuthEvents![0].EventId, FeedbackToken: token, FeedbackValue: "Valid" }));
    const after = (await client.send(new C.AdminListUserAuthEventsCommand({ UserPoolId, Username: "al" }))).AuthEvents!;
    expect(after.map((e) => [e.EventFeedback?.FeedbackValue, e.EventFeedback?.Provider])).toEqual([["Valid", "user"], ["Invalid", "admin"]]);
  });

  it("needs threat protection on", async () => {
    const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "plain" }))).UserPool!.Id!;
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "al", MessageAction: "SUPPRESS" }));
    expect((await failure(client.send(new C.AdminListUserAuthEventsCommand({ UserPoolId, Username: "al" })))).name).toBe("UserPoolAddOnNotEnabledException");
  });
});
