// Tokens made by node:crypto (the fast path in Node) are the tokens jose makes: byte for byte for RS256
// (PKCS#1 v1.5 signatures are deterministic), and a JWE jose itself decrypts.
import { describe, expect, it } from "vitest";
import { compactDecrypt, generateKeyPair, jwtVerify, decodeProtectedHeader } from "jose";
import { decryptJwe, encryptJwe, nativeJose, signJwt } from "../../src/auth/jose-native.js";

describe("tokens through node:crypto", () => {
  it("runs the native path here (Node)", () => {
    expect(nativeJose).toBe(true);
  });

  it("signs RS256 JWTs exactly as jose does", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const claims = { sub: "7a1c", "cognito:groups": ["admins", "ünïcode"], iat: 1, exp: 2, nested: { a: [1, "x"] } };
    const header = { kid: "k+/=", alg: "RS256" } as const;
    const native = await signJwt(claims, header, privateKey);
    const portable = await signJwt(claims, header, privateKey, null);
    expect(native).toBe(portable);
    const { payload, protectedHeader } = await jwtVerify(native, publicKey, { currentDate: new Date(1500) });
    expect(payload).toEqual(claims);
    expect(protectedHeader).toEqual(header);
  });

  it("encrypts a JWE (RSA-OAEP, A256GCM) that jose decrypts, with the header as given", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RSA-OAEP", { extractable: false });
    const header = { cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" } as const;
    for (const native of [undefined, null]) {
      const token = await encryptJwe(new TextEncoder().encode('{"rid":"r1"}'), header, publicKey, native);
      expect(token.split(".")).toHaveLength(5);
      expect(decodeProtectedHeader(token)).toEqual(header);
      const { plaintext } = await compactDecrypt(token, privateKey);
      expect(new TextDecoder().decode(plaintext)).toBe('{"rid":"r1"}');
    }
  });

  it("gives every JWE its own IV while a content key is reused, and moves to a new key after a few", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RSA-OAEP", { extractable: false });
    const header = { cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" } as const;
    const tokens = await Promise.all(Array.from({ length: 150 }, (_, i) => encryptJwe(new TextEncoder().encode(`{"rid":"r${i}"}`), header, publicKey)));
    const parts = tokens.map((t) => t.split("."));
    expect(new Set(parts.map((p) => p[2])).size).toBe(150); // IVs
    expect(new Set(tokens).size).toBe(150);
    const wrapped = new Set(parts.map((p) => p[1]));
    expect(wrapped.size).toBeGreaterThan(1); // content keys rotate
    expect(wrapped.size).toBeLessThan(150); // ...but are shared by a run of tokens
    for (const [i, t] of tokens.entries()) {
      const { plaintext } = await compactDecrypt(t, privateKey);
      expect(new TextDecoder().decode(plaintext)).toBe(`{"rid":"r${i}"}`);
    }
  });

  it("decrypts what either path made, on either path, and refuses any change to any segment", async () => {
    const pair = await generateKeyPair("RSA-OAEP", { extractable: false });
    const other = await generateKeyPair("RSA-OAEP", { extractable: false });
    const header = { cty: "JWT", enc: "A256GCM", alg: "RSA-OAEP" } as const;
    const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
    for (const made of [undefined, null]) {
      const token = await encryptJwe(new TextEncoder().encode('{"rid":"r2"}'), header, pair.publicKey, made);
      for (const opened of [undefined, null]) {
        expect(text(await decryptJwe(token, header, pair, opened))).toBe('{"rid":"r2"}');
        expect(await decryptJwe(token, header, other, opened)).toBeUndefined();
      }
      const parts = token.split(".");
      for (let i = 0; i < 5; i++) {
        for (const at of [0, Math.floor(parts[i].length / 2), parts[i].length - 1]) {
          const changed = [...parts];
          changed[i] = parts[i].slice(0, at) + (parts[i][at] === "A" ? "B" : "A") + parts[i].slice(at + 1);
          expect(await decryptJwe(changed.join("."), header, pair), `segment ${i}, character ${at}`).toBeUndefined();
        }
      }
      for (const broken of [parts.slice(0, 4).join("."), `${token}.x`, token.replace(/\./g, ".."), "", "a.b.c.d.e"]) {
        expect(await decryptJwe(broken, header, pair)).toBeUndefined();
      }
    }
  });

  it("fails like jose on a key of the wrong kind", async () => {
    const { publicKey } = await generateKeyPair("RS256");
    await expect(signJwt({}, { kid: "k", alg: "RS256" }, publicKey)).rejects.toThrow();
  });
});
