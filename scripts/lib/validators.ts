// Compiles every request, response and error schema into standalone ajv code (ESM, no runtime compile).
import { Ajv } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import type { OpenApiDoc } from "./spec.js";

export const SCHEMA_ID = "https://cognito-idp-mock.local/openapi.json";

export function validatorNames(doc: OpenApiDoc): string[] {
  // every shape reachable as a whole message: requests, responses, errors (model and protocol ones)
  const names = new Set<string>();
  for (const [name, s] of Object.entries(doc.components.schemas)) {
    if (/(Request|Response)$/.test(name) || s["x-aws-error"]) names.add(name);
  }
  return [...names].sort();
}

// The spec only uses keywords that mean the same in draft-07 and 2020-12 (OpenAPI 3.1's dialect), so the
// draft-07 engine compiles it: its code skips 2020-12's evaluated-property bookkeeping (smaller, faster).
export function buildValidators(doc: OpenApiDoc): string {
  const ajv = new Ajv({
    allErrors: true, // AWS reports every violation ("2 validation errors detected: ...")
    strict: false, // the spec carries OpenAPI keywords (discriminator, x-*) ajv has no use for
    discriminator: true,
    // AWS (Java) measures string length in UTF-16 code units, which is what `.length` gives; this also
    // keeps ajv's ucs2length helper (a CommonJS require) out of the browser bundle.
    unicode: false,
    validateFormats: false, // "int64" is documentation; the integer range does the checking
    inlineRefs: false, // one function per shape keeps the bundle small; shapes are shared widely
    code: { source: true, esm: true, optimize: true, lines: false },
    logger: { log: console.log, error: console.error, warn: (...args: unknown[]) => {
      // ajv calls `unicode` deprecated, yet it still honours it: see the comment on `unicode` above
      if (!String(args[0]).includes("option unicode")) console.warn(...args);
    } },
  } as ConstructorParameters<typeof Ajv>[0]);
  ajv.addSchema({ $id: SCHEMA_ID, components: { schemas: doc.components.schemas } } as never);
  const exports: Record<string, string> = {};
  for (const name of validatorNames(doc)) exports[name] = `${SCHEMA_ID}#/components/schemas/${name}`;
  const code = standaloneModule.default(ajv, exports);
  if (/\brequire\(/.test(code)) {
    const m = /require\([^)]*\)/.exec(code);
    throw new Error(`standalone validators still need CommonJS: ${m?.[0]}`);
  }
  return code;
}
