// Base64 in Node goes through Buffer; it must agree with the portable path (btoa) browsers take, for
// views into larger buffers too (tokens are encoded from subarrays).
import { describe, expect, it } from "vitest";
import { fromBase64, fromHex, sha256, sha256Base64Url, toBase64, toBase64Url, toHex, utf8 } from "../../src/auth/hash.js";

const portable = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe("base64", () => {
  it("matches btoa for every length 0-64 and for views at an offset", () => {
    const backing = new Uint8Array(200);
    for (let i = 0; i < backing.length; i++) backing[i] = (i * 151 + 7) & 0xff;
    for (let len = 0; len <= 64; len++) {
      for (const offset of [0, 3, 17]) {
        const view = backing.subarray(offset, offset + len);
        const expected = portable(view);
        expect(toBase64(view)).toBe(expected);
        expect(toBase64Url(view)).toBe(expected.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, ""));
        expect(fromBase64(toBase64(view))).toEqual(new Uint8Array(view));
      }
    }
  });

  it("uses the URL alphabet without padding", () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0xfe]);
    expect(toBase64(bytes)).toBe("+/+//g==");
    expect(toBase64Url(bytes)).toBe("-_-__g");
  });
});

describe("sha256", () => {
  it("gives the FIPS 180-2 digests, as a plain Uint8Array", () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    expect(hex(sha256(new TextEncoder().encode("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(new Uint8Array(0)))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(Object.getPrototypeOf(sha256(new Uint8Array(1)))).toBe(Uint8Array.prototype);
  });
});

describe("utf8 and sha256Base64Url", () => {
  // Node encodes into pooled Buffers; the bytes must be TextEncoder's, lone surrogates included
  const texts = ["", "abc", "é€𝄞", "\ud800 lone", "x".repeat(5000), `{"pad":"${"0".repeat(1040)}"}`];
  it("utf8 gives TextEncoder's bytes", () => {
    for (const t of texts) expect(Array.from(utf8(t))).toEqual(Array.from(new TextEncoder().encode(t)));
  });
  it("sha256Base64Url is the base64url digest of the text's UTF-8 bytes", () => {
    expect(sha256Base64Url("abc")).toBe("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    for (const t of texts) expect(sha256Base64Url(t)).toBe(toBase64Url(sha256(new TextEncoder().encode(t))));
  });
});

describe("hex", () => {
  it("fromHex reads what toHex writes, in either case, for every byte value", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = toHex(bytes);
    expect(hex.slice(0, 8)).toBe("00010203");
    expect(fromHex(hex)).toEqual(bytes);
    expect(fromHex(hex.toUpperCase())).toEqual(bytes);
    expect(fromHex("")).toEqual(new Uint8Array(0));
  });
});
