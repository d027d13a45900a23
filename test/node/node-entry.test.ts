// cognito-idp-mock/node in a test file: explicit lifecycle (vitest without globals) and isolation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as C from "@aws-sdk/client-cognito-identity-provider";
import { setupCognitoMock } from "../../src/node/index.js";

const cognito = setupCognitoMock({ scenario: "default", onUnhandledRequest: "error" });
beforeAll(() => cognito.start());
afterEach(() => cognito.reset());
afterAll(() => cognito.stop());

const client = new C.CognitoIdentityProviderClient({ region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" } });

describe("cognito-idp-mock/node", () => {
  it("serves the scenario to the SDK", async () => {
    const { info } = await cognito.mock.ready();
    const r = await client.send(new C.InitiateAuthCommand({ ClientId: info.clientId!, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: info.users![0].username, PASSWORD: info.users![0].password! } }));
    expect(r.AuthenticationResult?.AccessToken).toBeDefined();
    await client.send(new C.AdminCreateUserCommand({ UserPoolId: info.userPoolId!, Username: "only-in-this-test", MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: "x@example.com" }] }));
  });

  it("isolates tests: the previous test's user is gone, the scenario is back", async () => {
    const { info } = await cognito.mock.ready();
    const users = await client.send(new C.ListUsersCommand({ UserPoolId: info.userPoolId! }));
    expect(users.Users!.map((u) => u.Username)).toEqual(["demo"]);
  });
});
