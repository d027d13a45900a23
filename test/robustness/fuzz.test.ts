// Property-based fuzzing of every operation, driven by the spec: invalid requests of every kind the
// schemas describe must get a 4xx the spec allows and leave the state alone; valid requests (reaching deep,
// thanks to a seeded pool with real ids and tokens) must get a 200 that fits the response shape or one of
// the operation's declared errors. Never a 5xx, never a hang. Seeds are fixed, so every run is the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCognitoMock } from "../../src/index.js";
import { operations, operationNames, type OperationName } from "../../generated/operations.js";
import { KNOWN_UNDECLARED_ERRORS, validateRequest } from "../../src/contract/index.js";
import { restoreStore, serializeStore, type StateDocument } from "../../src/state/serialize.js";
import type { WireResponse } from "../../src/protocol/wire.js";
import { resolve, sample } from "../support/samples.js";
import {
  CODE, brokenRequest, describeBody, emptyBody, expectedError, malformed, notAnObject, ref, seedState, stateOf, unknownTarget,
  validRequest, withTimeout, type Seeds,
} from "../support/fuzz.js";

const SEED = 424242; // fast-check's seed: failures reproduce exactly
const RUNS = { invalid: 30, valid: 30, protocol: 150, oversized: 12 };
const TIMEOUT_MS = 2000;
const PROTOCOL_ERRORS = ["SerializationException", "UnknownOperationException"];

// codes fixed, so that confirmation and MFA codes in fuzzed requests can be right
const mock = createCognitoMock({ seed: "fuzz", validateResponses: true, codes: CODE });
let seeds: Seeds;
let seeded: StateDocument;
const counts = { invalid: 0, valid: 0, valid200: 0, protocol: 0, oversized: 0 };
const neverSucceeded: string[] = [];
const started = performance.now();

beforeAll(async () => {
  seeds = await seedState(mock);
  seeded = serializeStore(mock.store, {}, 0);
});

afterAll(() => {
  const total = counts.invalid + counts.valid + counts.protocol + counts.oversized;
  console.log(`fuzz: ${total} requests in ${((performance.now() - started) / 1000).toFixed(1)} s — invalid ${counts.invalid}, ` +
    `valid ${counts.valid} (${counts.valid200} answered 200), protocol edges ${counts.protocol}, oversized ${counts.oversized}` +
    (neverSucceeded.length ? `; no 200 among the valid requests of ${neverSucceeded.length} operations: ${neverSucceeded.join(", ")}` : ""));
});

/** Back to the seeded state before every run: each starts from the same place, so a failure replays (and shrinks) on its own. */
const fresh = () => restoreStore(mock.store, seeded);

async function send(target: string | null, body: string): Promise<WireResponse> {
  return withTimeout(mock.dispatch(target, body), TIMEOUT_MS, `${target} ${describeBody(body)}`);
}

/** A well-formed AWS JSON error among `allowed` (and exactly `expected`, when given); returns its type. */
function expectError(res: WireResponse, allowed: readonly string[], where: string, expected?: string): string {
  const said = `${where}\n  -> ${res.status} ${describeBody(res.body)}`;
  expect(res.status, said).toBeGreaterThanOrEqual(400);
  expect(res.status, said).toBeLessThan(500);
  expect(res.headers["content-type"], said).toBe("application/x-amz-json-1.1");
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(typeof body.__type, said).toBe("string");
  expect(typeof body.message, said).toBe("string");
  const type = body.__type as string;
  // AWS's header carries the type with a trailing colon (wire.ts)
  if (res.headers["x-amzn-errortype"] !== undefined) expect(res.headers["x-amzn-errortype"].split(":")[0], said).toBe(type);
  expect(allowed, said).toContain(type);
  if (expected) expect(type, said).toBe(expected);
  return type;
}

const fuzz = <T>(arb: fc.Arbitrary<T>, numRuns: number, run: (v: T) => Promise<void>) =>
  fc.assert(fc.asyncProperty(arb, run), { seed: SEED, numRuns });

