// Response bodies splice in JSON texts kept for listed users; the result must be exactly what
// JSON.stringify would have written, whatever else the body holds.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { encode, withJsonText } from "../../src/protocol/wire.js";

const item = () => ({ Username: "u", Attributes: [{ Name: "sub", Value: "ü\"\\\n" }], Enabled: true, UserCreateDate: 1.5 });

describe("encode", () => {
  it("is JSON.stringify for bodies with known texts among their arrays' items", () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.constant("known"), fc.jsonValue(), fc.constant(undefined)))), { maxKeys: 5 }), fc.boolean(), (body, knownFirst) => {
      const known = item();
      withJsonText(known, JSON.stringify(known));
      const withKnown = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? (knownFirst ? [known, ...v] : v).map((x) => (x === "known" ? known : x)) : v]));
      expect(encode(withKnown)).toBe(JSON.stringify(withKnown));
    }), { seed: 7, numRuns: 500 });
  });

  it("takes the kept text instead of serialising the item again", () => {
    const a = withJsonText(item(), '{"kept":true}');
    expect(encode({ Users: [a, item()], PaginationToken: "t" })).toBe(`{"Users":[{"kept":true},${JSON.stringify(item())}],"PaginationToken":"t"}`);
  });

  it("leaves non-object bodies to JSON.stringify", () => {
    for (const body of [null, 1, "x", [withJsonText(item(), "{}")]]) expect(encode(body)).toBe(JSON.stringify(body));
  });
});
