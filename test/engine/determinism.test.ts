// Ids, codes and times come from the mock's seed and clock, so tests and scenarios are reproducible.
import { describe, expect, it } from "vitest";
import { createCognitoMock } from "../../src/index.js";

async function script(seed: string, now?: number) {
  const mock = createCognitoMock({ seed, now });
  const { UserPool } = await mock.call<{ UserPool: { Id: string; CreationDate: number } }>("CreateUserPool", { PoolName: "p" });
  const { UserPoolClient } = await mock.call<{ UserPoolClient: { ClientId: string } }>("CreateUserPoolClient", { UserPoolId: UserPool.Id, ClientName: "c", GenerateSecret: true });
  const { User } = await mock.call<{ User: { Attributes: { Value: string }[] } }>("AdminCreateUser", { UserPoolId: UserPool.Id, Username: "u", DesiredDeliveryMediums: ["EMAIL"], UserAttributes: [{ Name: "email", Value: "u@example.com" }] });
  return { mock, ids: [UserPool.Id, UserPoolClient.ClientId, User.Attributes[0].Value, mock.outbox.lastCode({ username: "u" })], created: UserPool.CreationDate };
}

describe("determinism", () => {
  it("the same seed gives the same ids, secrets and codes; another seed does not", async () => {
    const a = await script("seed-1");
    const b = await script("seed-1");
    const c = await script("seed-2");
    expect(a.ids).toEqual(b.ids);
    expect(a.ids[0]).not.toBe(c.ids[0]);
  });

  it("reset() forgets everything and replays the same ids", async () => {
    const a = await script("seed-3");
    a.mock.reset();
    expect(a.mock.store.pools.size).toBe(0);
    expect(a.mock.outbox.messages).toHaveLength(0);
    const { UserPool } = await a.mock.call<{ UserPool: { Id: string } }>("CreateUserPool", { PoolName: "p" });
    expect(UserPool.Id).toBe(a.ids[0]);
  });

  it("timestamps follow the mock's clock", async () => {
    const start = Date.UTC(2030, 0, 1);
    const a = await script("seed-4", start);
    expect(Math.abs(a.created * 1000 - start)).toBeLessThan(1000);
    a.mock.clock.freeze();
    a.mock.clock.advance(3_600_000);
    const { UserPool } = await a.mock.call<{ UserPool: { CreationDate: number } }>("CreateUserPool", { PoolName: "later" });
    expect(UserPool.CreationDate * 1000 - a.created * 1000).toBeGreaterThanOrEqual(3_600_000);
  });
});
