// Lambda trigger stand-ins: custom auth challenges, token claims, sign-up, migration, refusals.
import { describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { decodeJwt } from "jose";
import { useMock, failure } from "../support/mock.js";
import type { TriggerEvent } from "../../src/auth/triggers.js";

const { client, mock } = useMock();
const PASSWORD = "Corr3ct!horse";

async function setup(extraPool: Partial<C.CreateUserPoolCommandInput> = {}) {
  const UserPoolId = (await client.send(new C.CreateUserPoolCommand({ PoolName: "hooks", ...extraPool }))).UserPool!.Id!;
  const ClientId = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "web", ExplicitAuthFlows: ["ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH"] }))).UserPoolClient!.ClientId!;
  await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "alice", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "alice@example.com" }] }));
  await client.send(new C.AdminSetUserPasswordCommand({ UserPoolId, Username: "alice", Password: PASSWORD, Permanent: true }));
  return { UserPoolId, ClientId };
}

describe("CUSTOM_AUTH", () => {
  it("runs define, create and verify: a wrong answer gets another try, the right one tokens", async () => {
    const { UserPoolId, ClientId } = await setup();
    const seen: string[] = [];
    mock.setTriggers(UserPoolId, {
      defineAuthChallenge: (e: TriggerEvent<{ session: { challengeResult: boolean }[] }, Record<string, unknown>>) => {
        const s = e.request.session;
        seen.push(`define:${s.length}`);
        if (s.length && s[s.length - 1].challengeResult) Object.assign(e.response, { issueTokens: true, failAuthentication: false });
        else if (s.length >= 3) Object.assign(e.response, { issueTokens: false, failAuthentication: true });
        else Object.assign(e.response, { challengeName: "CUSTOM_CHALLENGE" });
        return e;
      },
      createAuthChallenge: (e) => { Object.assign(e.response, { publicChallengeParameters: { question: "2+2?" }, privateChallengeParameters: { answer: "4" }, challengeMetadata: "MATH" }); return e; },
      verifyAuthChallengeResponse: (e: TriggerEvent<{ challengeAnswer: string; privateChallengeParameters: { answer: string } }, { answerCorrect: boolean }>) => {
        e.response.answerCorrect = e.request.challengeAnswer === e.request.privateChallengeParameters.answer;
        return e;
      },
    });
    const start = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "alice" } }));
    expect(start.ChallengeName).toBe("CUSTOM_CHALLENGE");
    expect(start.ChallengeParameters).toEqual({ question: "2+2?", USERNAME: "alice" });
    const wrong = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "CUSTOM_CHALLENGE", Session: start.Session, ChallengeResponses: { USERNAME: "alice", ANSWER: "5" } }));
    expect(wrong.ChallengeName).toBe("CUSTOM_CHALLENGE");
    const right = await client.send(new C.RespondToAuthChallengeCommand({ ClientId, ChallengeName: "CUSTOM_CHALLENGE", Session: wrong.Session, ChallengeResponses: { USERNAME: "alice", ANSWER: "4" } }));
    expect(right.AuthenticationResult?.AccessToken).toBeDefined();
    expect(seen).toEqual(["define:0", "define:1", "define:2"]);
  });

  it("fails when define says so, and explains a missing trigger or a disabled flow", async () => {
    const { UserPoolId, ClientId } = await setup();
    const none = await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "alice" } })));
    expect(none.message).toBe("Custom auth lambda trigger is not configured for the user pool.");
    mock.setTriggers(UserPoolId, { defineAuthChallenge: (e) => { e.response.failAuthentication = true; return e; } });
    const failed = await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "alice" } })));
    expect([failed.name, failed.message]).toEqual(["NotAuthorizedException", "Incorrect username or password."]);
    const other = (await client.send(new C.CreateUserPoolClientCommand({ UserPoolId, ClientName: "x", ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH"] }))).UserPoolClient!.ClientId!;
    expect((await failure(client.send(new C.InitiateAuthCommand({ ClientId: other, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "alice" } })))).message).toBe("CUSTOM_AUTH is not enabled for the client.");
  });

  it("a throwing trigger is UserLambdaValidationException in Cognito's words", async () => {
    const { UserPoolId, ClientId } = await setup();
    mock.setTriggers(UserPoolId, { defineAuthChallenge: () => { throw new Error("boom"); } });
    const e = await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "CUSTOM_AUTH", AuthParameters: { USERNAME: "alice" } })));
    expect([e.name, e.message]).toEqual(["UserLambdaValidationException", "DefineAuthChallenge failed with error boom."]);
  });
});

