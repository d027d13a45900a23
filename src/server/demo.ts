// The ready demo that `npm start` serves: one pool, one public web client, one confirmed user. Made
// through the API itself, so it is exactly what a client would have built.
import type { CognitoMock } from "../engine/create.js";

export const DEMO_USERNAME = "demo";
export const DEMO_PASSWORD = "Passw0rd!demo";
export const DEMO_EMAIL = "demo@example.com";

export interface DemoIds {
  region: string;
  userPoolId: string;
  clientId: string;
  username: string;
  password: string;
  email: string;
}

export async function seedDemo(mock: CognitoMock, region: string): Promise<DemoIds> {
  const { UserPool } = await mock.call<{ UserPool: { Id: string } }>("CreateUserPool", {
    PoolName: "cognito-idp-mock-demo",
    AutoVerifiedAttributes: ["email"],
    AliasAttributes: ["email"],
    Schema: [{ Name: "email", AttributeDataType: "String", Required: true, Mutable: true }],
  }, region);
  const { UserPoolClient } = await mock.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", {
    UserPoolId: UserPool.Id,
    ClientName: "demo-web",
    ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_AUTH"],
    PreventUserExistenceErrors: "ENABLED",
  }, region);
  await mock.call("AdminCreateUser", {
    UserPoolId: UserPool.Id, Username: DEMO_USERNAME, MessageAction: "SUPPRESS",
    UserAttributes: [{ Name: "email", Value: DEMO_EMAIL }, { Name: "email_verified", Value: "true" }, { Name: "name", Value: "Demo User" }],
  }, region);
  await mock.call("AdminSetUserPassword", { UserPoolId: UserPool.Id, Username: DEMO_USERNAME, Password: DEMO_PASSWORD, Permanent: true }, region);
  return { region, userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId, username: DEMO_USERNAME, password: DEMO_PASSWORD, email: DEMO_EMAIL };
}
