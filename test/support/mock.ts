// A mock behind MSW's setupServer and a real AWS SDK client pointed at it, for one test file.
import { afterAll, afterEach, beforeAll } from "vitest";
import { setupServer } from "msw/node";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { createCognitoMock, type CognitoMockOptions } from "../../src/index.js";

export function useMock(options: CognitoMockOptions = {}) {
  const mock = createCognitoMock({ seed: "test", validateResponses: true, ...options });
  const server = setupServer(...mock.handlers);
  const client = new CognitoIdentityProviderClient({
    region: options.region ?? "us-east-1",
    credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
  beforeAll(() => server.listen({ onUnhandledFrame: "error" }));
  afterEach(() => mock.reset());
  afterAll(() => { server.close(); client.destroy(); });
  return { mock, client, server };
}

/** Runs a promise that must fail and returns the SDK error (name, message, $metadata). */
export async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; $metadata: { httpStatusCode?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error("expected the call to fail");
}