describe("token, sign-up and sign-in triggers", () => {
  it("PreTokenGeneration adds and suppresses ID token claims and overrides groups", async () => {
    const { UserPoolId, ClientId } = await setup();
    mock.setTriggers(UserPoolId, {
      preTokenGeneration: (e) => {
        e.response.claimsOverrideDetails = { claimsToAddOrOverride: { tenant: "acme", sub: "hijack" }, claimsToSuppress: ["email"], groupOverrideDetails: { groupsToOverride: ["vip"] } };
        return e;
      },
    });
    const r = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
    const id = decodeJwt(r.AuthenticationResult!.IdToken!);
    expect(id.tenant).toBe("acme");
    expect(id.email).toBeUndefined();
    expect(id.sub).not.toBe("hijack");
    expect(id["cognito:groups"]).toEqual(["vip"]);
    expect(decodeJwt(r.AuthenticationResult!.AccessToken!)["cognito:groups"]).toEqual(["vip"]);
  });

  it("V2 PreTokenGeneration changes access token claims and scopes", async () => {
    const { UserPoolId, ClientId } = await setup();
    await client.send(new C.UpdateUserPoolCommand({ UserPoolId, LambdaConfig: { PreTokenGenerationConfig: { LambdaArn: "arn:aws:lambda:us-east-1:123456789012:function:pretoken", LambdaVersion: "V2_0" } } }));
    mock.setTriggers(UserPoolId, {
      preTokenGeneration: (e) => {
        e.response.claimsAndScopeOverrideDetails = { accessTokenGeneration: { claimsToAddOrOverride: { plan: "gold" }, scopesToAdd: ["api/read"] } };
        return e;
      },
    });
    const r = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
    const access = decodeJwt(r.AuthenticationResult!.AccessToken!);
    expect(access.plan).toBe("gold");
    expect(access.scope).toBe("aws.cognito.signin.user.admin api/read");
  });

  it("PreSignUp can auto-confirm and auto-verify; PostConfirmation hears about confirmations", async () => {
    const { UserPoolId, ClientId } = await setup({ AutoVerifiedAttributes: ["email"] });
    const confirmed: string[] = [];
    mock.setTriggers(UserPoolId, {
      preSignUp: (e) => { if (String(e.request.userAttributes.email).endsWith("@trusted.com")) Object.assign(e.response, { autoConfirmUser: true, autoVerifyEmail: true }); return e; },
      postConfirmation: (e) => { confirmed.push(`${e.triggerSource}:${e.userName}`); },
    });
    const trusted = await client.send(new C.SignUpCommand({ ClientId, Username: "tom", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "tom@trusted.com" }] }));
    expect(trusted.UserConfirmed).toBe(true);
    expect(trusted.CodeDeliveryDetails).toBeUndefined();
    const user = await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "tom" }));
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(user.UserAttributes!.find((a) => a.Name === "email_verified")?.Value).toBe("true");
    const other = await client.send(new C.SignUpCommand({ ClientId, Username: "uma", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "uma@example.com" }] }));
    expect(other.UserConfirmed).toBe(false);
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "uma", ConfirmationCode: mock.outbox.lastCode({ username: "uma" })! }));
    expect(confirmed).toEqual(["PostConfirmation_ConfirmSignUp:uma"]);
    mock.setTriggers(UserPoolId, { preSignUp: () => { throw new Error("Sign-ups are closed"); } });
    const refused = await failure(client.send(new C.SignUpCommand({ ClientId, Username: "vic", Password: PASSWORD })));
    expect([refused.name, refused.message]).toEqual(["UserLambdaValidationException", "PreSignUp failed with error Sign-ups are closed."]);
    expect((await failure(client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "vic" })))).name).toBe("UserNotFoundException");
  });

  it("UserMigration brings in an unknown user proven by the old system; PreAuthentication may refuse", async () => {
    const { UserPoolId, ClientId } = await setup();
    mock.setTriggers(UserPoolId, {
      userMigration: (e) => {
        if (e.userName === "legacy" && e.request.password === "Old-system1!") Object.assign(e.response, { userAttributes: { email: "legacy@example.com", email_verified: "true" }, finalUserStatus: "CONFIRMED" });
        else throw new Error("Bad password");
      },
      preAuthentication: (e) => { if (e.userName === "alice") throw new Error("Account under review"); },
    });
    const r = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "legacy", PASSWORD: "Old-system1!" } }));
    expect(r.AuthenticationResult).toBeDefined();
    expect((await client.send(new C.AdminGetUserCommand({ UserPoolId, Username: "legacy" }))).UserStatus).toBe("CONFIRMED");
    const blocked = await failure(client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } })));
    expect([blocked.name, blocked.message]).toEqual(["UserLambdaValidationException", "PreAuthentication failed with error Account under review."]);
  });
});