describe("invalid requests to every operation", () => {
  it.each(operationNames)("%s answers each with a 4xx it may send, and changes nothing", async (op: OperationName) => {
    const info = operations[op];
    const allowed = [...info.errors, ...PROTOCOL_ERRORS];
    const emptyIsInvalid = validateRequest(op, {}).length > 0;
    type Case = { what: string; body: string; expected?: string };
    const cases: fc.Arbitrary<Case> = fc.oneof(
      { weight: 6, arbitrary: brokenRequest(info.input, seeds).map((b): Case => ({ what: `${b.kind} at ${b.path || "/"}`, body: JSON.stringify(b.body), expected: expectedError(b.kind) })) },
      { weight: 1, arbitrary: notAnObject.map((body): Case => ({ what: "not an object", body, expected: "SerializationException" })) },
      { weight: 1, arbitrary: malformed(JSON.stringify(sample(ref(info.input), "full"))).map((body): Case => ({ what: "malformed JSON", body, expected: "SerializationException" })) },
      { weight: 1, arbitrary: emptyBody.map((body): Case => ({ what: "empty body", body, expected: emptyIsInvalid ? "InvalidParameterException" : undefined })) },
    );
    await fuzz(cases, RUNS.invalid, async (c) => {
      fresh();
      const before = stateOf(mock); // the outbox included: nothing may be sent either
      counts.invalid++;
      const res = await send(info.target, c.body);
      expectError(res, allowed, `${op} (${c.what}): ${describeBody(c.body)}`, c.expected);
      expect(stateOf(mock), `${op} (${c.what}) changed the state: ${describeBody(c.body)}`).toBe(before);
    });
  }, 30_000);
});

describe("valid requests to every operation", () => {
  it.each(operationNames)("%s answers each with a 200 that fits its shape or an error it declares", async (op: OperationName) => {
    const info = operations[op];
    // the documented exceptions to the model's error lists (known-deviations.ts) count as declared
    const declared = [...info.errors, ...KNOWN_UNDECLARED_ERRORS.filter((d) => d.operation === op).map((d) => d.error)];
    let ok = 0;
    await fuzz(validRequest(info.input, seeds), RUNS.valid, async (input) => {
      fresh();
      counts.valid++;
      expect(validateRequest(op, input), `the fuzzer made an invalid ${op} request: ${describeBody(input)}`).toEqual([]);
      const res = await send(info.target, JSON.stringify(input));
      // validateResponses turns a 200 outside the response shape, or an undeclared error, into a 500
      if (res.status === 200) { ok++; counts.valid200++; return; }
      expectError(res, declared, `${op}: ${describeBody(input)}`);
    });
    if (!ok) neverSucceeded.push(op);
  }, 30_000);
});

