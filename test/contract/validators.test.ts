import { describe, expect, it } from "vitest";
import * as validators from "../../generated/validators.js";
import type { Validator } from "../../generated/validators.js";
import { operations, operationNames } from "../../generated/operations.js";
import { sample, schemas } from "../support/samples.js";
import { mutationsFor, type MutationKind } from "../support/mutations.js";

const v = validators as unknown as Record<string, Validator>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const exercised = new Map<MutationKind, number>();

describe.each(operationNames)("%s", (op) => {
  const info = operations[op];
  const validate = v[info.input];

  it("has request, response and error validators", () => {
    expect(typeof validate).toBe("function");
    expect(typeof v[info.output]).toBe("function");
    for (const e of info.errors) expect(typeof v[e], e).toBe("function");
  });

  it("accepts a minimal and a complete valid request", () => {
    for (const mode of ["min", "full"] as const) {
      const body = sample(ref(info.input), mode);
      expect(validate(body), `${mode}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("rejects each kind of broken request with the right keyword at the right place", () => {
    const valid = sample(ref(info.input), "full");
    const mutations = mutationsFor(valid, ref(info.input));
    expect(mutations.length).toBeGreaterThan(0);
    for (const m of mutations) {
      const broken = m.apply(valid);
      expect(validate(broken), `${m.kind} at ${m.path} was accepted`).toBe(false);
      const errors = validate.errors ?? [];
      const where = m.kind === "required" ? m.path : m.path;
      expect(errors.some((e) => e.keyword === m.keyword && e.instancePath === where),
        `${m.kind} at ${m.path}: got ${JSON.stringify(errors.map((e) => [e.keyword, e.instancePath]))}`).toBe(true);
      exercised.set(m.kind, (exercised.get(m.kind) ?? 0) + 1);
    }
  });

  it("rejects a body that is not an object", () => {
    for (const body of [null, "text", 1, [], true]) expect(validate(body)).toBe(false);
  });

  it("accepts a valid response and rejects one with an unknown member", () => {
    const out = v[info.output];
    const body = sample(ref(info.output), "full") as Record<string, unknown>;
    expect(out(body), JSON.stringify(out.errors)).toBe(true);
    expect(out({ ...body, NotAMember: 1 })).toBe(false);
  });

  it("accepts each declared error and rejects a mislabelled one", () => {
    for (const e of info.errors) {
      expect(v[e]({ __type: e, message: "m" }), e).toBe(true);
      expect(v[e]({ __type: "SomethingElse", message: "m" }), e).toBe(false);
    }
  });
});

describe("the validators as a whole", () => {
  it("exercised every kind of constraint across the operations", () => {
    // floors a little under today's counts (operations whose requests have such a constraint), so the
    // table cannot quietly stop testing a kind
    const minimum = { required: 120, type: 129, maxLength: 110, pattern: 120, enum: 25, range: 10, maxItems: 10 };
    for (const kind of ["required", "type", "maxLength", "pattern", "enum", "range", "maxItems"] as const) {
      expect(exercised.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(minimum[kind]);
    }
  });

  it("matches patterns against the whole value, as AWS does", () => {
    const ok = { UserPoolId: "us-east-1_AbCdEf123", Username: "alice" };
    expect(validators.AdminGetUserRequest(ok)).toBe(true);
    expect(validators.AdminGetUserRequest({ ...ok, UserPoolId: "us-east-1_AbC def" })).toBe(false);
    expect(validators.AdminGetUserRequest({ ...ok, UserPoolId: "!!us-east-1_AbC" })).toBe(false);
    expect(validators.AdminGetUserRequest({ ...ok, Username: "al ice" })).toBe(false); // spaces are not in [\p{L}\p{M}\p{S}\p{N}\p{P}]
  });

  it("counts string length in UTF-16 code units, like AWS's Java services", () => {
    // GroupNameType: 1..128 of [\p{L}\p{M}\p{S}\p{N}\p{P}]; an emoji is one code point but two units
    const body = (name: string) => ({ UserPoolId: "us-east-1_AbCdEf123", GroupName: name });
    expect(validators.GetGroupRequest(body("😀".repeat(64)))).toBe(true);
    expect(validators.GetGroupRequest(body("😀".repeat(64) + "a"))).toBe(false);
  });

  it("every schema the operations name exists", () => {
    for (const op of operationNames) for (const n of [operations[op].input, operations[op].output, ...operations[op].errors]) expect(schemas[n], n).toBeDefined();
  });
});