describe("which trigger runs", () => {
  it("a pool's own slot wins over the mock-wide one, even set to undefined; other slots fall through", async () => {
    const a = await setup();
    const b = await setup();
    const heard: string[] = [];
    mock.setTriggers("*", {
      postAuthentication: (e) => { heard.push(`wide:${e.userPoolId}`); },
      preAuthentication: (e) => { heard.push(`pre:${e.userPoolId}`); },
    });
    mock.setTriggers(a.UserPoolId, { postAuthentication: undefined });
    try {
      for (const { ClientId } of [a, b]) {
        const r = await client.send(new C.InitiateAuthCommand({ ClientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: "alice", PASSWORD } }));
        expect(r.AuthenticationResult?.AccessToken).toBeDefined();
      }
      expect(heard).toEqual([`pre:${a.UserPoolId}`, `pre:${b.UserPoolId}`, `wide:${b.UserPoolId}`]);
    } finally {
      mock.setTriggers("*", undefined);
    }
  });
});

describe("messages", () => {
  it("CustomMessage rewrites the text of codes and invitations; setCodes fixes the codes", async () => {
    const { UserPoolId, ClientId } = await setup({ AutoVerifiedAttributes: ["email"] });
    mock.setTriggers(UserPoolId, {
      customMessage: (e) => {
        if (e.triggerSource === "CustomMessage_SignUp") Object.assign(e.response, { emailSubject: "Welcome!", emailMessage: `Hi ${e.request.userAttributes.email}, your code is ${e.request.codeParameter}` });
        if (e.triggerSource === "CustomMessage_AdminCreateUser") Object.assign(e.response, { emailMessage: `Log in as ${e.request.usernameParameter} with ${e.request.codeParameter}` });
        return e;
      },
    });
    mock.setCodes("424242");
    await client.send(new C.SignUpCommand({ ClientId, Username: "wes", Password: PASSWORD, UserAttributes: [{ Name: "email", Value: "wes@example.com" }] }));
    const signUp = mock.outbox.forUser(UserPoolId, "wes", "SIGN_UP")[0];
    expect([signUp.subject, signUp.body, signUp.code]).toEqual(["Welcome!", "Hi wes@example.com, your code is 424242", "424242"]);
    await client.send(new C.ConfirmSignUpCommand({ ClientId, Username: "wes", ConfirmationCode: "424242" }));
    await client.send(new C.AdminCreateUserCommand({ UserPoolId, Username: "xia", UserAttributes: [{ Name: "email", Value: "xia@example.com" }], DesiredDeliveryMediums: ["EMAIL"] }));
    const invite = mock.outbox.forUser(UserPoolId, "xia", "INVITATION")[0];
    expect(invite.body).toBe(`Log in as xia with ${invite.temporaryPassword}`);
    mock.setCodes(({ purpose }) => (purpose === "FORGOT_PASSWORD" ? "999000" : undefined));
    await client.send(new C.ForgotPasswordCommand({ ClientId, Username: "wes" }));
    expect(mock.outbox.lastCode({ username: "wes", purpose: "FORGOT_PASSWORD" })).toBe("999000");
  });
});
