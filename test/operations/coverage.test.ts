// Every operation of the API, one row each: an implemented operation answers a valid request with a
// success or one of its declared errors (never 5xx, never "not implemented"). All 129 are implemented;
// an operation that stops being implemented fails here rather than turning into a pending row.
import { describe, expect, it } from "vitest";
import { createCognitoMock } from "../../src/index.js";
import { operations, operationNames } from "../../generated/operations.js";
import { implementedOperations } from "../../src/operations/index.js";
import { sample } from "../support/samples.js";

const mock = createCognitoMock({ seed: "coverage", validateResponses: true });
const implemented = new Set(implementedOperations.map((m) => m.name));

describe("all 129 operations", () => {
  it("the table has every operation once", () => {
    expect(operationNames).toHaveLength(129);
    expect(implementedOperations.length).toBe(implemented.size);
    expect(operationNames.filter((op) => !implemented.has(op))).toEqual([]);
  });

  for (const op of operationNames) {
    it(`${op} answers within its contract`, async () => {
      const body = sample({ $ref: `#/components/schemas/${operations[op].input}` }, "min");
      const res = await mock.dispatch(operations[op].target, JSON.stringify(body));
      const parsed = JSON.parse(res.body);
      expect(res.status, res.body).toBeLessThan(500);
      if (res.status !== 200) expect(operations[op].errors as readonly string[]).toContain(parsed.__type);
    });
  }

  it("an operation not implemented yet says so with 501", async () => {
    const pending = operationNames.find((op) => !implemented.has(op));
    if (!pending) return;
    const res = await mock.dispatch(operations[pending].target, JSON.stringify(sample({ $ref: `#/components/schemas/${operations[pending].input}` }, "min")));
    expect(res.status).toBe(501);
    expect(JSON.parse(res.body).__type).toBe("NotImplementedByMock");
  });
});