describe("the protocol's edges", () => {
  const known = new Set<string>(operationNames.map((op) => operations[op].target));
  // operations whose minimal valid request has a length-capped string member at the top
  const capped = operationNames.flatMap((op) => {
    const body = sample(ref(operations[op].input), "min") as Record<string, unknown>;
    const members = resolve(ref(operations[op].input)).properties ?? {};
    const member = Object.keys(body).find((m) => typeof body[m] === "string" && (resolve(members[m]).maxLength ?? Infinity) < 2 ** 20);
    return member ? [{ op, body, member, max: resolve(members[member]).maxLength! }] : [];
  });

  it("answers a target that names no operation (or none at all) with UnknownOperationException", async () => {
    const body = fc.oneof(fc.constant("{}"), notAnObject, fc.constantFrom(...operationNames).map((op) => JSON.stringify(sample(ref(operations[op].input), "min"))));
    await fuzz(fc.tuple(unknownTarget(known), body), RUNS.protocol, async ([target, b]) => {
      fresh();
      const before = stateOf(mock);
      counts.protocol++;
      expectError(await send(target, b), PROTOCOL_ERRORS, `target ${JSON.stringify(target)}`, "UnknownOperationException");
      expect(stateOf(mock)).toBe(before);
    });
  }, 30_000);

  it("answers a body that is not a JSON object, or not JSON, with SerializationException on any operation", async () => {
    const cases = fc.constantFrom(...operationNames).chain((op) => fc.tuple(fc.constant(op), fc.oneof(notAnObject, malformed(JSON.stringify(sample(ref(operations[op].input), "min"))))));
    await fuzz(cases, RUNS.protocol, async ([op, body]) => {
      fresh();
      const before = stateOf(mock);
      counts.protocol++;
      expectError(await send(operations[op].target, body), [...operations[op].errors, ...PROTOCOL_ERRORS], `${op}: ${describeBody(body)}`, "SerializationException");
      expect(stateOf(mock)).toBe(before);
    });
  }, 30_000);

  it("answers a 1-2 MiB body with a huge string member with a length violation, quickly", async () => {
    expect(capped.length).toBeGreaterThan(100);
    const cases = fc.tuple(fc.constantFrom(...capped), fc.integer({ min: 2 ** 20, max: 2 ** 21 }), fc.constantFrom("a", "é", "😀", "\\", "\"", "<"));
    await fuzz(cases, RUNS.oversized, async ([{ op, body, member }, size, unit]) => {
      fresh();
      const before = stateOf(mock);
      counts.oversized++;
      const text = JSON.stringify({ ...body, [member]: unit.repeat(Math.ceil(size / unit.length)) });
      const t = performance.now();
      const res = await send(operations[op].target, text);
      expectError(res, operations[op].errors, `${op} with a ${text.length}-character body`, "InvalidParameterException");
      expect(performance.now() - t, `${op} took too long over a ${text.length}-character body`).toBeLessThan(1500);
      expect(stateOf(mock)).toBe(before);
    });
  }, 30_000);

  it("keeps an error's headers small enough for HTTP clients to read, however long the offending value", async () => {
    // Node's http client and fetch (undici) refuse responses whose headers pass 16 KiB (--max-http-header-size):
    // an SDK would see a parse error instead of the 400
    const cases = fc.tuple(fc.constantFrom(...capped), fc.integer({ min: 1, max: 2 ** 16 }));
    await fuzz(cases, RUNS.oversized, async ([{ op, body, member, max }, extra]) => {
      counts.oversized++;
      const res = await send(operations[op].target, JSON.stringify({ ...body, [member]: "a".repeat(max + extra) }));
      expectError(res, operations[op].errors, `${op} with a ${max + extra}-character ${member}`, "InvalidParameterException");
      const bytes = Object.entries(res.headers).reduce((n, [k, v]) => n + Buffer.byteLength(`${k}: ${v}\r\n`), 0);
      expect(bytes, `${op} with a ${max + extra}-character ${member}: ${bytes} bytes of headers`).toBeLessThan(16 * 1024);
    });
  }, 30_000);

  it("survives deeply nested and very wide JSON", async () => {
    const cases = fc.tuple(fc.constantFrom(...operationNames), fc.integer({ min: 1000, max: 200_000 }), fc.constantFrom("[", "{\"a\":"), fc.boolean());
    await fuzz(cases, RUNS.oversized, async ([op, n, open, wide]) => {
      fresh();
      const before = stateOf(mock);
      counts.oversized++;
      const close = open === "[" ? "]" : "}";
      const deep = wide ? `[${Array.from({ length: n }, () => "1").join(",")}]` : open.repeat(n) + "1" + close.repeat(n);
      const body = `{"UserPoolId":${deep}}`;
      const res = await send(operations[op].target, body);
      expectError(res, [...operations[op].errors, ...PROTOCOL_ERRORS], `${op} with ${wide ? "a list" : "nesting"} of ${n}`);
      expect(stateOf(mock)).toBe(before);
    });
  }, 30_000);
});
