// The server half of SRP against the real client maths of amazon-cognito-identity-js.
import { describe, expect, it } from "vitest";
// @ts-expect-error no types for the internal helper module
import AuthenticationHelperModule from "amazon-cognito-identity-js/lib/AuthenticationHelper.js";
// @ts-expect-error no types
import BigIntegerModule from "amazon-cognito-identity-js/lib/BigInteger.js";
import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";
import { createRandom } from "../../src/engine/random.js";
import { computeVerifier } from "../../src/auth/srp-math.js";
import { srpChallenge, verifySrpProof, newSecretBlock } from "../../src/auth/srp-server.js";
import { checkSrpTimestamp, formatSrpTimestamp } from "../../src/auth/srp-timestamp.js";

const AuthenticationHelper = AuthenticationHelperModule.default ?? AuthenticationHelperModule;
const BigInteger = BigIntegerModule.default ?? BigIntegerModule;

/** Runs the client side exactly as amazon-cognito-identity-js does and returns its proof. */
async function clientProof(poolName: string, userId: string, password: string, saltHex: string, B: string, secretBlock: string, timestamp: string) {
  const helper = new AuthenticationHelper(poolName);
  const A: string = await new Promise((res, rej) => helper.getLargeAValue((e: Error, a: { toString(r: number): string }) => (e ? rej(e) : res(a.toString(16)))));
  const key: number[] = await new Promise((res, rej) => helper.getPasswordAuthenticationKey(userId, password, new BigInteger(B, 16), new BigInteger(saltHex, 16), (e: Error, k: number[]) => (e ? rej(e) : res(k))));
  const message = Buffer.concat([Buffer.from(poolName, "utf8"), Buffer.from(userId, "utf8"), Buffer.from(secretBlock, "base64"), Buffer.from(timestamp, "utf8")]);
  const signature = createHmac("sha256", Buffer.from(key)).update(message).digest("base64");
  return { A, signature };
}

describe("SRP server", () => {
  const random = createRandom("srp");
  const saltHex = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
  const verifier = computeVerifier("AbCdEf123", "alice", "Corr3ct!horse", saltHex).toString(16);

  it("accepts the right password and refuses a wrong one", async () => {
    for (const [password, expected] of [["Corr3ct!horse", true], ["wrong-password", false]] as const) {
      const challenge = srpChallenge(verifier, random);
      const secretBlock = newSecretBlock(random);
      const timestamp = formatSrpTimestamp(Date.UTC(2026, 10, 5, 9, 3, 7));
      const { A, signature } = await clientProof("AbCdEf123", "alice", password, saltHex, challenge.B, secretBlock, timestamp);
      expect(verifySrpProof({ A, challenge, verifier, poolName: "AbCdEf123", userId: "alice", secretBlock, timestamp, signature })).toBe(expected);
    }
  });

  it("refuses a proof made for another secret block or timestamp", async () => {
    const challenge = srpChallenge(verifier, random);
    const secretBlock = newSecretBlock(random);
    const timestamp = "Thu Nov 5 09:03:07 UTC 2026";
    const { A, signature } = await clientProof("AbCdEf123", "alice", "Corr3ct!horse", saltHex, challenge.B, secretBlock, timestamp);
    expect(verifySrpProof({ A, challenge, verifier, poolName: "AbCdEf123", userId: "alice", secretBlock: newSecretBlock(random), timestamp, signature })).toBe(false);
    expect(verifySrpProof({ A, challenge, verifier, poolName: "AbCdEf123", userId: "alice", secretBlock, timestamp: "Thu Nov 5 09:03:08 UTC 2026", signature })).toBe(false);
    expect(verifySrpProof({ A: "0", challenge, verifier, poolName: "AbCdEf123", userId: "alice", secretBlock, timestamp, signature })).toBe(false);
  });

  it("B is 3072-bit hex without a sign byte", () => {
    const { B } = srpChallenge(verifier, random);
    expect(B).toMatch(/^[0-9a-f]+$/);
    expect(B.length).toBeLessThanOrEqual(768);
  });
});

describe("SRP TIMESTAMP", () => {
  it("formats like the clients: no zero-padded day, padded time", () => {
    expect(formatSrpTimestamp(Date.UTC(2017, 3, 5, 22, 42, 34))).toBe("Wed Apr 5 22:42:34 UTC 2017");
  });
  it("tells malformed text from a wrong date", () => {
    expect(checkSrpTimestamp("Wed Apr 5 22:42:34 UTC 2017")).toBe("ok");
    expect(checkSrpTimestamp("Wed Apr 05 22:42:34 UTC 2017")).toBe("mismatch");
    expect(checkSrpTimestamp("Thu Apr 5 22:42:34 UTC 2017")).toBe("mismatch");
    expect(checkSrpTimestamp("2017-04-05T22:42:34Z")).toBe("malformed");
  });
});

describe("modular exponentiation", () => {
  it("the native path (Node) and the portable one (browsers) agree", async () => {
    const { modPow, modPowPortable, N, g } = await import("../../src/auth/srp-math.js");
    const r = createRandom("modpow");
    for (let i = 0; i < 5; i++) {
      const base = BigInt("0x" + Buffer.from(r.bytes(384)).toString("hex")) % N;
      const exp = BigInt("0x" + Buffer.from(r.bytes(32)).toString("hex"));
      expect(modPow(base, exp, N)).toBe(modPowPortable(base, exp, N));
      expect(modPow(g, exp, N)).toBe(modPowPortable(g, exp, N));
    }
  });
});
